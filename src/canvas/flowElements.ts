// Derives React Flow nodes and edges from the map. Pure, and keeps object identity for
// anything unchanged (React Flow and memoized nodes then skip work on a map of 1,000+).
import type { Edge, Node } from '@xyflow/react';
import type { ArgMap, ArgNode, Relation } from '../model/types.ts';
import type { Size } from '../model/layout.ts';
import { NODE_WIDTH } from './appearance.ts';
import { sameIds } from '../model/ids.ts';
import { sameDecoration, type NodeDecoration } from '../store/nodeDecoration.ts';
import { edgeLabel, nodeLabel, outgoingOf, statusSentence } from './a11yLabels.ts';
import { contentOf, structureOf } from '../store/mapViews.ts';

export type ArgFlowNode = Node<{ node: ArgNode; decor?: NodeDecoration }, 'arg'>;
export type GroupFlowNode = Node<{ relationIds: string[] }, 'group'>;
export type AnchorFlowNode = Node<{ relationId: string }, 'anchor'>;
export type FlowNode = ArgFlowNode | GroupFlowNode | AnchorFlowNode;
export type RelationFlowEdge = Edge<{ relation: Relation; relationIds: string[] }, 'relation'>;

export const GROUP_PREFIX = 'group:';
export const ANCHOR_PREFIX = 'anchor:';
const GROUP_PADDING = 14;
const DEFAULT_SIZE: Size = { width: NODE_WIDTH, height: 90 };

interface ArgCache {
  source: ArgNode;
  selected: boolean;
  measured: Size | undefined;
  decor: NodeDecoration | undefined;
  label: string;
  tabStop: boolean;
  flow: ArgFlowNode;
}

function flowEntry(n: ArgNode, selected: boolean, measured: Size | undefined, decor: NodeDecoration | undefined, label: string, tabStop: boolean): ArgCache {
  const flow: ArgFlowNode = {
    id: n.id,
    type: 'arg',
    position: n.position,
    data: decor ? { node: n, decor } : { node: n },
    selected,
    width: NODE_WIDTH,
    ariaLabel: label,
    domAttributes: { tabIndex: tabStop ? 0 : -1 },
  };
  if (measured) flow.measured = measured;
  return { source: n, selected, measured, decor, label, tabStop, flow };
}

/** A memoizing deriver: call it with each new state, it reuses what did not change. */
export function createFlowDeriver() {
  let cache = new Map<string, ArgCache>();
  let edgeCache = new Map<string, RelationFlowEdge>();
  const labels = createLabelCache();

  /** What every node's flow object was last derived from besides the node itself. */
  let context: { structure: ArgMap; content: ArgMap; selected: unknown; hiddenIds: unknown; decorations: unknown; tabStop: string | null } | null = null;

  function nodes(
    map: ArgMap,
    selected: ReadonlySet<string>,
    sizes: Readonly<Record<string, Size>>,
    hiddenIds?: ReadonlySet<string>,
    decorations?: ReadonlyMap<string, NodeDecoration>,
    /** The one node Tab stops at on the canvas (roving tab index); arrows go to the others. */
    tabStop: string | null = null,
  ): FlowNode[] {
    const now = { structure: structureOf(map), content: contentOf(map), selected, hiddenIds, decorations, tabStop };
    // Only positions or sizes changed (a drag frame, a node growing as it is typed into):
    // redo just those nodes; the others keep their flow objects without a look at their
    // labels or decorations.
    const onlyMoved = context !== null && (Object.keys(now) as (keyof typeof now)[]).every((k) => now[k] === context![k]);
    context = now;
    const next = onlyMoved ? cache : new Map<string, ArgCache>();
    const out: FlowNode[] = [];
    const labelOf = labels.forMap(map);
    for (const n of map.nodes) {
      // Hidden nodes are left out, not passed as hidden: on a folded map of thousands, React
      // Flow then handles the few dozen on screen, not every node on every change.
      if (hiddenIds?.has(n.id)) continue;
      const prev = cache.get(n.id);
      if (onlyMoved && prev) {
        const measured = sizes[n.id];
        if (prev.source !== n || prev.measured !== measured) next.set(n.id, flowEntry(n, prev.selected, measured, prev.decor, prev.label, prev.tabStop));
        out.push(next.get(n.id)!.flow);
        continue;
      }
      const isSelected = selected.has(n.id);
      const measured = sizes[n.id];
      const decor = decorations?.get(n.id);
      const status = decor?.status ? { label: decor.status, marked: decor.marked } : undefined;
      const label = labelOf.node(n.id) + statusSentence(status);
      const isTabStop = n.id === tabStop;
      const entry =
        prev &&
        prev.source === n &&
        prev.selected === isSelected &&
        prev.measured === measured &&
        prev.label === label &&
        prev.tabStop === isTabStop &&
        sameDecoration(prev.decor, decor)
          ? prev
          : flowEntry(n, isSelected, measured, decor, label, isTabStop);
      next.set(n.id, entry);
      out.push(entry.flow);
    }
    cache = next;
    const boxes = groupBoxes(map, sizes, hiddenIds);
    for (const g of boxes) if (!g.hidden) out.unshift(g);
    for (const a of anchorNodes(map, sizes, boxes, hiddenIds)) if (!a.hidden) out.push(a);
    return out;
  }

  function edges(map: ArgMap, selected: ReadonlySet<string>, hiddenIds?: ReadonlySet<string>): RelationFlowEdge[] {
    const next = new Map<string, RelationFlowEdge>();
    const out: RelationFlowEdge[] = [];
    const emitted = new Set<string>();
    const groups = groupsOf(map);
    const relationById = new Map(map.relations.map((r) => [r.id, r]));
    const labelOf = labels.forMap(map);
    for (const r of map.relations) {
      const members = r.group ? groups.get(groupKey(r)) : undefined;
      const linked = members && members.length > 1;
      const key = linked ? `${GROUP_PREFIX}${groupKey(r)}` : r.id;
      if (emitted.has(key)) continue;
      emitted.add(key);
      const relationIds = linked ? members.map((m) => m.id) : [r.id];
      const source = linked ? key : r.from;
      const target = r.kind === 'undercuts' && relationById.has(r.to) ? anchorIdFor(relationById.get(r.to)!, groups) : r.to;
      const isSelected = relationIds.some((id) => selected.has(id));
      const hidden = !!hiddenIds && (relationIds.every((id) => hiddenIds.has(relationById.get(id)!.from)) || hiddenIds.has(r.to));
      if (hidden) continue;
      const label = labelOf.edge(key, linked ? members : [r]);
      const prev = edgeCache.get(key);
      // Edges are reached through their nodes' inspector, not by Tab: 100 edges before the first node was the old order.
      const edge: RelationFlowEdge =
        prev && prev.data?.relation === r && prev.selected === isSelected && prev.target === target && prev.ariaLabel === label && sameIds(prev.data.relationIds, relationIds)
          ? prev
          : { id: key, type: 'relation', source, target, sourceHandle: 'out', targetHandle: 'in', selected: isSelected, ariaLabel: label, domAttributes: { tabIndex: -1 }, data: { relation: r, relationIds } };
      next.set(key, edge);
      out.push(edge);
    }
    edgeCache = next;
    return out;
  }

  return { nodes, edges };
}

/**
 * Screen-reader labels, computed once per change of content (texts, kinds, relations), not on
 * every drag frame: `contentOf` returns the same map while only positions change. A text or
 * kind edit forgets only the labels that name the nodes it changed, not every label.
 */
function createLabelCache() {
  let content: ArgMap | null = null;
  const nodeLabels = new Map<string, string>();
  const edgeLabels = new Map<string, string>();
  let nodeIndex: Map<string, ArgNode> | null = null;
  let relationIndex: { relations: readonly Relation[]; byId: Map<string, Relation>; outgoing: Map<string, Relation[]> } | null = null;
  const nodesOf = (map: ArgMap) => (nodeIndex ??= new Map(map.nodes.map((n) => [n.id, n])));
  const relationsOf = (map: ArgMap) =>
    relationIndex?.relations === map.relations
      ? relationIndex
      : (relationIndex = { relations: map.relations, byId: new Map(map.relations.map((r) => [r.id, r])), outgoing: outgoingOf(map) });

  /** Forgets the labels that read a changed node: its own, those of nodes pointing at it, and its edges'. */
  function forget(changed: ReadonlySet<string>, map: ArgMap) {
    const { byId } = relationsOf(map);
    for (const id of changed) nodeLabels.delete(id);
    for (const r of map.relations) {
      const attacked = byId.get(r.to);
      const reads = changed.has(r.from) || changed.has(r.to) || (!!attacked && (changed.has(attacked.from) || changed.has(attacked.to)));
      if (!reads) continue;
      if (changed.has(r.to)) nodeLabels.delete(r.from);
      edgeLabels.delete(r.id);
      if (r.group) edgeLabels.delete(`${GROUP_PREFIX}${groupKey(r)}`);
    }
  }

  return {
    forMap(map: ArgMap) {
      const now = contentOf(map);
      if (now !== content) {
        const changed = content && content.relations === now.relations ? changedNodes(content, now) : null;
        if (changed) forget(changed, now);
        else {
          nodeLabels.clear();
          edgeLabels.clear();
        }
        content = now;
        nodeIndex = null;
      }
      return {
        node(id: string): string {
          let label = nodeLabels.get(id);
          if (label === undefined) {
            const nodes = nodesOf(now);
            const { byId, outgoing } = relationsOf(now);
            const node = nodes.get(id);
            label = node ? nodeLabel(node, outgoing.get(id), nodes, byId) : '';
            nodeLabels.set(id, label);
          }
          return label;
        },
        edge(key: string, relations: Relation[]): string {
          let label = edgeLabels.get(key);
          if (label === undefined) {
            label = edgeLabel(relations, nodesOf(now), relationsOf(now).byId);
            edgeLabels.set(key, label);
          }
          return label;
        },
      };
    },
  };
}

/** Ids of the nodes whose objects differ between two versions of a map with the same ids in the same order; null otherwise. */
function changedNodes(before: ArgMap, after: ArgMap): Set<string> | null {
  if (before.nodes.length !== after.nodes.length) return null;
  const changed = new Set<string>();
  for (let i = 0; i < after.nodes.length; i++) {
    const a = before.nodes[i]!;
    const b = after.nodes[i]!;
    if (a.id !== b.id) return null;
    if (a !== b) changed.add(b.id);
  }
  return changed;
}

const groupKey = (r: Relation) => `${r.group}\u0000${r.to}`;

const groupsCache = new WeakMap<readonly Relation[], ReadonlyMap<string, Relation[]>>();

/** Linked reasons by group and target (per relations array: a drag or a text edit keeps it). */
function groupsOf(map: ArgMap): ReadonlyMap<string, Relation[]> {
  let groups = groupsCache.get(map.relations);
  if (groups) return groups;
  const built = new Map<string, Relation[]>();
  for (const r of map.relations) {
    if (!r.group || r.kind === 'undercuts') continue;
    const list = built.get(groupKey(r)) ?? [];
    list.push(r);
    built.set(groupKey(r), list);
  }
  groupsCache.set(map.relations, (groups = built));
  return groups;
}

const indexCache = new WeakMap<ArgMap, ReadonlyMap<string, number>>();

/** The node with an id, by an index built once per structure (same ids in the same order). */
function nodeFinder(map: ArgMap): (id: string) => ArgNode | undefined {
  const structure = structureOf(map);
  let index = indexCache.get(structure);
  if (!index) {
    const built = new Map<string, number>();
    structure.nodes.forEach((n, i) => built.has(n.id) || built.set(n.id, i));
    indexCache.set(structure, (index = built));
  }
  const found = index;
  return (id) => {
    const i = found.get(id);
    return i === undefined ? undefined : map.nodes[i];
  };
}

/** Undercuts point at a small anchor node in the middle of the link they attack. */
function anchorIdFor(target: Relation, groups: ReadonlyMap<string, Relation[]>): string {
  const members = target.group ? groups.get(groupKey(target)) : undefined;
  return `${ANCHOR_PREFIX}${members && members.length > 1 ? `${GROUP_PREFIX}${groupKey(target)}` : target.id}`;
}

function groupBoxes(map: ArgMap, sizes: Readonly<Record<string, Size>>, hiddenIds?: ReadonlySet<string>): GroupFlowNode[] {
  const boxes: GroupFlowNode[] = [];
  const groups = groupsOf(map);
  if (!groups.size) return boxes;
  const byId = nodeFinder(map);
  for (const [key, members] of groups) {
    if (members.length < 2) continue;
    const nodes = members.map((m) => byId(m.from)).filter((n): n is ArgNode => !!n);
    const left = Math.min(...nodes.map((n) => n.position.x)) - GROUP_PADDING;
    const top = Math.min(...nodes.map((n) => n.position.y)) - GROUP_PADDING - 18;
    const right = Math.max(...nodes.map((n) => n.position.x + (sizes[n.id] ?? DEFAULT_SIZE).width)) + GROUP_PADDING;
    const bottom = Math.max(...nodes.map((n) => n.position.y + (sizes[n.id] ?? DEFAULT_SIZE).height)) + GROUP_PADDING;
    const width = right - left;
    const height = bottom - top;
    boxes.push({
      id: `${GROUP_PREFIX}${key}`,
      type: 'group',
      position: { x: left, y: top },
      data: { relationIds: members.map((m) => m.id) },
      width,
      height,
      measured: { width, height },
      selectable: false,
      draggable: false,
      connectable: false,
      focusable: false,
      hidden: !!hiddenIds && nodes.every((n) => hiddenIds.has(n.id)),
      zIndex: -1,
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

function anchorNodes(map: ArgMap, sizes: Readonly<Record<string, Size>>, boxes: GroupFlowNode[], hiddenIds?: ReadonlySet<string>): AnchorFlowNode[] {
  const undercut = undercutLinks(map.relations);
  if (!undercut.size) return [];
  const groups = groupsOf(map);
  const byId = nodeFinder(map);
  const boxById = new Map(boxes.map((b) => [b.id, b]));
  const anchors: AnchorFlowNode[] = [];
  const done = new Set<string>();
  for (const r of map.relations) {
    if (!undercut.has(r.id)) continue;
    const id = anchorIdFor(r, groups);
    if (done.has(id)) continue;
    done.add(id);
    const box = boxById.get(id.slice(ANCHOR_PREFIX.length));
    const from = byId(r.from);
    const to = byId(r.to);
    if (!from || !to) continue;
    const fromRect = box ? { ...box.position, width: box.width!, height: box.height! } : { ...from.position, ...(sizes[from.id] ?? DEFAULT_SIZE) };
    const toSize = sizes[to.id] ?? DEFAULT_SIZE;
    // The link runs from the top middle of the reason to the bottom middle of its target.
    const x = (fromRect.x + fromRect.width / 2 + to.position.x + toSize.width / 2) / 2;
    const y = (fromRect.y + to.position.y + toSize.height) / 2;
    anchors.push({
      id,
      type: 'anchor',
      position: { x: x - 1, y: y - 1 },
      data: { relationId: r.id },
      width: 2,
      height: 2,
      measured: { width: 2, height: 2 },
      selectable: false,
      draggable: false,
      focusable: false,
      hidden: !!hiddenIds && hiddenIds.has(from.id),
    });
  }
  return anchors;
}

/** The relations an edge stands for: one, or all relations of a linked reason. */
export function relationIdsOfEdge(edgeId: string, map: ArgMap): string[] {
  if (!edgeId.startsWith(GROUP_PREFIX)) return [edgeId];
  const key = edgeId.slice(GROUP_PREFIX.length);
  return map.relations.filter((r) => r.group && groupKey(r) === key).map((r) => r.id);
}
