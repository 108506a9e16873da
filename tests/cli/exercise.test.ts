// `npm run exercise` as a teacher runs it: a child process, real files in and out. Also checks
// that the shipped GSOMIA exercise and its sample report (maps/exercises/, docs/grading.md#exercises)
// are what the commands make today.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { argmap, root } from './runArgmap.ts';
import { compareMaps } from '../../src/model/compare/compare.ts';
import { makeExercise } from '../../src/model/exercise.ts';
import { parseMapText } from '../../src/model/format/load.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { gsomia } from '../model/compare-fixtures.ts';

const KEY = 'maps/gsomia-2012.json';
const SHIPPED = 'maps/exercises/gsomia-relations.exercise.argmap.json';
const SUBMISSION = 'maps/exercises/gsomia-relations.sample-submission.argmap.json';
const REPORT = 'maps/exercises/gsomia-relations.sample-report.md';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-exercise-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function mapOf(text: string): ArgMap {
  const result = parseMapText(text);
  if (!result.ok) throw new Error(result.error);
  return result.map;
}

// Each run starts Node and Vite's module runner: seconds on a busy machine.
describe('npm run exercise', { timeout: 120_000 }, () => {
  test('--out writes a valid Argmap file, the same as makeExercise; the seed decides the grid', async () => {
    const out = join(dir, 'ex.argmap.json');
    const r = await argmap(['exercise', KEY, '--mode', 'relations', '--seed', '3', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/relations exercise from .* written to .*ex\.argmap\.json\./);
    const text = await readFile(out, 'utf8');
    expect(text).toBe(serializeMap(makeExercise(gsomia(), 'relations', 3)));
    expect(mapOf(text).relations).toEqual([]);
    expect(text).not.toBe(serializeMap(makeExercise(gsomia(), 'relations', 1)));
  });

  test('without --out the map goes to stdout: text and kinds modes', async () => {
    const text = await argmap(['exercise', KEY, '--mode', 'text']);
    expect(text.code).toBe(0);
    const t = mapOf(text.stdout);
    expect(t.nodes).toEqual([]);
    expect(t.sources).toHaveLength(1);
    const kinds = await argmap(['exercise', KEY, '--mode=kinds']);
    expect(kinds.code).toBe(0);
    expect(mapOf(kinds.stdout).nodes.every((n) => n.kind === 'premise')).toBe(true);
  });

  test('--self-check puts the key in the file and says so; --ghosts sets how missing parts show on Check', async () => {
    const out = join(dir, 'check.argmap.json');
    const r = await argmap(['exercise', KEY, '--mode', 'kinds', '--self-check', '--ghosts', 'shown', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/with the key for self-checking \(students can read it\)\.$/m);
    const text = await readFile(out, 'utf8');
    expect(text).toBe(serializeMap(makeExercise(gsomia(), 'kinds', 1, { selfCheck: true, ghosts: 'shown' })));
    const ex = mapOf(text);
    expect(ex.exercise?.mode).toBe('kinds');
    expect(ex.exercise?.ghosts).toBe('shown');
    expect(ex.exercise?.key?.relations).toHaveLength(gsomia().relations.length);
    const plain = mapOf((await argmap(['exercise', KEY, '--mode', 'relations'])).stdout);
    expect(plain.exercise).toStrictEqual({ mode: 'relations', ghosts: 'counted' });
  });

  test('bad usage exits 2 with a hint; a map that cannot be read exits 1', async () => {
    for (const args of [
      [],
      [KEY],
      [KEY, '--mode', 'graph'],
      [KEY, '--mode'],
      [KEY, '--mode', 'text', '--seed', 'x'],
      [KEY, KEY, '--mode', 'text'],
      [KEY, '--mode', 'text', '--bogus'],
      [KEY, '--mode', 'text', '--ghosts', 'hidden'],
      [KEY, '--mode', 'text', '--ghosts'],
    ]) {
      const r = await argmap(['exercise', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/see --help|use relations, text or kinds|use shown or counted|needs a value|whole number/);
    }
    for (const file of ['tests/fixtures/not-json.txt', 'tests/fixtures/not-argmap.json', join(dir, 'nowhere.json'), dir]) {
      const r = await argmap(['exercise', file, '--mode', 'relations']);
      expect(r.code, file).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^✗ /);
    }
  });

  test('the shipped GSOMIA exercise is what the command makes today (seed 1)', async () => {
    const r = await argmap(['exercise', KEY, '--mode', 'relations', '--seed', '1']);
    expect(r.code).toBe(0);
    expect(await readFile(join(root, SHIPPED), 'utf8')).toBe(r.stdout);
  });

  test('the sample submission is a valid map of the exercise’s statements; its report is what compare makes today', async () => {
    const submission = mapOf(await readFile(join(root, SUBMISSION), 'utf8'));
    const exercise = mapOf(await readFile(join(root, SHIPPED), 'utf8'));
    expect(submission.nodes).toEqual(exercise.nodes);
    // A student's file keeps the exercise block of the file it was made from (without the key here).
    expect(submission.exercise).toStrictEqual(exercise.exercise);
    const c = compareMaps(gsomia(), submission);
    expect(c.counts.relations).toMatchObject({ reversed: 2, wrongKind: 5, missing: 2, extra: 1 });

    const reports = join(dir, 'reports');
    const r = await argmap(['compare', KEY, SUBMISSION, '--report', reports]);
    expect(r.code).toBe(0);
    const made = await readFile(join(reports, 'gsomia-relations.sample-submission.md'), 'utf8');
    expect(await readFile(join(root, REPORT), 'utf8')).toBe(made);
  });
});
