// What autosave writes after a change: only the nodes and relations whose object changed
// since the last write (model operations keep the objects of everything they leave alone),
// so the cost of a write grows with the change, not with the map. Pure.
import type { ArgMap, ArgNode, Relation } from '../model/types.ts';

export interface MapChanges {
  /** Everything is written (a new record, or after a failed write): stored parts not listed are dropped. */
  full: boolean;
  putNodes: ArgNode[];
  deleteNodes: string[];
  putRelations: Relation[];
  deleteRelations: string[];
  /** The order of the map's nodes and relations, as ids (it is part of the map). */
  nodeOrder: string[];
  relationOrder: string[];
  /** The order differs from the previous one (only then is it written). */
  orderChanged: boolean;
}

interface Identified {
  id: string;
}

/** What to put and delete, and whether the ids are still in the same order. */
function diff<T extends Identified>(before: readonly T[] | null, after: readonly T[]): { put: T[]; removed: string[]; sameOrder: boolean } {
  if (!before) return { put: after.slice(), removed: [], sameOrder: false };
  if (before === after) return { put: [], removed: [], sameOrder: true };
  // The common case (an edit, a move): same ids in the same places; compare objects in one pass.
  if (before.length === after.length) {
    const put: T[] = [];
    let aligned = true;
    for (let i = 0; i < after.length && aligned; i++) {
      if (before[i] === after[i]) continue;
      if (before[i]!.id === after[i]!.id) put.push(after[i]!);
      else aligned = false;
    }
    if (aligned) return { put, removed: [], sameOrder: true };
  }
  const kept = new Set(before);
  const put = after.filter((x) => !kept.has(x));
  const now = new Set(after.map((x) => x.id));
  return { put, removed: before.filter((x) => !now.has(x.id)).map((x) => x.id), sameOrder: false };
}

/** Ids in order, reusing the previous list when the order did not change. */
function orderOf(items: readonly Identified[], sameOrder: boolean, previous: string[] | null): string[] {
  if (previous && (sameOrder || (previous.length === items.length && items.every((x, i) => x.id === previous[i])))) return previous;
  return items.map((x) => x.id);
}

/** The changes from `before` (what the record holds; null: nothing yet) to `after`. */
export function mapChanges(
  before: ArgMap | null,
  after: ArgMap,
  previousOrder: { nodes: string[]; relations: string[] } | null = null,
): MapChanges {
  const nodes = diff(before?.nodes ?? null, after.nodes);
  const relations = diff(before?.relations ?? null, after.relations);
  const nodeOrder = orderOf(after.nodes, nodes.sameOrder, before ? (previousOrder?.nodes ?? null) : null);
  const relationOrder = orderOf(after.relations, relations.sameOrder, before ? (previousOrder?.relations ?? null) : null);
  return {
    full: before === null,
    putNodes: nodes.put,
    deleteNodes: nodes.removed,
    putRelations: relations.put,
    deleteRelations: relations.removed,
    nodeOrder,
    relationOrder,
    orderChanged: before === null || nodeOrder !== previousOrder?.nodes || relationOrder !== previousOrder?.relations,
  };
}

/** Puts a map back together from its stored parts, in order (parts missing are skipped). */
export function assembleMap(
  head: Pick<ArgMap, 'meta' | 'sources' | 'comments' | 'exercise'>,
  nodeOrder: readonly string[],
  relationOrder: readonly string[],
  nodes: readonly ArgNode[],
  relations: readonly Relation[],
): ArgMap {
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const relationById = new Map(relations.map((r) => [r.id, r]));
  return {
    meta: head.meta,
    ...(head.sources ? { sources: head.sources } : {}),
    nodes: nodeOrder.flatMap((id) => nodeById.get(id) ?? []),
    relations: relationOrder.flatMap((id) => relationById.get(id) ?? []),
    ...(head.comments ? { comments: head.comments } : {}),
    ...(head.exercise ? { exercise: head.exercise } : {}),
  };
}
