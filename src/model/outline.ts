// The map as an outline: the argument tree in reading order, and the outline edits
// (reorder siblings, indent, outdent) as pure operations on the map. Sibling order is
// relation order, so what the outline shows is what layout and presentation follow.
import type { ArgMap, Relation, RelationKind } from './types.ts';
import { buildArgumentTree } from './tree.ts';

export const RELATION_MARKERS: Record<RelationKind, string> = { supports: '+', opposes: '−', qualifies: '~', undercuts: '×' };

export interface OutlineItem {
  nodeId: string;
  depth: number;
  /** The relation that hangs this node under its parent; undefined for roots. */
  relation?: Relation;
  parentId?: string;
  /** Ids of the node's children in order. */
  childIds: string[];
}

export function outlineItems(map: ArgMap): OutlineItem[] {
  const tree = buildArgumentTree(map);
  const depth = new Array<number>(tree.nodes.length).fill(0);
  return tree.order.map((v) => {
    const p = tree.parent[v]!;
    if (p >= 0) depth[v] = depth[p]! + 1;
    const item: OutlineItem = { nodeId: tree.nodes[v]!.id, depth: depth[v]!, childIds: tree.children[v]!.map((c) => tree.nodes[c]!.id) };
    if (p >= 0) {
      item.parentId = tree.nodes[p]!.id;
      item.relation = map.relations[tree.via[v]!];
    }
    return item;
  });
}

/** Moves a node one place up (-1) or down (+1) among its siblings: swaps their relations' order. */
export function moveSibling(map: ArgMap, nodeId: string, direction: -1 | 1): ArgMap {
  const items = outlineItems(map);
  const item = items.find((i) => i.nodeId === nodeId);
  if (!item?.relation || !item.parentId) return map;
  const siblings = items.find((i) => i.nodeId === item.parentId)!.childIds;
  const neighbourId = siblings[siblings.indexOf(nodeId) + direction];
  const neighbour = neighbourId && items.find((i) => i.nodeId === neighbourId)?.relation;
  if (!neighbour) return map;
  const a = map.relations.indexOf(item.relation);
  const b = map.relations.indexOf(neighbour);
  const relations = map.relations.slice();
  relations[a] = neighbour;
  relations[b] = item.relation;
  return { ...map, relations };
}

/** Makes a node a child of its previous sibling (same relation kind); leaves its co-premise group. */
export function indent(map: ArgMap, nodeId: string): ArgMap {
  const items = outlineItems(map);
  const item = items.find((i) => i.nodeId === nodeId);
  if (!item?.relation || !item.parentId || item.relation.kind === 'undercuts') return map;
  const siblings = items.find((i) => i.nodeId === item.parentId)!.childIds;
  const newParent = siblings[siblings.indexOf(nodeId) - 1];
  if (!newParent || map.relations.some((r) => r.from === nodeId && r.to === newParent)) return map;
  return retarget(map, item.relation, newParent, map.relations.length);
}

/** Makes a node a sibling of its parent, placed right after the parent. */
export function outdent(map: ArgMap, nodeId: string): ArgMap {
  const items = outlineItems(map);
  const item = items.find((i) => i.nodeId === nodeId);
  if (!item?.relation || !item.parentId || item.relation.kind === 'undercuts') return map;
  const parent = items.find((i) => i.nodeId === item.parentId)!;
  if (!parent.relation || parent.relation.kind === 'undercuts' || parent.parentId === nodeId) return map;
  const grandparent = parent.relation.to;
  if (map.relations.some((r) => r.from === nodeId && r.to === grandparent)) return map;
  return retarget(map, item.relation, grandparent, map.relations.indexOf(parent.relation) + 1);
}

/** Points `relation` at a new target and moves it to `position` in the relation order. */
function retarget(map: ArgMap, relation: Relation, to: string, position: number): ArgMap {
  const { group: _group, ...rest } = relation;
  const moved: Relation = { ...rest, to };
  const relations = map.relations.filter((r) => r !== relation);
  const at = position > map.relations.indexOf(relation) ? position - 1 : position;
  relations.splice(at, 0, moved);
  return { ...map, relations };
}

/** The outline as Markdown: nested list items marked +, −, ~ (×: undercuts the link above). */
export function outlineToMarkdown(map: ArgMap, labelOf: (kind: string) => string = (k) => k): string {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const lines = [`# ${map.meta.title || 'Untitled map'}`, ''];
  if (map.meta.description) lines.push(map.meta.description, '');
  for (const item of outlineItems(map)) {
    const node = nodes.get(item.nodeId)!;
    const marker = item.relation ? `${RELATION_MARKERS[item.relation.kind]} ` : '';
    const text = node.text.replace(/\s*\n\s*/g, ' ') || '(empty)';
    lines.push(`${'  '.repeat(item.depth)}- ${marker}**${labelOf(node.kind)}:** ${text}`);
  }
  return `${lines.join('\n')}\n`;
}
