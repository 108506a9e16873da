// What collapse, focus and presentation show (src/model/visibility.ts). Input maps are
// deep-frozen, so any mutation by the pure functions throws.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { clampStep, focusNeighbourhood, mapVisibility, presentationVisibility } from '../../src/model/visibility.ts';
import { outlineItems } from '../../src/model/outline.ts';
import { buildArgumentTree } from '../../src/model/tree.ts';
import { parseMapText } from '../../src/model/format/load.ts';
import type { ArgMap, NodeKind, Relation } from '../../src/model/types.ts';
import { builders, deepFreeze } from '../builders.ts';

const { node, rel, mapOf } = builders({ frozen: true });

/**
 *            c (claim)
 *      ┌─────┼──────────┐
 *      a     b          o (objection)
 *    ┌─┴─┐   │
 *   a1   a2  b1
 *   │
 *   a1x (evidence)
 * u undercuts the link a → c; k is a context node bearing on b and (second) on a.
 */
function sample(opts: { collapsed?: string[]; focus?: string } = {}): ArgMap {
  const ids: [string, NodeKind][] = [
    ['c', 'claim'],
    ['a', 'premise'],
    ['b', 'premise'],
    ['o', 'objection'],
    ['a1', 'premise'],
    ['a2', 'premise'],
    ['a1x', 'evidence'],
    ['b1', 'premise'],
    ['u', 'objection'],
    ['k', 'context'],
  ];
  const collapsed = new Set(opts.collapsed ?? []);
  return mapOf(
    ids.map(([id, kind]) => node(id, kind, id, collapsed.has(id) ? { collapsed: true } : {})),
    [
      rel('ra', 'a', 'c'),
      rel('rb', 'b', 'c'),
      rel('ro', 'o', 'c', 'opposes'),
      rel('ra1', 'a1', 'a'),
      rel('ra2', 'a2', 'a'),
      rel('ra1x', 'a1x', 'a1'),
      rel('rb1', 'b1', 'b'),
      rel('ru', 'u', 'ra', 'undercuts'),
      rel('rk', 'k', 'b', 'qualifies'),
      rel('rk2', 'k', 'a', 'qualifies'),
    ],
    opts.focus === undefined ? {} : { focus: opts.focus },
  );
}

const sorted = (ids: Iterable<string>) => [...ids].sort();
const allIds = (map: ArgMap) => map.nodes.map((n) => n.id);
const shown = (map: ArgMap, hidden: ReadonlySet<string>) => sorted(allIds(map).filter((id) => !hidden.has(id)));

describe('mapVisibility without collapse or focus', () => {
  it('hides nothing, offers an expanded fold toggle on every node with something under it, and follows the outline', () => {
    const map = sample();
    const v = mapVisibility(map);
    expect(v.hidden.size).toBe(0);
    expect(v.dimmed.size).toBe(0);
    // u hangs under a (the reason of the link it undercuts); k under b (its first target).
    expect(Object.fromEntries(v.folds)).toEqual({ c: 0, a: 0, a1: 0, b: 0 });
    expect(v.sequence).toEqual(outlineItems(map).map((i) => i.nodeId));
    expect(v.sequence[0]).toBe('c');
    expect(v.focus).toBeUndefined();
    expect(v.parentOf.get('a1x')).toBe('a1');
    expect(v.parentOf.has('c')).toBe(false);
  });
});

describe('collapse', () => {
  it('hides the whole subtree of a collapsed node (undercuts of its links included) and counts it on its toggle', () => {
    const map = sample({ collapsed: ['a'] });
    const v = mapVisibility(map);
    expect(sorted(v.hidden)).toEqual(['a1', 'a1x', 'a2', 'u']);
    expect(v.folds.get('a')).toBe(4);
    // Nodes inside the fold get no toggle; the others are unchanged.
    expect(v.folds.has('a1')).toBe(false);
    expect(v.folds.get('c')).toBe(0);
    expect(v.folds.get('b')).toBe(0);
    expect(v.sequence).toEqual(['c', 'a', 'b', 'b1', 'k', 'o']);
  });

  it('hides a node with two targets when its parent in the tree (its first target) is collapsed', () => {
    // k qualifies b first, a second: it hangs under b.
    const v = mapVisibility(sample({ collapsed: ['b'] }));
    expect(sorted(v.hidden)).toEqual(['b1', 'k']);
    expect(v.folds.get('b')).toBe(2);
    expect(mapVisibility(sample({ collapsed: ['a'] })).hidden.has('k')).toBe(false);
  });

  it('nests: an outer fold counts everything under it, an inner collapsed node is simply hidden', () => {
    const v = mapVisibility(sample({ collapsed: ['c', 'a1'] }));
    expect(shown(sample(), v.hidden)).toEqual(['c']);
    expect(Object.fromEntries(v.folds)).toEqual({ c: 9 });
    // Expanding the outer fold shows the inner one folded.
    const inner = mapVisibility(sample({ collapsed: ['a1'] }));
    expect(sorted(inner.hidden)).toEqual(['a1x']);
    expect(inner.folds.get('a1')).toBe(1);
  });

  it('a collapsed leaf hides nothing and gets no toggle', () => {
    const v = mapVisibility(sample({ collapsed: ['a2'] }));
    expect(v.hidden.size).toBe(0);
    expect(v.folds.has('a2')).toBe(false);
  });

  it('survives cycles and duplicate ids', () => {
    const map = mapOf(
      [node('x', 'premise', 'x', { collapsed: true }), node('y'), node('z'), node('x')],
      [rel('r1', 'x', 'y'), rel('r2', 'y', 'z'), rel('r3', 'z', 'x')],
    );
    const v = mapVisibility(map);
    // The cycle is rooted at x (first in map order); x folds y and z.
    expect(sorted(v.hidden)).toEqual(['y', 'z']);
    expect(v.folds.get('x')).toBe(2);
    expect(v.sequence).toEqual(['x']);
  });

  it('is iterative: a 20,000-deep chain folded at the top', () => {
    const n = 20_000;
    const nodes = Array.from({ length: n }, (_, i) =>
      node(`n${i}`, i === 0 ? 'claim' : 'premise', `n${i}`, i === 0 ? { collapsed: true } : {}),
    );
    const relations = Array.from({ length: n - 1 }, (_, i) => rel(`r${i}`, `n${i + 1}`, `n${i}`));
    const map = mapOf(nodes, relations);
    const v = mapVisibility(map);
    expect(v.hidden.size).toBe(n - 1);
    expect(v.folds.get('n0')).toBe(n - 1);
  });
});

describe('focus', () => {
  it('shows the focused node, what it bears on, and everything bearing on it; hides the rest', () => {
    const v = mapVisibility(sample({ focus: 'a' }));
    // a; c (a bears on it); a1, a2, a1x (its subtree); u (undercuts the link a → c, both
    // ends shown); k (bears on a, though it hangs under b in the tree).
    expect(shown(sample(), v.hidden)).toEqual(['a', 'a1', 'a1x', 'a2', 'c', 'k', 'u']);
    expect(v.focus).toBe('a');
    // Only nodes inside the focused subtree get fold toggles: c's other children are not shown.
    expect(Object.fromEntries(v.folds)).toEqual({ a: 0, a1: 0 });
  });

  it('on a leaf shows it and its target only; on the main claim shows everything', () => {
    expect(shown(sample(), mapVisibility(sample({ focus: 'a1x' })).hidden)).toEqual(['a1', 'a1x']);
    expect(mapVisibility(sample({ focus: 'c' })).hidden.size).toBe(0);
  });

  it('on an undercutting objection shows both ends of the link it attacks', () => {
    expect(shown(sample(), mapVisibility(sample({ focus: 'u' })).hidden)).toEqual(['a', 'c', 'u']);
  });

  it('leaves out undercuts of links whose reason is outside the focused subtree', () => {
    // Focus on c's reason b: u undercuts a → c; a is not shown, so neither is u.
    const near = focusNeighbourhood(sample(), 'b');
    expect(sorted(near.subtree)).toEqual(['b', 'b1', 'k']);
    expect(sorted(near.above)).toEqual(['c']);
  });

  it('combines with collapse: folds inside the focused subtree apply; a collapsed node above does not hide the focus', () => {
    const inside = mapVisibility(sample({ focus: 'a', collapsed: ['a1'] }));
    expect(inside.hidden.has('a1x')).toBe(true);
    expect(inside.folds.get('a1')).toBe(1);
    const above = mapVisibility(sample({ focus: 'a', collapsed: ['c'] }));
    expect(shown(sample(), above.hidden)).toEqual(['a', 'a1', 'a1x', 'a2', 'c', 'k', 'u']);
    expect(above.folds.has('c')).toBe(false);
    // The focused node itself collapsed: it shows, folded, with what it bears on.
    const self = mapVisibility(sample({ focus: 'a', collapsed: ['a'] }));
    expect(shown(sample(), self.hidden)).toEqual(['a', 'c', 'k']);
    expect(self.folds.get('a')).toBe(4);
  });

  it('in a cycle, a collapsed node above the focused one in the tree does not fold what bears on the focus', () => {
    // x ⇄ y, z → y. The cycle is rooted at x, so the tree is x → y → z; x is collapsed.
    const map = mapOf(
      [node('x', 'premise', 'x', { collapsed: true }), node('y'), node('z')],
      [rel('r1', 'y', 'x'), rel('r2', 'x', 'y'), rel('r3', 'z', 'y')],
      { focus: 'y' },
    );
    const v = mapVisibility(map);
    expect(v.hidden.size).toBe(0);
    expect(v.folds.has('x')).toBe(false);
    expect(v.folds.get('y')).toBe(0);
  });

  it('ignores a focus on a node that does not exist', () => {
    const v = mapVisibility(sample({ focus: 'gone' }));
    expect(v.hidden.size).toBe(0);
    expect(v.focus).toBeUndefined();
  });
});

describe('presentation', () => {
  it('step k reveals the first k items of the outline and hides the rest', () => {
    const base = mapVisibility(sample());
    const total = base.sequence.length;
    expect(total).toBe(10);
    for (let k = 1; k <= total; k++) {
      const p = presentationVisibility(base, k);
      expect(p.step).toBe(k);
      expect(p.total).toBe(total);
      expect(p.current).toBe(base.sequence[k - 1]);
      expect(shown(sample(), p.hidden)).toEqual(sorted(base.sequence.slice(0, k)));
      expect(p.folds.size).toBe(0);
    }
  });

  it('dims what was revealed earlier, except the current item and the chain it hangs from', () => {
    const base = mapVisibility(sample());
    // Sequence: c, a, a1, a1x, a2, u, b, b1, k, o. At a1x (step 4) the chain is c → a → a1 → a1x.
    expect(base.sequence.slice(0, 6)).toEqual(['c', 'a', 'a1', 'a1x', 'a2', 'u']);
    expect(presentationVisibility(base, 4).dimmed.size).toBe(0);
    expect(sorted(presentationVisibility(base, 6).dimmed)).toEqual(['a1', 'a1x', 'a2']);
    expect(sorted(presentationVisibility(base, 7).dimmed)).toEqual(['a', 'a1', 'a1x', 'a2', 'u']);
    expect(presentationVisibility(base, 1).dimmed.size).toBe(0);
  });

  it('keeps the step inside the sequence', () => {
    const base = mapVisibility(sample());
    expect(presentationVisibility(base, 0).step).toBe(1);
    expect(presentationVisibility(base, -3).current).toBe('c');
    expect(presentationVisibility(base, 99).step).toBe(10);
    expect(clampStep(5, 0)).toBe(0);
    expect(clampStep(Number.NaN, 4)).toBe(1);
    const empty = presentationVisibility(mapVisibility(mapOf([], [])), 1);
    expect(empty).toMatchObject({ step: 0, total: 0 });
    expect(empty.current).toBeUndefined();
  });

  it('presents what collapse and focus leave on screen, in outline order', () => {
    const folded = mapVisibility(sample({ collapsed: ['a'] }));
    expect(folded.sequence).toEqual(['c', 'a', 'b', 'b1', 'k', 'o']);
    const last = presentationVisibility(folded, 6);
    expect(sorted(last.hidden)).toEqual(['a1', 'a1x', 'a2', 'u']);
    const focused = mapVisibility(sample({ focus: 'a' }));
    expect(focused.sequence).toEqual(['c', 'a', 'a1', 'a1x', 'a2', 'u', 'k']);
    expect(presentationVisibility(focused, 1).hidden.size).toBe(9);
  });
});

describe('the GSOMIA map', () => {
  const gsomia = (): ArgMap => {
    const result = parseMapText(readFileSync(fileURLToPath(new URL('../../maps/gsomia-2012.json', import.meta.url)), 'utf8'));
    if (!result.ok) throw new Error(result.error);
    return deepFreeze(result.map);
  };

  it('is presented node by node in outline order, every node once, main claim first', () => {
    const map = gsomia();
    const base = mapVisibility(map);
    expect(base.sequence).toHaveLength(map.nodes.length);
    expect(base.sequence).toEqual(outlineItems(map).map((i) => i.nodeId));
    expect(new Set(base.sequence).size).toBe(map.nodes.length);
    expect(base.sequence[0]).toBe('claim-main');
    expect(presentationVisibility(base, map.nodes.length).hidden.size).toBe(0);
  });

  it('folds an implication with everything under it', () => {
    const map = gsomia();
    const folded = deepFreeze({ ...map, nodes: map.nodes.map((n) => (n.id === 'impl-hub-spokes' ? { ...n, collapsed: true } : n)) });
    const v = mapVisibility(folded);
    // The US-influence worry hangs, in the argument tree, under the link it undercuts: the hub-and-spokes link.
    expect(sorted(v.hidden)).toEqual([
      'ctx-first-of-kind',
      'ev-june-exercise',
      'hs-allies-cooperate',
      'hs-cooperation-bolsters-us',
      'hs-direct-sharing',
      'hs-obj-us-influence',
      'hs-trilateral-drills',
      'hs-us-presence',
    ]);
    expect(v.folds.get('impl-hub-spokes')).toBe(8);
  });
});

describe('properties on random maps', () => {
  const arbMap = fc
    .record({
      n: fc.integer({ min: 1, max: 14 }),
      edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 24 }),
      collapsed: fc.array(fc.nat(), { maxLength: 4 }),
      focus: fc.option(fc.nat(), { nil: undefined }),
      step: fc.integer({ min: -2, max: 20 }),
    })
    .map(({ n, edges, collapsed, focus, step }) => {
      const ids = Array.from({ length: n }, (_, i) => `n${i}`);
      const folded = new Set(collapsed.map((c) => ids[c % n]!));
      const relations: Relation[] = [];
      edges.forEach(([a, b, undercut], i) => {
        if (undercut && relations.length) relations.push(rel(`r${i}`, ids[a % n]!, relations[b % relations.length]!.id, 'undercuts'));
        else relations.push(rel(`r${i}`, ids[a % n]!, ids[b % n]!));
      });
      const map = mapOf(
        ids.map((id, i) => node(id, i === 0 ? 'claim' : 'premise', id, folded.has(id) ? { collapsed: true } : {})),
        relations,
        focus === undefined ? {} : { focus: ids[focus % n] },
      );
      return { map, step };
    });

  it('without focus, exactly the nodes under a collapsed ancestor in the tree are hidden', () => {
    fc.assert(
      fc.property(arbMap, ({ map }) => {
        const unfocused = deepFreeze({ ...map, meta: { title: 't', description: '' } });
        const tree = buildArgumentTree(unfocused);
        const v = mapVisibility(unfocused);
        tree.nodes.forEach((nd, i) => {
          let folded = false;
          for (let p = tree.parent[i]!; p >= 0; p = tree.parent[p]!) folded ||= !!tree.nodes[p]!.collapsed;
          expect(v.hidden.has(nd.id)).toBe(folded);
        });
      }),
    );
  });

  it('the focused node and what it bears on always show; presentation only ever hides more, in sequence order', () => {
    fc.assert(
      fc.property(arbMap, ({ map, step }) => {
        const v = mapVisibility(map);
        if (map.meta.focus !== undefined) {
          expect(v.hidden.has(map.meta.focus)).toBe(false);
          for (const id of focusNeighbourhood(map, map.meta.focus).above) expect(v.hidden.has(id)).toBe(false);
        }
        const order = buildArgumentTree(map).order.map((i) => map.nodes[i]!.id);
        expect(v.sequence).toEqual(order.filter((id) => !v.hidden.has(id)));
        const p = presentationVisibility(v, step);
        for (const id of v.hidden) expect(p.hidden.has(id)).toBe(true);
        expect(v.sequence.filter((id) => !p.hidden.has(id))).toEqual(v.sequence.slice(0, p.step));
        for (const id of p.dimmed) expect(p.hidden.has(id)).toBe(false);
        // A folded node hides at least one node; an expanded one hides none.
        for (const [id, count] of v.folds) {
          expect(v.hidden.has(id)).toBe(false);
          if (map.nodes.find((x) => x.id === id)!.collapsed) expect(count).toBeGreaterThanOrEqual(1);
          else expect(count).toBe(0);
        }
      }),
    );
  });
});
