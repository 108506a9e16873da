// The comparison view's pure parts (src/model/compare/view.ts, ghosts.ts) and the exercise info
// (src/model/exerciseInfo.ts): marks on the student's map, where the ghosts of what it lacks go,
// the differences as steps, and the key a self-check compares with.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compareMaps } from '../../src/model/compare/compare.ts';
import { GHOST_GAP, placeGhosts, type GhostStatement } from '../../src/model/compare/ghosts.ts';
import { formatScore, marksOf, stepFrom, stepsOf, verdictCounts } from '../../src/model/compare/view.ts';
import { estimateNodeSize } from '../../src/model/layout.ts';
import { makeExercise } from '../../src/model/exercise.ts';
import { exerciseKeyMap } from '../../src/model/exerciseInfo.ts';
import { parseMapText } from '../../src/model/format/load.ts';
import type { ArgMap, Point } from '../../src/model/types.ts';
import { EXAMPLE_KEY, EXAMPLE_STUDENT, gsomia, mapOf, node, rel } from './compare-fixtures.ts';

const at = (x: number, y: number) => ({ position: { x, y } });

/** The worked example laid out: the key as a tree, the student's map the same shape moved by (1000, 500). */
function laidOut(): { key: ArgMap; student: ArgMap } {
  const keySpots: Record<string, Point> = {
    c: { x: 0, y: 0 },
    p1: { x: -400, y: 250 },
    p2: { x: -400, y: 500 },
    o1: { x: -100, y: 250 },
    o2: { x: 200, y: 250 },
    e1: { x: 100, y: 500 },
    e2: { x: 400, y: 500 },
    k1: { x: 600, y: 250 },
  };
  const studentSpots: Record<string, string> = { s1: 'c', s2: 'p1', s3: 'p2', s4: 'o1', s5: 'o2', s6: 'e1', s7: 'e2' };
  const key = { ...EXAMPLE_KEY, nodes: EXAMPLE_KEY.nodes.map((n) => ({ ...n, position: keySpots[n.id]! })) };
  const student = {
    ...EXAMPLE_STUDENT,
    nodes: EXAMPLE_STUDENT.nodes.map((n) => {
      const k = studentSpots[n.id];
      return { ...n, position: k ? { x: keySpots[k]!.x + 1000, y: keySpots[k]!.y + 500 } : { x: 1000, y: 1400 } };
    }),
  };
  return { key, student };
}

const rectOf = (g: GhostStatement) => ({ ...g.position, ...g.size });
const clear = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe('marksOf', () => {
  test('marks every statement and relation of the student’s map with its verdict', () => {
    const c = compareMaps(EXAMPLE_KEY, EXAMPLE_STUDENT);
    const marks = marksOf(c);
    expect(Object.fromEntries(marks.statements)).toEqual({
      s1: 'correct',
      s2: 'correct',
      s3: 'correct',
      s4: 'correct',
      s5: 'wrongKind',
      s6: 'correct',
      s7: 'correct',
      s8: 'extra',
    });
    expect(Object.fromEntries(marks.relations)).toEqual({
      t1: 'correct',
      t2: 'reversed',
      t3: 'wrongKind',
      t4: 'correct',
      t5: 'wrongKind',
      t6: 'wrongKind',
      t7: 'extra',
    });
  });
});

describe('placeGhosts', () => {
  test('a missing statement goes where the key has it, carried over by its matched neighbour; its relation joins the ghost to the student’s statement', () => {
    const { key, student } = laidOut();
    const before = structuredClone({ key, student });
    const c = compareMaps(key, student);
    const ghosts = placeGhosts(key, student, c);
    expect({ key, student }).toEqual(before); // pure
    expect(ghosts.statements).toHaveLength(1);
    const k1 = ghosts.statements[0]!;
    expect(k1).toMatchObject({ id: 'ghost:k1', keyId: 'k1', kind: 'caveat', text: EXAMPLE_KEY.nodes[7]!.text });
    // k1 is at (600, 250) in the key, its neighbour c at (0, 0); the student's c (s1) is at (1000, 500).
    expect(k1.position).toEqual({ x: 1600, y: 750 });
    expect(k1.size).toEqual(estimateNodeSize(key.nodes[7]!));
    expect(ghosts.relations).toEqual([{ id: 'ghost:r7', keyId: 'r7', kind: 'qualifies', from: 'ghost:k1', to: 's1' }]);
  });

  test('follows the student’s layout: the student’s statement moved, its missing neighbour moves with it', () => {
    const { key, student } = laidOut();
    const moved = { ...student, nodes: student.nodes.map((n) => (n.id === 's1' ? { ...n, position: { x: -3000, y: 80 } } : n)) };
    const k1 = placeGhosts(key, moved, compareMaps(key, moved)).statements[0]!;
    expect(k1.position).toEqual({ x: -2400, y: 330 });
  });

  test('a ghost never covers a statement of the student’s or another ghost: it moves to the nearest free spot', () => {
    const { key, student } = laidOut();
    // A statement of the student's exactly where k1's ghost would go, and two more missing statements under k1.
    const blocker = node('s9', 'premise', 'Something else entirely, about trade and tariffs.', at(1600, 750));
    const crowded = { ...student, nodes: [...student.nodes, blocker] };
    const key2 = {
      ...key,
      nodes: [
        ...key.nodes,
        node('k2', 'evidence', 'Polls in Seoul show the opposition ahead.', at(600, 500)),
        node('k3', 'evidence', 'The ruling party trails in Busan.', at(600, 500)),
      ],
      relations: [...key.relations, rel('r8', 'supports', 'k2', 'k1'), rel('r9', 'supports', 'k3', 'k1')],
    };
    const sizes = (id: string) => (id === 's9' ? { width: 260, height: 120 } : undefined);
    const ghosts = placeGhosts(key2, crowded, compareMaps(key2, crowded), sizes);
    expect(ghosts.statements.map((g) => g.keyId)).toEqual(['k1', 'k2', 'k3']);
    const taken = crowded.nodes.map((n) => ({ ...n.position, ...(sizes(n.id) ?? estimateNodeSize(n)) }));
    const rects = ghosts.statements.map(rectOf);
    for (const [i, r] of rects.entries()) {
      for (const t of taken) expect(clear(r, t), `ghost ${i} against a statement`).toBe(true);
      for (const [j, o] of rects.entries()) if (i !== j) expect(clear(r, o), `ghost ${i} against ghost ${j}`).toBe(true);
    }
    // Moved by whole card-sized steps, and not far: within two steps of where it was wanted.
    const k1 = ghosts.statements[0]!;
    expect(k1.position).not.toEqual({ x: 1600, y: 750 });
    expect(Math.abs(k1.position.x - 1600)).toBeLessThanOrEqual(2 * (k1.size.width + GHOST_GAP));
    expect(Math.abs(k1.position.y - 750)).toBeLessThanOrEqual(2 * (k1.size.height + GHOST_GAP));
    expect(ghosts.relations.map((r) => [r.from, r.to])).toEqual([
      ['ghost:k1', 's1'],
      ['ghost:k2', 'ghost:k1'],
      ['ghost:k3', 'ghost:k1'],
    ]);
  });

  test('a missing subtree stays together: a statement whose only neighbour is missing too is placed by that neighbour’s ghost', () => {
    const key = mapOf(
      [
        node('c', 'claim', 'Night trains should come back.', at(0, 0)),
        node('p', 'premise', 'Flying is worse for the climate.', at(0, 300)),
        node('e', 'evidence', 'A short flight emits far more per passenger.', at(0, 600)),
      ],
      [rel('r1', 'supports', 'p', 'c'), rel('r2', 'supports', 'e', 'p')],
    );
    const student = mapOf([node('c', 'claim', 'Night trains should come back.', at(500, 500))], []);
    const ghosts = placeGhosts(key, student, compareMaps(key, student));
    const spot = Object.fromEntries(ghosts.statements.map((g) => [g.keyId, g.position]));
    expect(spot).toEqual({ p: { x: 500, y: 800 }, e: { x: 500, y: 1100 } });
  });

  test('nothing matched: the key’s layout to the right of the student’s map, or where the key has it on an empty map', () => {
    const key = mapOf(
      [
        node('c', 'claim', 'Night trains should come back.', at(0, 0)),
        node('p', 'premise', 'Flying is worse for the climate.', at(0, 300)),
      ],
      [rel('r1', 'supports', 'p', 'c')],
    );
    const empty = mapOf([], []);
    const onEmpty = placeGhosts(key, empty, compareMaps(key, empty));
    expect(onEmpty.statements.map((g) => g.position)).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 300 },
    ]);
    expect(onEmpty.relations).toEqual([{ id: 'ghost:r1', keyId: 'r1', kind: 'supports', from: 'ghost:p', to: 'ghost:c' }]);
    const other = mapOf([node('x', 'claim', 'Motorways should be tolled everywhere.', at(-200, 40))], []);
    const beside = placeGhosts(key, other, compareMaps(key, other));
    const right = -200 + estimateNodeSize(other.nodes[0]!).width;
    for (const g of beside.statements) expect(g.position.x).toBeGreaterThan(right);
    expect(beside.statements[0]!.position.y).toBe(40);
    expect(beside.statements[1]!.position.y - beside.statements[0]!.position.y).toBe(300);
  });

  test('a missing undercut of a relation the student drew points at that relation', () => {
    const key = mapOf(
      [
        node('c', 'claim', 'Night trains should come back.', at(0, 0)),
        node('p', 'premise', 'Flying is worse for the climate.', at(0, 300)),
        node('o', 'objection', 'Only if the trains run on clean power.', at(300, 300)),
      ],
      [rel('r1', 'supports', 'p', 'c'), rel('r2', 'undercuts', 'o', 'r1')],
    );
    const student = mapOf(key.nodes, [rel('t1', 'supports', 'p', 'c')]);
    const ghosts = placeGhosts(key, student, compareMaps(key, student));
    expect(ghosts.statements).toEqual([]);
    expect(ghosts.relations).toEqual([{ id: 'ghost:r2', keyId: 'r2', kind: 'undercuts', from: 'o', to: 't1', toRelation: true }]);
  });
});

describe('stepsOf and stepFrom', () => {
  test('each difference says what to select and where to look; missing parts are left out when ghosts are only counted', () => {
    const { key, student } = laidOut();
    const c = compareMaps(key, student);
    const ghosts = placeGhosts(key, student, c);
    const steps = stepsOf(c, student, ghosts);
    expect(steps.map((s) => s.id)).toEqual(c.differences.map((d) => d.id));
    const byId = Object.fromEntries(steps.map((s) => [s.id, s]));
    expect(byId['relation:reversed:r2:t2']).toMatchObject({ nodeIds: [], relationIds: ['t2'], centre: 's2' });
    expect(byId['statement:wrongKind:o2:s5']).toMatchObject({ nodeIds: ['s5'], relationIds: [], centre: 's5' });
    expect(byId['statement:missing:k1:']).toMatchObject({ nodeIds: [], relationIds: [], centre: 'ghost:k1', ghost: 'ghost:k1' });
    expect(byId['relation:missing:r7:']).toMatchObject({ nodeIds: ['s1'], relationIds: [], centre: 'ghost:k1', ghost: 'ghost:r7' });
    expect(byId['statement:extra::s8']).toMatchObject({ nodeIds: ['s8'], centre: 's8' });
    expect(byId['relation:extra::t7']).toMatchObject({ relationIds: ['t7'], centre: 's8' });

    const counted = stepsOf(c, student, null);
    expect(counted.map((s) => s.id)).toEqual(c.differences.filter((d) => d.verdict !== 'missing').map((d) => d.id));
    expect(counted.some((s) => s.ghost)).toBe(false);
  });

  test('steps round in both directions, starting at the first (forward) or the last (back)', () => {
    const steps = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(stepFrom(steps, null, 1)).toBe(0);
    expect(stepFrom(steps, null, -1)).toBe(2);
    expect(stepFrom(steps, 'a', 1)).toBe(1);
    expect(stepFrom(steps, 'c', 1)).toBe(0);
    expect(stepFrom(steps, 'a', -1)).toBe(2);
    expect(stepFrom(steps, 'gone', 1)).toBe(0);
    expect(stepFrom([], null, 1)).toBe(-1);
  });

  test('scores read as in the command-line report', () => {
    expect(formatScore(0.8484)).toBe('0.848');
    expect(formatScore(1)).toBe('1.000');
    expect(formatScore(null)).toBe('–');
  });
});

describe('the GSOMIA sample submission', () => {
  const read = (path: string) => {
    const r = parseMapText(readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8'));
    if (!r.ok) throw new Error(r.error);
    return r.map;
  };
  test('its two missing relations are ghosts between the student’s own statements; every difference a step with ghosts, the missing ones left out without', () => {
    const key = gsomia();
    const submission = read('maps/exercises/gsomia-relations.sample-submission.argmap.json');
    const c = compareMaps(key, submission);
    const ghosts = placeGhosts(key, submission, c);
    expect(ghosts.statements).toEqual([]);
    expect(ghosts.relations).toHaveLength(2);
    const ids = new Set(submission.nodes.map((n) => n.id));
    for (const g of ghosts.relations) expect(ids.has(g.from) && ids.has(g.to)).toBe(true);
    expect(stepsOf(c, submission, ghosts)).toHaveLength(c.differences.length);
    expect(stepsOf(c, submission, null)).toHaveLength(c.differences.length - 2);
    // As maps/exercises/gsomia-relations.sample-report.md counts them.
    const report = readFileSync(fileURLToPath(new URL('../../maps/exercises/gsomia-relations.sample-report.md', import.meta.url)), 'utf8');
    const counted = (name: string) => Number(report.match(new RegExp(`^\\| ${name} \\| (\\d+) \\|$`, 'm'))![1]);
    expect(verdictCounts(c)).toEqual({
      correct: counted('correct'),
      wrongKind: counted('wrong kind'),
      reversed: counted('reversed'),
      extra: counted('extra'),
      missing: counted('missing'),
    });
    expect(verdictCounts(c).missing).toBe(2);
  });
});

describe('exerciseKeyMap', () => {
  test('the embedded key with the exercise’s sources; null when the file holds no key', () => {
    const key = gsomia();
    expect(exerciseKeyMap(key)).toBeNull();
    expect(exerciseKeyMap(makeExercise(key, 'relations', 1))).toBeNull();
    const ex = makeExercise(key, 'relations', 1, { selfCheck: true });
    const back = exerciseKeyMap(ex)!;
    expect(back.nodes.map((n) => n.id)).toEqual(key.nodes.map((n) => n.id));
    expect(back.relations).toHaveLength(key.relations.length);
    expect(back.sources).toBe(ex.sources);
    expect(back.exercise).toBeUndefined();
    // Checked against its own key, the key's map itself is all correct.
    const self = compareMaps(back, { ...key, exercise: ex.exercise });
    expect(self.scores.combined).toBe(1);
  });
});
