// The argument tree is built once per map and shared by its readers (visibility, the
// structure check, the opening view, the outline); the layout reshapes a tree of its own.
import { describe, expect, it } from 'vitest';
import { generateDebateMap, generateMap } from '../../testkit/generate.ts';
import { argumentTreeOf, buildArgumentTree } from '../../src/model/tree.ts';
import * as ops from '../../src/model/operations.ts';
import { checkStructure } from '../../src/model/structureCheck.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { estimateNodeSize, layoutTree } from '../../src/model/layout.ts';

describe('argumentTreeOf', () => {
  it('gives the same tree for the same map, equal to a freshly built one', () => {
    const map = generateDebateMap(200, 3);
    const tree = argumentTreeOf(map);
    expect(argumentTreeOf(map)).toBe(tree);
    expect(tree).toEqual(buildArgumentTree(map));
  });

  it('gives a new tree for a changed map', () => {
    const map = generateDebateMap(50, 4);
    const before = argumentTreeOf(map);
    const { map: next, id } = ops.addChild(map, 'n0', 'reason', { x: 0, y: 0 });
    const after = argumentTreeOf(next);
    expect(after).not.toBe(before);
    expect(after.index.has(id)).toBe(true);
    expect(before.index.has(id)).toBe(false);
  });

  it('is left as it was by the layout, which merges co-premises in a tree of its own', () => {
    const map = generateMap(300, 5);
    expect(map.relations.some((r) => r.group)).toBe(true);
    const shared = argumentTreeOf(map);
    const copy = structuredClone({ ...shared, index: [...shared.index] });
    layoutTree(map, (id) => estimateNodeSize(map.nodes.find((n) => n.id === id)!));
    expect(argumentTreeOf(map)).toBe(shared);
    expect({ ...shared, index: [...shared.index] }).toEqual(copy);
  });
});

describe('argumentTreeOf across edits that keep the shape', () => {
  it("is built once per structure, with the current map's nodes, and checks as a fresh tree does", () => {
    const map = generateDebateMap(300, 3);
    const tree = argumentTreeOf(map);
    expect(tree).toEqual(buildArgumentTree(map));
    const id = map.nodes[5]!.id;
    const edited = ops.updateNode(ops.moveNodes(map, { [id]: { x: 1, y: 2 } }), id, { text: '' });
    const again = argumentTreeOf(edited);
    expect(again.order).toBe(tree.order);
    expect(again.nodes).toBe(edited.nodes);
    expect(again).toEqual(buildArgumentTree(edited));
    expect(checkStructure(edited, {}, again)).toEqual(checkStructure(edited));
    const kinded = ops.updateNode(edited, id, { kind: 'claim' });
    expect(argumentTreeOf(kinded).order).not.toBe(tree.order);
    expect(argumentTreeOf(kinded)).toEqual(buildArgumentTree(kinded));
  });

  it('keeps the first of duplicate ids, as the tree does', () => {
    const map = generateDebateMap(12, 2);
    argumentTreeOf(map);
    const twice: ArgMap = { ...map, nodes: [...map.nodes, { ...map.nodes[1]!, text: 'a copy' }] };
    const moved = ops.moveNodes(twice, { [map.nodes[0]!.id]: { x: 3, y: 3 } });
    argumentTreeOf(twice);
    expect(argumentTreeOf(moved)).toEqual(buildArgumentTree(moved));
  });
});
