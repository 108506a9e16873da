// The map views that derived data is keyed on: each keeps returning the same map while
// only what it does not read changes, so a drag frame or a text edit recomputes nothing
// whole-map that does not depend on it.
import { structureTreeOf, contentOf, sameExceptPosition, structureOf, unmovedOf } from '../../src/store/mapViews';
import { buildArgumentTree } from '../../src/model/tree';
import { checkStructure } from '../../src/model/structureCheck';
import { generateDebateMap } from '../../src/model/generate';
import * as ops from '../../src/model/operations';
import type { ArgMap, ArgNode, NodeKind } from '../../src/model/types';

const node = (id: string, kind: NodeKind = 'premise'): ArgNode => ({ id, kind, text: id.toUpperCase(), position: { x: 0, y: 0 } });
const sample = (): ArgMap => ({
  meta: { title: 'Views', description: '' },
  nodes: [node('c', 'claim'), node('a'), node('b')],
  relations: [
    { id: 'ra', kind: 'supports', from: 'a', to: 'c' },
    { id: 'rb', kind: 'opposes', from: 'b', to: 'c' },
  ],
});

describe('structureOf', () => {
  it('keeps the map through moves and text, notes and mark edits', () => {
    const map = sample();
    expect(structureOf(map)).toBe(map);
    const moved = ops.moveNodes(map, { a: { x: 5, y: 7 } });
    expect(structureOf(moved)).toBe(map);
    const edited = ops.updateNode(moved, 'b', { text: 'new words', notes: 'a note' });
    expect(structureOf(edited)).toBe(map);
    // A view passed back in is its own structure, and does not lose the slot.
    expect(structureOf(map)).toBe(map);
    expect(structureOf(edited)).toBe(map);
  });

  it('changes with kinds, folding, relations, the focus and the node list', () => {
    const map = sample();
    structureOf(map);
    const changes: [string, ArgMap][] = [
      ['kind', ops.updateNode(map, 'a', { kind: 'evidence' })],
      ['collapse', ops.setCollapsed(map, 'c', true)],
      ['relations', { ...map, relations: map.relations.slice(0, 1) }],
      ['focus', ops.setFocus(map, 'a')],
      ['nodes', ops.addNode(map, { kind: 'premise', position: { x: 0, y: 0 } }).map],
    ];
    for (const [what, changed] of changes) {
      structureOf(map);
      expect(structureOf(changed), what).toBe(changed);
    }
  });
});

describe('contentOf and unmovedOf', () => {
  it('contentOf ignores positions and notes, not texts', () => {
    const map = sample();
    contentOf(map);
    expect(contentOf(ops.updateNode(ops.moveNodes(map, { c: { x: 1, y: 1 } }), 'a', { notes: 'n' }))).toBe(map);
    const retyped = ops.updateNode(map, 'a', { text: 'other' });
    expect(contentOf(retyped)).toBe(retyped);
  });

  it('unmovedOf ignores positions only', () => {
    const map = sample();
    unmovedOf(map);
    expect(unmovedOf(ops.moveNodes(map, { c: { x: 1, y: 1 } }))).toBe(map);
    const noted = ops.updateNode(map, 'a', { notes: 'n' });
    expect(unmovedOf(noted)).toBe(noted);
  });

  it('sameExceptPosition compares every other field', () => {
    const a = node('a');
    expect(sameExceptPosition(a, { ...a, position: { x: 9, y: 9 } })).toBe(true);
    expect(sameExceptPosition(a, { ...a, text: 'x' })).toBe(false);
    expect(sameExceptPosition(a, { ...a, collapsed: true })).toBe(false);
  });
});

describe('structureTreeOf', () => {
  it('is built once per structure, with the current map\'s nodes, and checks as a fresh tree does', () => {
    const map = generateDebateMap(300, 3);
    const tree = structureTreeOf(map);
    expect(tree).toEqual(buildArgumentTree(map));
    const id = map.nodes[5]!.id;
    const edited = ops.updateNode(ops.moveNodes(map, { [id]: { x: 1, y: 2 } }), id, { text: '' });
    const again = structureTreeOf(edited);
    expect(again.order).toBe(tree.order);
    expect(again.nodes).toBe(edited.nodes);
    expect(again).toEqual(buildArgumentTree(edited));
    expect(checkStructure(edited, {}, again)).toEqual(checkStructure(edited));
    const kinded = ops.updateNode(edited, id, { kind: 'claim' });
    expect(structureTreeOf(kinded).order).not.toBe(tree.order);
    expect(structureTreeOf(kinded)).toEqual(buildArgumentTree(kinded));
  });

  it('keeps the first of duplicate ids, as the tree does', () => {
    const map = sample();
    structureTreeOf(map);
    const twice: ArgMap = { ...map, nodes: [...map.nodes, { ...map.nodes[1]!, text: 'a copy' }] };
    const moved = ops.moveNodes(twice, { c: { x: 3, y: 3 } });
    structureTreeOf(twice);
    expect(structureTreeOf(moved)).toEqual(buildArgumentTree(moved));
  });
});
