// Automatic layout: a compact top-down tree per connected component, main claim on top.
// Pure and deterministic: positions depend only on structure and sizes (never on the
// current positions), so laying out an unchanged map twice gives identical results.
//
// Algorithm, linear apart from the child sort in tree.ts (Reingold–Tilford / Walker):
// 1. Turn the relation graph into a forest (tree.ts): each node hangs under one parent;
//    co-premises become one block, laid out as a node and expanded at the end.
// 2. Rows by depth: a row is as tall as its tallest box, plus the vertical gap.
// 3. x bottom-up by contours: a subtree's contour is its leftmost and rightmost box edge
//    in each row it spans. Siblings go left to right, each as far left as every row they
//    share with the siblings before it allows (right contour + gap <= left contour), so a
//    narrow subtree tucks under a wide neighbour's empty rows instead of taking a whole
//    column band. Small subtrees left between two that touch lower down are spread out
//    evenly (Walker). A parent is centred over its first and last child; its own row is
//    part of its contour, so the next comparison up keeps it clear of its row neighbours.
//    A parent adopts its tallest child's contour arrays, so no contour is ever copied
//    whole (see Contour): a 10,000-deep chain costs 10,000 steps, not 10,000²/2.
//    Boxes in one row never overlap (their lowest common ancestor separated the subtrees
//    in that row) and boxes in different rows are separated by the rows.
// 4. Components side by side, each as wide as its widest row.
// All arithmetic is on integers (sizes rounded up), so no rounding can create overlap.

import { LAYOUT_MODES, type ArgMap, type ArgNode, type LayoutMode, type Point, type Relation } from './types.ts';
import { buildArgumentTree, preOrder } from './tree.ts';
import { CARD_TEXT_LINE, CARD_WIDTH, ESTIMATE_CHARS_PER_LINE, ESTIMATE_CHROME_HEIGHT, MAX_TEXT_LINES } from './theme/card.ts';

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

/** About how many lines a text wraps to on a card (explicit line breaks start new lines; each paragraph wraps on its own). */
function estimateLines(text: string): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / ESTIMATE_CHARS_PER_LINE)), 0);
}

/** DOM-free size guess for a node the UI has not measured yet. */
export function estimateNodeSize(node: ArgNode): Size {
  return { width: CARD_WIDTH, height: ESTIMATE_CHROME_HEIGHT + Math.min(estimateLines(node.text), MAX_TEXT_LINES) * CARD_TEXT_LINE };
}

/**
 * Could the text need more than MAX_TEXT_LINES lines? A cheap test before measuring, with room
 * for glyphs twice as wide as the estimate assumes (CJK, emoji).
 */
export function mayExceedMaxLines(text: string): boolean {
  return estimateLines(text) * 2 > MAX_TEXT_LINES;
}

export { LAYOUT_MODES, type LayoutMode };

/** A map is readable on screen when it is no more than this many times wider than tall (or taller than wide). */
export const MAX_ASPECT = 4;
/** Maps this small always keep the top-down tree under `auto` (the GSOMIA map's look). */
const SMALL_MAP = 60;
/** Outline columns: how far a child is indented from its parent, and the space between statements. */
const OUTLINE_INDENT = 36;
const OUTLINE_GAP = 14;

interface Prepared {
  n: number;
  roots: number[];
  children: number[][];
  parent: number[];
  width: number[];
  height: number[];
  depth: Int32Array;
  order: number[];
  hGap: number;
  vGap: number;
}

interface Placed {
  x: number[];
  y: number[];
  width: number;
  height: number;
}

/**
 * New top-left positions for every node in the map. Pure and deterministic.
 * - `tree` (the default here): a top-down tree, main claim on top.
 * - `outline`: left to right, each node's children in a column to its right, like an outline.
 * - `compact`: a top-down tree down to some depth, and below it every subtree as an outline
 *   column; the depth is the one whose result is closest to square.
 * - `auto`: `tree` for small maps or when the tree is at most 4:1; `compact` otherwise.
 */
export function layoutTree(
  map: ArgMap,
  sizeOf: (nodeId: string) => Size,
  options: LayoutOptions & { mode?: LayoutMode } = {},
): Record<string, Point> {
  const hGap = toGap(options.horizontalGap, DEFAULT_HORIZONTAL_GAP);
  const vGap = toGap(options.verticalGap, DEFAULT_VERTICAL_GAP);

  const tree = buildArgumentTree(map);
  const { nodes, via, roots, children, parent } = tree;
  const n = nodes.length;
  if (n === 0) return {};

  const width: number[] = [];
  const height: number[] = [];
  for (const node of nodes) {
    const size = sizeOf(node.id);
    width.push(toPixels(size.width));
    height.push(toPixels(size.height));
  }

  const innerGap = Math.round(hGap / 2);
  const blocks = mergeCoPremises({ children, parent, width, height }, via, map.relations, innerGap);
  const order = preOrder(roots, children);
  const depth = new Int32Array(parent.length);
  let maxDepth = 0;
  for (const v of order) {
    depth[v] = parent[v]! < 0 ? 0 : depth[parent[v]!]! + 1;
    maxDepth = Math.max(maxDepth, depth[v]!);
  }
  const prepared: Prepared = { n, roots, children, parent, width, height, depth, order, hGap, vGap };

  const placed = choose(prepared, options.mode ?? 'tree', maxDepth);
  const positions: Record<string, Point> = {};
  for (let v = 0; v < n; v++) positions[nodes[v]!.id] = { x: placed.x[v]!, y: placed.y[v]! };
  // A linked reason's premises sit side by side in the box laid out for the block.
  for (const [block, members] of blocks) {
    let left = placed.x[block]!;
    for (const m of members) {
      positions[nodes[m]!.id] = { x: left, y: placed.y[block]! };
      left += width[m]! + innerGap;
    }
  }
  return positions;
}

const aspectOf = (p: Placed) => Math.max(p.width, 1) / Math.max(p.height, 1);
/** How far from square: 1 for a square, 4 for 4:1 or 1:4. */
const skew = (p: Placed) => Math.max(aspectOf(p), 1 / aspectOf(p));

function choose(t: Prepared, mode: LayoutMode, maxDepth: number): Placed {
  if (mode === 'outline') return place(t, 0);
  const tree = place(t, Infinity);
  if (mode === 'tree' || maxDepth < 2) return tree;
  if (mode === 'auto' && (t.n < SMALL_MAP || skew(tree) <= MAX_ASPECT)) return tree;
  // Cutting deeper gives wider, shallower results; keep the one closest to square.
  let best = tree;
  for (let cut = 1; cut <= maxDepth; cut++) {
    const candidate = place(t, cut);
    if (skew(candidate) < skew(best)) best = candidate;
  }
  return best;
}

/** Lays out the tree top-down, with every subtree rooted at depth `cut` drawn as an outline column. */
function place(t: Prepared, cut: number): Placed {
  const { children, parent, hGap, vGap, depth, roots } = t;
  const total = parent.length;
  const width = t.width.slice();
  const height = t.height.slice();
  const kids = children.map((k, v) => (depth[v] === cut ? [] : k));

  // Outline columns: each block root's subtree in pre-order, indented by depth below it.
  const blockRoot = new Int32Array(total).fill(-1);
  const relX = new Array<number>(total).fill(0);
  const relY = new Array<number>(total).fill(0);
  if (Number.isFinite(cut)) {
    for (const v of t.order) {
      if (depth[v] !== cut || children[v]!.length === 0) continue;
      let cursor = 0;
      let right = width[v]!;
      for (const u of preOrder([v], children)) {
        relX[u] = OUTLINE_INDENT * (depth[u]! - cut);
        relY[u] = cursor;
        cursor += t.height[u]! + OUTLINE_GAP;
        right = Math.max(right, relX[u]! + t.width[u]!);
        if (u !== v) blockRoot[u] = v;
      }
      width[v] = right;
      height[v] = cursor - OUTLINE_GAP;
    }
  }

  const order = preOrder(roots, kids);
  // Rows: depth d starts below the tallest box of row d-1 plus the gap.
  const rowHeight: number[] = [];
  for (const v of order) rowHeight[depth[v]!] = Math.max(rowHeight[depth[v]!] ?? 0, height[v]!);
  const rowTop = [0];
  for (let d = 1; d < rowHeight.length; d++) rowTop.push(rowTop[d - 1]! + rowHeight[d - 1]! + vGap);

  // Bottom-up: each box's x relative to its parent's box, from the subtrees' contours.
  const rank = new Int32Array(total); // index among its siblings
  for (const k of kids) k.forEach((c, i) => (rank[c] = i));
  const offset = new Array<number>(total).fill(0);
  const contour: (Contour | undefined)[] = new Array(total);
  const placement = { parent, rank, width, relX: offset, hGap };
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    contour[v] = placeChildren(v, kids[v]!, contour, placement);
  }

  // Components side by side, separated by a double gap so they read as separate.
  const x = new Array<number>(total).fill(0);
  const y = new Array<number>(total).fill(0);
  let cursor = 0;
  for (const r of roots) {
    const { lo, hi } = extent(contour[r]!);
    x[r] = cursor - lo;
    cursor += hi - lo + 2 * hGap;
  }
  for (const v of order) {
    if (parent[v]! >= 0) x[v] = x[parent[v]!]! + offset[v]!;
    y[v] = rowTop[depth[v]!]!;
  }
  for (let u = 0; u < total; u++) {
    const b = blockRoot[u]!;
    if (b >= 0) {
      x[u] = x[b]! + relX[u]!;
      y[u] = y[b]! + relY[u]!;
    }
  }
  const last = rowHeight.length - 1;
  return { x, y, width: cursor - 2 * hGap, height: rowTop[last]! + rowHeight[last]! };
}

/**
 * A laid-out subtree's outline: in each row it spans, its leftmost and rightmost box
 * edge, relative to its root's box plus `shift` (so moving a whole outline is O(1)).
 * Rows are stored deepest first, so a parent adds its own row with a push and adopts
 * its tallest child's arrays rather than copying them: a merge costs only the shorter
 * outline's rows, so the total is linear however deep or wide the tree.
 */
interface Contour {
  left: number[];
  right: number[];
  /** Per row, a node that identifies whose subtree has the rightmost box: see `ownerOf`. */
  owner: number[];
  shift: number;
}

interface Placement {
  parent: number[];
  rank: Int32Array;
  width: number[];
  relX: number[];
  hGap: number;
}

/** Places v's children relative to v (into relX) and returns v's contour, consuming theirs. */
function placeChildren(v: number, kids: number[], contour: (Contour | undefined)[], t: Placement): Contour {
  const { parent, rank, width, relX, hGap } = t;
  const m = kids.length;
  if (m === 0) return { left: [0], right: [width[v]!], owner: [v], shift: 0 };

  // Child box lefts in a frame where the first child is at 0, and the outline of the
  // children placed so far (acc) in that frame.
  const xs = new Array<number>(m).fill(0);
  let acc = contour[kids[0]!]!;
  let accChild = 0; // whose arrays acc are
  // Which child's subtree has the rightmost box in acc's row `idx`. Merges write the
  // child's node id; a row no merge wrote still holds ids from inside the subtree whose
  // arrays acc are (not children of v), so it belongs to that child.
  const ownerOf = (idx: number) => {
    const o = acc.owner[idx]!;
    return parent[o] === v ? rank[o]! : accChild;
  };
  // Walker's even spacing, applied at the end: xs[k] += a sum of linear ramps.
  let rate: number[] | undefined;
  let jump: number[] | undefined;

  for (let i = 1; i < m; i++) {
    const c = contour[kids[i]!]!;
    const hA = acc.left.length;
    const hC = c.left.length;
    const common = Math.min(hA, hC); // row 0 is the children's own row
    // Least x for c's box that keeps shared row L a gap clear of acc.
    const offset = acc.shift - c.shift + hGap;
    const need = (L: number) => acc.right[hA - 1 - L]! - c.left[hC - 1 - L]! + offset;
    let at = -Infinity;
    let by = -1; // the sibling that stops c; on ties the later one, so none between is stuck
    for (let L = 0; L < common; L++) {
      const d = need(L);
      if (d > at) {
        at = d;
        by = ownerOf(hA - 1 - L);
      } else if (d === at) by = Math.max(by, ownerOf(hA - 1 - L));
    }
    xs[i] = at;

    // c was stopped by an earlier sibling's deeper rows, so the smaller subtrees between
    // (packed to the left) can share out the free room: those subtrees end above the
    // stopping row (else they would own it), so after this merge c hides them from every
    // later sibling, and moving each by at most the room keeps them clear of c.
    if (by < i - 1) {
      let free = -Infinity; // least x for c if only the in-between subtrees mattered
      for (let L = 0; L < common; L++) if (ownerOf(hA - 1 - L) > by) free = Math.max(free, need(L));
      const step = Math.floor((at - free) / (i - by));
      rate ??= new Array<number>(m).fill(0);
      jump ??= new Array<number>(m).fill(0);
      rate[by + 1]! += step; // by+1 moves 1 step, by+2 two steps, ..., c none
      rate[i]! -= step;
      jump[i]! -= step * (i - 1 - by);
    }

    // Merge c into acc: in shared rows the left edge is acc's and the right edge c's;
    // rows below the shorter one's are the taller one's. Keep the taller arrays.
    const shift = c.shift + at;
    if (hC > hA) {
      for (let L = 0; L < hA; L++) c.left[hC - 1 - L] = acc.left[hA - 1 - L]! + acc.shift - shift;
      c.shift = shift;
      acc = c;
      accChild = i;
    } else {
      for (let L = 0; L < hC; L++) {
        acc.right[hA - 1 - L] = c.right[hC - 1 - L]! + shift - acc.shift;
        acc.owner[hA - 1 - L] = kids[i]!;
      }
    }
  }
  for (const c of kids) contour[c] = undefined;

  if (rate && jump) {
    let slope = 0;
    let moved = 0;
    for (let k = 0; k < m; k++) {
      slope += rate[k]!;
      moved += slope + jump[k]!;
      xs[k]! += moved;
    }
  }

  // Centred over the first and last child. No clamping needed: v's own row joins the
  // contour, so when v's subtree is placed among its siblings, v is kept clear too.
  const last = m - 1;
  const px = Math.floor((xs[0]! + xs[last]! + width[kids[last]!]! - width[v]!) / 2);
  kids.forEach((c, k) => (relX[c] = xs[k]! - px));
  acc.shift -= px;
  acc.left.push(-acc.shift);
  acc.right.push(width[v]! - acc.shift);
  acc.owner.push(v);
  return acc;
}

/** The leftmost and rightmost box edge in a contour, relative to its root's box. */
function extent(c: Contour): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < c.left.length; i++) {
    lo = Math.min(lo, c.left[i]!);
    hi = Math.max(hi, c.right[i]!);
  }
  return { lo: lo + c.shift, hi: hi + c.shift };
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
    for (let i = 0; i < kids.length;) {
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

/** Sizes are rounded up so integer positions can never make boxes touch-overlap. */
function toPixels(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.ceil(value) : 0;
}

function toGap(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(0, Math.round(value)) : fallback;
}
