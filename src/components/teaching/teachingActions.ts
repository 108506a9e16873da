// What the teaching commands do (commands.ts loads this on first use): the teacher's Compare
// with… (choose the key's file; the map on screen is the student's), the student's Check (against
// the key in the exercise), and saving an exercise made in the Make exercise dialog.
import { useEditor } from '../../store/store.ts';
import { useTeaching } from '../../store/teaching.ts';
import { startComparison, stepDifference, stopComparison } from '../../store/comparisonView.ts';
import { pickTextFile, saveTextFile, SaveCancelled } from '../../io/files.ts';
import { parseMapText } from '../../model/format/load.ts';
import { serializeMap } from '../../model/format/save.ts';
import { makeExercise, type ExerciseOptions } from '../../model/exercise.ts';
import { EXERCISE_EXTENSION, exerciseKeyMap } from '../../model/exerciseInfo.ts';
import { fileNameFor } from '../../model/fileNames.ts';
import type { ExerciseMode } from '../../model/types.ts';

export { stepDifference, stopComparison };

/** Teacher: choose the key's file and grade the map on screen against it. */
export async function compareWithFile(): Promise<void> {
  const { notify } = useEditor.getState();
  let picked: Awaited<ReturnType<typeof pickTextFile>>;
  try {
    picked = await pickTextFile();
  } catch (e) {
    notify({ tone: 'error', title: 'Could not read the key', details: [(e as Error).message] });
    return;
  }
  if (!picked) return;
  // The ordinary forgiving reader: a key that needed repairs says which.
  const result = parseMapText(picked.text);
  if (!result.ok) {
    notify({ tone: 'error', title: `Could not compare with ${picked.name}`, details: [result.error] });
    return;
  }
  if (result.repairs.length)
    notify({ tone: 'warning', title: `Read the key ${picked.name} with ${result.repairs.length} repair(s)`, details: result.repairs });
  startComparison('teacher', result.map, picked.name, true);
}

/** Student: compare the map with the key the exercise holds (ghosts as the teacher chose). */
export function checkExercise(): void {
  const { map, notify } = useEditor.getState();
  const key = exerciseKeyMap(map);
  if (!key) {
    notify({
      tone: 'info',
      title: 'This map holds no key to check against',
      details: ['Save it and hand it in: your teacher compares it with the key.'],
    });
    return;
  }
  startComparison('student', key, 'the key in this exercise', map.exercise!.ghosts === 'shown');
}

export const openExerciseDialog = () => useTeaching.setState({ exerciseDialog: true });
export const closeExerciseDialog = () => useTeaching.setState({ exerciseDialog: false });

/**
 * Makes the exercise from the map on screen (which stays as it is) and saves it as
 * `<map>.exercise.argmap.json`. Resolves to the file's name, or null when the user cancelled.
 */
export async function saveExercise(mode: ExerciseMode, seed: number, options: ExerciseOptions): Promise<string | null> {
  const { map, fileName, notify } = useEditor.getState();
  const text = serializeMap(makeExercise(map, mode, seed, options));
  try {
    const saved = await saveTextFile(text, fileNameFor(fileName, map.meta.title, EXERCISE_EXTENSION), null, true);
    notify({
      tone: 'info',
      title: `Saved the exercise ${saved.name}`,
      details: [
        options.selfCheck
          ? 'Students can check their work in it: the file holds the key, so a determined student can read it.'
          : 'It holds no key: grade the students’ maps with Compare with… (Check tab) or argmap compare.',
      ],
    });
    return saved.name;
  } catch (e) {
    if (e instanceof SaveCancelled) return null;
    throw e;
  }
}
