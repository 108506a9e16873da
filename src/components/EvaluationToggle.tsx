// The toolbar's "Evaluate" switch (shortcut V): colours the map by the computed status of
// each statement. While it is on, a small key says what the colours mean: under the legend
// on the canvas, not in the toolbar, which it would wrap onto a second row at common widths
// (the canvas jumping down as evaluation is turned on).
import { memo } from 'react';
import { useEditor } from '../store/store.ts';
import { STATUS_STYLES } from '../model/theme/colors.ts';
import type { Label } from '../model/evaluation.ts';

const LABELS: Label[] = ['in', 'out', 'undec'];

/** What the status colours mean; shown only while evaluation is on. */
export const EvaluationKey = memo(function EvaluationKey() {
  const on = useEditor((s) => s.evaluationOn);
  if (!on) return null;
  return (
    <span className="evaluation-key" aria-label="Evaluation colours">
      {LABELS.map((label) => (
        <span key={label} className={`evaluation-key-item node-status-${label}`}>
          <span aria-hidden="true">{STATUS_STYLES[label].sign}</span> {STATUS_STYLES[label].word}
        </span>
      ))}
    </span>
  );
});

export const EvaluationToggle = memo(function EvaluationToggle() {
  const on = useEditor((s) => s.evaluationOn);
  return (
    <div className="group evaluation-toggle">
      <button
        type="button"
        aria-pressed={on}
        className={on ? 'is-on' : undefined}
        onClick={() => useEditor.getState().setEvaluationOn(!on)}
        title="Evaluate: colour each statement by whether it stands, given your marks and weights (V)"
      >
        Evaluate
      </button>
    </div>
  );
});
