// Large maps (hundreds to thousands of statements) stay readable: they open folded below
// the first levels, unfold a level at a time, and are laid out as they are shown (folded
// subtrees take no room). Pure.
import type { ArgMap, LayoutMode } from './types.ts';
import { argumentTreeOf } from './tree.ts';
import { mapVisibility } from './visibility.ts';
import { layoutTree, type Size } from './layout.ts';
import { moveNodes } from './operations.ts';

/** Past this many statements a map opens folded and is arranged as it is shown. */
export const LARGE_MAP = 300;
/** Opening a large map shows the main claim and this many levels under it. */
export const OPENING_LEVELS = 2;

export const isLargeMap = (map: ArgMap) => map.nodes.length > LARGE_MAP;

/** Folds every node at `depth` or deeper (main claim: 0) that has something under it. */
export function foldBelow(map: ArgMap, depth: number): ArgMap {
  const { nodes, parent, order, children } = argumentTreeOf(map);
  const level = new Int32Array(nodes.length);
  const fold = new Set<string>();
  for (const v of order) {
    level[v] = parent[v]! < 0 ? 0 : level[parent[v]!]! + 1;
    if (level[v]! >= depth && children[v]!.length > 0) fold.add(nodes[v]!.id);
  }
  let changed = false;
  const next = map.nodes.map((n) => {
    if (!fold.has(n.id) || n.collapsed) return n;
    changed = true;
    return { ...n, collapsed: true };
  });
  return changed ? { ...map, nodes: next } : map;
}

/** Unfolds every folded node that is on screen: one more level of the argument shows. */
export function unfoldLevel(map: ArgMap): ArgMap {
  const { hidden, folds } = mapVisibility(map);
  let changed = false;
  const next = map.nodes.map((n) => {
    if (!n.collapsed || hidden.has(n.id) || !folds.get(n.id)) return n;
    changed = true;
    const { collapsed: _, ...rest } = n;
    return rest;
  });
  return changed ? { ...map, nodes: next } : map;
}

/** The map as shown: hidden statements and every relation touching them left out. */
export function shownPart(map: ArgMap): ArgMap {
  const { hidden } = mapVisibility(map);
  if (!hidden.size) return map;
  return {
    ...map,
    nodes: map.nodes.filter((n) => !hidden.has(n.id)),
    relations: map.relations.filter((r) => !hidden.has(r.from) && !hidden.has(r.to)),
  };
}

/**
 * Lays the map out in its saved mode. A large map is laid out as shown, so folded subtrees
 * take no room (folded statements keep their positions until they are shown and laid out).
 */
export function arrange(map: ArgMap, sizeOf: (id: string) => Size, mode: LayoutMode = map.meta.layout ?? 'auto'): ArgMap {
  const part = isLargeMap(map) ? shownPart(map) : map;
  return moveNodes(map, layoutTree(part, sizeOf, { mode }));
}

/**
 * How a map is first shown after opening: a large map with nothing folded opens folded
 * below the first levels and arranged as shown. Anything else opens as it is.
 */
export function prepareForOpening(map: ArgMap, sizeOf: (id: string) => Size): ArgMap {
  if (!isLargeMap(map) || map.nodes.some((n) => n.collapsed)) return map;
  return arrange(foldBelow(map, OPENING_LEVELS), sizeOf);
}

/** The statements of the opening view: the main claim and what bears on it directly. */
export function openingNodes(map: ArgMap): string[] {
  const { nodes, roots, children } = argumentTreeOf(map);
  const root = roots[0];
  if (root === undefined) return [];
  return [root, ...children[root]!].map((v) => nodes[v]?.id).filter((id): id is string => !!id);
}
