// The comparison view (docs/grading.md#in-the-editor): the map on screen, the student's, compared
// with a key: the teacher's Compare with… (a key from a file) or the student's Check (the key in
// the exercise). Loaded on first use, with the compare engine. The result is UI state
// (teaching.ts): never recorded in history, never saved.
//
// Editing while comparing recomputes the comparison: the marks, ghosts, scores and differences
// follow the map (a moment after each change; a drag, when it ends). Opening another map, Close
// or Escape leaves the view.
import { useEditor } from './store.ts';
import { useTeaching, type ComparisonView } from './teaching.ts';
import { sameExceptPosition } from './mapViews.ts';
import { compareMaps } from '../model/compare/compare.ts';
import { placeGhosts } from '../model/compare/ghosts.ts';
import { marksOf, stepFrom, stepsOf, type DifferenceStep } from '../model/compare/view.ts';
import type { Comparison } from '../model/compare/types.ts';
import type { ArgMap } from '../model/types.ts';

/** What the view was last computed from. */
interface Basis {
  who: ComparisonView['who'];
  key: ArgMap;
  keyName: string;
  ghostsShown: boolean;
  compared: ArgMap | null;
  comparison: Comparison | null;
  marks: ComparisonView['marks'] | null;
}

let basis: Basis | null = null;
let unsubscribe: (() => void) | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
/** How long after a change the view is brought up to date (typing a few words, one comparison). */
const SETTLE_MS = 150;
const ANNOUNCE_DELAY_MS = 300;

/** The same statements, relations and sources: only positions moved (the comparison stands, the ghosts move). */
const sameButPositions = (a: ArgMap, b: ArgMap) =>
  a.relations === b.relations &&
  a.sources === b.sources &&
  a.nodes.length === b.nodes.length &&
  a.nodes.every((n, i) => sameExceptPosition(n, b.nodes[i]!));

function refresh() {
  if (!basis) return;
  const { map, sizes } = useEditor.getState();
  if (!basis.compared || !basis.comparison || !sameButPositions(basis.compared, map)) {
    basis.comparison = compareMaps(basis.key, map);
    basis.marks = marksOf(basis.comparison);
  }
  basis.compared = map;
  const comparison = basis.comparison;
  const ghosts = basis.ghostsShown ? placeGhosts(basis.key, map, comparison, (id) => sizes[id]) : null;
  const steps = stepsOf(comparison, map, ghosts);
  const { current } = useTeaching.getState();
  useTeaching.setState({
    comparing: { who: basis.who, key: basis.key, keyName: basis.keyName, comparison, marks: basis.marks!, ghosts, steps },
    current: steps.some((s) => s.id === current) ? current : null,
  });
}

/** Compares the map on screen with `key` and shows the result (the Check tab, marks and ghosts on the canvas). */
export function startComparison(who: ComparisonView['who'], key: ArgMap, keyName: string, ghostsShown: boolean): void {
  stopComparison();
  basis = { who, key, keyName, ghostsShown, compared: null, comparison: null, marks: null };
  refresh();
  useTeaching.setState({ started: useTeaching.getState().started + 1 });
  const { comparing } = useTeaching.getState();
  const n = comparing!.steps.length;
  const summary = `Compared with ${keyName}: ${n === 0 ? 'no differences' : n === 1 ? '1 difference' : `${n} differences`}, combined score ${comparing!.comparison.scores.combined.toFixed(3)}.`;
  // Said a moment later: the live region may only now be appearing with the view. Unless
  // something else was said meanwhile (F8 pressed at once): that is newer.
  const started = useTeaching.getState().started;
  setTimeout(() => {
    const now = useTeaching.getState();
    if (now.started === started && now.comparing && now.said === '') useTeaching.setState({ said: summary });
  }, ANNOUNCE_DELAY_MS);
  useEditor.getState().setSidePanel('check');
  unsubscribe = useEditor.subscribe((s, prev) => {
    if (s.loads !== prev.loads) return stopComparison();
    if (s.gestureStart) return;
    if (s.map === basis?.compared && s.sizes === prev.sizes) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, SETTLE_MS);
  });
}

export function stopComparison(): void {
  unsubscribe?.();
  unsubscribe = null;
  clearTimeout(timer);
  basis = null;
  useTeaching.setState({ comparing: null, current: null, ghostRequest: null, said: '' });
}

/** Selects what a difference is about and centres the view on it (a ghost: where it is drawn). */
export function showDifference(step: DifferenceStep, opts: { announce?: boolean } = {}): void {
  const { comparing, ghostRequest } = useTeaching.getState();
  const at = comparing ? comparing.steps.indexOf(step) : -1;
  const ghostCentre = step.centre?.startsWith('ghost:') ? step.centre : undefined;
  useTeaching.setState({
    current: step.id,
    ...(ghostCentre ? { ghostRequest: { id: ghostCentre, seq: (ghostRequest?.seq ?? 0) + 1 } } : {}),
    ...(opts.announce && comparing ? { said: `Difference ${at + 1} of ${comparing.steps.length}: ${step.message}` } : {}),
  });
  const store = useEditor.getState();
  store.select(step.nodeIds, step.relationIds);
  if (step.centre && !ghostCentre) store.centerOn(step.centre);
}

/** The next (1) or previous (-1) difference, going round; null when there is none. */
export function stepDifference(delta: 1 | -1, opts: { announce?: boolean } = {}): DifferenceStep | null {
  const { comparing, current } = useTeaching.getState();
  if (!comparing) return null;
  const step = comparing.steps[stepFrom(comparing.steps, current, delta)];
  if (step) showDifference(step, opts);
  return step ?? null;
}

/** A ghost clicked on the canvas: its difference. */
export function showDifferenceOf(ghostId: string): void {
  const step = useTeaching.getState().comparing?.steps.find((s) => s.ghost === ghostId);
  if (step) showDifference(step);
}
