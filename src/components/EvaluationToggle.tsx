// The toolbar's "Evaluate" switch (shortcut V): colours the map by the computed status of
// each statement. While it is on, a small key says what the colours mean.
import { memo } from 'react';
import { useEditor } from '../store/store.ts';
import { STATUS_STYLES } from '../canvas/evaluationAppearance.ts';
import type { Label } from '../model/evaluation.ts';

const LABELS: Label[] = ['in', 'out', 'undec'];

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
      {on && (
        <span className="evaluation-key" aria-label="Evaluation colours">
          {LABELS.map((label) => (
            <span key={label} className={`evaluation-key-item node-status-${label}`}>
              <span aria-hidden="true">{STATUS_STYLES[label].sign}</span> {STATUS_STYLES[label].word}
            </span>
          ))}
        </span>
      )}
    </div>
  );
});
