// Make exercise…: a student's starting file made from the map on screen (which stays as it is),
// saved as <map>.exercise.argmap.json. The teacher chooses what to give (the mode), whether
// students may check their work (the file then holds the key), and whether on Check what they
// left out is drawn as ghosts or only counted. A modal dialog, loaded when first opened.
import { memo, useId, useState } from 'react';
import { useEditor } from '../../store/store.ts';
import { useTeaching } from '../../store/teaching.ts';
import { ModalDialog } from '../ModalDialog.tsx';
import { EXERCISE_MODE_TEXT } from '../../model/exerciseInfo.ts';
import { EXERCISE_MODES, type ExerciseMode, type GhostMode } from '../../model/types.ts';
import { closeExerciseDialog, saveExercise } from './teachingActions.ts';
import './teaching.css';

export const ExerciseDialog = memo(function ExerciseDialog() {
  const open = useTeaching((s) => s.exerciseDialog);
  return (
    <ModalDialog open={open} title="Make an exercise" className="exercise-dialog" onCancel={closeExerciseDialog}>
      <ExerciseForm />
    </ModalDialog>
  );
});

function ExerciseForm() {
  const hasText = useEditor((s) => !!s.map.sources?.length);
  const referenced = useEditor((s) => !!s.map.sources?.length && s.map.sources.every((source) => source.text === undefined));
  const count = useEditor((s) => s.map.nodes.length);
  const [mode, setMode] = useState<ExerciseMode>('relations');
  const [selfCheck, setSelfCheck] = useState(false);
  const [ghosts, setGhosts] = useState<GhostMode>('shown');
  const [seed, setSeed] = useState('1');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const seedNumber = Number(seed);
  const seedOk = /^-?\d+$/.test(seed.trim()) && Number.isSafeInteger(seedNumber);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      // Without the key there is no Check: the ghosts setting is left at its default.
      const name = await saveExercise(mode, seedOk ? seedNumber : 1, { selfCheck, ghosts: selfCheck ? ghosts : 'counted' });
      if (name) closeExerciseDialog();
    } catch (e) {
      setError(`Could not save the exercise: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>Make an exercise</h2>
      <p className="hint">
        A starting file for students, made from this map ({count === 1 ? '1 statement' : `${count} statements`}). This map stays as it is:
        it is the key you compare their maps with.
      </p>
      <fieldset>
        <legend>What students get</legend>
        {EXERCISE_MODES.map((m) => {
          const disabled = m === 'text' && !hasText;
          return (
            <label key={m} className="exercise-choice">
              <input
                type="radio"
                name={`${id}-mode`}
                value={m}
                checked={mode === m}
                disabled={disabled}
                onChange={() => setMode(m)}
                aria-describedby={`${id}-${m}`}
              />
              <span>
                <strong>{EXERCISE_MODE_TEXT[m].label}</strong>{' '}
                <span id={`${id}-${m}`} className="hint">
                  {EXERCISE_MODE_TEXT[m].teacher}
                  {disabled && ' (Attach the source text first: this map has none.)'}
                  {m === 'text' && referenced && ' This map only refers to its text: students need the text file too.'}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {mode === 'relations' && (
        <div className="exercise-seed">
          <label htmlFor={`${id}-seed`}>Order of the statements</label>
          <input
            id={`${id}-seed`}
            type="text"
            inputMode="numeric"
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            aria-invalid={!seedOk}
            aria-describedby={`${id}-seed-hint`}
            size={8}
          />
          <button type="button" onClick={() => setSeed(String((seedOk ? seedNumber : 0) + 1))}>
            Shuffle again
          </button>
          <span id={`${id}-seed-hint`} className="hint">
            {seedOk ? 'The same number gives the same order.' : 'Enter a whole number.'}
          </span>
        </div>
      )}
      <fieldset>
        <legend>Checking</legend>
        <label className="exercise-choice">
          <input type="checkbox" checked={selfCheck} onChange={(e) => setSelfCheck(e.target.checked)} aria-describedby={`${id}-key`} />
          <span>
            <strong>Let students check their work (the file then contains the key)</strong>{' '}
            <span id={`${id}-key`} className="hint">
              They see their map marked against yours. A determined student can read the key in the file.
            </span>
          </span>
        </label>
        <div role="radiogroup" aria-label="What students left out, when they check" className="exercise-ghosts">
          {(['shown', 'counted'] as const).map((g) => (
            <label key={g} className="exercise-choice">
              <input
                type="radio"
                name={`${id}-ghosts`}
                value={g}
                checked={ghosts === g}
                disabled={!selfCheck}
                onChange={() => setGhosts(g)}
              />
              <span>{g === 'shown' ? 'Show what they left out, as dashed ghosts' : 'Only count what they left out (do not show it)'}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-buttons">
        <button type="button" onClick={closeExerciseDialog}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy || (mode === 'relations' && !seedOk)}>
          Save exercise…
        </button>
      </div>
    </form>
  );
}
