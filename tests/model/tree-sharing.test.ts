// The argument tree is built once per map and shared by its readers (visibility, the
// structure check, the opening view, the outline); the layout reshapes a tree of its own.
import { describe, expect, it } from 'vitest';
import { generateDebateMap, generateMap } from '../../src/model/generate.ts';
import { argumentTreeOf, buildArgumentTree } from '../../src/model/tree.ts';
import { addChild } from '../../src/model/operations.ts';
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
    const { map: next, id } = addChild(map, 'n0', 'reason', { x: 0, y: 0 });
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
