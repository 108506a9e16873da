// Which statements the canvas shows. Three things hide nodes, applied in this order:
//
// 1. Focus (`map.meta.focus`): only the focused node's neighbourhood shows, which is
//    - the focused node itself;
//    - what it bears on, one step up: the targets of its relations (for an undercut, both
//      ends of the link it attacks, so the link is drawn);
//    - its whole subtree: everything that bears on it, directly or through other
//      statements, by any relation (so a reason that also supports something elsewhere is
//      still shown), and every undercut of a link between two shown nodes whose reason is
//      in that subtree.
//    Everything else is hidden. A focus on a node that does not exist is ignored.
// 2. Collapse (`node.collapsed`): a collapsed node stays visible and hides its whole
//    subtree in the argument tree (tree.ts: what bears on it, recursively, each node under
//    its one parent, as the outline and the layout show it). While focused, only collapsed
//    nodes inside the focused subtree fold anything, and the focused node and what it bears
//    on always show. Each visible node with something under it gets a fold toggle that
//    counts the nodes folded away under it (0 while expanded).
// 3. Presentation (a step k, UI state): the presentation sequence is the outline's reading
//    order (main claim first, each node followed by its subtree) *without* what collapse and
//    focus hide, so a presenter folds or focuses away what they do not want to present.
//    Step k reveals the first k items of the sequence and hides the rest. The current item
//    (the k-th) and its ancestors in the tree stay at full strength; the other revealed
//    items are dimmed, so the audience sees where in the argument the presenter is. No fold
//    toggles are offered while presenting.
//
// Relations are hidden when one of their ends is (the flow deriver does that). Pure,
// iterative and linear in the size of the map.
import type { ArgMap, Relation } from './types.ts';
import { argumentTreeOf, type ArgumentTree } from './tree.ts';
import { setCollapsed, setFocus } from './operations.ts';

export interface Visibility {
  /** Nodes not drawn at all. */
  hidden: ReadonlySet<string>;
  /** Nodes that can fold what is under them → how many nodes are folded away (0 while expanded). */
  folds: ReadonlyMap<string, number>;
  /** Shown faintly (revealed earlier in a presentation, away from the current item). */
  dimmed: ReadonlySet<string>;
}

export interface MapVisibility extends Visibility {
  /** The presentation sequence: the outline's order without what collapse and focus hide. */
  sequence: readonly string[];
  /** Each node's parent in the argument tree (roots have none). */
  parentOf: ReadonlyMap<string, string>;
  /** The focused node, when the focus names a node of the map. */
  focus?: string;
}

export interface PresentationVisibility extends Visibility {
  /** The revealed step, clamped to 1..length of the sequence (0 for an empty sequence). */
  step: number;
  total: number;
  /** The item revealed last. */
  current?: string;
}

const NONE: ReadonlySet<string> = new Set();

/** Focus, then collapse: what the canvas shows outside presentation mode (`tree`: the map's argument tree, if at hand). */
export function mapVisibility(map: ArgMap, tree: ArgumentTree = argumentTreeOf(map)): MapVisibility {
  const { nodes, parent, children, order } = tree;
  const focusId = map.meta.focus !== undefined && tree.index.has(map.meta.focus) ? map.meta.focus : undefined;
  const near = focusId === undefined ? undefined : focusNeighbourhood(map, focusId);

  const inScope = (id: string) => !near || near.subtree.has(id);
  const focusShown = (id: string) => !near || near.subtree.has(id) || near.above.has(id);
  const forced = (id: string) => !!near && (id === focusId || near.above.has(id));

  const n = nodes.length;
  const foldRoot = new Int32Array(n).fill(-1);
  const foldedCount = new Int32Array(n);
  const hidden = new Set<string>();
  for (const v of order) {
    const p = parent[v]!;
    if (p >= 0) foldRoot[v] = foldRoot[p]! >= 0 ? foldRoot[p]! : nodes[p]!.collapsed && inScope(nodes[p]!.id) ? p : -1;
    const id = nodes[v]!.id;
    // The focused node and what it bears on always show, and fold only what is under themselves.
    if (forced(id)) foldRoot[v] = -1;
    if (!focusShown(id)) hidden.add(id);
    else if (foldRoot[v]! >= 0) {
      hidden.add(id);
      foldedCount[foldRoot[v]!]!++;
    }
  }

  const folds = new Map<string, number>();
  const parentOf = new Map<string, string>();
  for (let v = 0; v < n; v++) {
    const id = nodes[v]!.id;
    if (parent[v]! >= 0) parentOf.set(id, nodes[parent[v]!]!.id);
    if (hidden.has(id) || !inScope(id)) continue;
    // Something under it that a fold would hide (the focused node and what it bears on never fold).
    if (!children[v]!.some((c) => focusShown(nodes[c]!.id) && !forced(nodes[c]!.id))) continue;
    folds.set(id, nodes[v]!.collapsed ? foldedCount[v]! : 0);
  }

  const sequence = order.map((v) => nodes[v]!.id).filter((id) => !hidden.has(id));
  const result: MapVisibility = { hidden, folds, dimmed: NONE, sequence, parentOf };
  if (focusId !== undefined) result.focus = focusId;
  return result;
}

/** A presentation step kept inside 1..total (0 when there is nothing to present). */
export function clampStep(step: number, total: number): number {
  if (total === 0) return 0;
  return Math.min(Math.max(Math.round(step) || 1, 1), total);
}

/** What presentation step `step` shows, on top of the map's own visibility. */
export function presentationVisibility(base: MapVisibility, step: number): PresentationVisibility {
  const total = base.sequence.length;
  const k = clampStep(step, total);
  const hidden = new Set(base.hidden);
  for (let i = k; i < total; i++) hidden.add(base.sequence[i]!);
  const current = k > 0 ? base.sequence[k - 1] : undefined;
  const path = new Set<string>();
  for (let id = current; id !== undefined && !path.has(id); id = base.parentOf.get(id)) path.add(id);
  const dimmed = new Set<string>();
  for (let i = 0; i < k; i++) if (!path.has(base.sequence[i]!)) dimmed.add(base.sequence[i]!);
  const result: PresentationVisibility = { hidden, folds: new Map(), dimmed, step: k, total };
  if (current !== undefined) result.current = current;
  return result;
}

export interface Neighbourhood {
  /** The focused node and everything that bears on it, recursively. */
  subtree: ReadonlySet<string>;
  /** What the focused node bears on directly (not in `subtree`). */
  above: ReadonlySet<string>;
}

/** The neighbourhood that "focus on this node" shows (see the top of this file). */
export function focusNeighbourhood(map: ArgMap, focusId: string): Neighbourhood {
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const relById = new Map<string, Relation>();
  for (const r of map.relations) if (!relById.has(r.id)) relById.set(r.id, r);
  // As in tree.ts: an undercut attacks a link; any other relation bears on a node, or on a
  // link when its target names a relation rather than a node.
  const attackedLink = (r: Relation): Relation | undefined => {
    const link = relById.get(r.to);
    if (!link || link === r) return undefined;
    return r.kind === 'undercuts' || !nodeIds.has(r.to) ? link : undefined;
  };

  const bearers = new Map<string, string[]>(); // node → nodes with a relation to it
  const undercutsAt = new Map<string, { from: string; link: Relation }[]>(); // node → undercuts of links touching it
  const push = <T>(m: Map<string, T[]>, key: string, value: T) => {
    const list = m.get(key);
    if (list) list.push(value);
    else m.set(key, [value]);
  };
  const above = new Set<string>();
  for (const r of map.relations) {
    if (!nodeIds.has(r.from)) continue;
    const link = attackedLink(r);
    if (link) {
      push(undercutsAt, link.from, { from: r.from, link });
      if (link.to !== link.from) push(undercutsAt, link.to, { from: r.from, link });
      if (r.from === focusId) for (const end of [link.from, link.to]) if (nodeIds.has(end)) above.add(end);
    } else if (nodeIds.has(r.to)) {
      push(bearers, r.to, r.from);
      if (r.from === focusId) above.add(r.to);
    }
  }

  const subtree = new Set<string>([focusId]);
  const queue = [focusId];
  const shown = (id: string) => subtree.has(id) || above.has(id);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    const add = (id: string) => {
      if (subtree.has(id)) return;
      subtree.add(id);
      queue.push(id);
    };
    for (const from of bearers.get(v) ?? []) add(from);
    // Checked when each end of the link comes in; the later one finds both shown.
    for (const u of undercutsAt.get(v) ?? []) if (subtree.has(u.link.from) && shown(u.link.to)) add(u.from);
  }
  for (const id of subtree) above.delete(id);
  return { subtree, above };
}

/** Makes a node visible: ends a focus it lies outside of and expands the collapsed nodes above it. */
export function revealNode(map: ArgMap, id: string): ArgMap {
  const visibility = mapVisibility(map);
  if (!visibility.hidden.has(id)) return map;
  let next = map;
  if (visibility.focus !== undefined) {
    const near = focusNeighbourhood(map, visibility.focus);
    if (!near.subtree.has(id) && !near.above.has(id)) next = setFocus(next, undefined);
  }
  for (let p = visibility.parentOf.get(id); p !== undefined; p = visibility.parentOf.get(p)) next = setCollapsed(next, p, false);
  return next;
}
