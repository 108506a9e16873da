// The argument as a forest: every node hangs under one parent (the first it bears on),
// children in the user's order. Shared by the layout, the outline and presentation mode,
// so all three show the same structure in the same order. Pure, iterative, linear.
import type { ArgMap, ArgNode, Relation } from './types.ts';

/** One usable relation, in node indices: `child` hangs under `parent`. */
interface Edge {
  rel: number; // index in map.relations
  child: number;
  parent: number;
}

interface Forest {
  parent: Int32Array; // -1 for roots
  via: Int32Array; // relation index that attached the node, -1 for roots
  roots: number[]; // true roots in map order, then cycle-breaking roots
}

export interface ArgumentTree {
  /** Nodes with duplicate ids removed (a corrupt file keeps the first). Indices below refer to this. */
  nodes: ArgNode[];
  index: Map<string, number>;
  parent: number[];
  /** Index in map.relations of the relation that attached each node; -1 for roots. */
  via: Int32Array;
  /** Main claim first: claims before other roots, bigger trees first, then map order. */
  roots: number[];
  children: number[][];
  /** Pre-order: the outline's reading order. */
  order: number[];
}

// The trees of the last few maps, shared by every reader of the map on screen (visibility,
// the structure check, the opening view, the outline): maps are immutable, so reusing a
// tree is exact, and opening a large map builds its tree once instead of once per reader.
// A map that differs from a recent one only in what the tree does not read (positions,
// texts: every frame of a drag, every text edit) reuses that tree with its own nodes.
// Only a few are kept, so maps held by undo history do not keep their trees alive.
const RECENT_TREES = 4;
const recent: { map: ArgMap; tree: ArgumentTree }[] = [];

/** The argument tree of `map`, built once per shape (see sameTreeShape). Shared: callers must not modify it. */
export function argumentTreeOf(map: ArgMap): ArgumentTree {
  const hit = recent.find((entry) => entry.map === map);
  if (hit) return hit.tree;
  const alike = recent.find((entry) => sameTreeShape(entry.map, map));
  const tree = alike ? withNodesOf(alike.tree, map) : buildArgumentTree(map);
  recent.unshift({ map, tree });
  if (recent.length > RECENT_TREES) recent.pop();
  return tree;
}

/** Two maps with the same argument tree: the same relations, and nodes with the same ids and kinds in the same order. */
export function sameTreeShape(a: ArgMap, b: ArgMap): boolean {
  if (a.relations !== b.relations || a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((x, i) => {
    const y = b.nodes[i]!;
    return x === y || (x.id === y.id && x.kind === y.kind);
  });
}

/** A tree of the same shape holding `map`'s own node objects (current texts and positions). */
function withNodesOf(tree: ArgumentTree, map: ArgMap): ArgumentTree {
  if (tree.nodes.length === map.nodes.length) return { ...tree, nodes: map.nodes };
  const seen = new Set<string>(); // duplicate ids: keep the first, as buildArgumentTree does
  return { ...tree, nodes: map.nodes.filter((n) => !seen.has(n.id) && !!seen.add(n.id)) };
}

/** The main claim: the first root of the argument tree (claims first, biggest first). */
export function mainClaimId(map: ArgMap): string | undefined {
  const { nodes, roots } = argumentTreeOf(map);
  return roots[0] === undefined ? undefined : nodes[roots[0]]?.id;
}

/** A tree of the caller's own (the layout reshapes it while it works). */
export function buildArgumentTree(map: ArgMap): ArgumentTree {
  const index = new Map<string, number>();
  const nodes: ArgNode[] = [];
  for (const node of map.nodes) {
    if (!index.has(node.id)) {
      index.set(node.id, nodes.length);
      nodes.push(node);
    }
  }
  const n = nodes.length;
  const forest = buildForest(map, index, n);
  const { via, roots } = forest;
  const parent = Array.from(forest.parent);
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let v = 0; v < n; v++) if (parent[v]! >= 0) children[parent[v]!]!.push(v);
  for (const kids of children) orderChildren(kids, via, map.relations);

  const descendants = countDescendants(preOrder(roots, children), parent);
  const rank = new Map(roots.map((r, i) => [r, i]));
  const isClaim = (v: number) => (nodes[v]!.kind === 'claim' ? 0 : 1);
  roots.sort((a, b) => isClaim(a) - isClaim(b) || descendants[b]! - descendants[a]! || rank.get(a)! - rank.get(b)!);
  return { nodes, index, parent, via, roots, children, order: preOrder(roots, children) };
}

/**
 * Hang every node under exactly one parent: preferably its first parent in relation
 * order; failing that (the first parent is only reachable through a cycle) the first
 * parent already placed; failing that the node is in a rootless cycle, which is rooted
 * at its first member in map order. Iterative and linear, so cycles cannot hang it.
 */
function buildForest(map: ArgMap, index: Map<string, number>, n: number): Forest {
  const relById = new Map<string, Relation>();
  for (const rel of map.relations) if (!relById.has(rel.id)) relById.set(rel.id, rel);

  // An undercut attacks a link, so it hangs under that link's reason (its `from`).
  const parentId = (rel: Relation): string | undefined => {
    const attacked = relById.get(rel.to);
    if (rel.kind === 'undercuts' && attacked) return attacked.from;
    return index.has(rel.to) ? rel.to : attacked?.from;
  };

  const outgoing: Edge[][] = Array.from({ length: n }, () => []);
  const incoming: Edge[][] = Array.from({ length: n }, () => []);
  map.relations.forEach((rel, r) => {
    const child = index.get(rel.from);
    const target = parentId(rel);
    const parent = target === undefined ? undefined : index.get(target);
    if (child === undefined || parent === undefined || parent === child) return; // dangling or self-loop
    const edge = { rel: r, child, parent };
    outgoing[child]!.push(edge);
    incoming[parent]!.push(edge);
  });

  const parent = new Int32Array(n).fill(-1);
  const via = new Int32Array(n).fill(-1);
  const placed = new Uint8Array(n);
  const roots: number[] = [];
  const queue: number[] = []; // placed nodes whose incoming edges are still to visit
  let head = 0;
  const fallback: number[] = []; // reachable from a placed node, but not via their first parent
  let fallbackHead = 0;

  const place = (v: number, p: number, rel: number) => {
    placed[v] = 1;
    parent[v] = p;
    via[v] = rel;
    queue.push(v);
  };
  const placeRoot = (v: number) => {
    roots.push(v);
    place(v, -1, -1);
  };

  for (let v = 0; v < n; v++) if (outgoing[v]!.length === 0) placeRoot(v);

  let scan = 0;
  for (;;) {
    if (head < queue.length) {
      const u = queue[head++]!;
      for (const e of incoming[u]!) {
        if (placed[e.child]) continue;
        if (outgoing[e.child]![0] === e) place(e.child, u, e.rel);
        else fallback.push(e.child);
      }
    } else if (fallbackHead < fallback.length) {
      // Only once every first-parent attachment is done, so those always win.
      const c = fallback[fallbackHead++]!;
      if (placed[c]) continue;
      const e = outgoing[c]!.find((edge) => placed[edge.parent])!;
      place(c, e.parent, e.rel);
    } else {
      while (scan < n && placed[scan]) scan++;
      if (scan === n) break;
      placeRoot(cycleRoot(scan, outgoing));
    }
  }
  return { parent, via, roots };
}

/**
 * Every unplaced node's first parent is unplaced too (else the node would have been
 * placed), so walking up first parents from `start` must enter a cycle. Root it at its
 * first node in map order. Walked nodes all get placed right after, so the total walk
 * over all calls is linear.
 */
function cycleRoot(start: number, outgoing: Edge[][]): number {
  const up = (v: number) => outgoing[v]![0]?.parent ?? v;
  const seen = new Set<number>();
  let v = start;
  while (!seen.has(v)) {
    seen.add(v);
    v = up(v);
  }
  let best = v;
  for (let u = up(v); u !== v; u = up(u)) best = Math.min(best, u);
  return best;
}

/** Co-premises share a key: same target, same `group`. Undefined for a relation on its own. */
export function coPremiseKey(rel: Relation): string | undefined {
  return rel.group === undefined ? undefined : `${rel.to}\u0000${rel.group}`;
}

/**
 * Sort siblings in place: relation order (the user's order, as the outline shows and
 * edits it), except that a co-premise group (same target, same `group`) is one block at
 * the place of its first member.
 */
function orderChildren(kids: number[], via: Int32Array, relations: Relation[]): void {
  if (kids.length < 2) return;
  const unitOf = (v: number) => {
    const rel = relations[via[v]!]!;
    return coPremiseKey(rel) ?? `#${via[v]}`;
  };
  const lead = new Map<string, number>(); // block → its first relation index
  for (const v of kids) {
    const unit = unitOf(v);
    lead.set(unit, Math.min(lead.get(unit) ?? Infinity, via[v]!));
  }
  const keyed = kids.map((v) => {
    const first = lead.get(unitOf(v))!;
    return { v, first, rel: via[v]! };
  });
  keyed.sort((a, b) => a.first - b.first || a.rel - b.rel);
  keyed.forEach((k, i) => (kids[i] = k.v));
}

/** Iterative pre-order (no recursion: a 10,000-deep chain must not blow the stack). */
export function preOrder(roots: number[], children: number[][]): number[] {
  const order: number[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const v = stack.pop()!;
    order.push(v);
    const kids = children[v]!;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return order;
}

function countDescendants(order: number[], parent: ArrayLike<number>): number[] {
  const count = new Array<number>(parent.length).fill(0);
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    if (parent[v]! >= 0) count[parent[v]!]! += count[v]! + 1;
  }
  return count;
}
