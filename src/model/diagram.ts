// What a drawing of the map holds besides the cards, worked out from the map and the cards'
// sizes: the box around each linked reason (co-premises), the anchor in the middle of each
// link that an undercut attacks, and the lines (one per relation, one per linked reason).
// Pure, and shared: the canvas wraps it for React Flow (canvas/flowElements.ts) and the image
// export draws it (export/renderSvg.ts), so both show the same picture.
import type { ArgMap, ArgNode, Relation } from './types.ts';
import type { Size } from './layout.ts';
import { ANCHOR_SIZE, LINKED_HEADER, LINKED_PADDING, UNMEASURED_CARD } from './theme/card.ts';

export const GROUP_PREFIX = 'group:';
export const ANCHOR_PREFIX = 'anchor:';

/** Finds a node by id (the canvas keeps an index per structure; the exporter builds one per drawing). */
export type NodeFinder = (id: string) => ArgNode | undefined;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box drawn around the co-premises of a linked reason. */
export interface LinkedReasonBox extends Box {
  id: string;
  relationIds: string[];
  /** The cards inside. */
  nodes: ArgNode[];
}

/** The point an undercut's line ends at: `x`, `y` are its top-left corner (it is ANCHOR_SIZE square). */
export interface UndercutAnchor {
  id: string;
  x: number;
  y: number;
  /** The relation attacked. */
  relationId: string;
  /** The reason whose link it sits on (the anchor is hidden with it). */
  fromId: string;
}

/** One line: a relation, or all the relations of a linked reason drawn as one from their box. */
export interface Link {
  /** The line's id: the relation's, or GROUP_PREFIX and the group's key. */
  key: string;
  /** The relation that starts it (its kind is the line's). */
  relation: Relation;
  /** The relations it stands for. */
  relations: Relation[];
  relationIds: string[];
  /** Where it starts (a node or a linked-reason box) and ends (a node or an undercut anchor). */
  source: string;
  target: string;
}

const groupKey = (r: Relation) => `${r.group}\u0000${r.to}`;

/** A linked reason's id in the drawing. */
export const groupId = (r: Relation) => `${GROUP_PREFIX}${groupKey(r)}`;

const groupsCache = new WeakMap<readonly Relation[], ReadonlyMap<string, Relation[]>>();

/** Linked reasons by group and target (per relations array: a drag or a text edit keeps it). */
function groupsOf(relations: readonly Relation[]): ReadonlyMap<string, Relation[]> {
  let groups = groupsCache.get(relations);
  if (groups) return groups;
  const built = new Map<string, Relation[]>();
  for (const r of relations) {
    if (!r.group || r.kind === 'undercuts') continue;
    const list = built.get(groupKey(r)) ?? [];
    list.push(r);
    built.set(groupKey(r), list);
  }
  groupsCache.set(relations, (groups = built));
  return groups;
}

/** Undercuts point at a small anchor node in the middle of the link they attack. */
function anchorIdFor(target: Relation, groups: ReadonlyMap<string, Relation[]>): string {
  const members = target.group ? groups.get(groupKey(target)) : undefined;
  return `${ANCHOR_PREFIX}${members && members.length > 1 ? groupId(target) : target.id}`;
}

/** The boxes around linked reasons: around their cards, with room for the label above. */
export function linkedReasonBoxes(map: ArgMap, sizes: Readonly<Record<string, Size>>, nodeById: NodeFinder): LinkedReasonBox[] {
  const boxes: LinkedReasonBox[] = [];
  const groups = groupsOf(map.relations);
  if (!groups.size) return boxes;
  for (const [key, members] of groups) {
    if (members.length < 2) continue;
    const nodes = members.map((m) => nodeById(m.from)).filter((n): n is ArgNode => !!n);
    const left = Math.min(...nodes.map((n) => n.position.x)) - LINKED_PADDING;
    const top = Math.min(...nodes.map((n) => n.position.y)) - LINKED_PADDING - LINKED_HEADER;
    const right = Math.max(...nodes.map((n) => n.position.x + (sizes[n.id] ?? UNMEASURED_CARD).width)) + LINKED_PADDING;
    const bottom = Math.max(...nodes.map((n) => n.position.y + (sizes[n.id] ?? UNMEASURED_CARD).height)) + LINKED_PADDING;
    boxes.push({
      id: `${GROUP_PREFIX}${key}`,
      x: left,
      y: top,
      width: right - left,
      height: bottom - top,
      relationIds: members.map((m) => m.id),
      nodes,
    });
  }
  return boxes;
}

const undercutCache = new WeakMap<readonly Relation[], ReadonlySet<string>>();

/** The relations that an undercut attacks (per relations array). */
function undercutLinks(relations: readonly Relation[]): ReadonlySet<string> {
  let links = undercutCache.get(relations);
  if (!links) undercutCache.set(relations, (links = new Set(relations.filter((r) => r.kind === 'undercuts').map((r) => r.to))));
  return links;
}

/** The anchors undercuts point at: halfway along the link they attack (from its reason's or box's top to its target's bottom). */
export function undercutAnchors(
  map: ArgMap,
  sizes: Readonly<Record<string, Size>>,
  boxes: readonly LinkedReasonBox[],
  nodeById: NodeFinder,
): UndercutAnchor[] {
  const undercut = undercutLinks(map.relations);
  if (!undercut.size) return [];
  const groups = groupsOf(map.relations);
  const boxById = new Map(boxes.map((b) => [b.id, b]));
  const anchors: UndercutAnchor[] = [];
  const done = new Set<string>();
  for (const r of map.relations) {
    if (!undercut.has(r.id)) continue;
    const id = anchorIdFor(r, groups);
    if (done.has(id)) continue;
    done.add(id);
    const box = boxById.get(id.slice(ANCHOR_PREFIX.length));
    const from = nodeById(r.from);
    const to = nodeById(r.to);
    if (!from || !to) continue;
    const fromRect = box
      ? { x: box.x, y: box.y, width: box.width, height: box.height }
      : { ...from.position, ...(sizes[from.id] ?? UNMEASURED_CARD) };
    const toSize = sizes[to.id] ?? UNMEASURED_CARD;
    // The link runs from the top middle of the reason to the bottom middle of its target.
    const x = (fromRect.x + fromRect.width / 2 + to.position.x + toSize.width / 2) / 2;
    const y = (fromRect.y + to.position.y + toSize.height) / 2;
    anchors.push({ id, x: x - ANCHOR_SIZE / 2, y: y - ANCHOR_SIZE / 2, relationId: r.id, fromId: from.id });
  }
  return anchors;
}

const linksCache = new WeakMap<readonly Relation[], readonly Link[]>();

/** The lines, in the order of the relations (per relations array: a drag or a text edit keeps them). */
export function linksOf(relations: readonly Relation[]): readonly Link[] {
  const cached = linksCache.get(relations);
  if (cached) return cached;
  const links: Link[] = [];
  const emitted = new Set<string>();
  const groups = groupsOf(relations);
  const relationById = new Map(relations.map((r) => [r.id, r]));
  for (const r of relations) {
    const members = r.group ? groups.get(groupKey(r)) : undefined;
    const linked = !!members && members.length > 1;
    const key = linked ? groupId(r) : r.id;
    if (emitted.has(key)) continue;
    emitted.add(key);
    links.push({
      key,
      relation: r,
      relations: linked ? members : [r],
      relationIds: linked ? members.map((m) => m.id) : [r.id],
      source: linked ? key : r.from,
      target: r.kind === 'undercuts' && relationById.has(r.to) ? anchorIdFor(relationById.get(r.to)!, groups) : r.to,
    });
  }
  linksCache.set(relations, links);
  return links;
}
