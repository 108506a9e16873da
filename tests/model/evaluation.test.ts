/**
 * Tests for src/model/evaluation.ts (the rule is documented there and in docs/evaluation.md).
 *
 * Maps are written in a small text notation:
 *   nodes:     'a b:objection c'           (kind defaults to premise)
 *   relations: 'r1: b opposes a'           (id: from kind to)
 *              'r2: p supports c [g]'      (group g: co-premises / linked unit)
 *              'u1: x undercuts r1'        (target is a relation id)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { evaluate, type Evaluation, type EvaluationInput, type Judgement } from '../../src/model/evaluation';
import type { ArgMap, ArgNode, NodeKind, Relation, RelationKind } from '../../src/model/types';

// ---- helpers ----------------------------------------------------------------------------

function mapOf(nodeSpec: string, ...relationSpecs: string[]): ArgMap {
  const nodes: ArgNode[] = nodeSpec
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const [id, kind] = token.split(':') as [string, NodeKind | undefined];
      return { id, kind: kind ?? 'premise', text: id, position: { x: 0, y: 0 } };
    });
  const relations: Relation[] = relationSpecs.map((spec) => {
    const m = /^(\S+):\s+(\S+)\s+(supports|opposes|qualifies|undercuts)\s+(\S+)(?:\s+\[(\S+)\])?$/.exec(spec.trim());
    if (!m) throw new Error(`bad relation spec: ${spec}`);
    const rel: Relation = { id: m[1]!, from: m[2]!, kind: m[3] as RelationKind, to: m[4]! };
    if (m[5]) rel.group = m[5];
    return rel;
  });
  return { meta: { title: 'test', description: '' }, nodes, relations };
}

const noInput: EvaluationInput = { status: {}, weight: {} };
const run = (map: ArgMap, status: Record<string, Judgement> = {}, weight: Record<string, number> = {}) => evaluate(map, { status, weight });
const labelsOf = (e: Evaluation, ids: string) => Object.fromEntries(ids.split(' ').map((id) => [id, e.labels[id]]));

// ---- Dung frameworks (attacks only) -------------------------------------------------------

describe('attacks: textbook Dung frameworks (grounded labelling)', () => {
  it('an unattacked statement is in', () => {
    const e = run(mapOf('a'));
    expect(e.labels).toEqual({ a: 'in' });
    expect(e.explanation.a).toBe('not attacked; taken at face value');
  });

  it('a <- b: the attacked statement is out, the attacker in', () => {
    const e = run(mapOf('a b:objection', 'r: b opposes a'));
    expect(labelsOf(e, 'a b r')).toEqual({ a: 'out', b: 'in', r: 'in' });
    expect(e.explanation.a).toBe('attacked by an objection that holds');
  });

  it('a <- b <- c: c reinstates a', () => {
    const e = run(mapOf('a b c', 'r1: b opposes a', 'r2: c opposes b'));
    expect(labelsOf(e, 'a b c')).toEqual({ a: 'in', b: 'out', c: 'in' });
    expect(e.explanation.a).toBe('taken at face value; every attack on it fails');
  });

  it('even cycle a <-> b: both undecided', () => {
    const e = run(mapOf('a b', 'r1: b opposes a', 'r2: a opposes b'));
    expect(labelsOf(e, 'a b')).toEqual({ a: 'undec', b: 'undec' });
    expect(e.explanation.a).toBe('undecided: an attack on it is unresolved');
  });

  it('odd cycle a -> b -> c -> a: all undecided', () => {
    const e = run(mapOf('a b c', 'r1: a opposes b', 'r2: b opposes c', 'r3: c opposes a'));
    expect(labelsOf(e, 'a b c')).toEqual({ a: 'undec', b: 'undec', c: 'undec' });
  });

  it('a self-attacker is undecided, and so is what it attacks', () => {
    const e = run(mapOf('a b', 'r1: a opposes a', 'r2: a opposes b'));
    expect(labelsOf(e, 'a b')).toEqual({ a: 'undec', b: 'undec' });
  });

  it('floating reinstatement: grounded is sceptical (a <-> b, both attack c, c attacks d)', () => {
    const e = run(mapOf('a b c d', 'r1: a opposes b', 'r2: b opposes a', 'r3: a opposes c', 'r4: b opposes c', 'r5: c opposes d'));
    expect(labelsOf(e, 'a b c d')).toEqual({ a: 'undec', b: 'undec', c: 'undec', d: 'undec' });
  });

  it('an unattacked attacker breaks a cycle: e -> a, a <-> b gives a out, b in', () => {
    const e = run(mapOf('a b e', 'r1: a opposes b', 'r2: b opposes a', 'r3: e opposes a'));
    expect(labelsOf(e, 'a b e')).toEqual({ a: 'out', b: 'in', e: 'in' });
  });

  it('a linked objection holds only if all its members hold', () => {
    const m = mapOf('a x y z', 'r1: x opposes a [g]', 'r2: y opposes a [g]', 'r3: z opposes y');
    expect(run(m).labels.a).toBe('in'); // y is out, so the linked objection fails
    expect(run(m, { z: 'rejected' }).labels.a).toBe('out');
  });
});

// ---- undercuts and weights -----------------------------------------------------------------

describe('undercuts: attacks on the inference', () => {
  it('an undercut makes the inference out, so the attack it carried no longer counts', () => {
    const e = run(mapOf('a b:objection c', 'r: b opposes a', 'u: c undercuts r'));
    expect(labelsOf(e, 'a b c r u')).toEqual({ a: 'in', b: 'in', c: 'in', r: 'out', u: 'in' });
  });

  it('an undercut support no longer supports: its claim (with no other reason) is out', () => {
    const e = run(mapOf('claim:claim p c', 'r: p supports claim', 'u: c undercuts r'));
    expect(labelsOf(e, 'claim p r')).toEqual({ claim: 'out', p: 'in', r: 'out' });
    expect(e.explanation.claim).toBe('its only reason is defeated');
  });

  it('undercuts can be undercut (recursive attacks) and attacked through their source', () => {
    const m = mapOf('a b c d', 'r: b opposes a', 'u: c undercuts r', 'v: d undercuts u');
    expect(labelsOf(run(m), 'a r u v')).toEqual({ a: 'out', r: 'in', u: 'out', v: 'in' });
    expect(labelsOf(run(m, { d: 'rejected' }), 'a r u')).toEqual({ a: 'in', r: 'out', u: 'in' });
  });

  it('an undecided undercutter leaves the inference undecided', () => {
    const e = run(mapOf('a b c x', 'r: b opposes a', 'u: c undercuts r', 'c1: c opposes x', 'c2: x opposes c'));
    expect(labelsOf(e, 'r a')).toEqual({ r: 'undec', a: 'undec' });
  });
});

describe('weights', () => {
  it('a weight-0 attack is inactive: its target stands, the relation is out', () => {
    const e = run(mapOf('a b', 'r: b opposes a'), {}, { r: 0 });
    expect(labelsOf(e, 'a b r')).toEqual({ a: 'in', b: 'in', r: 'out' });
    expect(e.balance.a).toEqual({ pro: 0, con: 0, proCount: 0, conCount: 0 });
  });

  it('a weight-0 support is ignored as if absent (the claim is taken at face value)', () => {
    const e = run(mapOf('c p q', 'r: p supports c', 'k: q opposes p'), {}, { r: 0 });
    expect(e.labels.c).toBe('in');
    expect(run(mapOf('c p q', 'r: p supports c', 'k: q opposes p')).labels.c).toBe('out');
  });

  it('a linked reason with a weight-0 member is inactive as a whole', () => {
    const m = mapOf('c p q x', 'r1: p supports c [g]', 'r2: q supports c [g]', 'r3: x supports c');
    const e = run(m, { x: 'rejected' }, { r2: 0 });
    expect(e.labels.c).toBe('out'); // only reason left is x, rejected
    expect(e.balance.c).toEqual({ pro: 0, con: 0, proCount: 0, conCount: 0 });
  });

  it('non-zero weights never change labels', () => {
    const m = mapOf('a b c', 'r1: b opposes a', 'r2: c supports a');
    expect(run(m, {}, { r1: 0.01, r2: 1 }).labels).toEqual(run(m).labels);
  });

  it('out-of-range and NaN weights are clamped / defaulted', () => {
    const m = mapOf('a b', 'r: b opposes a');
    expect(run(m, {}, { r: -3 }).labels.a).toBe('in');
    expect(run(m, {}, { r: Number.NaN }).balance.a!.con).toBe(1);
    expect(run(m, {}, { r: 7 }).balance.a!.con).toBe(1);
  });
});

// ---- user marks ----------------------------------------------------------------------------

describe('user marks are fixed labels', () => {
  it('rejecting an objection reinstates what it attacked', () => {
    const m = mapOf('a b:objection', 'r: b opposes a');
    const e = run(m, { b: 'rejected' });
    expect(labelsOf(e, 'a b')).toEqual({ a: 'in', b: 'out' });
    expect(e.explanation.b).toBe('rejected by you (the map alone would accept it)');
    expect(e.explanation.a).toBe('taken at face value; every attack on it fails');
  });

  it('accepting a statement fixes it in, even under an attack that holds', () => {
    const e = run(mapOf('a b:objection c', 'r: b opposes a', 'r2: a opposes c'), { a: 'accepted' });
    expect(labelsOf(e, 'a b c')).toEqual({ a: 'in', b: 'in', c: 'out' });
    expect(e.explanation.a).toBe('accepted by you (the map alone would reject it)');
  });

  it('an accepted attacker is named as such', () => {
    const e = run(mapOf('a b:objection', 'r: b opposes a'), { b: 'accepted' });
    expect(e.explanation.a).toBe('attacked by an accepted objection');
    expect(e.explanation.b).toBe('accepted by you');
  });

  it('marks settle cycles', () => {
    const m = mapOf('a b', 'r1: b opposes a', 'r2: a opposes b');
    expect(labelsOf(run(m, { a: 'accepted' }), 'a b')).toEqual({ a: 'in', b: 'out' });
    expect(labelsOf(run(m, { a: 'rejected' }), 'a b')).toEqual({ a: 'out', b: 'in' });
  });

  it("'open', missing marks and marks on unknown ids change nothing", () => {
    const m = mapOf('a b', 'r: b opposes a');
    expect(run(m, { a: 'open', zzz: 'accepted', r: 'rejected' }).labels).toEqual(run(m).labels);
  });
});

// ---- supports ------------------------------------------------------------------------------

describe('supports (necessary support)', () => {
  it('a claim with one reason that holds is in', () => {
    const e = run(mapOf('c:claim p q', 'r1: p supports c', 'r2: q supports c', 'k: q opposes q'));
    expect(labelsOf(e, 'c p q')).toEqual({ c: 'in', p: 'in', q: 'undec' });
    expect(e.explanation.c).toBe('supported by a reason that holds');
  });

  it('a claim whose reasons are all out is out', () => {
    const e = run(mapOf('c:claim p q x y', 'r1: p supports c', 'r2: q supports c', 'k1: x opposes p', 'k2: y opposes q'));
    expect(labelsOf(e, 'c p q')).toEqual({ c: 'out', p: 'out', q: 'out' });
    expect(e.explanation.c).toBe('all reasons defeated');
  });

  it('a claim whose reasons are out or undecided is undecided', () => {
    const e = run(mapOf('c p q x', 'r1: p supports c', 'r2: q supports c', 'k1: x opposes p', 'k2: q opposes q'));
    expect(e.labels.c).toBe('undec');
    expect(e.explanation.c).toBe('undecided: its reasons are unresolved');
  });

  it('a linked reason holds only if all its premises hold', () => {
    const m = mapOf('c p q', 'r1: p supports c [g]', 'r2: q supports c [g]');
    expect(run(m).labels.c).toBe('in');
    expect(run(m, { q: 'rejected' }).labels.c).toBe('out');
    expect(run(m, { q: 'rejected' }).explanation.c).toBe('its linked reason fails');
    // Both premises alone would be two independent reasons: one suffices.
    expect(run(mapOf('c p q', 'r1: p supports c', 'r2: q supports c'), { q: 'rejected' }).labels.c).toBe('in');
  });

  it('a linked reason fails when one of its inferences is undercut', () => {
    const e = run(mapOf('c p q x', 'r1: p supports c [g]', 'r2: q supports c [g]', 'u: x undercuts r2'));
    expect(labelsOf(e, 'c r1 r2')).toEqual({ c: 'out', r1: 'in', r2: 'out' });
  });

  it('a supported claim is still out when an attack on it holds', () => {
    const e = run(mapOf('c p o:objection', 'r: p supports c', 'k: o opposes c'));
    expect(e.labels.c).toBe('out');
    expect(e.explanation.c).toBe('attacked by an objection that holds');
  });

  it('defeat propagates up a chain of supports', () => {
    const m = mapOf('c:claim p e:evidence o:objection', 'r1: p supports c', 'r2: e supports p', 'k: o opposes e');
    expect(labelsOf(run(m), 'c p e')).toEqual({ c: 'out', p: 'out', e: 'out' });
    expect(labelsOf(run(m, { o: 'rejected' }), 'c p e')).toEqual({ c: 'in', p: 'in', e: 'in' });
  });

  it('a support cycle with no marks stays undecided; one mark settles it', () => {
    const m = mapOf('a b', 'r1: a supports b', 'r2: b supports a');
    expect(labelsOf(run(m), 'a b')).toEqual({ a: 'undec', b: 'undec' });
    expect(labelsOf(run(m, { a: 'accepted' }), 'a b')).toEqual({ a: 'in', b: 'in' });
    expect(labelsOf(run(m, { a: 'rejected' }), 'a b')).toEqual({ a: 'out', b: 'out' });
  });

  it('a support cycle with a reason from outside is settled by that reason', () => {
    const e = run(mapOf('a b e', 'r1: a supports b', 'r2: b supports a', 'r3: e supports a'));
    expect(labelsOf(e, 'a b')).toEqual({ a: 'in', b: 'in' });
  });

  it('qualifies never change a label', () => {
    const m = mapOf('c p k:caveat', 'r: p supports c', 'q: k qualifies c');
    expect(run(m).labels.c).toBe('in');
    expect(run(m, { k: 'accepted' }).labels.c).toBe('in');
    expect(run(m).labels.q).toBe('in');
  });
});

// ---- balance -------------------------------------------------------------------------------

describe('balance', () => {
  it('weighs the reasons and attacks that are not defeated', () => {
    // c has: p (strong), a linked reason {q1 weak, q2 strong}, a defeated reason d,
    // an objection o (weak), a defeated objection o2, a caveat k (strong),
    // and an undercut u (weak) against the inference of p.
    const m = mapOf(
      'c:claim p q1 q2 d x o:objection o2:objection y k:caveat u',
      'rp: p supports c',
      'rq1: q1 supports c [g]',
      'rq2: q2 supports c [g]',
      'rd: d supports c',
      'kd: x opposes d',
      'ro: o opposes c',
      'ro2: o2 opposes c',
      'ko2: y opposes o2',
      'rk: k qualifies c',
      'ru: u undercuts rp',
    );
    const e = run(m, {}, { rq1: 0.5, ro: 0.5, ru: 0.5 });
    // pro: linked reason 0.5 (min of 0.5 and 1); rp is undercut (out), rd's source is out.
    // con: o 0.5 + caveat 1 + undercut against rp 0.5; o2 is out.
    expect(e.balance.c).toEqual({ pro: 0.5, con: 2, proCount: 1, conCount: 3 });
    expect(e.labels.c).toBe('out'); // o holds
    // With o rejected and the undercut's source rejected, c stands on two reasons.
    const e2 = run(m, { o: 'rejected', u: 'rejected' }, { rq1: 0.5, ro: 0.5, ru: 0.5 });
    expect(e2.balance.c).toEqual({ pro: 1.5, con: 1, proCount: 2, conCount: 1 });
    expect(e2.labels.c).toBe('in');
    expect(e2.explanation.c).toBe('supported by 2 reasons that hold; every attack on it fails');
  });

  it('undecided reasons and attacks count; out ones do not', () => {
    const e = run(mapOf('c p o x', 'r: p supports c', 'k: o opposes c', 'k1: x opposes o', 'k2: o opposes x'));
    expect(e.balance.c).toEqual({ pro: 1, con: 1, proCount: 1, conCount: 1 });
    expect(e.labels.c).toBe('undec');
  });
});

// ---- robustness ----------------------------------------------------------------------------

describe('robustness', () => {
  it('handles the empty map', () => {
    expect(evaluate({ meta: { title: '', description: '' }, nodes: [], relations: [] }, noInput)).toEqual({
      labels: {},
      balance: {},
      explanation: {},
    });
  });

  it('ignores dangling relations but still labels them', () => {
    const m = mapOf('a', 'r: ghost opposes a', 'u: a undercuts nothing', 'w: a supports ghost');
    const e = run(m);
    expect(labelsOf(e, 'a r u w')).toEqual({ a: 'in', r: 'in', u: 'in', w: 'in' });
  });

  it('copes with ids that are Object.prototype names', () => {
    const e = run(
      mapOf('__proto__ constructor', 'toString: constructor opposes __proto__'),
      Object.fromEntries([['constructor', 'rejected' as const]]),
    );
    expect(Object.keys(e.labels).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(e.labels, '__proto__')?.value).toBe('in');
    expect(e.labels.constructor).toBe('out');
  });
});

// ---- property tests ------------------------------------------------------------------------

type K = 'in' | 'out' | 'undec';
const kAnd = (a: K, b: K): K => (a === 'out' || b === 'out' ? 'out' : a === 'in' && b === 'in' ? 'in' : 'undec');
const kOr = (a: K, b: K): K => (a === 'in' || b === 'in' ? 'in' : a === 'out' && b === 'out' ? 'out' : 'undec');
const kNot = (a: K): K => (a === 'in' ? 'out' : a === 'out' ? 'in' : 'undec');

/**
 * Reference implementation, written for clarity, not speed: the rule's acceptance
 * conditions in Kleene logic, iterated in synchronous sweeps from "all undecided" (marks
 * and weight-0 inferences fixed) until nothing changes. That is the least fixed point.
 */
function referenceLabels(map: ArgMap, input: EvaluationInput): Record<string, K> {
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const relIds = new Set(map.relations.map((r) => r.id));
  const w = (id: string) => {
    const v = Object.hasOwn(input.weight, id) ? input.weight[id]! : 1;
    return Number.isNaN(v) ? 1 : Math.min(1, Math.max(0, v));
  };
  const valid = (r: Relation) => nodeIds.has(r.from) && (r.kind === 'undercuts' ? relIds.has(r.to) : nodeIds.has(r.to));
  const units = new Map<string, Relation[]>();
  map.relations.filter(valid).forEach((r, i) => {
    const key = r.group ? `${r.kind}|${r.to}|${r.group}` : `#${i}`;
    units.set(key, [...(units.get(key) ?? []), r]);
  });
  const active = [...units.values()].filter((members) => Math.min(...members.map((r) => w(r.id))) > 0);
  const fixed = new Map<string, K>();
  for (const n of map.nodes) {
    const m = input.status[n.id];
    if (Object.hasOwn(input.status, n.id) && m === 'accepted') fixed.set(n.id, 'in');
    if (Object.hasOwn(input.status, n.id) && m === 'rejected') fixed.set(n.id, 'out');
  }
  for (const r of map.relations) if (w(r.id) === 0) fixed.set(r.id, 'out');

  let lab: Record<string, K> = {};
  for (const id of [...nodeIds, ...relIds]) lab[id] = fixed.get(id) ?? 'undec';
  const holds = (members: Relation[], l: Record<string, K>) => members.reduce<K>((acc, r) => kAnd(acc, kAnd(l[r.from]!, l[r.id]!)), 'in');
  for (;;) {
    const next: Record<string, K> = {};
    for (const id of nodeIds) {
      if (fixed.has(id)) {
        next[id] = fixed.get(id)!;
        continue;
      }
      const reasons = active.filter((u) => u[0]!.kind === 'supports' && u[0]!.to === id);
      const attacks = active.filter((u) => u[0]!.kind === 'opposes' && u[0]!.to === id);
      const sup = reasons.length === 0 ? 'in' : reasons.reduce<K>((acc, u) => kOr(acc, holds(u, lab)), 'out');
      const atk = attacks.reduce<K>((acc, u) => kOr(acc, holds(u, lab)), 'out');
      next[id] = kAnd(sup, kNot(atk));
    }
    for (const id of relIds) {
      if (fixed.has(id)) {
        next[id] = fixed.get(id)!;
        continue;
      }
      const undercuts = active.filter((u) => u[0]!.kind === 'undercuts' && u[0]!.to === id);
      next[id] = kNot(undercuts.reduce<K>((acc, u) => kOr(acc, holds(u, lab)), 'out'));
    }
    if (Object.keys(next).every((id) => next[id] === lab[id])) return next;
    lab = next;
  }
}

/** Dung's grounded extension by its definition: least fixed point of the characteristic function. */
function dungGrounded(args: string[], attacks: [string, string][]): Record<string, K> {
  const attackers = (a: string) => attacks.filter(([, t]) => t === a).map(([s]) => s);
  let ext = new Set<string>();
  for (;;) {
    const defended = (a: string) => attackers(a).every((b) => attackers(b).some((c) => ext.has(c)));
    const next = new Set(args.filter(defended));
    if (next.size === ext.size) break;
    ext = next;
  }
  return Object.fromEntries(args.map((a) => [a, ext.has(a) ? 'in' : attackers(a).some((b) => ext.has(b)) ? 'out' : 'undec']));
}

const KINDS: RelationKind[] = ['supports', 'opposes', 'qualifies', 'undercuts'];
interface Scenario {
  map: ArgMap;
  input: EvaluationInput;
}
const scenarioArb = (options: { kinds?: RelationKind[]; marks?: boolean; weights?: boolean } = {}) =>
  fc
    .record({
      n: fc.integer({ min: 1, max: 9 }),
      rels: fc.array(
        fc.record({
          kind: fc.constantFrom(...(options.kinds ?? KINDS)),
          from: fc.nat(),
          to: fc.nat(),
          group: fc.option(fc.constantFrom('g1', 'g2'), { nil: undefined }),
          weight: fc.constantFrom(undefined, 0, 0.25, 0.5, 1),
        }),
        { maxLength: 18 },
      ),
      marks: fc.array(fc.constantFrom<Judgement | undefined>(undefined, undefined, 'accepted', 'rejected', 'open'), {
        minLength: 9,
        maxLength: 9,
      }),
    })
    .map(({ n, rels, marks }): Scenario => {
      const nodes: ArgNode[] = Array.from({ length: n }, (_, i) => ({
        id: `n${i}`,
        kind: i === 0 ? 'claim' : 'premise',
        text: '',
        position: { x: 0, y: 0 },
      }));
      const weight: Record<string, number> = {};
      const relations: Relation[] = rels.map((r, i) => {
        const rel: Relation = {
          id: `r${i}`,
          kind: r.kind,
          from: `n${r.from % n}`,
          to: r.kind === 'undercuts' ? `r${r.to % rels.length}` : `n${r.to % n}`,
        };
        if (r.group && options.kinds === undefined) rel.group = r.group;
        if (r.weight !== undefined && options.weights !== false) weight[rel.id] = r.weight;
        return rel;
      });
      const status: Record<string, Judgement> = {};
      if (options.marks !== false) marks.slice(0, n).forEach((m, i) => m && (status[`n${i}`] = m));
      return { map: { meta: { title: '', description: '' }, nodes, relations }, input: { status, weight } };
    });

describe('properties over random maps', () => {
  it('every node and relation gets a label; every node a balance and an explanation', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ map, input }) => {
        const e = evaluate(map, input);
        const ids = [...map.nodes.map((n) => n.id), ...map.relations.map((r) => r.id)];
        expect(Object.keys(e.labels).sort()).toEqual(ids.sort());
        for (const id of ids) expect(['in', 'out', 'undec']).toContain(e.labels[id]);
        expect(Object.keys(e.balance).sort()).toEqual(map.nodes.map((n) => n.id).sort());
        for (const n of map.nodes) {
          expect(e.explanation[n.id]).toMatch(/\S/);
          const b = e.balance[n.id]!;
          expect(b.pro).toBeGreaterThanOrEqual(0);
          expect(b.con).toBeGreaterThanOrEqual(0);
          expect(b.pro).toBeLessThanOrEqual(b.proCount);
          expect(b.con).toBeLessThanOrEqual(b.conCount);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('equals the least fixed point computed by the naive reference (so: a fixed point, and grounded)', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ map, input }) => {
        expect(evaluate(map, input).labels).toEqual(referenceLabels(map, input));
      }),
      { numRuns: 500 },
    );
  });

  it('is a complete labelling w.r.t. attacks: in = every attack fails, out = an attack holds or no reason holds', () => {
    fc.assert(
      fc.property(scenarioArb({ weights: false }), ({ map, input }) => {
        const { labels: l } = evaluate(map, input);
        const holds = (r: Relation) => kAnd(l[r.from] as K, l[r.id] as K);
        const into = (id: string, kind: RelationKind) => map.relations.filter((r) => r.kind === kind && r.to === id && !r.group);
        for (const n of map.nodes) {
          if (input.status[n.id] === 'accepted' || input.status[n.id] === 'rejected') continue;
          if (map.relations.some((r) => r.to === n.id && r.group)) continue; // keep the check simple
          const attacks = into(n.id, 'opposes').map(holds);
          const reasons = into(n.id, 'supports').map(holds);
          if (l[n.id] === 'in') {
            expect(attacks.every((v) => v === 'out')).toBe(true);
            expect(reasons.length === 0 || reasons.includes('in')).toBe(true);
          }
          if (l[n.id] === 'out') expect(attacks.includes('in') || (reasons.length > 0 && reasons.every((v) => v === 'out'))).toBe(true);
          if (l[n.id] === 'undec') {
            expect(attacks.includes('in')).toBe(false);
            expect(attacks.includes('undec') || reasons.includes('undec')).toBe(true);
          }
        }
        for (const r of map.relations) {
          if (map.relations.some((u) => u.to === r.id && u.group)) continue;
          const undercuts = into(r.id, 'undercuts').map(holds);
          if (l[r.id] === 'in') expect(undercuts.every((v) => v === 'out')).toBe(true);
          if (l[r.id] === 'out') expect(undercuts.includes('in')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on attack-only maps equals Dung’s grounded extension (characteristic function)', () => {
    fc.assert(
      fc.property(scenarioArb({ kinds: ['opposes'], marks: false, weights: false }), ({ map, input }) => {
        const e = evaluate(map, input);
        const expected = dungGrounded(
          map.nodes.map((n) => n.id),
          map.relations.map((r) => [r.from, r.to]),
        );
        for (const n of map.nodes) expect(e.labels[n.id]).toBe(expected[n.id]);
        for (const r of map.relations) expect(e.labels[r.id]).toBe('in');
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and independent of the order of nodes and relations', () => {
    fc.assert(
      fc.property(scenarioArb(), fc.integer(), ({ map, input }, seed) => {
        const e1 = evaluate(map, input);
        expect(evaluate(map, input)).toEqual(e1);
        const shuffle = <T>(xs: T[]) => {
          let s = seed;
          const out = [...xs];
          for (let i = out.length - 1; i > 0; i--) {
            s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
            const j = Math.abs(s) % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const e2 = evaluate({ ...map, nodes: shuffle(map.nodes), relations: shuffle(map.relations) }, input);
        expect(e2.labels).toEqual(e1.labels);
        expect(e2.balance).toEqual(e1.balance);
      }),
      { numRuns: 300 },
    );
  });

  it('marking a statement with the label it already has changes no label', () => {
    fc.assert(
      fc.property(scenarioArb(), fc.nat(), ({ map, input }, pick) => {
        const e = evaluate(map, input);
        const decided = map.nodes.filter((n) => e.labels[n.id] !== 'undec');
        if (decided.length === 0) return;
        const node = decided[pick % decided.length]!;
        const status = { ...input.status, [node.id]: e.labels[node.id] === 'in' ? 'accepted' : 'rejected' } as const;
        expect(evaluate(map, { ...input, status }).labels).toEqual(e.labels);
      }),
      { numRuns: 300 },
    );
  });

  it('weight 0 on an ungrouped relation gives the same statement labels as deleting it', () => {
    fc.assert(
      fc.property(scenarioArb(), fc.nat(), ({ map, input }, pick) => {
        const candidates = map.relations.filter((r) => !r.group);
        if (candidates.length === 0) return;
        const rel = candidates[pick % candidates.length]!;
        const zeroed = evaluate(map, { ...input, weight: { ...input.weight, [rel.id]: 0 } });
        const removed = evaluate({ ...map, relations: map.relations.filter((r) => r !== rel) }, input);
        for (const n of map.nodes) expect(zeroed.labels[n.id]).toBe(removed.labels[n.id]);
      }),
      { numRuns: 300 },
    );
  });
});

// ---- the worked example in docs/evaluation.md ---------------------------------------------

describe('worked example (docs/evaluation.md)', () => {
  const example = mapOf(
    'C:claim P1:premise E1:evidence U:objection P2:premise O:objection R:rebuttal K:caveat',
    'r1: P1 supports C',
    'r4: E1 supports P1',
    'u1: U undercuts r4',
    'r2: P2 supports C',
    'r3: O opposes C',
    'r6: R opposes O',
    'r5: K qualifies C',
  );
  const weight = { r5: 0.5 };

  it('no marks', () => {
    const e = run(example, {}, weight);
    expect(labelsOf(e, 'E1 U P2 R K r1 r2 r3 r5 r6 u1')).toEqual(
      Object.fromEntries('E1 U P2 R K r1 r2 r3 r5 r6 u1'.split(' ').map((id) => [id, 'in'])),
    );
    expect(labelsOf(e, 'r4 O P1 C')).toEqual({ r4: 'out', O: 'out', P1: 'out', C: 'in' });
    expect(e.balance.C).toEqual({ pro: 1, con: 0.5, proCount: 1, conCount: 1 });
    expect(e.balance.P1).toEqual({ pro: 0, con: 1, proCount: 0, conCount: 1 });
    expect(e.explanation.C).toBe('supported by a reason that holds; every attack on it fails');
    expect(e.explanation.P1).toBe('its only reason is defeated');
    expect(e.explanation.O).toBe('attacked by a rebuttal that holds');
  });

  it('rejecting the rebuttal R', () => {
    const e = run(example, { R: 'rejected' }, weight);
    expect(labelsOf(e, 'O C P2')).toEqual({ O: 'in', C: 'out', P2: 'in' });
    expect(e.explanation.C).toBe('attacked by an objection that holds');
  });

  it('rejecting the undercutter U', () => {
    const e = run(example, { U: 'rejected' }, weight);
    expect(labelsOf(e, 'r4 P1 C')).toEqual({ r4: 'in', P1: 'in', C: 'in' });
    expect(e.explanation.C).toBe('supported by 2 reasons that hold; every attack on it fails');
    expect(e.balance.C).toEqual({ pro: 2, con: 0.5, proCount: 2, conCount: 1 });
  });

  it('a cycle O <-> R stays undecided until marked', () => {
    const cyclic = { ...example, relations: [...example.relations, ...mapOf('', 'r7: O opposes R').relations] };
    expect(labelsOf(run(cyclic, {}, weight), 'O R C')).toEqual({ O: 'undec', R: 'undec', C: 'undec' });
    expect(labelsOf(run(cyclic, { R: 'accepted' }, weight), 'O R C')).toEqual({ O: 'out', R: 'in', C: 'in' });
  });
});

// ---- the GSOMIA map ------------------------------------------------------------------------

describe('maps/gsomia-2012.json', () => {
  const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../maps/gsomia-2012.json', import.meta.url)), 'utf8')) as {
    nodes: ArgNode[];
    relations: Relation[];
  };
  const gsomia: ArgMap = { meta: { title: 'GSOMIA', description: '' }, nodes: file.nodes, relations: file.relations };
  const implications = ['impl-hub-spokes', 'impl-pragmatism', 'impl-china', 'impl-nk-pressure'];
  const implicationLinks = ['r-hub-main', 'r-prag-main', 'r-china-main', 'r-nk-main'];

  /*
   * No marks: everything given without reasons is taken at face value, so every
   * objection stands.
   *   - The historical baggage is one linked objection (hb-main + hb-unresolved, group
   *     g-history) against claim-main; both hold, so claim-main is OUT although its reasons hold.
   *   - The implications: hub-spokes, pragmatism and china are IN (their own reasons hold);
   *     nk-pressure is OUT (nk-denunciation opposes it). Their links to the claim are IN: the
   *     only undercut left (the US-influence worry) is answered by the rebuttal hs-us-presence.
   *   - close-expected-signing is IN (the betrayal perception explains the opposition, it does
   *     not oppose the signing), so the linked reason g-goes-through holds.
   */
  it('with no marks: the main claim is out, defeated by the linked historical-baggage objection', () => {
    const e = evaluate(gsomia, noInput);
    expect(e.labels['claim-main']).toBe('out');
    expect(e.explanation['claim-main']).toBe('attacked by a linked objection that holds');
    expect(labelsOf(e, implications.join(' '))).toEqual({
      'impl-hub-spokes': 'in',
      'impl-pragmatism': 'in',
      'impl-china': 'in',
      'impl-nk-pressure': 'out',
    });
    for (const id of implicationLinks) expect(e.labels[id]).toBe('in');
    expect(labelsOf(e, 'hb-main hb-unresolved hs-direct-sharing close-expected-signing hs-us-presence hs-obj-us-influence')).toEqual({
      'hb-main': 'in',
      'hb-unresolved': 'in',
      'hs-direct-sharing': 'in',
      'close-expected-signing': 'in',
      'hs-us-presence': 'in',
      'hs-obj-us-influence': 'out',
    });
    // pro: three implications and g-goes-through; con: the history objection and two qualifiers
    // (caveat-election, the re-deployment background).
    expect(e.balance['claim-main']).toEqual({ pro: 4, con: 3, proCount: 4, conCount: 3 });
    // Nothing in this map is circular: every label is decided.
    expect(Object.values(e.labels)).not.toContain('undec');
  });

  it.each(['hb-main', 'hb-unresolved'])('rejecting %s breaks the linked history objection: the main claim is in on four reasons', (id) => {
    const e = evaluate(gsomia, { status: { [id]: 'rejected' }, weight: {} });
    expect(e.labels['claim-main']).toBe('in');
    expect(e.explanation['claim-main']).toBe('supported by 4 reasons that hold; every attack on it fails');
    expect(e.balance['claim-main']).toEqual({ pro: 4, con: 2, proCount: 4, conCount: 2 });
    for (const id of implicationLinks) expect(e.labels[id]).toBe('in');
  });

  it('rejecting the rebuttal lets the US-influence worry undercut the first implication’s link', () => {
    const e = evaluate(gsomia, { status: { 'hs-us-presence': 'rejected', 'hb-main': 'rejected' }, weight: {} });
    expect(e.labels['hs-obj-us-influence']).toBe('in');
    expect(e.labels['r-hub-main']).toBe('out');
    expect(e.labels['impl-hub-spokes']).toBe('in'); // the worry grants the implication
    expect(e.balance['claim-main']).toEqual({ pro: 3, con: 3, proCount: 3, conCount: 3 });
  });

  it('answering North Korea’s denunciation restores the fourth implication; the history objection still decides', () => {
    const e = evaluate(gsomia, { status: { 'nk-denunciation': 'rejected' }, weight: {} });
    expect(e.labels['impl-nk-pressure']).toBe('in');
    expect(e.balance['claim-main']).toEqual({ pro: 5, con: 3, proCount: 5, conCount: 3 });
    expect(e.labels['claim-main']).toBe('out');
  });
});

// Speed is measured in tests/model/evaluation.bench.ts (npm run bench), not asserted here.
