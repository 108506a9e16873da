// Automatic layout: a tidy top-down tree per connected component, main claim on top.
// Pure and deterministic: positions depend only on structure and sizes (never on the
// current positions), so laying out an unchanged map twice gives identical results.
//
// Algorithm, O(n log n) (the log is only the per-parent child sort):
// 1. Turn the relation graph into a forest: each node hangs under one parent.
// 2. Rows by depth: a row is as tall as its tallest box, plus the vertical gap.
// 3. x by subtree width: width = max(box width, children's widths + gaps). Sibling
//    subtrees get disjoint column bands and every box stays inside its own subtree's
//    band, so two boxes in one row never overlap (their lowest common ancestor put
//    them in different bands) and boxes in different rows are separated by the rows.
// All arithmetic is on integers (sizes rounded up), so no rounding can create overlap.

import type { ArgMap, ArgNode, Point, Relation, RelationKind } from './types';

export interface Size {
  width: number;
  height: number;
}

export interface LayoutOptions {
  horizontalGap?: number;
  verticalGap?: number;
}

const DEFAULT_HORIZONTAL_GAP = 40;
const DEFAULT_VERTICAL_GAP = 80;

// Siblings read "for, against, attacks on the link, then caveats".
const KIND_RANK: Record<RelationKind, number> = { supports: 0, opposes: 1, undercuts: 2, qualifies: 3 };

const NODE_WIDTH = 260;
const CHARS_PER_LINE = 34; // at 14px in a 260px card
const LINE_HEIGHT = 20;
const CHROME_HEIGHT = 44; // header + padding

/** DOM-free size guess for a node the UI has not measured yet. */
export function estimateNodeSize(node: ArgNode): Size {
  // Explicit line breaks start new lines; each paragraph wraps on its own.
  const lines = node.text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
  return { width: NODE_WIDTH, height: CHROME_HEIGHT + lines * LINE_HEIGHT };
}

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

/** New top-left positions for every node in the map. Pure and deterministic. */
export function layoutTree(
  map: ArgMap,
  sizeOf: (nodeId: string) => Size,
  options: LayoutOptions = {},
): Record<string, Point> {
  const hGap = toGap(options.horizontalGap, DEFAULT_HORIZONTAL_GAP);
  const vGap = toGap(options.verticalGap, DEFAULT_VERTICAL_GAP);

  // A duplicated id (corrupt file) keeps its first occurrence.
  const index = new Map<string, number>();
  const nodes: ArgNode[] = [];
  for (const node of map.nodes) {
    if (!index.has(node.id)) {
      index.set(node.id, nodes.length);
      nodes.push(node);
    }
  }
  const n = nodes.length;
  if (n === 0) return {};

  const width: number[] = [];
  const height: number[] = [];
  for (const node of nodes) {
    const size = sizeOf(node.id);
    width.push(toPixels(size.width));
    height.push(toPixels(size.height));
  }

  const forest = buildForest(map, index, n);
  const { via, roots } = forest;
  const parent = Array.from(forest.parent);

  const children: number[][] = Array.from({ length: n }, () => []);
  for (let v = 0; v < n; v++) if (parent[v]! >= 0) children[parent[v]!]!.push(v);
  for (const kids of children) orderChildren(kids, via, map.relations);
  const innerGap = Math.round(hGap / 2);
  const blocks = mergeCoPremises({ children, parent, width, height }, via, map.relations, innerGap);
  const total = parent.length;

  // Main claim first: claims before other roots, bigger trees first, then map order.
  const descendants = countDescendants(preOrder(roots, children), parent);
  const rank = new Map(roots.map((r, i) => [r, i]));
  const isClaim = (v: number) => (nodes[v]!.kind === 'claim' ? 0 : 1);
  roots.sort(
    (a, b) => isClaim(a) - isClaim(b) || descendants[b]! - descendants[a]! || rank.get(a)! - rank.get(b)!,
  );
  const order = preOrder(roots, children);

  // Rows: depth d starts below the tallest box of row d-1 plus the gap.
  const depth = new Int32Array(total);
  const rowHeight: number[] = [];
  for (const v of order) {
    const d = parent[v]! < 0 ? 0 : depth[parent[v]!]! + 1;
    depth[v] = d;
    rowHeight[d] = Math.max(rowHeight[d] ?? 0, height[v]!);
  }
  const rowTop = [0];
  for (let d = 1; d < rowHeight.length; d++) rowTop.push(rowTop[d - 1]! + rowHeight[d - 1]! + vGap);

  // Bottom-up: subtree widths, each child's band offset inside its parent's band, and
  // each box's x inside its own band.
  const subtree = new Array<number>(total).fill(0);
  const offset = new Array<number>(total).fill(0);
  const boxX = new Array<number>(total).fill(0);
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    const kids = children[v]!;
    if (kids.length === 0) {
      subtree[v] = width[v]!;
      continue;
    }
    const span = kids.reduce((sum, c) => sum + subtree[c]!, 0) + hGap * (kids.length - 1);
    subtree[v] = Math.max(width[v]!, span);
    let cursor = Math.floor((subtree[v]! - span) / 2); // children centred under a wide parent
    for (const c of kids) {
      offset[c] = cursor;
      cursor += subtree[c]! + hGap;
    }
    // Centre the parent over its children's boxes; clamping keeps it inside its band,
    // which is what guarantees no overlap.
    const first = kids[0]!;
    const last = kids[kids.length - 1]!;
    const left = offset[first]! + boxX[first]!;
    const right = offset[last]! + boxX[last]! + width[last]!;
    boxX[v] = clamp(Math.floor((left + right - width[v]!) / 2), 0, subtree[v]! - width[v]!);
  }

  // Components side by side, separated by a double gap so they read as separate.
  let cursor = 0;
  for (const r of roots) {
    offset[r] = cursor;
    cursor += subtree[r]! + 2 * hGap;
  }

  // Top-down: absolute band lefts.
  const bandLeft = new Array<number>(total).fill(0);
  let minX = Infinity;
  for (const v of order) {
    bandLeft[v] = (parent[v]! < 0 ? 0 : bandLeft[parent[v]!]!) + offset[v]!;
    minX = Math.min(minX, bandLeft[v]! + boxX[v]!);
  }

  // Left-align the drawing at x = 0; the first row is at y = 0.
  const positions: Record<string, Point> = {};
  for (let v = 0; v < n; v++) {
    positions[nodes[v]!.id] = { x: bandLeft[v]! + boxX[v]! - minX, y: rowTop[depth[v]!]! };
  }
  // A linked reason's premises sit side by side in the box laid out for the block.
  for (const [block, members] of blocks) {
    let x = bandLeft[block]! + boxX[block]! - minX;
    for (const m of members) {
      positions[nodes[m]!.id] = { x, y: rowTop[depth[block]!]! };
      x += width[m]! + innerGap;
    }
  }
  return positions;
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

/**
 * Sort siblings in place: relation order, but a co-premise group (same target, same
 * `group`) is one block at the place of its first member, and blocks go by kind.
 */
function orderChildren(kids: number[], via: Int32Array, relations: Relation[]): void {
  if (kids.length < 2) return;
  const unitOf = (v: number) => {
    const rel = relations[via[v]!]!;
    return rel.group === undefined ? `#${via[v]}` : `${rel.to}\u0000${rel.group}`;
  };
  const lead = new Map<string, number>(); // block → its first relation index
  for (const v of kids) {
    const unit = unitOf(v);
    lead.set(unit, Math.min(lead.get(unit) ?? Infinity, via[v]!));
  }
  const keyed = kids.map((v) => {
    const first = lead.get(unitOf(v))!;
    return { v, kind: KIND_RANK[relations[first]!.kind], first, rel: via[v]! };
  });
  keyed.sort((a, b) => a.kind - b.kind || a.first - b.first || a.rel - b.rel);
  keyed.forEach((k, i) => (kids[i] = k.v));
}

interface Tree {
  children: number[][];
  parent: number[];
  width: number[];
  height: number[];
}

/**
 * Co-premises (siblings attached through relations sharing a `group`) become one block:
 * a virtual node as wide as its members side by side, whose children are all of the
 * members' children. The block is laid out like any node and expanded at the end, so
 * a linked reason reads as one box with everything under it below it.
 * Returns block index → member indices; extends the tree arrays in place.
 */
function mergeCoPremises(tree: Tree, via: Int32Array, relations: Relation[], innerGap: number): Map<number, number[]> {
  const blocks = new Map<number, number[]>();
  const n = tree.parent.length;
  for (let p = 0; p < n; p++) {
    const kids = tree.children[p]!;
    const merged: number[] = [];
    for (let i = 0; i < kids.length; ) {
      const group = relations[via[kids[i]!]!]!.group;
      let j = i + 1;
      while (j < kids.length && group !== undefined && relations[via[kids[j]!]!]!.group === group) j++;
      if (j - i < 2) {
        merged.push(kids[i]!);
        i = j;
        continue;
      }
      const members = kids.slice(i, j);
      const block = tree.parent.length;
      tree.parent.push(p);
      tree.width.push(members.reduce((sum, m) => sum + tree.width[m]!, 0) + innerGap * (members.length - 1));
      tree.height.push(Math.max(...members.map((m) => tree.height[m]!)));
      const grandchildren = members.flatMap((m) => tree.children[m]!);
      for (const g of grandchildren) tree.parent[g] = block;
      for (const m of members) tree.children[m] = [];
      tree.children.push(grandchildren);
      blocks.set(block, members);
      merged.push(block);
      i = j;
    }
    tree.children[p] = merged;
  }
  return blocks;
}

/** Iterative pre-order (no recursion: a 10,000-deep chain must not blow the stack). */
function preOrder(roots: number[], children: number[][]): number[] {
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

/** Sizes are rounded up so integer positions can never make boxes touch-overlap. */
function toPixels(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.ceil(value) : 0;
}

function toGap(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(0, Math.round(value)) : fallback;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
