// Automatic layout: a tidy top-down tree per connected component, main claim on top.
// Pure and deterministic: positions depend only on structure and sizes (never on the
// current positions), so laying out an unchanged map twice gives identical results.
//
// Algorithm, O(n log n) (the log is only the per-parent child sort):
// 1. Turn the relation graph into a forest (tree.ts): each node hangs under one parent;
//    co-premises become one block, laid out as a node and expanded at the end.
// 2. Rows by depth: a row is as tall as its tallest box, plus the vertical gap.
// 3. x by subtree width: width = max(box width, children's widths + gaps). Sibling
//    subtrees get disjoint column bands and every box stays inside its own subtree's
//    band, so two boxes in one row never overlap (their lowest common ancestor put
//    them in different bands) and boxes in different rows are separated by the rows.
// All arithmetic is on integers (sizes rounded up), so no rounding can create overlap.

import type { ArgMap, ArgNode, Point, Relation } from './types.ts';
import { buildArgumentTree, preOrder } from './tree.ts';

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

/** New top-left positions for every node in the map. Pure and deterministic. */
export function layoutTree(
  map: ArgMap,
  sizeOf: (nodeId: string) => Size,
  options: LayoutOptions = {},
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
  const total = parent.length;
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
