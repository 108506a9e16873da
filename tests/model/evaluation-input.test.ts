// The evaluation fed from the map itself (inputFromMap: node.mark, relation.weight), and the
// balance broken down item by item (src/model/balance.ts), which must add up to the
// evaluation's own balance.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { evaluate, inputFromMap, type Judgement } from '../../src/model/evaluation';
import { balanceBreakdown, formatWeight, relationWeight } from '../../src/model/balance';
import type { ArgMap, ArgNode, Mark, NodeKind, Relation, RelationKind } from '../../src/model/types';

const node = (id: string, kind: NodeKind = 'premise', mark?: Mark): ArgNode => ({ id, kind, text: id, position: { x: 0, y: 0 }, ...(mark ? { mark } : {}) });
const rel = (id: string, from: string, kind: RelationKind, to: string, extra: Partial<Relation> = {}): Relation => ({ id, kind, from, to, ...extra });
const mapOf = (nodes: ArgNode[], relations: Relation[]): ArgMap => ({ meta: { title: '', description: '' }, nodes, relations });

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
    [node('C', 'claim'), node('P1'), node('E1', 'evidence'), node('U', 'objection'), node('P2'), node('O', 'objection'), node('R', 'rebuttal'), node('K', 'caveat')],
    [
      rel('r1', 'P1', 'supports', 'C'),
      rel('r4', 'E1', 'supports', 'P1'),
      rel('u1', 'U', 'undercuts', 'r4'),
      rel('r2', 'P2', 'supports', 'C'),
      rel('r3', 'O', 'opposes', 'C'),
      rel('r6', 'R', 'opposes', 'O'),
      rel('r5', 'K', 'qualifies', 'C', { weight: 0.5 }),
    ],
  );
}

describe('inputFromMap', () => {
  it('reads marks from node.mark (absent = open) and weights from relation.weight (absent = strong)', () => {
    const map = mapOf(
      [node('a', 'claim', 'accepted'), node('b', 'objection', 'rejected'), node('c')],
      [rel('r1', 'b', 'opposes', 'a', { weight: 0.5 }), rel('r2', 'c', 'supports', 'a'), rel('r3', 'c', 'supports', 'b', { weight: 0 })],
    );
    const input = inputFromMap(map);
    expect({ ...input.status }).toEqual({ a: 'accepted', b: 'rejected' });
    expect({ ...input.weight }).toEqual({ r1: 0.5, r3: 0 });
    expect(Object.hasOwn(input.status, 'c')).toBe(false);
    expect(Object.hasOwn(input.weight, 'r2')).toBe(false);
  });

  it('with duplicate ids the first one counts, as in evaluate; "__proto__" is an ordinary id', () => {
    const map = mapOf([node('a'), node('a', 'premise', 'rejected'), node('__proto__', 'premise', 'accepted')], [rel('r', 'a', 'supports', '__proto__'), rel('r', 'a', 'supports', '__proto__', { weight: 0.25 })]);
    const input = inputFromMap(map);
    expect(Object.hasOwn(input.status, 'a')).toBe(false);
    expect(input.status['__proto__']).toBe('accepted');
    expect(Object.hasOwn(input.weight, 'r')).toBe(false);
  });

  it('drives evaluate exactly like the explicit input: marks override, weight 0 switches a relation off', () => {
    // b opposes a. Unmarked: a out. b rejected: a in. Weight 0 on the attack: a in.
    const base = mapOf([node('a', 'claim'), node('b', 'objection')], [rel('r', 'b', 'opposes', 'a')]);
    expect(evaluate(base, inputFromMap(base)).labels.a).toBe('out');
    const rejected = withMarks(base, { b: 'rejected' });
    expect(evaluate(rejected, inputFromMap(rejected)).labels.a).toBe('in');
    expect(evaluate(rejected, inputFromMap(rejected)).explanation.b).toBe('rejected by you (the map alone would accept it)');
    const weightless = { ...base, relations: [rel('r', 'b', 'opposes', 'a', { weight: 0 })] };
    expect(evaluate(weightless, inputFromMap(weightless)).labels).toMatchObject({ a: 'in', r: 'out' });
  });

  it('matches evaluate with the same marks and weights given explicitly, on random maps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Mark | undefined>(undefined, 'accepted', 'rejected'), { minLength: 1, maxLength: 7 }),
        fc.array(fc.record({ from: fc.nat(), to: fc.nat(), kind: fc.constantFrom<RelationKind>('supports', 'opposes', 'qualifies', 'undercuts'), weight: fc.constantFrom(undefined, 0, 0.5, 0.8, 1) }), { maxLength: 12 }),
        (marks, rels) => {
          const n = marks.length;
          const nodes = marks.map((m, i) => node(`n${i}`, 'premise', m));
          const relations = rels.map((r, i) =>
            rel(`r${i}`, `n${r.from % n}`, r.kind, r.kind === 'undercuts' ? `r${r.to % rels.length}` : `n${r.to % n}`, r.weight === undefined ? {} : { weight: r.weight }),
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
  // The stated marks: the user rejects the historical baggage (the objections to the main
  // claim and the undercut of the implications) and China's negative reading.
  const REJECTED = ['hb-comfort-women', 'hb-remilitarisation', 'hb-dokdo', 'hb-main', 'cn-branch-negative'];

  it('unmarked: the main claim is defeated by the historical-baggage objections', () => {
    const map = gsomia();
    const e = evaluate(map, inputFromMap(map));
    expect(e.labels['claim-main']).toBe('out');
    expect(e.explanation['claim-main']).toBe('attacked by an objection that holds');
  });

  it('with the historical baggage and China\'s negative reading rejected in the map: the main claim stands on 6 reasons', () => {
    const map = withMarks(gsomia(), Object.fromEntries(REJECTED.map((id) => [id, 'rejected' as const])));
    const e = evaluate(map, inputFromMap(map));
    expect(e.labels['claim-main']).toBe('in');
    expect(e.explanation['claim-main']).toBe('supported by 6 reasons that hold; every attack on it fails');
    expect(e.balance['claim-main']).toEqual({ pro: 6, con: 2, proCount: 6, conCount: 2 });
    for (const id of REJECTED) expect(e.labels[id]).toBe('out');
  });

  it('accepting the objection to the fourth implication keeps it defeated; a weak link lowers the balance', () => {
    const marked = withMarks(gsomia(), { ...Object.fromEntries(REJECTED.map((id) => [id, 'rejected' as const])), 'nk-denunciation': 'accepted' });
    const map = { ...marked, relations: marked.relations.map((r) => (r.id === 'r-hub-main' ? { ...r, weight: 0.5 } : r)) };
    const e = evaluate(map, inputFromMap(map));
    expect(e.labels['impl-nk-pressure']).toBe('out');
    expect(e.labels['claim-main']).toBe('in');
    expect(e.balance['claim-main']!.pro).toBe(5.5);
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
      { kind: 'undercut', relationIds: ['u1'], nodeIds: ['U'], undercutReasonIds: ['E1'], weight: 1, active: true, status: 'in', counted: true },
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
      [rel('ra', 'a', 'supports', 'c', { group: 'g', weight: 0.8 }), rel('rb', 'b', 'supports', 'c', { group: 'g', weight: 0.4 }), rel('rz', 'z', 'supports', 'c', { weight: 0 })],
    );
    const b = balanceBreakdown(map, 'c');
    expect(b.reasons.map((i) => ({ nodes: i.nodeIds, weight: i.weight, active: i.active, counted: i.counted }))).toEqual([
      { nodes: ['a', 'b'], weight: 0.4, active: true, counted: true },
      { nodes: ['z'], weight: 0, active: false, counted: false },
    ]);
    expect(b.pro).toBe(0.4);
  });

  it('for the GSOMIA main claim: the four implications (and other reasons) against the historical baggage (and caveats)', () => {
    const map = gsomia();
    const plain = balanceBreakdown(map, 'claim-main');
    const reasonNodes = plain.reasons.map((i) => i.nodeIds.join('+'));
    expect(reasonNodes).toEqual(
      expect.arrayContaining(['impl-hub-spokes', 'impl-pragmatism', 'impl-china', 'impl-nk-pressure', 'hs-trilateral-drills', 'pr-wider-cooperation', 'close-long-term-necessary', 'close-new-context+close-expected-signing']),
    );
    expect(plain.reasons).toHaveLength(8);
    expect(plain.against.map((i) => `${i.kind}:${i.nodeIds.join('+')}`)).toEqual([
      'caveat:ctx-us-redeployment',
      'objection:cn-branch-negative',
      'objection:hb-comfort-women',
      'objection:hb-remilitarisation',
      'objection:hb-dokdo-inflame',
      'caveat:caveat-election',
      'undercut:hb-main',
      'undercut:hb-main',
      'undercut:hb-main',
      'undercut:hb-main',
      'undercut:hb-main',
      'undercut:hb-main',
    ]);
    expect(plain.against.filter((i) => i.kind === 'undercut').map((i) => i.undercutReasonIds![0])).toEqual(['impl-hub-spokes', 'impl-pragmatism', 'impl-china', 'impl-nk-pressure', 'hs-trilateral-drills', 'pr-wider-cooperation']);
    expect({ pro: plain.pro, con: plain.con }).toEqual({ pro: 8, con: 12 });

    const e = evaluate(map, inputFromMap(map));
    const evaluated = balanceBreakdown(map, 'claim-main', e.labels);
    expect({ pro: evaluated.pro, con: evaluated.con, proCount: evaluated.proCount, conCount: evaluated.conCount }).toEqual(e.balance['claim-main']);
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
          const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`, 'premise', marks[i]));
          const relations = rels.map((r, i) => {
            const extra: Partial<Relation> = {};
            if (r.group) extra.group = r.group;
            if (r.weight !== undefined) extra.weight = r.weight;
            return rel(`r${i}`, `n${r.from % n}`, r.kind, r.kind === 'undercuts' ? `r${r.to % rels.length}` : `n${r.to % n}`, extra);
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
    expect(relationWeight(rel('r', 'a', 'supports', 'b'))).toBe(1);
    expect(relationWeight(rel('r', 'a', 'supports', 'b', { weight: Number.NaN }))).toBe(1);
    expect(relationWeight(rel('r', 'a', 'supports', 'b', { weight: 1.7 }))).toBe(1);
    expect(relationWeight(rel('r', 'a', 'supports', 'b', { weight: -1 }))).toBe(0);
    expect(relationWeight(rel('r', 'a', 'supports', 'b', { weight: 0.3 }))).toBe(0.3);
  });

  it('formatWeight shows at most two decimals', () => {
    expect(formatWeight(0.1 + 0.2)).toBe('0.3');
    expect(formatWeight(2.5)).toBe('2.5');
    expect(formatWeight(1 / 3)).toBe('0.33');
    expect(formatWeight(4)).toBe('4');
  });
});
