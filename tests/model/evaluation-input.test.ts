// The evaluation fed from the map itself (inputFromMap: node.mark, relation.weight), and the
// balance broken down item by item (src/model/balance.ts), which must add up to the
// evaluation's own balance.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { evaluate, inputFromMap, type Judgement } from '../../src/model/evaluation';
import { balanceBreakdown, formatWeight, relationWeight } from '../../src/model/balance';
import type { ArgMap, Mark, Relation, RelationKind } from '../../src/model/types';
import { builders } from '../builders.ts';

const { node, rel, mapOf } = builders({ meta: { title: '', description: '' } });

function gsomia(): ArgMap {
  const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../maps/gsomia-2012.json', import.meta.url)), 'utf8')) as ArgMap;
  return { meta: file.meta, nodes: file.nodes, relations: file.relations };
}
const withMarks = (map: ArgMap, marks: Record<string, Mark>): ArgMap => ({
  ...map,
  nodes: map.nodes.map((n) => (marks[n.id] ? { ...n, mark: marks[n.id] } : n)),
});

/** The worked example of docs/evaluation.md (four-day week). */
function fourDayWeek(): ArgMap {
  return mapOf(
    [
      node('C', 'claim'),
      node('P1'),
      node('E1', 'evidence'),
      node('U', 'objection'),
      node('P2'),
      node('O', 'objection'),
      node('R', 'rebuttal'),
      node('K', 'caveat'),
    ],
    [
      rel('r1', 'P1', 'C', 'supports'),
      rel('r4', 'E1', 'P1', 'supports'),
      rel('u1', 'U', 'r4', 'undercuts'),
      rel('r2', 'P2', 'C', 'supports'),
      rel('r3', 'O', 'C', 'opposes'),
      rel('r6', 'R', 'O', 'opposes'),
      rel('r5', 'K', 'C', 'qualifies', { weight: 0.5 }),
    ],
  );
}

describe('inputFromMap', () => {
  it('reads marks from node.mark (absent = open) and weights from relation.weight (absent = strong)', () => {
    const map = mapOf(
      [node('a', 'claim', 'a', { mark: 'accepted' }), node('b', 'objection', 'b', { mark: 'rejected' }), node('c')],
      [rel('r1', 'b', 'a', 'opposes', { weight: 0.5 }), rel('r2', 'c', 'a', 'supports'), rel('r3', 'c', 'b', 'supports', { weight: 0 })],
    );
    const input = inputFromMap(map);
    expect({ ...input.status }).toEqual({ a: 'accepted', b: 'rejected' });
    expect({ ...input.weight }).toEqual({ r1: 0.5, r3: 0 });
    expect(Object.hasOwn(input.status, 'c')).toBe(false);
    expect(Object.hasOwn(input.weight, 'r2')).toBe(false);
  });

  it('with duplicate ids the first one counts, as in evaluate; "__proto__" is an ordinary id', () => {
    const map = mapOf(
      [node('a'), node('a', 'premise', 'a', { mark: 'rejected' }), node('__proto__', 'premise', '__proto__', { mark: 'accepted' })],
      [rel('r', 'a', '__proto__', 'supports'), rel('r', 'a', '__proto__', 'supports', { weight: 0.25 })],
    );
    const input = inputFromMap(map);
    expect(Object.hasOwn(input.status, 'a')).toBe(false);
    expect(input.status['__proto__']).toBe('accepted');
    expect(Object.hasOwn(input.weight, 'r')).toBe(false);
  });

  it('drives evaluate exactly like the explicit input: marks override, weight 0 switches a relation off', () => {
    // b opposes a. Unmarked: a out. b rejected: a in. Weight 0 on the attack: a in.
    const base = mapOf([node('a', 'claim'), node('b', 'objection')], [rel('r', 'b', 'a', 'opposes')]);
    expect(evaluate(base, inputFromMap(base)).labels.a).toBe('out');
    const rejected = withMarks(base, { b: 'rejected' });
    expect(evaluate(rejected, inputFromMap(rejected)).labels.a).toBe('in');
    expect(evaluate(rejected, inputFromMap(rejected)).explanation.b).toBe('rejected by you (the map alone would accept it)');
    const weightless = { ...base, relations: [rel('r', 'b', 'a', 'opposes', { weight: 0 })] };
    expect(evaluate(weightless, inputFromMap(weightless)).labels).toMatchObject({ a: 'in', r: 'out' });
  });

  it('matches evaluate with the same marks and weights given explicitly, on random maps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Mark | undefined>(undefined, 'accepted', 'rejected'), { minLength: 1, maxLength: 7 }),
        fc.array(
          fc.record({
            from: fc.nat(),
            to: fc.nat(),
            kind: fc.constantFrom<RelationKind>('supports', 'opposes', 'qualifies', 'undercuts'),
            weight: fc.constantFrom(undefined, 0, 0.5, 0.8, 1),
          }),
          { maxLength: 12 },
        ),
        (marks, rels) => {
          const n = marks.length;
          const nodes = marks.map((m, i) => node(`n${i}`, 'premise', `n${i}`, m ? { mark: m } : {}));
          const relations = rels.map((r, i) =>
            rel(
              `r${i}`,
              `n${r.from % n}`,
              r.kind === 'undercuts' ? `r${r.to % rels.length}` : `n${r.to % n}`,
              r.kind,
              r.weight === undefined ? {} : { weight: r.weight },
            ),
          );
          const map = mapOf(nodes, relations);
          const status: Record<string, Judgement> = {};
          marks.forEach((m, i) => m && (status[`n${i}`] = m));
          const weight: Record<string, number> = {};
          relations.forEach((r) => r.weight !== undefined && (weight[r.id] = r.weight));
          expect(evaluate(map, inputFromMap(map))).toEqual(evaluate(map, { status, weight }));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the GSOMIA map with its marks in the map', () => {
  // The stated mark: the user rejects the historical baggage's general claim (one half of the
  // linked objection against the main claim).
  const REJECTED = ['hb-main'];

  it('unmarked: the main claim is defeated by the linked historical-baggage objection', () => {
    const map = gsomia();
    const e = evaluate(map, inputFromMap(map));
    expect(e.labels['claim-main']).toBe('out');
    expect(e.explanation['claim-main']).toBe('attacked by a linked objection that holds');
  });

  it('with the historical baggage rejected in the map: the main claim stands on 4 reasons', () => {
    const map = withMarks(gsomia(), Object.fromEntries(REJECTED.map((id) => [id, 'rejected' as const])));
    const e = evaluate(map, inputFromMap(map));
    expect(e.labels['claim-main']).toBe('in');
    expect(e.explanation['claim-main']).toBe('supported by 4 reasons that hold; every attack on it fails');
    expect(e.balance['claim-main']).toEqual({ pro: 4, con: 2, proCount: 4, conCount: 2 });
    for (const id of REJECTED) expect(e.labels[id]).toBe('out');
  });

  it('accepting the objection to the fourth implication keeps it defeated; a weak link lowers the balance', () => {
    const marked = withMarks(gsomia(), {
      ...Object.fromEntries(REJECTED.map((id) => [id, 'rejected' as const])),
      'nk-denunciation': 'accepted',
    });
    const map = { ...marked, relations: marked.relations.map((r) => (r.id === 'r-hub-main' ? { ...r, weight: 0.5 } : r)) };
    const e = evaluate(map, inputFromMap(map));
    expect(e.labels['impl-nk-pressure']).toBe('out');
    expect(e.labels['claim-main']).toBe('in');
    expect(e.balance['claim-main']!.pro).toBe(3.5);
  });
});

describe('balanceBreakdown', () => {
  it('lists the worked example item by item and adds up to the evaluation balance', () => {
    const map = fourDayWeek();
    const e = evaluate(map, inputFromMap(map));
    const b = balanceBreakdown(map, 'C', e.labels);
    expect(b.reasons.map((i) => [i.nodeIds.join('+'), i.status, i.counted])).toEqual([
      ['P1', 'out', false], // its only reason is undercut, so P1 is out
      ['P2', 'in', true],
    ]);
    expect(b.against.map((i) => [i.kind, i.nodeIds.join('+'), i.weight, i.status, i.counted])).toEqual([
      ['objection', 'O', 1, 'out', false], // rebutted by R
      ['caveat', 'K', 0.5, 'in', true],
    ]);
    expect({ pro: b.pro, con: b.con, proCount: b.proCount, conCount: b.conCount }).toEqual(e.balance.C);
    // P1: its reason E1 is undercut by U; the undercut counts against P1.
    const p1 = balanceBreakdown(map, 'P1', e.labels);
    expect(p1.against).toEqual([
      {
        kind: 'undercut',
        relationIds: ['u1'],
        nodeIds: ['U'],
        undercutReasonIds: ['E1'],
        weight: 1,
        active: true,
        status: 'in',
        counted: true,
      },
    ]);
    expect({ pro: p1.pro, con: p1.con }).toEqual({ pro: 0, con: 1 });
  });

  it('without labels counts every active unit at its weight (the plain weighing)', () => {
    const b = balanceBreakdown(fourDayWeek(), 'C');
    expect(b.reasons.every((i) => i.status === undefined && i.counted)).toBe(true);
    expect({ pro: b.pro, con: b.con, proCount: b.proCount, conCount: b.conCount }).toEqual({ pro: 2, con: 1.5, proCount: 2, conCount: 2 });
  });

  it('a linked reason is one item weighing its weakest member; weight 0 is listed but not counted', () => {
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('b'), node('z')],
      [
        rel('ra', 'a', 'c', 'supports', { group: 'g', weight: 0.8 }),
        rel('rb', 'b', 'c', 'supports', { group: 'g', weight: 0.4 }),
        rel('rz', 'z', 'c', 'supports', { weight: 0 }),
      ],
    );
    const b = balanceBreakdown(map, 'c');
    expect(b.reasons.map((i) => ({ nodes: i.nodeIds, weight: i.weight, active: i.active, counted: i.counted }))).toEqual([
      { nodes: ['a', 'b'], weight: 0.4, active: true, counted: true },
      { nodes: ['z'], weight: 0, active: false, counted: false },
    ]);
    expect(b.pro).toBe(0.4);
  });

  it('for the GSOMIA main claim: the four implications (and the closing argument) against the historical baggage (and caveats)', () => {
    const map = gsomia();
    const plain = balanceBreakdown(map, 'claim-main');
    expect(plain.reasons.map((i) => i.nodeIds.join('+'))).toEqual([
      'impl-hub-spokes',
      'impl-pragmatism',
      'impl-china',
      'impl-nk-pressure',
      'close-new-context+close-expected-signing',
    ]);
    expect(plain.against.map((i) => `${i.kind}:${i.nodeIds.join('+')}`)).toEqual([
      'caveat:ctx-us-redeployment',
      'objection:hb-main+hb-unresolved',
      'caveat:caveat-election',
      'undercut:hs-obj-us-influence',
    ]);
    expect(plain.against.at(-1)!.undercutReasonIds).toEqual(['impl-hub-spokes']);
    expect({ pro: plain.pro, con: plain.con }).toEqual({ pro: 5, con: 4 });

    const e = evaluate(map, inputFromMap(map));
    const evaluated = balanceBreakdown(map, 'claim-main', e.labels);
    expect({ pro: evaluated.pro, con: evaluated.con, proCount: evaluated.proCount, conCount: evaluated.conCount }).toEqual(
      e.balance['claim-main'],
    );
  });

  it('adds up to evaluate(...).balance for every node of random maps, with marks and weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(
          fc.record({
            from: fc.nat(),
            to: fc.nat(),
            kind: fc.constantFrom<RelationKind>('supports', 'opposes', 'qualifies', 'undercuts'),
            group: fc.option(fc.constantFrom('g1', 'g2'), { nil: undefined }),
            weight: fc.constantFrom(undefined, 0, 0.25, 0.5, 1),
          }),
          { maxLength: 16 },
        ),
        fc.array(fc.constantFrom<Mark | undefined>(undefined, undefined, 'accepted', 'rejected'), { minLength: 8, maxLength: 8 }),
        (n, rels, marks) => {
          const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`, 'premise', `n${i}`, marks[i] ? { mark: marks[i] } : {}));
          const relations = rels.map((r, i) => {
            const extra: Partial<Relation> = {};
            if (r.group) extra.group = r.group;
            if (r.weight !== undefined) extra.weight = r.weight;
            return rel(`r${i}`, `n${r.from % n}`, r.kind === 'undercuts' ? `r${r.to % rels.length}` : `n${r.to % n}`, r.kind, extra);
          });
          const map = mapOf(nodes, relations);
          const e = evaluate(map, inputFromMap(map));
          for (const x of nodes) {
            const b = balanceBreakdown(map, x.id, e.labels);
            const expected = e.balance[x.id]!;
            expect(b.proCount).toBe(expected.proCount);
            expect(b.conCount).toBe(expected.conCount);
            expect(b.pro).toBeCloseTo(expected.pro, 9);
            expect(b.con).toBeCloseTo(expected.con, 9);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('weights for display', () => {
  it('relationWeight reads absent, NaN and out-of-range weights as the evaluation does', () => {
    expect(relationWeight(rel('r', 'a', 'b', 'supports'))).toBe(1);
    expect(relationWeight(rel('r', 'a', 'b', 'supports', { weight: Number.NaN }))).toBe(1);
    expect(relationWeight(rel('r', 'a', 'b', 'supports', { weight: 1.7 }))).toBe(1);
    expect(relationWeight(rel('r', 'a', 'b', 'supports', { weight: -1 }))).toBe(0);
    expect(relationWeight(rel('r', 'a', 'b', 'supports', { weight: 0.3 }))).toBe(0.3);
  });

  it('formatWeight shows at most two decimals', () => {
    expect(formatWeight(0.1 + 0.2)).toBe('0.3');
    expect(formatWeight(2.5)).toBe('2.5');
    expect(formatWeight(1 / 3)).toBe('0.33');
    expect(formatWeight(4)).toBe('4');
  });
});
