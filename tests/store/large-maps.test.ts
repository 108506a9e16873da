// Large maps in the store: they open folded and arranged as shown, unfold a level at a
// time (re-arranged in the same undo step), and the layout arrangement is saved with the map.
import { useEditor } from '../../src/store/store';
import { generateDebateMap } from '../../testkit/generate';
import { LARGE_MAP, OPENING_LEVELS, openingNodes } from '../../src/model/largeMap';
import { buildArgumentTree } from '../../src/model/tree';
import { mapVisibility } from '../../src/model/visibility';
import { parseMapText } from '../../src/model/format/load';
import { serializeMap } from '../../src/model/format/save';
import type { ArgMap } from '../../src/model/types';
import { openText } from './openText.ts';

const S = () => useEditor.getState();
/** Opens the map as a file, as a user would. */
const open = (map: ArgMap) => expect(openText(serializeMap(map), 'big.json')).toBe(true);

/** Depth of every node in the argument tree (main claim 0). */
function depths(map: ArgMap): Map<string, number> {
  const { nodes, parent, order } = buildArgumentTree(map);
  const d = new Array<number>(nodes.length).fill(0);
  for (const v of order) d[v] = parent[v]! < 0 ? 0 : d[parent[v]!]! + 1;
  return new Map(nodes.map((n, i) => [n.id, d[i]!]));
}

const shown = (map: ArgMap) => {
  const { hidden } = mapVisibility(map);
  return map.nodes.filter((n) => !hidden.has(n.id));
};

describe('large maps', () => {
  it('a map of more than a few hundred statements opens folded below the first levels, with counts', () => {
    open(generateDebateMap(1000, 7));
    const opened = S().map;
    const depth = depths(opened);
    const visible = shown(opened);
    expect(visible.length).toBeLessThan(40);
    expect(Math.max(...visible.map((n) => depth.get(n.id)!))).toBe(OPENING_LEVELS);
    // Each folded node on screen says how many statements it holds.
    const { folds } = mapVisibility(opened);
    const folded = visible.filter((n) => n.collapsed);
    expect(folded.length).toBeGreaterThan(0);
    const total = folded.reduce((sum, n) => sum + folds.get(n.id)!, 0);
    expect(total + visible.length).toBe(1000);
    // Opening view: the main claim and its first level.
    expect(openingNodes(opened)[0]).toBe('n0');
    expect(S().fitTarget).toBe('opening');
  });

  it('shown statements are arranged as shown: readable, no overlaps, not spread over the folded subtrees', () => {
    open(generateDebateMap(5000, 7));
    const visible = shown(S().map);
    const xs = visible.map((n) => n.position.x);
    // Laid out as if the 5,000 were all there, the first levels span hundreds of thousands of px.
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(20_000);
    for (let i = 0; i < visible.length; i++)
      for (let j = i + 1; j < visible.length; j++) {
        const a = visible[i]!.position;
        const b = visible[j]!.position;
        expect(Math.abs(a.x - b.x) >= 260 || Math.abs(a.y - b.y) >= 64, `${visible[i]!.id} and ${visible[j]!.id} overlap`).toBe(true);
      }
  });

  it('small maps open as they are', () => {
    const map = generateDebateMap(LARGE_MAP, 7, { laidOut: true });
    open(map);
    expect(S().map).toEqual(map);
  });

  it('a map that already has folds opens with the folds it has', () => {
    const map = generateDebateMap(1000, 7);
    const folded = { ...map, nodes: map.nodes.map((n) => (n.id === 'n1' ? { ...n, collapsed: true } : n)) };
    open(folded);
    expect(S().map).toEqual(folded);
  });

  it('Unfold level shows one more level, re-arranged, as one undo step', () => {
    open(generateDebateMap(1000, 7));
    const before = S().map;
    const depth = depths(before);
    S().unfoldLevel();
    const after = shown(S().map);
    expect(Math.max(...after.map((n) => depth.get(n.id)!))).toBe(OPENING_LEVELS + 1);
    expect(after.length).toBeGreaterThan(shown(before).length);
    // The newly shown statements were placed (they are not all stacked where they were).
    const fresh = after.filter((n) => depth.get(n.id) === OPENING_LEVELS + 1);
    expect(new Set(fresh.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(fresh.length);
    S().undo();
    expect(S().map).toBe(before);
  });

  it('expanding one folded node shows its children, themselves folded', () => {
    open(generateDebateMap(1000, 7));
    const folded = shown(S().map).find((n) => n.collapsed)!;
    S().setCollapsed(folded.id, false);
    const kids = S()
      .map.relations.filter((r) => r.to === folded.id)
      .map((r) => S().map.nodes.find((n) => n.id === r.from)!);
    const { hidden } = mapVisibility(S().map);
    expect(kids.some((k) => !hidden.has(k.id))).toBe(true);
    expect(kids.filter((k) => !hidden.has(k.id) && S().map.relations.some((r) => r.to === k.id)).every((k) => k.collapsed)).toBe(true);
  });

  it('choosing an arrangement lays out in it and saves it with the map; Layout then keeps it', () => {
    S().loadMap(generateDebateMap(200, 7, { laidOut: true }), 'm.json', { saved: true });
    S().layout('outline');
    expect(S().map.meta.layout).toBe('outline');
    const laid = S().map;
    const claim = laid.nodes.find((n) => n.id === 'n0')!;
    const child = laid.nodes.find((n) => n.id === 'n1')!;
    expect(child.position.x).toBeGreaterThan(claim.position.x); // to the right, like an outline
    S().layout();
    expect(S().map).toBe(laid); // a second layout moves nothing
    const reopened = parseMapText(serializeMap(laid));
    expect(reopened.ok && reopened.map.meta.layout).toBe('outline');
    S().undo();
    expect(S().map.meta.layout).toBeUndefined();
  });
});
