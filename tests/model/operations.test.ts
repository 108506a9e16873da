// Unit tests for the pure map operations in src/model/operations.ts.
// Every input map is deep-frozen, so any in-place mutation throws a TypeError (ES modules
// run in strict mode), and each test that changes a map also checks the input is unchanged.
import fc from 'fast-check';
import {
  addChild,
  addNode,
  connect,
  linkCoPremises,
  moveNodes,
  removeElements,
  setMeta,
  setRelationKind,
  unlinkCoPremises,
  updateNode,
  type ChildRole,
  type ConnectResult,
} from '../../src/model/operations.ts';
import { NODE_KINDS, RELATION_KINDS, type ArgMap, type NodeKind, type RelationKind } from '../../src/model/types.ts';
import { builders, deepFreeze } from '../builders.ts';

// ---------------------------------------------------------------- helpers

const {
  node,
  rel,
  mapOf: frozenMap,
} = builders({ text: (id) => `text of ${id}`, meta: { title: 'Test map', description: 'for tests' }, frozen: true });

/**
 * claim C; premises P1, P2 a linked reason (group g1) for C; objection O opposes C;
 * rebuttal R undercuts O's link; evidence E undercuts R's undercut; caveat K qualifies C.
 */
const sampleMap = () =>
  frozenMap(
    [node('C', 'claim'), node('P1'), node('P2'), node('O', 'objection'), node('R', 'rebuttal'), node('E', 'evidence'), node('K', 'caveat')],
    [
      rel('s1', 'P1', 'C', 'supports', { group: 'g1' }),
      rel('s2', 'P2', 'C', 'supports', { group: 'g1' }),
      rel('o1', 'O', 'C', 'opposes'),
      rel('u1', 'R', 'o1', 'undercuts'),
      rel('u2', 'E', 'u1', 'undercuts'),
      rel('q1', 'K', 'C', 'qualifies'),
    ],
  );

const nodeIn = (map: ArgMap, id: string) => map.nodes.find((n) => n.id === id);
const relIn = (map: ArgMap, id: string) => map.relations.find((r) => r.id === id);
const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** Runs `op` on a frozen copy of `map` and checks the input is still deep-equal to its snapshot. */
function unchanged<T>(map: ArgMap, op: (m: ArgMap) => T): T {
  const before = structuredClone(map);
  const result = op(map);
  expect(map).toStrictEqual(before);
  return result;
}

function expectRefused(result: ConnectResult, map: ArgMap, reason: RegExp) {
  expect(result.id).toBe('');
  expect(result.map).toBe(map);
  expect('reason' in result && result.reason).toMatch(reason);
}

/** Structural invariants every operation must keep. */
function expectConsistent(map: ArgMap) {
  const nodeIds = new Set(ids(map.nodes));
  const relIds = new Set(ids(map.relations));
  expect(nodeIds.size + relIds.size, 'ids are unique across nodes and relations').toBe(map.nodes.length + map.relations.length);
  for (const r of map.relations) {
    expect(nodeIds.has(r.from), `relation ${r.id} starts at a node`).toBe(true);
    if (r.kind === 'undercuts') expect(relIds.has(r.to), `undercut ${r.id} targets a relation`).toBe(true);
    else expect(nodeIds.has(r.to), `relation ${r.id} targets a node`).toBe(true);
  }
  const groupSizes = new Map<string, number>();
  for (const r of map.relations)
    if (r.group !== undefined) groupSizes.set(`${r.group}|${r.to}`, (groupSizes.get(`${r.group}|${r.to}`) ?? 0) + 1);
  for (const [key, size] of groupSizes) expect(size, `co-premise group ${key} has at least two members`).toBeGreaterThanOrEqual(2);
}

// ---------------------------------------------------------------- tests

describe('addNode', () => {
  it('appends a node with the given kind, text and position and returns its id', () => {
    const map = sampleMap();
    const { map: next, id } = unchanged(map, (m) => addNode(m, { kind: 'evidence', text: 'A study', position: { x: 10, y: 20 } }));
    expect(next.nodes).toHaveLength(map.nodes.length + 1);
    expect(next.nodes.at(-1)).toStrictEqual({ id, kind: 'evidence', text: 'A study', position: { x: 10, y: 20 } });
    expect(next.relations).toBe(map.relations);
  });

  it('gives a fresh id that no node or relation has, and empty text by default', () => {
    const map = sampleMap();
    const { map: next, id } = addNode(map, { kind: 'claim', position: { x: 0, y: 0 } });
    expect(id).not.toBe('');
    expect([...ids(map.nodes), ...ids(map.relations)]).not.toContain(id);
    expect(nodeIn(next, id)?.text).toBe('');
  });

  it('uses a given id and copies the position rather than sharing it', () => {
    const position = { x: 1, y: 2 };
    const { map: next, id } = addNode(sampleMap(), { kind: 'context', position, id: 'ctx' });
    expect(id).toBe('ctx');
    position.x = 99;
    expect(nodeIn(next, 'ctx')?.position).toStrictEqual({ x: 1, y: 2 });
  });
});

describe('addChild', () => {
  // Written out here rather than read from CHILD_ROLES, so a change to the table is caught.
  const roles: [ChildRole, NodeKind, RelationKind][] = [
    ['reason', 'premise', 'supports'],
    ['objection', 'objection', 'opposes'],
    ['caveat', 'caveat', 'qualifies'],
    ['evidence', 'evidence', 'supports'],
    ['rebuttal', 'rebuttal', 'opposes'],
  ];

  it.each(roles)('a %s is a %s node that %s its parent', (role, kind, relation) => {
    const map = sampleMap();
    const { map: next, id } = unchanged(map, (m) => addChild(m, 'C', role, { x: 5, y: 300 }));
    expect(nodeIn(next, id)).toStrictEqual({ id, kind, text: '', position: { x: 5, y: 300 } });
    const added = next.relations.filter((r) => !relIn(map, r.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ kind: relation, from: id, to: 'C' });
    expect(added[0]).not.toHaveProperty('group');
    expectConsistent(next);
  });

  it('does nothing for a missing parent', () => {
    const map = sampleMap();
    expect(addChild(map, 'nope', 'reason', { x: 0, y: 0 })).toStrictEqual({ map, id: '' });
    expect(addChild(map, 'nope', 'reason', { x: 0, y: 0 }).map).toBe(map);
  });
});

describe('updateNode', () => {
  it('changes the text and keeps every other node object as it was', () => {
    const map = sampleMap();
    const next = unchanged(map, (m) => updateNode(m, 'P1', { text: 'new text' }));
    expect(nodeIn(next, 'P1')).toStrictEqual({ ...nodeIn(map, 'P1'), text: 'new text' });
    next.nodes.filter((n) => n.id !== 'P1').forEach((n) => expect(n).toBe(nodeIn(map, n.id)));
    expect(next.relations).toBe(map.relations);
  });

  it('changes the kind', () => {
    const next = updateNode(sampleMap(), 'P1', { kind: 'evidence' });
    expect(nodeIn(next, 'P1')?.kind).toBe('evidence');
  });

  it('sets notes, and clearing them removes the field', () => {
    const withNotes = updateNode(sampleMap(), 'P1', { notes: 'check the figure' });
    expect(nodeIn(withNotes, 'P1')?.notes).toBe('check the figure');
    const cleared = unchanged(deepFreeze(withNotes), (m) => updateNode(m, 'P1', { notes: '' }));
    expect(nodeIn(cleared, 'P1')).not.toHaveProperty('notes');
  });

  it('sets a source reference without its empty parts, and clearing it removes the field', () => {
    const withSource = updateNode(sampleMap(), 'P1', { source: { document: 'Report', section: '', quote: '"words"' } });
    expect(nodeIn(withSource, 'P1')?.source).toStrictEqual({ document: 'Report', quote: '"words"' });
    const cleared = unchanged(deepFreeze(withSource), (m) => updateNode(m, 'P1', { source: { document: '', quote: '' } }));
    expect(nodeIn(cleared, 'P1')).not.toHaveProperty('source');
    expect(nodeIn(updateNode(withSource, 'P1', { source: {} }), 'P1')).not.toHaveProperty('source');
  });

  it('returns the same map object when nothing changes', () => {
    const map = frozenMap([node('A', 'claim', 'text of A', { notes: 'n', source: { document: 'd' } })]);
    expect(updateNode(map, 'A', { text: 'text of A' })).toBe(map);
    expect(updateNode(map, 'A', { kind: 'claim', notes: 'n', source: { document: 'd' } })).toBe(map);
    expect(updateNode(map, 'A', {})).toBe(map);
    expect(updateNode(map, 'missing', { text: 'x' })).toBe(map);
    const plain = sampleMap();
    expect(updateNode(plain, 'P1', { notes: '' }), 'clearing absent notes').toBe(plain);
    expect(updateNode(plain, 'P1', { source: { document: '' } }), 'clearing an absent source').toBe(plain);
  });
});

describe('moveNodes', () => {
  it('moves the listed nodes and shares the others', () => {
    const map = sampleMap();
    const next = unchanged(map, (m) => moveNodes(m, { P1: { x: 40, y: 50 }, C: { x: -3, y: 7.5 } }));
    expect(nodeIn(next, 'P1')?.position).toStrictEqual({ x: 40, y: 50 });
    expect(nodeIn(next, 'C')?.position).toStrictEqual({ x: -3, y: 7.5 });
    expect(nodeIn(next, 'P2')).toBe(nodeIn(map, 'P2'));
  });

  it('copies positions rather than keeping the caller object', () => {
    const positions = { P1: { x: 1, y: 1 } };
    const next = moveNodes(sampleMap(), positions);
    positions.P1.x = 500;
    expect(nodeIn(next, 'P1')?.position.x).toBe(1);
  });

  it('returns the same map object when nothing moves', () => {
    const map = sampleMap();
    expect(moveNodes(map, {})).toBe(map);
    expect(moveNodes(map, { P1: { x: 0, y: 0 } })).toBe(map);
    expect(moveNodes(map, { missing: { x: 5, y: 5 } })).toBe(map);
  });
});

describe('removeElements', () => {
  it('removes a node and every relation that starts or ends at it', () => {
    const map = sampleMap();
    const next = unchanged(map, (m) => removeElements(m, ['K']));
    expect(ids(next.nodes)).not.toContain('K');
    expect(ids(next.relations)).toStrictEqual(['s1', 's2', 'o1', 'u1', 'u2']);
    expectConsistent(next);
  });

  it('cascades to undercuts of removed relations, however deep', () => {
    const map = sampleMap();
    const next = unchanged(map, (m) => removeElements(m, ['O']));
    // o1 goes with O; u1 undercut o1; u2 undercut u1.
    expect(ids(next.relations)).toStrictEqual(['s1', 's2', 'q1']);
    expect(ids(next.nodes)).toStrictEqual(['C', 'P1', 'P2', 'R', 'E', 'K']);
    expectConsistent(next);
  });

  it('removes relations by id, with their undercuts, and keeps the nodes', () => {
    const map = sampleMap();
    const next = unchanged(map, (m) => removeElements(m, [], ['o1']));
    expect(ids(next.relations)).toStrictEqual(['s1', 's2', 'q1']);
    expect(next.nodes).toStrictEqual(map.nodes);
    expect(ids(removeElements(map, [], ['u2']).relations)).toStrictEqual(['s1', 's2', 'o1', 'u1', 'q1']);
  });

  it('dissolves a co-premise group left with one member', () => {
    const map = sampleMap();
    const next = unchanged(map, (m) => removeElements(m, ['P2']));
    expect(relIn(next, 's1')).toStrictEqual(rel('s1', 'P1', 'C', 'supports'));
    expect(relIn(next, 's1')).not.toHaveProperty('group');
    const byRelation = removeElements(map, [], ['s1']);
    expect(relIn(byRelation, 's2')).not.toHaveProperty('group');
  });

  it('keeps a group that still has two members', () => {
    const map = frozenMap(
      [node('C', 'claim'), node('A'), node('B'), node('D')],
      [
        rel('a', 'A', 'C', 'supports', { group: 'g' }),
        rel('b', 'B', 'C', 'supports', { group: 'g' }),
        rel('d', 'D', 'C', 'supports', { group: 'g' }),
      ],
    );
    const next = removeElements(map, ['D']);
    expect(next.relations.map((r) => r.group)).toStrictEqual(['g', 'g']);
  });

  it('returns the same map object when nothing is removed', () => {
    const map = sampleMap();
    expect(removeElements(map, [])).toBe(map);
    expect(removeElements(map, ['missing'], ['missing-too'])).toBe(map);
  });
});

describe('connect', () => {
  // Written out rather than read from defaultRelationKind.
  const defaults: [NodeKind, RelationKind][] = [
    ['claim', 'supports'],
    ['premise', 'supports'],
    ['evidence', 'supports'],
    ['context', 'supports'],
    ['objection', 'opposes'],
    ['rebuttal', 'opposes'],
    ['caveat', 'qualifies'],
  ];

  it('has a default for every node kind', () => {
    expect(defaults.map(([k]) => k).sort()).toStrictEqual([...NODE_KINDS].sort());
  });

  it.each(defaults)('a link from a %s node %s by default', (kind, expected) => {
    const map = frozenMap([node('T', 'claim'), node('F', kind)]);
    const result = unchanged(map, (m) => connect(m, 'F', 'T'));
    expect(result.id).not.toBe('');
    expect(result.map.relations).toStrictEqual([{ id: result.id, kind: expected, from: 'F', to: 'T' }]);
  });

  it('uses the kind it is given', () => {
    const map = frozenMap([node('T', 'claim'), node('F')]);
    for (const kind of ['opposes', 'qualifies', 'supports'] as const) {
      const { map: next, id } = connect(map, 'F', 'T', kind);
      expect(relIn(next, id)?.kind).toBe(kind);
    }
  });

  it('turns an "undercuts" link to a node into "opposes"', () => {
    const { map: next, id } = connect(frozenMap([node('T', 'claim'), node('F')]), 'F', 'T', 'undercuts');
    expect(relIn(next, id)?.kind).toBe('opposes');
  });

  it('makes a link to a relation an undercut, whatever kind is asked for', () => {
    const map = sampleMap();
    for (const kind of [undefined, 'supports', 'opposes'] as const) {
      const { map: next, id } = unchanged(map, (m) => connect(m, 'K', 's1', kind));
      expect(relIn(next, id)).toStrictEqual({ id, kind: 'undercuts', from: 'K', to: 's1' });
      expectConsistent(next);
    }
  });

  it('gives the new relation an id no node or relation has', () => {
    const map = sampleMap();
    const { id } = connect(map, 'K', 'P1');
    expect([...ids(map.nodes), ...ids(map.relations)]).not.toContain(id);
  });

  it('refuses a self-link', () => {
    const map = sampleMap();
    expectRefused(connect(map, 'P1', 'P1'), map, /itself/);
  });

  it('refuses a second link between the same two', () => {
    const map = sampleMap();
    expectRefused(connect(map, 'P1', 'C'), map, /already connected/);
    expectRefused(connect(map, 'P1', 'C', 'opposes'), map, /already connected/);
    expectRefused(connect(map, 'R', 'o1'), map, /already connected/);
  });

  it('refuses missing ends', () => {
    const map = sampleMap();
    expectRefused(connect(map, 'missing', 'C'), map, /start at a node/);
    expectRefused(connect(map, 's1', 'C'), map, /start at a node/); // a relation cannot be a source
    expectRefused(connect(map, 'P1', 'missing'), map, /end at a node or a relation/);
  });

  it('refuses to let a reason undercut its own link', () => {
    const map = sampleMap();
    expectRefused(connect(map, 'O', 'o1'), map, /own link/);
  });

  it('does allow the reverse link (a cycle of two nodes)', () => {
    const map = sampleMap();
    expect(connect(map, 'C', 'P1').id).not.toBe('');
  });
});

describe('setRelationKind', () => {
  it('changes the kind of a link between nodes', () => {
    const map = sampleMap();
    const next = unchanged(map, (m) => setRelationKind(m, 'o1', 'qualifies'));
    expect(relIn(next, 'o1')).toStrictEqual(rel('o1', 'O', 'C', 'qualifies'));
    expect(next.nodes).toBe(map.nodes);
  });

  it('keeps a co-premise group when the kind changes', () => {
    expect(relIn(setRelationKind(sampleMap(), 's1', 'opposes'), 's1')?.group).toBe('g1');
  });

  it('cannot make a link to a node an undercut, nor an undercut anything else', () => {
    const map = sampleMap();
    expect(setRelationKind(map, 'o1', 'undercuts')).toBe(map);
    for (const kind of ['supports', 'opposes', 'qualifies'] as const) expect(setRelationKind(map, 'u1', kind)).toBe(map);
  });

  it('returns the same map object for the same kind or a missing relation', () => {
    const map = sampleMap();
    expect(setRelationKind(map, 'o1', 'opposes')).toBe(map);
    expect(setRelationKind(map, 'u1', 'undercuts')).toBe(map);
    expect(setRelationKind(map, 'missing', 'supports')).toBe(map);
  });
});

describe('setMeta', () => {
  it('changes the title or description and keeps the other', () => {
    const map = sampleMap();
    const next = unchanged(map, (m) => setMeta(m, { title: 'New title' }));
    expect(next.meta).toStrictEqual({ title: 'New title', description: 'for tests' });
    expect(setMeta(map, { description: '' }).meta).toStrictEqual({ title: 'Test map', description: '' });
    expect(next.nodes).toBe(map.nodes);
  });

  it('returns the same map object when nothing changes', () => {
    const map = sampleMap();
    expect(setMeta(map, {})).toBe(map);
    expect(setMeta(map, { title: 'Test map', description: 'for tests' })).toBe(map);
  });
});

describe('linkCoPremises', () => {
  const fourReasons = () =>
    frozenMap(
      [node('C', 'claim'), node('D', 'claim'), node('A'), node('B'), node('E'), node('F')],
      [
        rel('a', 'A', 'C', 'supports'),
        rel('b', 'B', 'C', 'supports'),
        rel('e', 'E', 'C', 'supports'),
        rel('f', 'F', 'D', 'supports'),
        rel('u', 'F', 'a', 'undercuts'),
      ],
    );

  it('gives two or more relations with the same target one new group', () => {
    const map = fourReasons();
    const next = unchanged(map, (m) => linkCoPremises(m, ['a', 'b']));
    const group = relIn(next, 'a')?.group;
    expect(group).toEqual(expect.any(String));
    expect(group).not.toBe('');
    expect(relIn(next, 'b')?.group).toBe(group);
    expect(relIn(next, 'e')).toBe(relIn(map, 'e'));
    expectConsistent(next);
  });

  it('adds to an existing group rather than starting another', () => {
    const extra = connect(sampleMap(), 'E', 'C');
    const next = unchanged(deepFreeze(extra.map), (m) => linkCoPremises(m, ['s1', extra.id]));
    expect(next.relations.filter((r) => r.group === 'g1').map((r) => r.id)).toStrictEqual(['s1', 's2', extra.id]);
  });

  it('gives a new group an id that no other group has', () => {
    const map = frozenMap([node('C', 'claim'), node('A'), node('B')], [rel('a', 'A', 'C', 'supports'), rel('b', 'B', 'C', 'supports')]);
    const groups = new Set(Array.from({ length: 20 }, () => linkCoPremises(map, ['a', 'b']).relations[0]?.group));
    expect(groups.size).toBeGreaterThan(1); // random, not a constant that could clash
  });

  it('refuses fewer than two relations, different targets, undercuts and missing ids', () => {
    const map = fourReasons();
    expect(linkCoPremises(map, [])).toBe(map);
    expect(linkCoPremises(map, ['a'])).toBe(map);
    expect(linkCoPremises(map, ['a', 'a'])).toBe(map);
    expect(linkCoPremises(map, ['a', 'missing'])).toBe(map);
    expect(linkCoPremises(map, ['a', 'f'])).toBe(map);
    expect(linkCoPremises(map, ['a', 'b', 'f'])).toBe(map);
    expect(linkCoPremises(map, ['u', 'a'])).toBe(map);
  });

  it('returns the same map object when the relations are already linked', () => {
    const map = sampleMap();
    expect(linkCoPremises(map, ['s1', 's2'])).toBe(map);
  });

  it('leaves no group of one when it merges two groups', () => {
    const map = frozenMap(
      [node('C', 'claim'), node('A'), node('B'), node('E'), node('F')],
      [
        rel('a', 'A', 'C', 'supports', { group: 'g1' }),
        rel('b', 'B', 'C', 'supports', { group: 'g1' }),
        rel('e', 'E', 'C', 'supports', { group: 'g2' }),
        rel('f', 'F', 'C', 'supports', { group: 'g2' }),
      ],
    );
    const next = unchanged(map, (m) => linkCoPremises(m, ['a', 'e']));
    expect(relIn(next, 'e')?.group).toBe(relIn(next, 'a')?.group);
    expectConsistent(next);
  });
});

describe('unlinkCoPremises', () => {
  it('unlinking one of two leaves neither in a group', () => {
    const map = sampleMap();
    const next = unchanged(map, (m) => unlinkCoPremises(m, ['s1']));
    expect(relIn(next, 's1')).not.toHaveProperty('group');
    expect(relIn(next, 's2')).not.toHaveProperty('group');
    expect(relIn(next, 'o1')).toBe(relIn(map, 'o1'));
  });

  it('unlinking one of three leaves the other two linked', () => {
    const map = frozenMap(
      [node('C', 'claim'), node('A'), node('B'), node('D')],
      [
        rel('a', 'A', 'C', 'supports', { group: 'g' }),
        rel('b', 'B', 'C', 'supports', { group: 'g' }),
        rel('d', 'D', 'C', 'supports', { group: 'g' }),
      ],
    );
    const next = unlinkCoPremises(map, ['d']);
    expect(next.relations.map((r) => r.group)).toStrictEqual(['g', 'g', undefined]);
    expect(relIn(next, 'd')).not.toHaveProperty('group');
  });

  it('returns the same map object when none of the relations is grouped', () => {
    const map = sampleMap();
    expect(unlinkCoPremises(map, [])).toBe(map);
    expect(unlinkCoPremises(map, ['o1', 'missing'])).toBe(map);
  });
});

describe('any sequence of operations', () => {
  type Step = { op: number; a: number; b: number; c: number; kind: number };
  const step = fc.record({ op: fc.nat(9), a: fc.nat(), b: fc.nat(), c: fc.nat(), kind: fc.nat() });
  const pick = <T>(items: readonly T[], i: number): T | undefined => items[i % Math.max(items.length, 1)];

  /** Applies one step to a frozen map; every result must keep the invariants. */
  function apply(map: ArgMap, s: Step): ArgMap {
    const n = (i: number) => pick(map.nodes, i)?.id ?? 'none';
    const r = (i: number) => pick(map.relations, i)?.id ?? 'none';
    const nodeKind = NODE_KINDS[s.kind % NODE_KINDS.length]!;
    const relKind = RELATION_KINDS[s.kind % RELATION_KINDS.length]!;
    const roles: ChildRole[] = ['reason', 'objection', 'caveat', 'evidence', 'rebuttal'];
    switch (s.op) {
      case 0:
        return addNode(map, { kind: nodeKind, position: { x: s.a, y: s.b } }).map;
      case 1:
        return addChild(map, n(s.a), roles[s.kind % roles.length]!, { x: s.b, y: s.c }).map;
      case 2:
        return connect(map, n(s.a), s.c % 3 === 0 ? r(s.b) : n(s.b), s.c % 2 ? relKind : undefined).map;
      case 3:
        return removeElements(map, s.c % 2 ? [n(s.a)] : [], s.c % 3 ? [r(s.b)] : []);
      case 4:
        return setRelationKind(map, r(s.a), relKind);
      case 5:
        return linkCoPremises(map, [r(s.a), r(s.b), ...(s.c % 2 ? [r(s.c)] : [])]);
      case 6:
        return unlinkCoPremises(map, [r(s.a)]);
      case 7:
        return updateNode(map, n(s.a), { text: `t${s.b % 3}`, kind: nodeKind, notes: s.c % 2 ? 'n' : '' });
      case 8:
        return moveNodes(map, { [n(s.a)]: { x: s.b % 5, y: s.c % 5 } });
      default:
        return setMeta(map, { title: `m${s.a % 2}` });
    }
  }

  it('never mutates its input and keeps ids unique, links attached and groups of two or more', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let map = sampleMap();
        for (const s of steps) {
          const before = structuredClone(map);
          const next = apply(map, s);
          expect(map).toStrictEqual(before);
          expectConsistent(next);
          map = deepFreeze(next);
        }
      }),
      { numRuns: 300 },
    );
  });
});
