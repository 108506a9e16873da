// Deriving React Flow elements from the map: identity kept for what did not change.
import { createFlowDeriver, type ArgFlowNode, type FlowNode, type RelationFlowEdge } from '../../src/canvas/flowElements';
import * as ops from '../../src/model/operations';
import type { ArgMap } from '../../src/model/types';
import { node, rel, mapOf, xy } from '../builders.ts';

const sample = () =>
  mapOf(
    [
      node('c', 'claim'),
      node('a', 'premise', 'a', xy(-300, 200)),
      node('b', 'premise', 'b', xy(0, 200)),
      node('o', 'objection', 'o', xy(300, 200)),
    ],
    [rel('ra', 'a', 'c'), rel('rb', 'b', 'c'), rel('ro', 'o', 'c', 'opposes')],
  );

const none = new Set<string>();
const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
const argNodes = (list: FlowNode[]) => list.filter((n): n is ArgFlowNode => n.type === 'arg');

describe('createFlowDeriver', () => {
  it('makes one arg node per map node and one edge per relation', () => {
    const d = createFlowDeriver();
    const map = sample();
    const nodes = d.nodes(map, none, {});
    const edges = d.edges(map, none);
    expect(nodes.map((n) => n.id)).toEqual(['c', 'a', 'b', 'o']);
    expect(nodes.every((n) => n.type === 'arg')).toBe(true);
    expect(argNodes(nodes).find((n) => n.id === 'a')).toMatchObject({
      position: { x: -300, y: 200 },
      data: { node: map.nodes[1] },
      selected: false,
    });
    expect(edges.map((e) => [e.id, e.source, e.target, e.type])).toEqual([
      ['ra', 'a', 'c', 'relation'],
      ['rb', 'b', 'c', 'relation'],
      ['ro', 'o', 'c', 'relation'],
    ]);
    expect(edges[2]!.data).toEqual({ relation: map.relations[2], relationIds: ['ro'] });
  });

  it('keeps the identity of every node and edge when nothing changed', () => {
    const d = createFlowDeriver();
    const map = sample();
    const sizes = { a: { width: 260, height: 70 } };
    const n1 = d.nodes(map, new Set(['a']), sizes);
    const e1 = d.edges(map, new Set(['ra']));
    // A new but equal selection set and a new sizes object holding the same size objects.
    const n2 = d.nodes(map, new Set(['a']), { ...sizes });
    const e2 = d.edges(map, new Set(['ra']));
    n2.forEach((n, i) => expect(n).toBe(n1[i]));
    e2.forEach((e, i) => expect(e).toBe(e1[i]));
  });

  it('changes identity only for the node that changed', () => {
    const d = createFlowDeriver();
    const map = sample();
    const before = byId(d.nodes(map, none, {}));
    const next = ops.updateNode(map, 'b', { text: 'changed' });
    const after = byId(d.nodes(next, none, {}));
    expect(after.get('b')).not.toBe(before.get('b'));
    expect((after.get('b') as ArgFlowNode).data.node.text).toBe('changed');
    for (const id of ['c', 'a', 'o']) expect(after.get(id), id).toBe(before.get(id));
  });

  it('changes identity only for the moved node, with the new position', () => {
    const d = createFlowDeriver();
    const map = sample();
    const before = byId(d.nodes(map, none, {}));
    const after = byId(d.nodes(ops.moveNodes(map, { o: { x: 500, y: 9 } }), none, {}));
    expect(after.get('o')!.position).toEqual({ x: 500, y: 9 });
    expect(after.get('o')).not.toBe(before.get('o'));
    for (const id of ['c', 'a', 'b']) expect(after.get(id)).toBe(before.get(id));
  });

  it('changes identity only for nodes whose selection changed', () => {
    const d = createFlowDeriver();
    const map = sample();
    const before = byId(d.nodes(map, new Set(['a']), {}));
    const after = byId(d.nodes(map, new Set(['b']), {}));
    expect(after.get('a')!.selected).toBe(false);
    expect(after.get('b')!.selected).toBe(true);
    expect(after.get('a')).not.toBe(before.get('a'));
    expect(after.get('b')).not.toBe(before.get('b'));
    expect(after.get('c')).toBe(before.get('c'));
    expect(after.get('o')).toBe(before.get('o'));
  });

  it('carries measured sizes, and a new size changes only that node', () => {
    const d = createFlowDeriver();
    const map = sample();
    const first = byId(d.nodes(map, none, {}));
    expect(first.get('a')!.measured).toBeUndefined();
    const sizeA = { width: 260, height: 123 };
    const second = byId(d.nodes(map, none, { a: sizeA }));
    expect(second.get('a')!.measured).toEqual(sizeA);
    expect(second.get('a')).not.toBe(first.get('a'));
    expect(second.get('b')).toBe(first.get('b'));
    const third = byId(d.nodes(map, none, { a: sizeA, b: { width: 260, height: 50 } }));
    expect(third.get('a')).toBe(second.get('a'));
    expect(third.get('b')!.measured).toEqual({ width: 260, height: 50 });
  });

  it('changes identity only for the edge that changed', () => {
    const d = createFlowDeriver();
    const map = sample();
    const before = byId(d.edges(map, none));
    const after = byId(d.edges(ops.setRelationKind(map, 'rb', 'qualifies'), none));
    expect(after.get('rb')).not.toBe(before.get('rb'));
    expect(after.get('rb')!.data!.relation.kind).toBe('qualifies');
    expect(after.get('ra')).toBe(before.get('ra'));
    expect(after.get('ro')).toBe(before.get('ro'));
    // Moving a node does not touch edges.
    const moved = byId(d.edges(ops.moveNodes(map, { a: { x: 1, y: 1 } }), none));
    expect(moved.get('ra')).toBe(after.get('ra'));
  });

  it('marks selected edges and changes identity only for those', () => {
    const d = createFlowDeriver();
    const map = sample();
    const before = byId(d.edges(map, none));
    const after = byId(d.edges(map, new Set(['ro'])));
    expect(after.get('ro')!.selected).toBe(true);
    expect(after.get('ro')).not.toBe(before.get('ro'));
    expect(after.get('ra')).toBe(before.get('ra'));
  });

  it('draws co-premises as one edge from a group box around them', () => {
    const d = createFlowDeriver();
    const map = ops.linkCoPremises(sample(), ['ra', 'rb']);
    const group = map.relations[0]!.group!;
    const nodes = d.nodes(map, none, { a: { width: 260, height: 100 } });
    const edges = d.edges(map, none);
    const boxes = nodes.filter((n) => n.type === 'group');
    expect(boxes).toHaveLength(1);
    const box = boxes[0]!;
    const boxId = `group:${group}\u0000c`;
    expect(box.id).toBe(boxId);
    expect(box.data).toEqual({ relationIds: ['ra', 'rb'] });
    expect(box.selectable).toBe(false);
    expect(box.draggable).toBe(false);
    // The box encloses both premises: a at (-300, 200) 260×100, b at (0, 200) with the default size.
    expect(box.position.x).toBeLessThan(-300);
    expect(box.position.y).toBeLessThan(200);
    expect(box.position.x + box.width!).toBeGreaterThan(260);
    expect(box.position.y + box.height!).toBeGreaterThan(300);
    // The linked reason is one edge from the box; the objection keeps its own edge.
    expect(edges.map((e) => e.id)).toEqual([boxId, 'ro']);
    expect(edges[0]).toMatchObject({ source: boxId, target: 'c', data: { relationIds: ['ra', 'rb'] } });
    // The box is drawn behind the statements.
    expect(nodes[0]).toBe(box);
  });

  it('keeps the group edge identity when the group did not change', () => {
    const d = createFlowDeriver();
    const map = ops.linkCoPremises(sample(), ['ra', 'rb']);
    const first = d.edges(map, none);
    const second = d.edges(ops.moveNodes(map, { a: { x: 5, y: 5 } }), none);
    expect(second[0]).toBe(first[0]);
    // The edge is announced by its statements: a new text is a new label.
    const renamed = d.edges(ops.updateNode(map, 'a', { text: 'x' }), none);
    expect(renamed[0]!.ariaLabel).toMatch(/x \+ /);
    const unlinked = d.edges(ops.unlinkCoPremises(map, ['ra', 'rb']), none);
    expect(unlinked.map((e) => e.id)).toEqual(['ra', 'rb', 'ro']);
  });

  it('points an undercut at an anchor node in the middle of the link it attacks', () => {
    const d = createFlowDeriver();
    const map = mapOf(
      [node('c', 'claim'), node('a', 'premise', 'a', xy(0, 400)), node('u', 'objection', 'u', xy(400, 400))],
      [rel('ra', 'a', 'c'), rel('ru', 'u', 'ra', 'undercuts')],
    );
    const size = { width: 200, height: 100 };
    const nodes = d.nodes(map, none, { a: size, c: size, u: size });
    const edges = d.edges(map, none);
    const anchors = nodes.filter((n) => n.type === 'anchor');
    expect(anchors).toHaveLength(1);
    const anchor = anchors[0]!;
    expect(anchor.id).toBe('anchor:ra');
    expect(anchor.data).toEqual({ relationId: 'ra' });
    // Between the top middle of a (100, 400) and the bottom middle of c (100, 100).
    expect(anchor.position.x + 1).toBeCloseTo(100);
    expect(anchor.position.y + 1).toBeCloseTo(250);
    const undercut = edges.find((e) => e.id === 'ru') as RelationFlowEdge;
    expect(undercut).toMatchObject({ source: 'u', target: 'anchor:ra' });
    expect(edges.find((e) => e.id === 'ra')).toMatchObject({ source: 'a', target: 'c' });
  });

  it('anchors an undercut of a linked reason on the group edge', () => {
    const d = createFlowDeriver();
    let map = ops.linkCoPremises(sample(), ['ra', 'rb']);
    map = ops.connect(map, 'o', 'rb').map;
    const group = map.relations[0]!.group!;
    const key = `group:${group}\u0000c`;
    const nodes = d.nodes(map, none, {});
    const edges = d.edges(map, none);
    expect(nodes.filter((n) => n.type === 'anchor').map((n) => n.id)).toEqual([`anchor:${key}`]);
    expect(edges.find((e) => e.data!.relation.kind === 'undercuts')).toMatchObject({ source: 'o', target: `anchor:${key}` });
  });

  it('on a drag frame (only positions changed) or a resize, redoes the changed node and the box around it, as a fresh derivation would', () => {
    const d = createFlowDeriver();
    const map = ops.linkCoPremises(sample(), ['ra', 'rb']);
    // The canvas passes the same selection, sizes and decorations while a node is dragged.
    const selected = new Set(['b']);
    const sizes = { a: { width: 260, height: 100 } };
    const hidden = new Set<string>();
    const decorations = new Map([['c', { hiddenCount: 0 }]]);
    const before = d.nodes(map, selected, sizes, hidden, decorations, 'b');
    let moved = map;
    let after = before;
    for (const x of [10, 20, 30]) {
      moved = ops.moveNodes(moved, { a: { x, y: 250 } });
      after = d.nodes(moved, selected, sizes, hidden, decorations, 'b');
    }
    expect(after).toEqual(createFlowDeriver().nodes(moved, selected, sizes, hidden, decorations, 'b'));
    const was = byId(before);
    expect(
      after
        .filter((n) => was.get(n.id) !== n)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['a', `group:${map.relations[0]!.group}\u0000c`]);
    expect(after.find((n) => n.id === 'a')!.position).toEqual({ x: 30, y: 250 });
    // A node growing (typed into) is redone with its new size, the others kept.
    const grown = { ...sizes, b: { width: 260, height: 140 } };
    const resized = d.nodes(moved, selected, grown, hidden, decorations, 'b');
    expect(
      resized
        .filter((n) => !after.includes(n))
        .map((n) => n.id)
        .sort(),
    ).toEqual(['b', `group:${map.relations[0]!.group}\u0000c`]);
    expect(resized).toEqual(createFlowDeriver().nodes(moved, selected, grown, hidden, decorations, 'b'));
    // Then the selection changes: every node is looked at again.
    const reselected = d.nodes(moved, new Set(['a']), grown, hidden, decorations, 'a');
    expect(
      argNodes(reselected)
        .filter((n) => n.selected)
        .map((n) => n.id),
    ).toEqual(['a']);
    expect(reselected).toEqual(createFlowDeriver().nodes(moved, new Set(['a']), grown, hidden, decorations, 'a'));
  });

  it('after a text or kind edit, every label reads as a fresh derivation reads it', () => {
    const d = createFlowDeriver();
    let map = ops.linkCoPremises(sample(), ['ra', 'rb']);
    map = ops.connect(map, 'o', 'rb').map;
    const labels = (nodes: FlowNode[], edges: RelationFlowEdge[]) => [
      ...nodes.map((n) => [n.id, n.ariaLabel]),
      ...edges.map((e) => [e.id, e.ariaLabel]),
    ];
    d.nodes(map, none, {});
    d.edges(map, none);
    const edits: ((m: ArgMap) => ArgMap)[] = [
      (m) => ops.updateNode(m, 'c', { text: 'The claim, reworded' }),
      (m) => ops.updateNode(m, 'a', { text: 'A new reason' }),
      (m) => ops.updateNode(m, 'b', { kind: 'evidence', text: '' }),
      (m) => ops.moveNodes(ops.updateNode(m, 'o', { text: 'Not so' }), { c: { x: 9, y: 9 } }),
    ];
    for (const edit of edits) {
      const before = byId(d.nodes(map, none, {}));
      map = edit(map);
      const nodes = d.nodes(map, none, {});
      const fresh = createFlowDeriver();
      expect(labels(nodes, d.edges(map, none))).toEqual(labels(fresh.nodes(map, none, {}), fresh.edges(map, none)));
      // A node whose label names none of the edited nodes keeps its flow object.
      if (edit === edits[1]) expect(nodes.find((n) => n.id === 'o')).toBe(before.get('o'));
    }
  });

  it('makes no anchor when nothing is undercut', () => {
    const d = createFlowDeriver();
    expect(d.nodes(sample(), none, {}).some((n) => n.type === 'anchor')).toBe(false);
  });
});
