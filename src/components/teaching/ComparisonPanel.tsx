// The comparison view's panel (Check tab, while the map is compared with a key): the scores as
// the command-line report gives them, the verdicts counted, and the differences as a list to step
// through. Each difference is a button: choosing it selects what it is about and centres the
// canvas on it. In the list ↑/↓ (or N/P) move to the next or previous one, Home/End to the
// first or last, Enter also puts the keyboard on the statement, Escape leaves the view; F8 and
// Shift+F8 step from anywhere (commands.ts).
import { memo, useEffect, useId, useRef } from 'react';
import { useTeaching } from '../../store/teaching.ts';
import { showDifference, stepDifference, stopComparison } from '../../store/comparisonView.ts';
import { formatScore, verdictCounts, type DifferenceStep } from '../../model/compare/view.ts';
import { VERDICT_MARKS } from '../../model/theme/verdicts.ts';
import type { Verdict } from '../../model/compare/types.ts';
import { focusNode } from '../../canvas/focusNode.ts';
import { ensureVerdictColours } from '../../canvas/verdictColours.ts';
import './teaching.css';

const COUNTED: [Verdict, string][] = [
  ['correct', 'correct'],
  ['wrongKind', 'wrong kind'],
  ['reversed', 'reversed'],
  ['extra', 'extra'],
  ['missing', 'missing'],
];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The comparison whose start last took the keyboard. */
let focusedFor = 0;

export const ComparisonPanel = memo(function ComparisonPanel() {
  const comparing = useTeaching((s) => s.comparing);
  const id = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const started = useTeaching((s) => s.started);
  ensureVerdictColours();
  // A comparison just started opens here: the keyboard starts at its title (the button that
  // started it may be gone), shown at the top. Showing the tab again later leaves focus alone.
  useEffect(() => {
    if (started === focusedFor) return;
    focusedFor = started;
    title.current?.focus({ preventScroll: true });
    title.current?.scrollIntoView?.({ block: 'start' });
  }, [started]);
  if (!comparing) return null;
  const { comparison, steps, who, keyName, ghosts } = comparing;
  const { scores } = comparison;
  const counts = verdictCounts(comparison);
  const missing = comparison.counts.statements.missing + comparison.counts.relations.missing;
  const rows = [
    ['statements', scores.statements],
    ['relations', scores.relations],
    ['kinds', scores.kinds],
  ] as const;
  return (
    <section className="comparison-panel" aria-labelledby={`${id}-title`}>
      <div className="comparison-head">
        <h3 id={`${id}-title`} ref={title} tabIndex={-1}>
          {who === 'student' ? 'Checked against the key' : `Compared with ${keyName}`}
        </h3>
        <button type="button" onClick={stopComparison}>
          Close
        </button>
      </div>
      <p className="hint">
        {who === 'student'
          ? 'Your map, marked against your teacher’s key. It follows your changes.'
          : 'This map is graded as the student’s, the file as the key. The marks follow your changes.'}
      </p>
      <table className="comparison-scores">
        <caption className="visually-hidden">Scores</caption>
        <thead>
          <tr>
            <th scope="col">layer</th>
            <th scope="col">precision</th>
            <th scope="col">recall</th>
            <th scope="col">F1</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([layer, s]) => (
            <tr key={layer} data-layer={layer}>
              <th scope="row">{layer}</th>
              <td>{formatScore(s.precision)}</td>
              <td>{formatScore(s.recall)}</td>
              <td>{formatScore(s.f1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="comparison-figures">
        <div data-figure="kappa-statements">
          <dt>κ statement kinds</dt>
          <dd>{formatScore(scores.kappa.statementKinds)}</dd>
        </div>
        <div data-figure="kappa-relations">
          <dt>κ relation kinds</dt>
          <dd>{formatScore(scores.kappa.relationKinds)}</dd>
        </div>
        <div data-figure="combined" className="is-combined">
          <dt>combined</dt>
          <dd>{formatScore(scores.combined)}</dd>
        </div>
      </dl>
      <ul className="comparison-counts" aria-label="Statements and relations by verdict">
        {COUNTED.map(([verdict, word]) => (
          <li key={verdict} data-verdict={verdict}>
            <span aria-hidden="true">{VERDICT_MARKS[verdict].sign}</span> {counts[verdict]} {word}
          </li>
        ))}
      </ul>
      {!ghosts && missing > 0 && (
        <p className="hint" data-testid="counted-only">
          {`${plural(missing, 'part')} of the key ${missing === 1 ? 'is' : 'are'} missing from your map (${plural(comparison.counts.statements.missing, 'statement')}, ${plural(comparison.counts.relations.missing, 'relation')}): counted, not shown, as your teacher chose.`}
        </p>
      )}
      <DifferenceList steps={steps} labelId={`${id}-differences`} />
    </section>
  );
});

function DifferenceList({ steps, labelId }: { steps: DifferenceStep[]; labelId: string }) {
  const current = useTeaching((s) => s.current);
  const list = useRef<HTMLOListElement>(null);
  const at = steps.findIndex((s) => s.id === current);
  const tabStop = at >= 0 ? at : 0;

  // The current difference changed (a key here, F8, a ghost clicked): keep it in view, and keep
  // the keyboard on it if the keyboard is in the list.
  useEffect(() => {
    const el = list.current;
    if (!el || at < 0) return;
    const button = el.querySelectorAll<HTMLButtonElement>('button.difference')[at];
    button?.scrollIntoView?.({ block: 'nearest' });
    if (el.contains(document.activeElement) && document.activeElement !== button) button?.focus();
  }, [at]);

  if (!steps.length)
    return (
      <p className="comparison-none" role="status">
        No differences to go through.
      </p>
    );

  const onKeyDown = (e: React.KeyboardEvent) => {
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    let handled = true;
    if (key === 'ArrowDown' || key === 'n') stepDifference(1);
    else if (key === 'ArrowUp' || key === 'p') stepDifference(-1);
    else if (key === 'Home') showDifference(steps[0]!);
    else if (key === 'End') showDifference(steps[steps.length - 1]!);
    else if (key === 'Escape') {
      stopComparison();
      document.getElementById('tab-check')?.focus();
    } else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  return (
    <>
      <h4 id={labelId} className="comparison-list-title">
        Differences <span className="structure-count">{steps.length}</span>
      </h4>
      <p className="hint">↑ ↓ or N P: next, previous (F8, Shift+F8 from anywhere). Enter: go to it on the map. Esc: close.</p>
      <ol className="difference-list" ref={list} aria-labelledby={labelId} onKeyDown={onKeyDown}>
        {steps.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              className="difference"
              data-verdict={step.verdict}
              data-difference-id={step.id}
              aria-current={step.id === current ? 'true' : undefined}
              tabIndex={i === tabStop ? 0 : -1}
              onClick={() => showDifference(step)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                // Enter: show it, and put the keyboard on its statement to work on it.
                e.preventDefault();
                e.stopPropagation();
                showDifference(step);
                const target = step.nodeIds[0] ?? (step.centre?.startsWith('ghost:') ? undefined : step.centre);
                if (target) focusNode(target);
              }}
            >
              <span className="difference-sign" aria-hidden="true">
                {VERDICT_MARKS[step.verdict].sign}
              </span>
              <span>{step.message}</span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
