// Properties of the compare engine on generated maps (tests/generate.ts): a map compared with
// itself scores 1 everywhere; renaming every id changes nothing when the texts drive the
// matching; each single edit changes exactly the counts it should; and on any student's copy
// the counts add up, the scores are in range and the differences are the verdicts that are
// not correct.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMaps } from '../../src/model/compare/compare.ts';
import type { Comparison } from '../../src/model/compare/types.ts';
import { removeElements } from '../../src/model/operations.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { NODE_KINDS } from '../../src/model/types.ts';
import { generateMap } from '../../testkit/generate.ts';
import { otherRelationKind, renameIds, studentCopy, TYPICAL } from './compare-student.ts';

const mapArb = fc
  .record({ count: fc.integer({ min: 1, max: 80 }), seed: fc.integer({ min: 1, max: 1_000_000 }) })
  .map(({ count, seed }) => generateMap(count, seed));

/** The counts of a map compared with itself. */
function perfect(map: ArgMap): Comparison['counts'] {
  const n = map.nodes.length;
  const r = map.relations.length;
  return {
    statements: { key: n, submission: n, matched: n, missing: 0, extra: 0, by: { id: n, anchor: 0, text: 0, structure: 0 } },
    kinds: { key: n, submission: n, correct: n, wrongKind: 0, missing: 0, extra: 0 },
    relations: { key: r, submission: r, correct: r, wrongKind: 0, reversed: 0, missing: 0, extra: 0 },
  };
}

/** Counts without the match reasons (which differ once ids are renamed). */
function withoutReasons(counts: Comparison['counts']) {
  const { by: _by, ...statements } = counts.statements;
  return { ...counts, statements };
}

/** Compares the key with an edited copy, with the key's ids and with every id renamed; both must give `expected`. */
function expectCounts(key: ArgMap, edited: ArgMap, expected: Comparison['counts']): void {
  expect(withoutReasons(compareMaps(key, edited).counts)).toEqual(withoutReasons(expected));
  expect(withoutReasons(compareMaps(key, renameIds(edited)).counts)).toEqual(withoutReasons(expected));
}

describe('compare: properties', () => {
  it('a map compared with itself scores 1 everywhere, with nothing to report', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const c = compareMaps(map, map);
        expect(c.counts).toEqual(perfect(map));
        expect(c.scores.statements).toEqual({ precision: 1, recall: 1, f1: 1 });
        expect(c.scores.relations).toEqual({ precision: 1, recall: 1, f1: 1 });
        expect(c.scores.kinds).toEqual({ precision: 1, recall: 1, f1: 1 });
        expect(c.scores.combined).toBe(1);
        expect(c.scores.kappa.statementKinds).toBe(1);
        expect(c.scores.kappa.relationKinds).toBe(map.relations.length ? 1 : null);
        expect(c.differences).toEqual([]);
      }),
    );
  });

  it('renaming every id changes nothing: the texts find the same pairs', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const renamed = renameIds(map, 'other-');
        const c = compareMaps(map, renamed);
        expect(withoutReasons(c.counts)).toEqual(withoutReasons(perfect(map)));
        expect(c.scores.combined).toBe(1);
        // Each statement is paired with its own copy.
        for (const m of c.matches) expect(m.submissionId).toBe(`other-n${map.nodes.findIndex((n) => n.id === m.keyId)}`);
        // Ignoring ids gives the same result as renaming them.
        expect(withoutReasons(compareMaps(map, map, { ids: false }).counts)).toEqual(withoutReasons(c.counts));
      }),
    );
  });

  it('deleting a statement: one missing statement and exactly the relations that went with it', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (key, pick) => {
        const gone = key.nodes[pick % key.nodes.length]!;
        const edited = removeElements(key, [gone.id]);
        const lost = key.relations.length - edited.relations.length;
        const expected = perfect(key);
        expected.statements = { ...expected.statements, submission: key.nodes.length - 1, matched: key.nodes.length - 1, missing: 1 };
        expected.kinds = { ...expected.kinds, submission: key.nodes.length - 1, correct: key.nodes.length - 1, missing: 1 };
        expected.relations = {
          ...expected.relations,
          submission: edited.relations.length,
          correct: edited.relations.length,
          missing: lost,
        };
        expectCounts(key, edited, expected);
      }),
    );
  });

  it('another kind of relation: one relation of the wrong kind', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (key, pick) => {
        const ids = new Set(key.nodes.map((n) => n.id));
        const candidates = key.relations.filter((r) => ids.has(r.to));
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length]!;
        const edited = { ...key, relations: key.relations.map((r) => (r === target ? { ...r, kind: otherRelationKind(r.kind) } : r)) };
        const expected = perfect(key);
        expected.relations = { ...expected.relations, correct: key.relations.length - 1, wrongKind: 1 };
        expectCounts(key, edited, expected);
      }),
    );
  });

  it('another kind of statement: one statement of the wrong kind, nothing else', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), fc.nat(), (key, pick, kindPick) => {
        const target = key.nodes[pick % key.nodes.length]!;
        const others = NODE_KINDS.filter((k) => k !== target.kind);
        const edited = { ...key, nodes: key.nodes.map((n) => (n === target ? { ...n, kind: others[kindPick % others.length]! } : n)) };
        const expected = perfect(key);
        expected.kinds = { ...expected.kinds, correct: key.nodes.length - 1, wrongKind: 1 };
        expectCounts(key, edited, expected);
        const c = compareMaps(key, edited);
        expect(c.differences.map((d) => d.id)).toEqual([`statement:wrongKind:${target.id}:${target.id}`]);
        expect(c.scores.kappa.statementKinds!).toBeLessThan(1);
      }),
    );
  });

  it('reversing a link: one reversed relation (its undercuts still find it)', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (key, pick) => {
        const ids = new Set(key.nodes.map((n) => n.id));
        const candidates = key.relations.filter((r) => ids.has(r.to));
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length]!;
        const edited = { ...key, relations: key.relations.map((r) => (r === target ? { ...r, from: r.to, to: r.from } : r)) };
        const expected = perfect(key);
        expected.relations = { ...expected.relations, correct: key.relations.length - 1, reversed: 1 };
        expectCounts(key, edited, expected);
      }),
    );
  });

  it('on any student’s copy the counts add up, scores are in range and the differences are the verdicts that are not correct', () => {
    fc.assert(
      fc.property(mapArb, fc.integer({ min: 1, max: 1000 }), fc.boolean(), (key, seed, rename) => {
        const student = studentCopy(key, seed, {
          ...TYPICAL,
          deleted: 0.1,
          added: 0.1,
          reworded: 0.2,
          kindChanged: 0.1,
          relationKindChanged: 0.1,
          reversed: 0.1,
          renameIds: rename,
        });
        const c = compareMaps(key, student);
        const { statements: s, kinds: k, relations: r } = c.counts;
        expect(s.matched + s.missing).toBe(s.key);
        expect(s.matched + s.extra).toBe(s.submission);
        expect(Object.values(s.by).reduce((a, b) => a + b, 0)).toBe(s.matched);
        expect(k.correct + k.wrongKind).toBe(s.matched);
        expect(r.correct + r.wrongKind + r.reversed + r.missing).toBe(r.key);
        expect(r.correct + r.wrongKind + r.reversed + r.extra).toBe(r.submission);
        expect(c.statements.length).toBe(s.key + s.extra);
        expect(c.relations.length).toBe(r.key + r.extra);
        for (const score of [c.scores.statements, c.scores.relations, c.scores.kinds]) {
          for (const x of [score.precision, score.recall, score.f1]) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
          }
        }
        for (const kappa of [c.scores.kappa.statementKinds, c.scores.kappa.relationKinds])
          if (kappa !== null) expect(Math.abs(kappa)).toBeLessThanOrEqual(1 + 1e-12);
        // One to one.
        expect(new Set(c.matches.map((m) => m.keyId)).size).toBe(c.matches.length);
        expect(new Set(c.matches.map((m) => m.submissionId)).size).toBe(c.matches.length);
        // The differences: every verdict that is not correct, once, with unique ids.
        const wrong =
          c.statements.filter((v) => v.verdict !== 'correct').length + c.relations.filter((v) => v.verdict !== 'correct').length;
        expect(c.differences.length).toBe(wrong);
        expect(new Set(c.differences.map((d) => d.id)).size).toBe(wrong);
        expect(JSON.parse(JSON.stringify(c))).toEqual(c);
      }),
    );
  });
});
