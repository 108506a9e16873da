import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateMap } from '../../testkit/generate';
import { estimateNodeSize, LAYOUT_MODES, layoutTree, type Size } from '../../src/model/layout';
import { NODE_KINDS, RELATION_KINDS, type ArgMap, type Point, type Relation } from '../../src/model/types';
import { builders } from '../builders.ts';

const { node, rel, mapOf } = builders({ text: () => '' });
const W = 200;
const H = 60;
const fixed = (): Size => ({ width: W, height: H });
const at = (pos: Record<string, Point>, id: string): Point => {
  const p = pos[id];
  if (!p) throw new Error(`no position for ${id}`);
  return p;
};
/** Left-to-right order of the given ids. */
const xOrder = (pos: Record<string, Point>, ids: string[]) => [...ids].sort((a, b) => at(pos, a).x - at(pos, b).x);
const withPositions = (map: ArgMap, pos: Record<string, Point>): ArgMap => ({
  ...map,
  nodes: map.nodes.map((n) => ({ ...n, position: at(pos, n.id) })),
});
/** Width and height of the drawing. */
const extent = (map: ArgMap, pos: Record<string, Point>, sizeOf: (id: string) => Size) => ({
  width: Math.max(...map.nodes.map((n) => at(pos, n.id).x + sizeOf(n.id).width)),
  height: Math.max(...map.nodes.map((n) => at(pos, n.id).y + sizeOf(n.id).height)),
});
/** No overlaps in a big one-height layout: rows are exact, so sort each row by x. */
const expectRowsClear = (pos: Record<string, Point>, gap: number) => {
  const rows = new Map<number, number[]>();
  for (const p of Object.values(pos)) {
    if (!rows.has(p.y)) rows.set(p.y, []);
    rows.get(p.y)!.push(p.x);
  }
  for (const xs of rows.values()) {
    xs.sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++)
      if (xs[i]! - xs[i - 1]! < W + gap) throw new Error(`boxes at x=${xs[i - 1]} and x=${xs[i]} too close`);
  }
};
/** A tree of `count` W×H nodes where node i > 0 hangs under parentOf(i) < i. */
const treeOf = (count: number, parentOf: (i: number) => number): ArgMap =>
  mapOf(
    Array.from({ length: count }, (_, i) => node(`n${i}`)),
    Array.from({ length: count - 1 }, (_, i) => rel(`r${i + 1}`, `n${i + 1}`, `n${parentOf(i + 1)}`)),
  );

describe('layoutTree', () => {
  it('returns nothing for an empty map', () => {
    expect(layoutTree(mapOf([]), fixed)).toEqual({});
  });

  it('puts a lone node at the origin', () => {
    expect(layoutTree(mapOf([node('a', 'claim')]), fixed)).toEqual({ a: { x: 0, y: 0 } });
  });

  it('puts the root on top and children in rows below their parents', () => {
    const map = mapOf(
      [node('e', 'evidence'), node('p1'), node('c', 'claim'), node('p2'), node('o', 'objection')],
      [rel('r1', 'p1', 'c'), rel('r2', 'p2', 'c'), rel('r3', 'o', 'c', 'opposes'), rel('r4', 'e', 'p1')],
    );
    const pos = layoutTree(map, fixed);
    expect(at(pos, 'c').y).toBe(0);
    for (const id of ['p1', 'p2', 'o']) expect(at(pos, id).y).toBe(H + 80);
    expect(at(pos, 'e').y).toBe(2 * (H + 80));
    expect(Math.min(...Object.values(pos).map((p) => p.x))).toBe(0);
  });

  it('centres a parent over its children and spaces siblings by the gaps', () => {
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('b'), node('d')],
      [rel('r1', 'a', 'c'), rel('r2', 'b', 'c'), rel('r3', 'd', 'c')],
    );
    const pos = layoutTree(map, fixed, { horizontalGap: 10, verticalGap: 30 });
    expect(at(pos, 'b').x - at(pos, 'a').x).toBe(W + 10);
    expect(at(pos, 'd').x - at(pos, 'b').x).toBe(W + 10);
    expect(at(pos, 'a').y).toBe(H + 30);
    expect(at(pos, 'c').x).toBe(at(pos, 'b').x); // over the middle child
  });

  it('orders siblings as their relations are ordered (the outline order)', () => {
    const map = mapOf(
      [node('c', 'claim'), node('q', 'caveat'), node('o', 'objection'), node('s')],
      [rel('r1', 'q', 'c', 'qualifies'), rel('r2', 'o', 'c', 'opposes'), rel('r3', 's', 'c', 'supports')],
    );
    expect(xOrder(layoutTree(map, fixed), ['q', 'o', 's'])).toEqual(['q', 'o', 's']);
  });

  it('keeps co-premises adjacent', () => {
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('d'), node('b'), node('x', 'objection')],
      [
        rel('r1', 'a', 'c', 'supports', { group: 'g' }),
        rel('r2', 'd', 'c', 'supports'),
        rel('r3', 'b', 'c', 'supports', { group: 'g' }),
        rel('r4', 'x', 'c', 'opposes'),
      ],
    );
    expect(xOrder(layoutTree(map, fixed), ['a', 'b', 'd', 'x'])).toEqual(['a', 'b', 'd', 'x']);
  });

  it('hangs an undercutting node under the reason whose link it attacks', () => {
    const map = mapOf(
      [node('c', 'claim'), node('p1'), node('p2'), node('u', 'rebuttal')],
      [rel('r1', 'p1', 'c'), rel('r2', 'p2', 'c'), rel('r3', 'u', 'r1', 'undercuts')],
    );
    const pos = layoutTree(map, fixed);
    expect(at(pos, 'u').y).toBe(at(pos, 'p1').y + H + 80);
    expect(at(pos, 'u').x).toBe(at(pos, 'p1').x); // its only child: straight below
    expect(at(pos, 'u').x + W).toBeLessThanOrEqual(at(pos, 'p2').x);
  });

  it('treats a node whose relations all dangle as a root', () => {
    const map = mapOf([node('c', 'claim'), node('u')], [rel('r1', 'u', 'missing', 'undercuts')]);
    const pos = layoutTree(map, fixed);
    expect(at(pos, 'u').y).toBe(0);
  });

  it('places a node with several parents under the first one only', () => {
    const map = mapOf([node('b', 'claim'), node('a', 'claim'), node('x')], [rel('r1', 'x', 'a'), rel('r2', 'x', 'b')]);
    const pos = layoutTree(map, fixed);
    expect(at(pos, 'x').y).toBe(H + 80);
    expect(at(pos, 'x').x).toBe(at(pos, 'a').x);
    expect(xOrder(pos, ['a', 'b'])).toEqual(['a', 'b']); // a has the descendant, so it leads
  });

  it('puts the claim with the most descendants first, non-claim roots after claims', () => {
    const map = mapOf(
      [node('o', 'objection'), node('s', 'claim'), node('m', 'claim'), node('k1'), node('k2'), node('k3'), node('k4')],
      [rel('r1', 'k1', 'o'), rel('r2', 'k2', 'o'), rel('r3', 'k3', 'o'), rel('r4', 'k4', 'm')],
    );
    const pos = layoutTree(map, fixed);
    expect(xOrder(pos, ['o', 's', 'm'])).toEqual(['m', 's', 'o']);
    expect(at(pos, 'm').x).toBe(0);
    expect(at(pos, 'm').y).toBe(0);
  });

  it('lays disconnected components side by side', () => {
    const map = mapOf(
      [node('a', 'claim'), node('a1'), node('b', 'claim'), node('b1'), node('b2')],
      [rel('r1', 'a1', 'a'), rel('r2', 'b1', 'b'), rel('r3', 'b2', 'b')],
    );
    const pos = layoutTree(map, fixed, { horizontalGap: 20 });
    const right = (ids: string[]) => Math.max(...ids.map((id) => at(pos, id).x + W));
    const left = (ids: string[]) => Math.min(...ids.map((id) => at(pos, id).x));
    // b's tree is bigger, so it comes first.
    expect(left(['b', 'b1', 'b2'])).toBe(0);
    expect(left(['a', 'a1'])).toBeGreaterThanOrEqual(right(['b', 'b1', 'b2']) + 20);
    expect(at(pos, 'a').y).toBe(0);
    expect(at(pos, 'b').y).toBe(0);
  });

  describe('cycles', () => {
    it('terminates and roots a rootless cycle at its first node in map order', () => {
      const map = mapOf([node('a'), node('b'), node('c')], [rel('r1', 'a', 'b'), rel('r2', 'b', 'c'), rel('r3', 'c', 'a')]);
      const pos = layoutTree(map, fixed);
      expect(at(pos, 'a').y).toBe(0);
      expect(at(pos, 'c').y).toBe(H + 80);
      expect(at(pos, 'b').y).toBe(2 * (H + 80));
    });

    it('roots a cycle on the cycle, not on a node hanging off it', () => {
      const map = mapOf([node('t'), node('x'), node('y')], [rel('r1', 't', 'x'), rel('r2', 'x', 'y'), rel('r3', 'y', 'x')]);
      const pos = layoutTree(map, fixed);
      expect(at(pos, 'x').y).toBe(0);
      expect(at(pos, 't').y).toBe(H + 80);
      expect(at(pos, 'y').y).toBe(H + 80);
    });

    it('hangs a cycle under a real root when it can reach one', () => {
      const map = mapOf([node('r', 'claim'), node('a'), node('b')], [rel('r1', 'a', 'b'), rel('r2', 'b', 'a'), rel('r3', 'a', 'r')]);
      const pos = layoutTree(map, fixed);
      expect(at(pos, 'r').y).toBe(0);
      expect(at(pos, 'a').y).toBe(H + 80);
      expect(at(pos, 'b').y).toBe(2 * (H + 80));
    });

    it('ignores self-loops', () => {
      const map = mapOf([node('a'), node('u')], [rel('r1', 'a', 'a'), rel('r2', 'u', 'r2', 'undercuts')]);
      expect(layoutTree(map, fixed)).toEqual({ a: { x: 0, y: 0 }, u: { x: W + 80, y: 0 } });
    });
  });

  it('handles a 10,000-deep chain without recursion', () => {
    const pos = layoutTree(
      treeOf(10_000, (i) => i - 1),
      fixed,
      { verticalGap: 10 },
    );
    expect(at(pos, 'n9999')).toEqual({ x: 0, y: 9999 * (H + 10) });
  });

  it('handles a 10,000-wide star: one row, a gap apart, the root centred', () => {
    const pos = layoutTree(
      treeOf(10_001, () => 0),
      fixed,
    );
    for (let i = 1; i <= 10_000; i++) expect(at(pos, `n${i}`)).toEqual({ x: (i - 1) * (W + 40), y: H + 80 });
    expect(at(pos, 'n0').x).toBe(Math.floor((9_999 * (W + 40)) / 2));
  });

  it('handles a complete binary tree of 2^14 nodes', () => {
    // Heap order: node i's children are 2i+1 and 2i+2; rows 0..13 are full, row 14 has one node.
    const pos = layoutTree(
      treeOf(2 ** 14, (i) => Math.floor((i - 1) / 2)),
      fixed,
    );
    expectRowsClear(pos, 40);
    const bottom = Object.values(pos).filter((p) => p.y === 13 * (H + 80));
    expect(bottom).toHaveLength(2 ** 13);
    // Nothing can be packed tighter than the full row: it sets the width exactly.
    expect(Math.max(...bottom.map((p) => p.x))).toBe((2 ** 13 - 1) * (W + 40));
    expect(at(pos, 'n0').x).toBe(Math.floor(((2 ** 13 - 1) * (W + 40)) / 2));
    expect(at(pos, `n${2 ** 14 - 1}`)).toEqual({ x: at(pos, `n${2 ** 13 - 1}`).x, y: 14 * (H + 80) });
  });

  it('is idempotent and ignores current positions', () => {
    const map = mapOf(
      [node('c', 'claim', 'Main claim'), node('p', 'premise', 'x'.repeat(100)), node('o', 'objection'), node('e', 'evidence')],
      [rel('r1', 'p', 'c'), rel('r2', 'o', 'c', 'opposes'), rel('r3', 'e', 'p')],
    );
    const sizeOf = (id: string) => estimateNodeSize(map.nodes.find((n) => n.id === id)!);
    const first = layoutTree(map, sizeOf);
    expect(layoutTree(withPositions(map, first), sizeOf)).toEqual(first);
  });

  it('keeps a wide parent inside its own column when its child sits off-centre', () => {
    // c is centred over [g1, g2] but g2's column is wide (because of k), so c sits left of
    // its column's middle; p, centred over c and wider than c's column, must not spill
    // into s's column.
    const widths: Record<string, number> = { r: 10, s: 10, p: 1100, c: 10, g1: 10, g2: 10, k: 1000 };
    const map = mapOf(
      ['r', 's', 'p', 'c', 'g1', 'g2', 'k'].map((id) => node(id)),
      [rel('r1', 's', 'r'), rel('r2', 'p', 'r'), rel('r3', 'c', 'p'), rel('r4', 'g1', 'c'), rel('r5', 'g2', 'c'), rel('r6', 'k', 'g2')],
    );
    const pos = layoutTree(map, (id) => ({ width: widths[id]!, height: H }));
    expect(at(pos, 'p').x).toBeGreaterThanOrEqual(at(pos, 's').x + 10 + 40);
  });

  describe('compaction', () => {
    it("tucks a subtree under a wide neighbour's empty rows", () => {
      // a is a wide leaf; b's children are wider than b and slide under a's empty row.
      const sized = (id: string): Size => ({ width: id === 'a' ? 1000 : W, height: H });
      const map = mapOf(
        ['r', 'a', 'b', 'b1', 'b2', 'b3'].map((id) => node(id)),
        [rel('r1', 'a', 'r'), rel('r2', 'b', 'r'), rel('r3', 'b1', 'b'), rel('r4', 'b2', 'b'), rel('r5', 'b3', 'b')],
      );
      const pos = layoutTree(map, sized);
      expect(at(pos, 'b').x).toBe(1000 + 40); // right after a in their row
      expect(at(pos, 'b1').x).toBeLessThan(1000); // under a
      expect(at(pos, 'b2').x - at(pos, 'b1').x).toBe(W + 40);
      expect(at(pos, 'b2').x).toBe(at(pos, 'b').x); // b centred over its children
      // Column bands would need a's 1000 + gap + b's children's 3W + 2 gaps = 1720.
      expect(extent(map, pos, sized).width).toBe(1480);
    });

    it('spaces small subtrees evenly between big ones', () => {
      // p and q have four children each; q's row of children packs against p's, which
      // leaves room in the parents' row that the leaves a and b share out evenly.
      const kids = (parent: string) => [1, 2, 3, 4].map((k) => `${parent}${k}`);
      const map = mapOf(
        ['r', 'p', 'a', 'b', 'q', ...kids('p'), ...kids('q')].map((id) => node(id)),
        [
          ...['p', 'a', 'b', 'q'].map((id) => rel(`r-${id}`, id, 'r')),
          ...['p', 'q'].flatMap((parent) => kids(parent).map((id) => rel(`r-${id}`, id, parent))),
        ],
      );
      const pos = layoutTree(map, fixed);
      expect(at(pos, 'q1').x).toBe(at(pos, 'p4').x + W + 40); // the children's row is tight
      const row = ['p', 'a', 'b', 'q'].map((id) => at(pos, id).x);
      const gaps = row.slice(1).map((x, i) => x - row[i]! - W);
      expect(gaps).toEqual([120, 120, 120]);
    });

    it('makes the example and generated maps narrower (width figures)', () => {
      const figures = (map: ArgMap) => {
        const byId = new Map(map.nodes.map((n) => [n.id, n]));
        const sizeOf = (id: string) => estimateNodeSize(byId.get(id)!);
        return extent(map, layoutTree(map, sizeOf), sizeOf);
      };
      const gsomia = JSON.parse(readFileSync(fileURLToPath(new URL('../../maps/gsomia-2012.json', import.meta.url)), 'utf8')) as ArgMap;
      // Column bands gave 7,440 × 1,000 and 176,980 × 3,104; rows stay as they were. The
      // generated map gains little: its bottom two rows alone (parents with 2-3 children
      // each, then all the childless rest of their row) are about that wide.
      expect(figures(gsomia)).toEqual({ width: 5640, height: 1080 });
      // (3,104 high before cards were capped at MAX_TEXT_LINES lines: one generated text is longer.)
      expect(figures(generateMap(1000, 7))).toEqual({ width: 176_080, height: 3084 });
    });
  });

  it('copes with fractional, zero, negative and non-finite sizes', () => {
    const sizes: Record<string, Size> = {
      c: { width: 100.4, height: 50.5 },
      a: { width: -5, height: Number.NaN },
      b: { width: Infinity, height: 0 },
    };
    const map = mapOf([node('c', 'claim'), node('a'), node('b')], [rel('r1', 'a', 'c'), rel('r2', 'b', 'c')]);
    const pos = layoutTree(map, (id) => sizes[id]!);
    for (const p of Object.values(pos)) {
      expect(Number.isInteger(p.x)).toBe(true);
      expect(Number.isInteger(p.y)).toBe(true);
    }
    expect(at(pos, 'a').y).toBe(51 + 80);
  });

  describe('properties', () => {
    const MAX = 30;
    const sizeArb = fc.record({
      // Very narrow and very wide boxes mixed make lopsided subtrees, the hard case.
      width: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 200, max: 1200 }), fc.double({ min: 0.5, max: 400, noNaN: true })),
      height: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.5, max: 200, noNaN: true })),
    });
    const edgeArb = fc.record({
      a: fc.nat(),
      b: fc.nat(),
      kind: fc.constantFrom(...RELATION_KINDS),
      group: fc.option(fc.constantFrom('g1', 'g2'), { nil: undefined }),
      dangling: fc.integer({ min: 0, max: 19 }),
    });
    // acyclic: every relation points to an earlier node (trees, DAGs, forests);
    // otherwise anything goes: cycles, self-loops, undercuts, dangling ids.
    const caseArb = fc.record({
      n: fc.integer({ min: 0, max: MAX }),
      kinds: fc.array(fc.constantFrom(...NODE_KINDS), { minLength: MAX, maxLength: MAX }),
      sizes: fc.array(sizeArb, { minLength: MAX, maxLength: MAX }),
      edges: fc.array(edgeArb, { maxLength: 2 * MAX }),
      acyclic: fc.boolean(),
      hGap: fc.integer({ min: 0, max: 60 }),
      vGap: fc.integer({ min: 0, max: 100 }),
      mode: fc.constantFrom(...LAYOUT_MODES),
    });

    type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;
    const build = (c: Case) => {
      const nodes = Array.from({ length: c.n }, (_, i) => ({ ...node(`n${i}`, c.kinds[i]!), position: { x: i * 7, y: -i } }));
      const relations: Relation[] = [];
      const fromOf = new Map<string, number>();
      if (c.n > 0) {
        for (const e of c.edges) {
          const from = e.a % c.n;
          const id = `r${relations.length}`;
          let to: string;
          let kind = e.kind;
          if (e.dangling === 0) to = 'missing';
          else if (kind === 'undercuts' && relations.length > 0) {
            const attacked = relations[e.b % relations.length]!;
            if (c.acyclic && fromOf.get(attacked.id)! >= from) continue;
            to = attacked.id;
          } else {
            if (kind === 'undercuts') kind = 'supports';
            if (c.acyclic && from === 0) continue;
            to = `n${c.acyclic ? e.b % from : e.b % c.n}`;
          }
          fromOf.set(id, from);
          relations.push(e.group === undefined ? { id, kind, from: `n${from}`, to } : { id, kind, from: `n${from}`, to, group: e.group });
        }
      }
      const map = mapOf(nodes, relations);
      const sizeOf = (id: string) => c.sizes[Number(id.slice(1))]!;
      const options = { horizontalGap: c.hGap, verticalGap: c.vGap, mode: c.mode };
      return { map, sizeOf, options };
    };

    it('places every node on integer coordinates, left/top-aligned at 0, with no overlaps', () => {
      fc.assert(
        fc.property(caseArb, (c) => {
          const { map, sizeOf, options } = build(c);
          const pos = layoutTree(map, sizeOf, options);
          expect(Object.keys(pos)).toEqual(map.nodes.map((n) => n.id));
          const boxes = map.nodes.map((n) => ({ ...at(pos, n.id), ...sizeOf(n.id) }));
          for (const b of boxes) {
            expect(Number.isInteger(b.x) && Number.isInteger(b.y)).toBe(true);
          }
          if (boxes.length > 0) {
            expect(Math.min(...boxes.map((b) => b.x))).toBe(0);
            expect(Math.min(...boxes.map((b) => b.y))).toBe(0);
          }
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const p = boxes[i]!;
              const q = boxes[j]!;
              const overlap = p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
              if (overlap) throw new Error(`${map.nodes[i]!.id} overlaps ${map.nodes[j]!.id}`);
            }
          }
        }),
        { numRuns: 300 },
      );
    });

    it('is deterministic and idempotent', () => {
      fc.assert(
        fc.property(caseArb, (c) => {
          const { map, sizeOf, options } = build(c);
          const first = layoutTree(map, sizeOf, options);
          expect(layoutTree(map, sizeOf, options)).toEqual(first);
          expect(layoutTree(withPositions(map, first), sizeOf, options)).toEqual(first);
        }),
        { numRuns: 200 },
      );
    });

    it('in acyclic maps, places every node a row below its first parent', () => {
      fc.assert(
        fc.property(
          caseArb.map((c) => ({ ...c, acyclic: true, mode: 'tree' as const })),
          (c) => {
            const { map, sizeOf, options } = build(c);
            const pos = layoutTree(map, sizeOf, options);
            const byId = new Map(map.relations.map((r) => [r.id, r]));
            for (const n of map.nodes) {
              const first = map.relations.find((r) => r.from === n.id && r.to !== 'missing');
              if (!first) continue;
              const parent = first.kind === 'undercuts' ? byId.get(first.to)!.from : first.to;
              const minY = at(pos, parent).y + Math.ceil(sizeOf(parent).height) + options.verticalGap;
              expect(at(pos, n.id).y).toBeGreaterThanOrEqual(minY);
            }
          },
        ),
        { numRuns: 200 },
      );
    });
  });
});

describe('estimateNodeSize', () => {
  it('has a fixed width and grows by 20px per 34-character line', () => {
    expect(estimateNodeSize(node('a', 'claim', ''))).toEqual({ width: 260, height: 64 });
    expect(estimateNodeSize(node('a', 'claim', 'x'.repeat(34)))).toEqual({ width: 260, height: 64 });
    expect(estimateNodeSize(node('a', 'claim', 'x'.repeat(35)))).toEqual({ width: 260, height: 84 });
    expect(estimateNodeSize(node('a', 'claim', 'one\ntwo\n'))).toEqual({ width: 260, height: 104 });
  });
});
