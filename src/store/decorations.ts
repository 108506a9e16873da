// What the canvas draws on top of a node besides its content: evaluation status and
// balance (evaluation feature), folded subtrees and presentation dimming (visibility
// feature). Each feature derives its part from the store in its own module; this hook
// combines them, and the canvas passes the result to the flow deriver.
import { useMemo } from 'react';
import { useEditor } from './store.ts';
import { useEvaluationDecorations } from './evaluationView.ts';
import { useVisibility, type VisibilityDecorations } from './visibility.ts';
import type { ArgMap } from '../model/types.ts';
import { useSearchMatches } from './search.ts';
import { structureOf } from './mapViews.ts';
import type { NodeDecoration } from './nodeDecoration.ts';
import { useCommentCounts } from './commentCounts.ts';
import { useTeaching } from './teaching.ts';
import type { StatementMark } from '../model/compare/view.ts';

export interface Decorations {
  byNode: ReadonlyMap<string, NodeDecoration>;
  /** Nodes not drawn at all (inside a collapsed subtree, outside the focus, not yet revealed). */
  hidden: ReadonlySet<string>;
}

export function useDecorations(): Decorations {
  const evaluation = useEvaluationDecorations();
  const visibility = useVisibility();
  const matches = useSearchMatches();
  const comments = useCommentCounts();
  // Reads only the nodes' ids and order: a drag or a text edit keeps the decorations.
  const structure = useEditor((s) => structureOf(s.map));
  const verdicts = useTeaching((s) => s.comparing?.marks.statements);
  return useMemo(
    () => combineDecorations(structure, evaluation, visibility, matches, comments, verdicts),
    [structure, evaluation, visibility, matches, comments, verdicts],
  );
}

/**
 * One decoration per drawn node from each feature's part. Hidden nodes get none: they are
 * not drawn, so turning evaluation on (or searching) leaves their flow nodes as they were,
 * and React Flow and the node components redo only the nodes whose decoration changed.
 */
export function combineDecorations(
  map: ArgMap,
  evaluation: ReadonlyMap<string, NodeDecoration>,
  visibility: VisibilityDecorations,
  matches: ReadonlySet<string>,
  comments?: ReadonlyMap<string, number>,
  /** While the map is compared with a key: each statement's verdict. */
  verdicts?: ReadonlyMap<string, StatementMark>,
): Decorations {
  const byNode = new Map<string, NodeDecoration>();
  for (const n of map.nodes) {
    if (visibility.hidden.has(n.id)) continue;
    const e = evaluation.get(n.id);
    const v = visibility.byNode.get(n.id);
    const match = matches.has(n.id);
    const open = comments?.get(n.id);
    const verdict = verdicts?.get(n.id);
    if (e || v || match || open || verdict)
      byNode.set(n.id, { ...e, ...v, ...(match ? { match } : {}), ...(open ? { comments: open } : {}), ...(verdict ? { verdict } : {}) });
  }
  return { byNode, hidden: visibility.hidden };
}
