// `argmap exercise`: makes a student's starting file from the teacher's map (the key), with
// makeExercise (src/model/exercise.ts, docs/grading.md#exercises). The student's map is later
// graded against the key with `argmap compare`.
//
//   npm run exercise -- key.json --mode relations --seed 1 --out exercise.argmap.json
//   npx argmap exercise key.json --mode text            (the map on stdout)
//   npx argmap exercise key.json --mode kinds --self-check --ghosts shown
//
// Exit code: 0 written, 1 the map could not be read or the file not written, 2 bad usage.
import { writeFile } from 'node:fs/promises';
import { eachArg, readArgs, UsageError } from './args.ts';
import { loadMap } from './loadMap.ts';
import { makeExercise } from '../src/model/exercise.ts';
import { EXERCISE_MODES, GHOST_MODES, type ArgMap, type ExerciseMode, type GhostMode } from '../src/model/types.ts';
import { serializeMap } from '../src/model/format/save.ts';
import { MAX_IMPORT_CHARS } from '../src/model/interop/types.ts';

export const HELP = `Usage: npm run exercise -- MAP --mode relations|text|kinds [--seed N] [--self-check] [--ghosts shown|counted] [--out FILE]
       npx argmap exercise MAP --mode relations|text|kinds [options]

Makes a student's starting file from the teacher's map (the key), an Argmap JSON file; the
student's map is graded against the key with argmap compare (docs/grading.md#exercises).

Modes:
  relations   the statements (texts, kinds, passages) in a shuffled grid, no relations:
              the student draws the relations
  text        the source text only: the student makes the statements and the relations
  kinds       statements and relations in place, every statement a premise and every
              relation a support: the student sets the kinds

Options:
  --mode MODE     relations, text or kinds (required)
  --seed N        the order of the shuffled grid (relations mode), a whole number; default 1
  --self-check    put the key in the file, so students can check their map in the
                  editor (Check). A determined student can then read the key in the file.
  --ghosts MODE   on Check, what the student left out is drawn as dashed ghosts (shown)
                  or only counted (counted, the default)
  --out FILE      write the exercise to FILE (default: stdout)
  -h, --help      this text

Without --self-check the exercise never holds the answer: no notes, marks, weights or
relations the mode removes, and the map's description is replaced by the instructions. Maps over
${MAX_IMPORT_CHARS / 1024 / 1024} MB are refused.`;

export function parseArgs(argv: string[]) {
  const opts = {
    map: '',
    mode: undefined as ExerciseMode | undefined,
    seed: 1,
    selfCheck: false,
    ghosts: 'counted' as GhostMode,
    out: undefined as string | undefined,
    help: false,
  };
  eachArg(argv, (flag, take, arg) => {
    switch (flag) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '--mode': {
        const m = take().trim().toLowerCase();
        if (!(EXERCISE_MODES as readonly string[]).includes(m)) throw new UsageError(`Unknown mode "${m}": use relations, text or kinds.`);
        opts.mode = m as ExerciseMode;
        break;
      }
      case '--seed': {
        const s = take().trim();
        if (!/^-?\d+$/.test(s) || !Number.isSafeInteger(Number(s))) throw new UsageError(`--seed needs a whole number, not "${s}".`);
        opts.seed = Number(s);
        break;
      }
      case '--self-check':
        opts.selfCheck = true;
        break;
      case '--ghosts': {
        const g = take().trim().toLowerCase();
        if (!(GHOST_MODES as readonly string[]).includes(g)) throw new UsageError(`Unknown ghosts setting "${g}": use shown or counted.`);
        opts.ghosts = g as GhostMode;
        break;
      }
      case '--out':
        opts.out = take();
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg} (see --help).`);
        if (opts.map) throw new UsageError('Name one map (see --help).');
        opts.map = arg;
    }
  });
  if (!opts.help && !opts.map) throw new UsageError('Name the map to make the exercise from (see --help).');
  if (!opts.help && !opts.mode) throw new UsageError('Choose a mode: --mode relations, text or kinds (see --help).');
  return opts;
}

export async function run(argv: string[]): Promise<number> {
  const opts = readArgs(argv, parseArgs, HELP);
  if (typeof opts === 'number') return opts;
  let map: ArgMap;
  try {
    map = await loadMap(opts.map);
  } catch (e) {
    process.stderr.write(`✗ ${opts.map}: ${(e as Error).message}
`);
    return 1;
  }
  const exercise = serializeMap(makeExercise(map, opts.mode!, opts.seed, { selfCheck: opts.selfCheck, ghosts: opts.ghosts }));
  if (!opts.out) {
    process.stdout.write(exercise);
    return 0;
  }
  try {
    await writeFile(opts.out, exercise);
  } catch (e) {
    process.stderr.write(`✗ ${opts.out}: not written (${(e as Error).message}).\n`);
    return 1;
  }
  const check = opts.selfCheck ? ', with the key for self-checking (students can read it)' : '';
  process.stderr.write(`${opts.mode} exercise from ${opts.map} written to ${opts.out}${check}.\n`);
  return 0;
}
