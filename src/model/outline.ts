// The map as an outline: the argument tree in reading order, and the outline edits
// (reorder siblings, indent, outdent) as pure operations on the map.
//
// Sibling order IS relation order (format v2): a node's children are listed in the order of
// the relations that attach them, a co-premise group as one block at its first member. So
// an outline edit only retargets and reorders relations, and what the outline shows is what
// the layout and presentation follow, and what the file keeps.
//
// Every edit is checked after the fact: the new map's outline must be the old one with
// exactly the intended change (nothing else moved). A map tangled by circles, where the
// first-parent rule would hang the node elsewhere, gets the edit refused with a reason
// instead of a surprise.
import type { ArgMap, ArgNode, Relation, RelationKind } from './types.ts';
import { argumentTreeOf, coPremiseKey } from './tree.ts';
import { connect, defaultRelationKind, dissolveLoneGroups } from './operations.ts';

export const RELATION_MARKERS: Record<RelationKind, string> = { supports: '+', opposes: '−', qualifies: '~', undercuts: '×' };

export interface OutlineItem {
  nodeId: string;
  /** The node as the outline shows it (id, kind, text and cited paragraph are current). */
  node: ArgNode;
  depth: number;
  /** The relation that hangs this node under its parent; undefined for roots. */
  relation?: Relation;
  parentId?: string;
  /** Ids of the node's children in order. */
  childIds: string[];
  /** Where the node sits in a co-premise block (a linked reason shown as 2+ siblings). */
  coPremise?: 'first' | 'middle' | 'last';
}

export interface Outline {
  /** Pre-order: the reading order, main claim first. */
  items: OutlineItem[];
  /** The position of each node's item in `items`. */
  indexOf: Map<string, number>;
  /** Ids of the top-level statements, in outline order. */
  roots: string[];
}

const outlines = new WeakMap<ArgMap, Outline>();
let lastOutline: { map: ArgMap; outline: Outline } | undefined;

/**
 * The outline of a map, computed once per map object (maps are immutable). A map that
 * differs from the last one only in what the outline does not show (positions: every frame
 * of a drag; marks) reuses it, items and node objects included, so nothing re-renders.
 */
export function outlineOf(map: ArgMap): Outline {
  let outline = outlines.get(map);
  if (!outline) {
    outline = lastOutline && sameOutline(lastOutline.map, map) ? lastOutline.outline : buildOutline(map);
    outlines.set(map, outline);
  }
  lastOutline = { map, outline };
  return outline;
}

function sameOutline(a: ArgMap, b: ArgMap): boolean {
  if (a.relations !== b.relations || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    if (x !== y && (x.id !== y.id || x.kind !== y.kind || x.text !== y.text || x.source?.paragraph !== y.source?.paragraph)) return false;
  }
  return true;
}

export function outlineItems(map: ArgMap): OutlineItem[] {
  return outlineOf(map).items;
}

function buildOutline(map: ArgMap): Outline {
  const tree = argumentTreeOf(map);
  const depth = new Int32Array(tree.nodes.length);
  const indexOf = new Map<string, number>();
  const items = tree.order.map((v, i): OutlineItem => {
    const p = tree.parent[v]!;
    const node = tree.nodes[v]!;
    indexOf.set(node.id, i);
    const item: OutlineItem = { nodeId: node.id, node, depth: 0, childIds: tree.children[v]!.map((c) => tree.nodes[c]!.id) };
    if (p >= 0) {
      depth[v] = depth[p]! + 1;
      item.depth = depth[v]!;
      item.parentId = tree.nodes[p]!.id;
      item.relation = map.relations[tree.via[v]!];
    }
    return item;
  });
  const outline: Outline = { items, indexOf, roots: tree.roots.map((r) => tree.nodes[r]!.id) };
  for (const item of items) {
    for (const block of unitsOf(outline, item.childIds)) {
      if (block.length < 2) continue;
      block.forEach((id, i) => (itemOf(outline, id).coPremise = i === 0 ? 'first' : i === block.length - 1 ? 'last' : 'middle'));
    }
  }
  return outline;
}

const itemOf = (outline: Outline, id: string): OutlineItem => outline.items[outline.indexOf.get(id)!]!;

/** The same block key the tree orders siblings by: a co-premise group, or the relation alone. */
const unitKey = (rel: Relation) => coPremiseKey(rel) ?? `#${rel.id}`;

/** Siblings cut into units: runs of co-premises (one linked reason), or single statements. */
function unitsOf(outline: Outline, childIds: string[]): string[][] {
  const units: string[][] = [];
  let last = '';
  for (const id of childIds) {
    const key = unitKey(itemOf(outline, id).relation!);
    if (units.length && key === last) units[units.length - 1]!.push(id);
    else units.push([id]);
    last = key;
  }
  return units;
}

// ---- Edits ----

export type OutlineEdit = 'up' | 'down' | 'indent' | 'outdent';
export type EditPlan = { ok: true; map: ArgMap } | { ok: false; reason: string };

let lastPlan: { map: ArgMap; nodeId: string; edit: OutlineEdit; plan: EditPlan } | null = null;

/**
 * What an outline edit would do: the new map, or why it cannot be done. The UI asks first
 * (to explain a refusal), then the store applies it; the last answer is reused.
 */
export function planEdit(map: ArgMap, nodeId: string, edit: OutlineEdit): EditPlan {
  if (lastPlan && lastPlan.map === map && lastPlan.nodeId === nodeId && lastPlan.edit === edit) return lastPlan.plan;
  const outline = outlineOf(map);
  let plan: EditPlan;
  if (!outline.indexOf.has(nodeId)) plan = refuse('Select a statement first.');
  else if (edit === 'indent') plan = planIndent(map, outline, nodeId);
  else if (edit === 'outdent') plan = planOutdent(map, outline, nodeId);
  else plan = planMove(map, outline, nodeId, edit === 'up' ? -1 : 1);
  lastPlan = { map, nodeId, edit, plan };
  return plan;
}

const apply = (map: ArgMap, nodeId: string, edit: OutlineEdit) => {
  const plan = planEdit(map, nodeId, edit);
  return plan.ok ? plan.map : map;
};

/** Moves a node one place up (-1) or down (+1) among its siblings; a co-premise moves within its block. */
export function moveSibling(map: ArgMap, nodeId: string, direction: -1 | 1): ArgMap {
  return apply(map, nodeId, direction < 0 ? 'up' : 'down');
}

/** Makes a node the last child of its previous sibling, keeping its relation kind; it leaves its co-premise group. */
export function indent(map: ArgMap, nodeId: string): ArgMap {
  return apply(map, nodeId, 'indent');
}

/** Makes a node a sibling of its parent, right after the parent (after its whole linked reason). */
export function outdent(map: ArgMap, nodeId: string): ArgMap {
  return apply(map, nodeId, 'outdent');
}

const refuse = (reason: string): EditPlan => ({ ok: false, reason });
const TANGLED = 'The links around it go in a circle, so it would not land where the outline shows it.';
const CIRCLE = 'That would make the argument go in a circle.';
const quote = (node: ArgNode) => `“${node.text.length > 40 ? `${node.text.slice(0, 39)}…` : node.text || '(empty)'}”`;

function planMove(map: ArgMap, outline: Outline, nodeId: string, direction: -1 | 1): EditPlan {
  const item = itemOf(outline, nodeId);
  if (!item.parentId) return refuse('Top-level statements keep their order: the main claim comes first.');
  const siblings = itemOf(outline, item.parentId).childIds;
  const units = unitsOf(outline, siblings);
  const u = units.findIndex((unit) => unit.includes(nodeId));
  const unit = units[u]!;
  let desired: string[];
  if (unit.length > 1) {
    const i = unit.indexOf(nodeId);
    const j = i + direction;
    if (j < 0 || j >= unit.length)
      return refuse('Co-premises stay together: move the statements next to the linked reason instead, or unlink it first.');
    const block = unit.slice();
    [block[i], block[j]] = [block[j]!, block[i]!];
    desired = units.flatMap((x, k) => (k === u ? block : x));
  } else {
    const v = u + direction;
    if (v < 0) return refuse('It is already first among its siblings.');
    if (v >= units.length) return refuse('It is already last among its siblings.');
    const swapped = units.slice();
    [swapped[u], swapped[v]] = [swapped[v]!, swapped[u]!];
    desired = swapped.flat();
  }
  let relations = setChildOrder(map.relations, viaIds(outline, desired));
  // A relation moved later must stay its node's first (or the node would hang elsewhere).
  for (const id of desired) relations = keepPrimary(relations, itemOf(outline, id).relation!.id);
  const next = { ...map, relations };
  return landed(outline, next, new Map([[item.parentId, desired]])) ? { ok: true, map: next } : refuse(TANGLED);
}

function planIndent(map: ArgMap, outline: Outline, nodeId: string): EditPlan {
  const item = itemOf(outline, nodeId);
  if (!item.relation) return planIndentRoot(map, outline, item);
  if (item.relation.kind === 'undercuts') return refuse('An undercut stays with the link it attacks.');
  const siblings = itemOf(outline, item.parentId!).childIds;
  const i = siblings.indexOf(nodeId);
  if (i === 0) return refuse('There is no statement above it at the same level to indent under.');
  const newParent = itemOf(outline, siblings[i - 1]!);
  if (map.relations.some((r) => r.from === nodeId && r.to === newParent.nodeId))
    return refuse(`It already bears on ${quote(newParent.node)}.`);
  if (reaches(map, newParent.nodeId, nodeId)) return refuse(CIRCLE);

  const moved = retargeted(item.relation, newParent.nodeId);
  let relations = map.relations.filter((r) => r !== item.relation);
  relations.push(moved); // last: it becomes the last child of its new parent
  relations = dissolveLoneGroups(relations);
  const remaining = siblings.filter((id) => id !== nodeId);
  // A co-premise left alone is a single now; keep it where it was.
  relations = setChildOrder(relations, viaIds(outline, remaining));
  relations = keepPrimary(relations, moved.id);
  const next = { ...map, relations };
  const expected = new Map([
    [item.parentId!, remaining],
    [newParent.nodeId, [...newParent.childIds, nodeId]],
  ]);
  return landed(outline, next, expected) ? { ok: true, map: next } : refuse(TANGLED);
}

/** A top-level statement indents under the top-level statement above it: a new relation. */
function planIndentRoot(map: ArgMap, outline: Outline, item: OutlineItem): EditPlan {
  const r = outline.roots.indexOf(item.nodeId);
  if (r <= 0) return refuse('There is no statement above it at the same level to indent under.');
  const newParent = itemOf(outline, outline.roots[r - 1]!);
  const ids = new Set([...map.nodes.map((n) => n.id), ...map.relations.map((x) => x.id)]);
  if (map.relations.some((x) => x.from === item.nodeId && ids.has(x.to))) return refuse(TANGLED); // a root of a circle
  if (reaches(map, newParent.nodeId, item.nodeId)) return refuse(CIRCLE);
  const result = connect(map, item.nodeId, newParent.nodeId, defaultRelationKind(item.node.kind));
  if ('reason' in result) return refuse(result.reason);
  const next = result.map;
  return landed(outline, next, new Map([[newParent.nodeId, [...newParent.childIds, item.nodeId]]]))
    ? { ok: true, map: next }
    : refuse(TANGLED);
}

function planOutdent(map: ArgMap, outline: Outline, nodeId: string): EditPlan {
  const item = itemOf(outline, nodeId);
  if (!item.relation) return refuse('It is already at the top level.');
  if (item.relation.kind === 'undercuts') return refuse('An undercut stays with the link it attacks.');
  const parent = itemOf(outline, item.parentId!);
  if (!parent.relation) return refuse('It already bears directly on a top-level statement.');
  const grandparent = itemOf(outline, parent.parentId!);
  if (map.relations.some((r) => r.from === nodeId && r.to === grandparent.nodeId))
    return refuse(`It already bears on ${quote(grandparent.node)}.`);
  if (reaches(map, grandparent.nodeId, nodeId)) return refuse(CIRCLE);

  const moved = retargeted(item.relation, grandparent.nodeId);
  let relations = map.relations.filter((r) => r !== item.relation);
  relations.splice(relations.indexOf(parent.relation) + 1, 0, moved);
  relations = dissolveLoneGroups(relations);
  // Right after the parent, or after the parent's whole linked reason.
  const parentUnit = unitsOf(outline, grandparent.childIds).find((unit) => unit.includes(parent.nodeId))!;
  const at = grandparent.childIds.indexOf(parentUnit[parentUnit.length - 1]!) + 1;
  const newSiblings = [...grandparent.childIds.slice(0, at), nodeId, ...grandparent.childIds.slice(at)];
  const remaining = parent.childIds.filter((id) => id !== nodeId);
  relations = setChildOrder(relations, viaIds(outline, newSiblings));
  relations = setChildOrder(relations, viaIds(outline, remaining));
  relations = keepPrimary(relations, moved.id);
  const next = { ...map, relations };
  const expected = new Map([
    [parent.nodeId, remaining],
    [grandparent.nodeId, newSiblings],
  ]);
  return landed(outline, next, expected) ? { ok: true, map: next } : refuse(TANGLED);
}

/** The relation pointed at a new target, out of its co-premise group (it is a reason of its own there). */
function retargeted(relation: Relation, to: string): Relation {
  const { group: _group, ...rest } = relation;
  return { ...rest, to };
}

const viaIds = (outline: Outline, ids: string[]) => ids.map((id) => itemOf(outline, id).relation!.id);

/**
 * Puts the given relations in the given order, using the places in `relations` they hold
 * between them, so no other sibling list changes.
 */
function setChildOrder(relations: Relation[], ids: string[]): Relation[] {
  const at = new Map<string, number>();
  relations.forEach((r, i) => at.set(r.id, i));
  const slots = ids.map((id) => at.get(id)!).sort((a, b) => a - b);
  const byId = new Map(slots.map((s) => [relations[s]!.id, relations[s]!]));
  const out = relations.slice();
  ids.forEach((id, i) => (out[slots[i]!] = byId.get(id)!));
  return out;
}

/**
 * A node hangs under its first relation: moves the node's other relations that now come
 * before `relationId` to right after it. Their order among everything else is kept, so no
 * sibling order changes.
 */
function keepPrimary(relations: Relation[], relationId: string): Relation[] {
  const k = relations.findIndex((r) => r.id === relationId);
  const rel = relations[k]!;
  if (!relations.some((r, i) => i < k && r.from === rel.from)) return relations;
  const before = relations.slice(0, k);
  return [...before.filter((r) => r.from !== rel.from), rel, ...before.filter((r) => r.from === rel.from), ...relations.slice(k + 1)];
}

/** Did the edit land: every node's children in the new map as before, except the `expected` ones? */
function landed(before: Outline, next: ArgMap, expected: Map<string, string[]>): boolean {
  const after = outlineOf(next);
  if (after.items.length !== before.items.length) return false;
  for (const item of before.items) {
    const j = after.indexOf.get(item.nodeId);
    if (j === undefined) return false;
    const want = expected.get(item.nodeId) ?? item.childIds;
    const got = after.items[j]!.childIds;
    if (got.length !== want.length || got.some((id, i) => id !== want[i])) return false;
  }
  return true;
}

/**
 * The statements a node bears on: the targets of its relations; for an undercut, both ends
 * of the link it attacks.
 */
export function bearsOn(map: ArgMap): Map<string, string[]> {
  const relById = new Map(map.relations.map((r) => [r.id, r]));
  const out = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = out.get(from);
    if (list) list.push(to);
    else out.set(from, [to]);
  };
  for (const r of map.relations) {
    const attacked = relById.get(r.to);
    if (r.kind === 'undercuts' && attacked) {
      add(r.from, attacked.from);
      add(r.from, attacked.to);
    } else add(r.from, r.to);
  }
  return out;
}

/** Does `from` bear on `target`, directly or through others? Iterative, linear. */
export function reaches(map: ArgMap, from: string, target: string): boolean {
  const edges = bearsOn(map);
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length) {
    const v = stack.pop()!;
    if (v === target) return true;
    for (const w of edges.get(v) ?? []) {
      if (!seen.has(w)) {
        seen.add(w);
        stack.push(w);
      }
    }
  }
  return false;
}
