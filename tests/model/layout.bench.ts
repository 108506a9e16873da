import { bench, describe } from 'vitest';
import { estimateNodeSize, layoutTree, type Size } from '../../src/model/layout';
import type { ArgMap, ArgNode, Relation } from '../../src/model/types';

/**
 * A deterministic argument-map-like tree: node i hangs under a pseudo-random earlier node,
 * biased towards recent ones so the tree is both bushy and deep, with mixed relation
 * kinds, some co-premise groups and some undercuts.
 */
function generate(count: number): { map: ArgMap; sizeOf: (id: string) => Size } {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const nodes: ArgNode[] = [];
  const relations: Relation[] = [];
  for (let i = 0; i < count; i++) {
    const text = 'word '.repeat(Math.floor(random() * 40));
    nodes.push({ id: `n${i}`, kind: i === 0 ? 'claim' : 'premise', text, position: { x: 0, y: 0 } });
    if (i === 0) continue;
    const roll = random();
    if (roll < 0.05 && relations.length > 0) {
      const attacked = relations[Math.floor(random() * relations.length)]!;
      relations.push({ id: `r${i}`, kind: 'undercuts', from: `n${i}`, to: attacked.id });
      continue;
    }
    const parent = Math.max(0, i - 1 - Math.floor(random() * Math.min(i, 50)));
    const kind = roll < 0.6 ? 'supports' : roll < 0.85 ? 'opposes' : 'qualifies';
    const relation: Relation = { id: `r${i}`, kind, from: `n${i}`, to: `n${parent}` };
    if (kind === 'supports' && random() < 0.3) relation.group = `g${parent}`;
    relations.push(relation);
  }
  // Sizes precomputed so the bench measures the layout, not the size estimate.
  const sizes = new Map(nodes.map((n) => [n.id, estimateNodeSize(n)]));
  return { map: { meta: { title: 'bench', description: '' }, nodes, relations }, sizeOf: (id) => sizes.get(id)! };
}

describe('layoutTree', () => {
  for (const count of [100, 1_000, 5_000]) {
    const { map, sizeOf } = generate(count);
    bench(`${count.toLocaleString('en')} nodes`, () => {
      layoutTree(map, sizeOf);
    });
  }
});

/** A tree of `count` same-size nodes where node i > 0 hangs under parentOf(i) < i. */
function shape(count: number, parentOf: (i: number) => number): ArgMap {
  const nodes: ArgNode[] = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, kind: 'premise', text: '', position: { x: 0, y: 0 } }));
  const relations: Relation[] = nodes.slice(1).map((n, i) => ({ id: `r${i}`, kind: 'supports', from: n.id, to: `n${parentOf(i + 1)}` }));
  return { meta: { title: 'bench', description: '' }, nodes, relations };
}

// Extreme shapes: contour merging must stay linear in depth and in fan-out.
describe('layoutTree shapes', () => {
  const size = () => ({ width: 260, height: 64 });
  const shapes: [string, ArgMap][] = [
    ['10,000-deep chain', shape(10_000, (i) => i - 1)],
    ['10,000-wide star', shape(10_001, () => 0)],
    ['2^14-node binary tree', shape(2 ** 14, (i) => Math.floor((i - 1) / 2))],
  ];
  for (const [name, map] of shapes) {
    bench(name, () => {
      layoutTree(map, size);
    });
  }
});
