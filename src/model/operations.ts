// Pure operations on a map. Each returns a new map (structural sharing) and returns the
// same object when nothing changed, so the store can skip empty history steps.
import type { ArgMap, ArgNode, LayoutMode, Mark, MapMeta, NodeKind, Point, Relation, RelationKind, SourceRef } from './types.ts';
import { makeId } from './ids.ts';
import { coPremiseKey } from './tree.ts';
import { followSchemeRefs } from './schemes/refs.ts';
import { detachComments } from './commentTargets.ts';

export type ChildRole = 'reason' | 'objection' | 'caveat' | 'evidence' | 'rebuttal';

/** What "add reason / objection / …" creates: the child's kind and its relation to the parent. */
export const CHILD_ROLES: Record<ChildRole, { kind: NodeKind; relation: RelationKind }> = {
  reason: { kind: 'premise', relation: 'supports' },
  objection: { kind: 'objection', relation: 'opposes' },
  caveat: { kind: 'caveat', relation: 'qualifies' },
  evidence: { kind: 'evidence', relation: 'supports' },
  rebuttal: { kind: 'rebuttal', relation: 'opposes' },
};

/** The relation a new connection gets from the kind of the node it starts at. */
export function defaultRelationKind(fromKind: NodeKind): RelationKind {
  if (fromKind === 'objection' || fromKind === 'rebuttal') return 'opposes';
  if (fromKind === 'caveat') return 'qualifies';
  return 'supports';
}

const idsOf = (map: ArgMap) => {
  const ids = new Set<string>();
  for (const n of map.nodes) ids.add(n.id);
  for (const r of map.relations) ids.add(r.id);
  return ids;
};

export function newNodeId(map: ArgMap): string {
  return makeId('n', idsOf(map));
}

export function addNode(map: ArgMap, init: { kind: NodeKind; text?: string; position: Point; id?: string }): { map: ArgMap; id: string } {
  const id = init.id ?? newNodeId(map);
  const node: ArgNode = { id, kind: init.kind, text: init.text ?? '', position: { ...init.position } };
  return { map: { ...map, nodes: [...map.nodes, node] }, id };
}

export function addChild(map: ArgMap, parentId: string, role: ChildRole, position: Point): { map: ArgMap; id: string } {
  if (!map.nodes.some((n) => n.id === parentId)) return { map, id: '' };
  const { kind, relation } = CHILD_ROLES[role];
  const added = addNode(map, { kind, position });
  const connected = connect(added.map, added.id, parentId, relation);
  return { map: connected.map, id: added.id };
}

export type NodePatch = Partial<{ text: string; kind: NodeKind; notes: string; source: SourceRef }>;

export function updateNode(map: ArgMap, id: string, patch: NodePatch): ArgMap {
  let changed = false;
  const nodes = map.nodes.map((n) => {
    if (n.id !== id) return n;
    const next: ArgNode = { ...n, ...patch };
    if (patch.notes !== undefined && !patch.notes) delete next.notes;
    if (patch.source !== undefined) {
      const source = Object.fromEntries(Object.entries(patch.source).filter(([, v]) => v));
      if (Object.keys(source).length) next.source = source;
      else delete next.source;
    }
    if (JSON.stringify(next) === JSON.stringify(n)) return n;
    changed = true;
    return next;
  });
  return changed ? { ...map, nodes } : map;
}

export function moveNodes(map: ArgMap, positions: Readonly<Record<string, Point>>): ArgMap {
  let changed = false;
  const nodes = map.nodes.map((n) => {
    const p = positions[n.id];
    if (!p || (p.x === n.position.x && p.y === n.position.y)) return n;
    changed = true;
    return { ...n, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...map, nodes } : map;
}

/** Removes nodes and relations, and every relation left dangling (undercuts of removed relations too); their comments stay, on the whole map. */
export function removeElements(map: ArgMap, nodeIds: Iterable<string>, relationIds: Iterable<string> = []): ArgMap {
  const goneNodes = new Set(nodeIds);
  const goneRelations = new Set(relationIds);
  const nodes = map.nodes.filter((n) => !goneNodes.has(n.id));
  let relations = map.relations;
  for (;;) {
    const next = relations.filter(
      (r) =>
        !goneRelations.has(r.id) && !goneNodes.has(r.from) && !goneNodes.has(r.to) && !(r.kind === 'undercuts' && goneRelations.has(r.to)),
    );
    for (const r of relations) if (!next.includes(r)) goneRelations.add(r.id);
    if (next.length === relations.length) break;
    relations = next;
  }
  if (nodes.length === map.nodes.length && relations.length === map.relations.length) return map;
  const meta = map.meta.focus && goneNodes.has(map.meta.focus) ? withOptional(map.meta, 'focus', undefined) : map.meta;
  // Their comments stay, on the whole map (commentTargets.ts).
  const comments = detachComments(map, new Set([...goneNodes, ...goneRelations]));
  // A scheme's roles and answers that named a deleted statement go (see followSchemeRefs).
  const kept = relations.map((r) =>
    r.scheme ? { ...r, scheme: followSchemeRefs(r.scheme, (id) => (goneNodes.has(id) ? undefined : id)) } : r,
  );
  return withOptional({ ...map, meta, nodes, relations: dissolveLoneGroups(kept) }, 'comments', comments);
}

export type ConnectResult = { map: ArgMap; id: string } | { map: ArgMap; id: ''; reason: string };

/**
 * Connects `from` to a node, or (for an undercut) to a relation. Refuses self-links and
 * duplicates with a reason the UI can show.
 */
export function connect(map: ArgMap, from: string, to: string, kind?: RelationKind): ConnectResult {
  const fromNode = map.nodes.find((n) => n.id === from);
  const toNode = map.nodes.find((n) => n.id === to);
  const toRelation = map.relations.find((r) => r.id === to);
  if (!fromNode) return { map, id: '', reason: 'The relation must start at a node.' };
  if (!toNode && !toRelation) return { map, id: '', reason: 'The relation must end at a node or a relation.' };
  if (from === to) return { map, id: '', reason: 'A node cannot support or oppose itself.' };
  if (toRelation && toRelation.from === from) return { map, id: '', reason: 'A reason cannot undercut its own link.' };
  if (toRelation?.kind === 'undercuts')
    return { map, id: '', reason: 'An undercut attacks the link between a reason and what it bears on, not another undercut.' };
  const relKind: RelationKind = toRelation ? 'undercuts' : kind === 'undercuts' ? 'opposes' : (kind ?? defaultRelationKind(fromNode.kind));
  if (map.relations.some((r) => r.from === from && r.to === to)) return { map, id: '', reason: 'These two are already connected.' };
  const id = makeId('r', idsOf(map));
  const relation: Relation = { id, kind: relKind, from, to };
  return { map: { ...map, relations: [...map.relations, relation] }, id };
}

export function setRelationKind(map: ArgMap, id: string, kind: RelationKind): ArgMap {
  const rel = map.relations.find((r) => r.id === id);
  if (!rel || rel.kind === kind) return map;
  // Undercut is decided by the target: a relation target is always an undercut.
  const targetIsRelation = map.relations.some((r) => r.id === rel.to);
  if (targetIsRelation !== (kind === 'undercuts')) return map;
  return { ...map, relations: map.relations.map((r) => (r.id === id ? { ...r, kind } : r)) };
}

export function setMeta(map: ArgMap, patch: Partial<MapMeta>): ArgMap {
  const meta = { ...map.meta, ...patch };
  if (meta.title === map.meta.title && meta.description === map.meta.description) return map;
  return { ...map, meta };
}

/**
 * Makes the given relations one linked reason: co-premises that support their target only
 * together. They must share a target and not be undercuts. Returns the map unchanged otherwise.
 */
export function linkCoPremises(map: ArgMap, relationIds: string[]): ArgMap {
  const rels = map.relations.filter((r) => relationIds.includes(r.id));
  const target = rels[0]?.to;
  if (rels.length < 2 || rels.some((r) => r.to !== target || r.kind === 'undercuts')) return map;
  const group = rels.find((r) => r.group)?.group ?? makeId('g', new Set(map.relations.map((r) => r.group ?? '')));
  if (rels.every((r) => r.group === group)) return map;
  const ids = new Set(rels.map((r) => r.id));
  // A linked reason is one argument: all of it takes the scheme of the first that has one.
  const scheme = [...map.relations.filter((r) => r.group === group && r.to === target), ...rels].find((r) => r.scheme)?.scheme;
  const joined = (r: Relation): Relation => {
    const { scheme: _s, ...rest } = r;
    return scheme ? { ...rest, group, scheme } : { ...rest, group };
  };
  // Moving a relation out of another group can leave that group with one member.
  return {
    ...map,
    relations: dissolveLoneGroups(map.relations.map((r) => (ids.has(r.id) || (r.group === group && r.to === target) ? joined(r) : r))),
  };
}

export function unlinkCoPremises(map: ArgMap, relationIds: string[]): ArgMap {
  const ids = new Set(relationIds);
  if (!map.relations.some((r) => ids.has(r.id) && r.group)) return map;
  const relations = map.relations.map((r) => {
    if (!ids.has(r.id) || !r.group) return r;
    const { group: _group, ...rest } = r;
    return rest;
  });
  return { ...map, relations: dissolveLoneGroups(relations) };
}

/** A group of one is not a linked reason: drop its group tag. */
export function dissolveLoneGroups(relations: Relation[]): Relation[] {
  const counts = new Map<string, number>();
  for (const r of relations) {
    const key = coPremiseKey(r);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (![...counts.values()].some((c) => c < 2)) return relations;
  return relations.map((r) => {
    const key = coPremiseKey(r);
    if (!key || (counts.get(key) ?? 0) >= 2) return r;
    const { group: _group, ...rest } = r;
    return rest;
  });
}

/** Marks a statement accepted or rejected; `undefined` makes it open again. */
export function setMark(map: ArgMap, id: string, mark: Mark | undefined): ArgMap {
  const node = map.nodes.find((n) => n.id === id);
  if (!node || node.mark === mark) return map;
  return { ...map, nodes: map.nodes.map((n) => (n.id === id ? withOptional(n, 'mark', mark) : n)) };
}

/** Sets a relation's weight (clamped to 0..1); 1, the default, is stored as absent. */
export function setWeight(map: ArgMap, id: string, weight: number): ArgMap {
  const value = Math.min(1, Math.max(0, Number.isFinite(weight) ? weight : 1));
  const rel = map.relations.find((r) => r.id === id);
  if (!rel || (rel.weight ?? 1) === value) return map;
  return { ...map, relations: map.relations.map((r) => (r.id === id ? withOptional(r, 'weight', value === 1 ? undefined : value) : r)) };
}

export function setCollapsed(map: ArgMap, id: string, collapsed: boolean): ArgMap {
  const node = map.nodes.find((n) => n.id === id);
  if (!node || !!node.collapsed === collapsed) return map;
  return { ...map, nodes: map.nodes.map((n) => (n.id === id ? withOptional(n, 'collapsed', collapsed || undefined) : n)) };
}

/** The arrangement Layout uses for this map (saved with it). */
export function setLayoutMode(map: ArgMap, mode: LayoutMode): ArgMap {
  return map.meta.layout === mode ? map : { ...map, meta: { ...map.meta, layout: mode } };
}

/** Focus on a node (only its neighbourhood shows), or clear the focus with `undefined`. */
export function setFocus(map: ArgMap, id: string | undefined): ArgMap {
  if (map.meta.focus === id || (id !== undefined && !map.nodes.some((n) => n.id === id))) return map;
  return { ...map, meta: withOptional(map.meta, 'focus', id) };
}

/** A copy of `obj` with `key` set, or removed when the value is undefined (files stay minimal). */
function withOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const next = { ...obj };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
