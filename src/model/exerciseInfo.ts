// What the editor says about an exercise (issue 19): the three modes in one line each (the Make
// exercise dialog, the banner on a student's map), and the key a self-check compares with. Pure.
import type { ArgMap, ExerciseMode } from './types.ts';

/** The modes as the teacher chooses them: what the student is given, what the student does. */
export const EXERCISE_MODE_TEXT: Record<ExerciseMode, { label: string; teacher: string; student: string }> = {
  relations: {
    label: 'Relations',
    teacher: 'The statements, shuffled and unconnected: students draw the relations and may change kinds.',
    student: 'Draw the relations between the statements given, and change a statement’s kind where it is wrong.',
  },
  text: {
    label: 'From the text',
    teacher: 'Only the source text: students make the statements from it (Source pane) and connect them.',
    student: 'Make the statements from the text in the Source pane (select words, then make a statement), and connect them.',
  },
  kinds: {
    label: 'Kinds',
    teacher: 'The structure, with every kind hidden: students set the kind of each statement and relation.',
    student: 'Set the kind of each statement and of each relation: all start as reasons that support.',
  },
};

/**
 * The key a student's Check compares with, as a map: the exercise's key with the exercise's
 * sources (the key's passages point into them). Null when the file holds no key.
 */
export function exerciseKeyMap(map: ArgMap): ArgMap | null {
  const key = map.exercise?.key;
  if (!key) return null;
  const out: ArgMap = { meta: key.meta, nodes: key.nodes, relations: key.relations };
  if (map.sources?.length) out.sources = map.sources;
  return out;
}

/** The file name of an exercise made from a map: the map's own name (or title) with `.exercise.argmap.json`. */
export const EXERCISE_EXTENSION = '.exercise.argmap.json';
