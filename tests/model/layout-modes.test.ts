// The layouts for large maps: every mode keeps boxes apart, a second layout moves nothing,
// and on debate-shaped generated maps the automatic layout stays within 1:4 and 4:1.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateDebateMap, generateMap } from '../../testkit/generate';
import { estimateNodeSize, layoutTree, MAX_ASPECT, type LayoutMode, type Size } from '../../src/model/layout';
import type { ArgMap, Point } from '../../src/model/types';

const sizerOf = (map: ArgMap) => {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  return (id: string): Size => estimateNodeSize(byId.get(id)!);
};

const boxesOf = (map: ArgMap, pos: Record<string, Point>, sizeOf: (id: string) => Size) =>
  map.nodes.map((n) => ({ id: n.id, ...pos[n.id]!, ...sizeOf(n.id) }));

/** Sweep by x: any two boxes whose x ranges meet must not meet in y. */
function expectNoOverlap(boxes: { id: string; x: number; y: number; width: number; height: number }[]) {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const active: typeof boxes = [];
  for (const b of sorted) {
    for (let i = active.length - 1; i >= 0; i--) if (active[i]!.x + active[i]!.width <= b.x) active.splice(i, 1);
    for (const a of active) if (a.y < b.y + b.height && b.y < a.y + a.height) throw new Error(`${a.id} overlaps ${b.id}`);
    active.push(b);
  }
}

const aspect = (boxes: { x: number; y: number; width: number; height: number }[]) => {
  const width = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
  const height = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
  return width / height;
};

const withPositions = (map: ArgMap, pos: Record<string, Point>): ArgMap => ({
  ...map,
  nodes: map.nodes.map((n) => ({ ...n, position: pos[n.id]! })),
});

describe('layout modes on large maps', () => {
  const maps: [string, ArgMap][] = [
    ['debate 100', generateDebateMap(100, 7)],
    ['debate 1,000', generateDebateMap(1000, 7)],
    ['debate 5,000', generateDebateMap(5000, 7)],
    ['generateMap 1,000', generateMap(1000, 7)],
  ];

  it.each(maps)('%s: the automatic layout is within 1:4 and 4:1, with no overlaps, and stable', (_, map) => {
    const sizeOf = sizerOf(map);
    const pos = layoutTree(map, sizeOf, { mode: 'auto' });
    const boxes = boxesOf(map, pos, sizeOf);
    const ratio = aspect(boxes);
    expect(ratio).toBeLessThanOrEqual(MAX_ASPECT);
    expect(ratio).toBeGreaterThanOrEqual(1 / MAX_ASPECT);
    expectNoOverlap(boxes);
    expect(layoutTree(withPositions(map, pos), sizeOf, { mode: 'auto' })).toEqual(pos);
  });

  it('the plain top-down tree of the same maps is far too wide (why compact exists)', () => {
    const map = generateDebateMap(1000, 7);
    const sizeOf = sizerOf(map);
    expect(aspect(boxesOf(map, layoutTree(map, sizeOf, { mode: 'tree' }), sizeOf))).toBeGreaterThan(10);
  });

  it.each<LayoutMode>(['tree', 'compact', 'outline'])('%s: no overlaps and stable on 1,000 statements', (mode) => {
    const map = generateDebateMap(1000, 3);
    const sizeOf = sizerOf(map);
    const pos = layoutTree(map, sizeOf, { mode });
    expectNoOverlap(boxesOf(map, pos, sizeOf));
    expect(layoutTree(withPositions(map, pos), sizeOf, { mode })).toEqual(pos);
  });

  it('outline: left to right, each child in a column to the right of its parent and below it', () => {
    const map = generateDebateMap(40, 2);
    const sizeOf = sizerOf(map);
    const pos = layoutTree(map, sizeOf, { mode: 'outline' });
    for (const r of map.relations.slice(0, 39)) {
      expect(pos[r.from]!.x).toBeGreaterThan(pos[r.to]!.x);
      expect(pos[r.from]!.y).toBeGreaterThan(pos[r.to]!.y);
    }
    // Siblings share a column.
    const siblings = map.relations
      .slice(0, 39)
      .filter((r) => r.to === 'n0')
      .map((r) => pos[r.from]!.x);
    expect(new Set(siblings).size).toBe(1);
  });

  it('compact: claims near the top stay a top-down tree', () => {
    const map = generateDebateMap(1000, 7);
    const pos = layoutTree(map, sizerOf(map), { mode: 'compact' });
    const first = map.relations.filter((r) => r.to === 'n0').map((r) => pos[r.from]!);
    expect(new Set(first.map((p) => p.y)).size).toBe(1); // one row under the main claim
    expect(first.every((p) => p.y > pos.n0!.y)).toBe(true);
  });

  it('GSOMIA keeps its top-down look under the automatic layout', () => {
    const gsomia = JSON.parse(readFileSync(fileURLToPath(new URL('../../maps/gsomia-2012.json', import.meta.url)), 'utf8')) as ArgMap;
    const sizeOf = sizerOf(gsomia);
    expect(layoutTree(gsomia, sizeOf, { mode: 'auto' })).toEqual(layoutTree(gsomia, sizeOf, { mode: 'tree' }));
  });
});
