// A quiet banner at the foot of the canvas for teaching (issue 19). On a student's exercise: what
// to do, and Check when the file holds the key. While the map is compared with a key: with what,
// how many differences, Next (F8) and Close. Its live region says when a comparison is made and
// which difference F8 reached, wherever the keyboard is.
import { memo } from 'react';
import { useEditor } from '../../store/store.ts';
import { useTeaching } from '../../store/teaching.ts';
import { EXERCISE_MODE_TEXT } from '../../model/exerciseInfo.ts';
import { runCommand, titleOf } from '../commands.ts';
import { stopComparison } from '../../store/comparisonView.ts';
import './teaching.css';

export const TeachingBanner = memo(function TeachingBanner() {
  const exercise = useEditor((s) => s.map.exercise);
  const presenting = useEditor((s) => s.presentationStep !== null);
  const comparing = useTeaching((s) => s.comparing);
  const said = useTeaching((s) => s.said);
  return (
    <>
      {presenting ? null : comparing ? <ComparingBanner /> : exercise ? <ExerciseBanner /> : null}
      {/* Always here, in the same place: a live region announces changes, not its own arrival. */}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="comparison-announcer">
        {said}
      </div>
    </>
  );
});

function ComparingBanner() {
  const comparing = useTeaching((s) => s.comparing)!;
  const n = comparing.steps.length;
  return (
    <div className="teaching-banner is-comparing" role="region" aria-label="Comparison with the key">
      <span>
        {comparing.who === 'student' ? 'Checked against the key' : `Compared with ${comparing.keyName}`}:{' '}
        <strong>{n === 1 ? '1 difference' : `${n} differences`}</strong>, combined {comparing.comparison.scores.combined.toFixed(3)}.
      </span>
      {n > 0 && (
        <button type="button" onClick={() => runCommand('next-difference')} title={titleOf('next-difference')}>
          Next
        </button>
      )}
      <button type="button" onClick={stopComparison}>
        Close
      </button>
    </div>
  );
}

function ExerciseBanner() {
  const exercise = useEditor((s) => s.map.exercise)!;
  const text = EXERCISE_MODE_TEXT[exercise.mode];
  return (
    <div className="teaching-banner" role="region" aria-label="Exercise">
      <span>
        <strong>Exercise ({text.label.toLowerCase()}):</strong> {text.student}{' '}
        {exercise.key ? '' : 'Then save your map and hand it in: your teacher compares it with the key.'}
      </span>
      {exercise.key && (
        <button type="button" onClick={() => runCommand('check-exercise')} title={titleOf('check-exercise')}>
          Check my map
        </button>
      )}
    </div>
  );
}
