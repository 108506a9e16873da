// Derives React Flow nodes and edges from the map. Pure, and keeps object identity for
// anything unchanged (React Flow and memoized nodes then skip work on a map of 1,000+).
// Where linked-reason boxes, undercut anchors and lines go is model/diagram.ts (the image
// export draws the same); this wraps them for React Flow.
import type { Edge, Node } from '@xyflow/react';
import type { ArgMap, ArgNode, Relation } from '../model/types.ts';
import type { RelationMark } from '../model/compare/view.ts';
import type { Size } from '../model/layout.ts';
import { ANCHOR_SIZE, CARD_WIDTH } from '../model/theme/card.ts';
import { GROUP_PREFIX, groupId, linkedReasonBoxes, linksOf, undercutAnchors, type NodeFinder } from '../model/diagram.ts';
import { sameIds } from '../model/ids.ts';
import { sameDecoration, type NodeDecoration } from '../store/nodeDecoration.ts';
import { commentSentence, edgeLabel, nodeLabel, outgoingOf, statusSentence, verdictSentence } from './a11yLabels.ts';
import { contentOf, structureOf } from '../store/mapViews.ts';

export type ArgFlowNode = Node<{ node: ArgNode; decor?: NodeDecoration }, 'arg'>;
export type GroupFlowNode = Node<{ relationIds: string[] }, 'group'>;
export type AnchorFlowNode = Node<{ relationId: string }, 'anchor'>;
export type FlowNode = ArgFlowNode | GroupFlowNode | AnchorFlowNode;
export type RelationFlowEdge = Edge<{ relation: Relation; relationIds: string[]; verdict?: RelationMark }, 'relation'>;

interface ArgCache {
  source: ArgNode;
  selected: boolean;
  measured: Size | undefined;
  decor: NodeDecoration | undefined;
  label: string;
  tabStop: boolean;
  flow: ArgFlowNode;
}

function flowEntry(
  n: ArgNode,
  selected: boolean,
  measured: Size | undefined,
  decor: NodeDecoration | undefined,
  label: string,
  tabStop: boolean,
): ArgCache {
  const flow: ArgFlowNode = {
    id: n.id,
    type: 'arg',
    position: n.position,
    data: decor ? { node: n, decor } : { node: n },
    selected,
    width: CARD_WIDTH,
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
  let context: {
    structure: ArgMap;
    content: ArgMap;
    selected: unknown;
    hiddenIds: unknown;
    decorations: unknown;
    tabStop: string | null;
  } | null = null;

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
        if (prev.source !== n || prev.measured !== measured)
          next.set(n.id, flowEntry(n, prev.selected, measured, prev.decor, prev.label, prev.tabStop));
        out.push(next.get(n.id)!.flow);
        continue;
      }
      const isSelected = selected.has(n.id);
      const measured = sizes[n.id];
      const decor = decorations?.get(n.id);
      const status = decor?.status ? { label: decor.status, marked: decor.marked } : undefined;
      const label = labelOf.node(n.id) + statusSentence(status) + verdictSentence(decor?.verdict) + commentSentence(decor?.comments);
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
    let finder: NodeFinder | undefined;
    const byId: NodeFinder = (id) => (finder ??= nodeFinder(map))(id);
    const boxes = linkedReasonBoxes(map, sizes, byId);
    for (const { id, x, y, width, height, relationIds, nodes } of boxes) {
      if (hiddenIds && nodes.every((n) => hiddenIds.has(n.id))) continue;
      out.unshift({
        id,
        type: 'group',
        position: { x, y },
        data: { relationIds },
        width,
        height,
        measured: { width, height },
        selectable: false,
        draggable: false,
        connectable: false,
        focusable: false,
        hidden: false,
        zIndex: -1,
      });
    }
    for (const { id, x, y, relationId, fromId } of undercutAnchors(map, sizes, boxes, byId)) {
      if (hiddenIds?.has(fromId)) continue;
      out.push({
        id,
        type: 'anchor',
        position: { x, y },
        data: { relationId },
        width: ANCHOR_SIZE,
        height: ANCHOR_SIZE,
        measured: { width: ANCHOR_SIZE, height: ANCHOR_SIZE },
        selectable: false,
        draggable: false,
        focusable: false,
        hidden: false,
      });
    }
    return out;
  }

  function edges(
    map: ArgMap,
    selected: ReadonlySet<string>,
    hiddenIds?: ReadonlySet<string>,
    /** While the map is compared with a key: each relation's verdict (a linked reason shows its first one that is not correct). */
    verdicts?: ReadonlyMap<string, RelationMark>,
  ): RelationFlowEdge[] {
    const next = new Map<string, RelationFlowEdge>();
    const out: RelationFlowEdge[] = [];
    const labelOf = labels.forMap(map);
    for (const { key, relation: r, relations, relationIds, source, target } of linksOf(map.relations)) {
      const isSelected = relationIds.some((id) => selected.has(id));
      const hidden = !!hiddenIds && (relations.every((m) => hiddenIds.has(m.from)) || hiddenIds.has(r.to));
      if (hidden) continue;
      const marks = verdicts && relationIds.map((id) => verdicts.get(id));
      const verdict = marks?.find((v) => v && v !== 'correct') ?? marks?.[0];
      const label = labelOf.edge(key, relations) + verdictSentence(verdict);
      const prev = edgeCache.get(key);
      // Edges are reached through their nodes' inspector, not by Tab: 100 edges before the first node was the old order.
      const edge: RelationFlowEdge =
        prev &&
        prev.data?.relation === r &&
        prev.selected === isSelected &&
        prev.target === target &&
        prev.ariaLabel === label &&
        prev.data.verdict === verdict &&
        sameIds(prev.data.relationIds, relationIds)
          ? prev
          : {
              id: key,
              type: 'relation',
              source,
              target,
              sourceHandle: 'out',
              targetHandle: 'in',
              selected: isSelected,
              ariaLabel: label,
              domAttributes: { tabIndex: -1 },
              data: verdict ? { relation: r, relationIds, verdict } : { relation: r, relationIds },
            };
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
      if (r.group) edgeLabels.delete(groupId(r));
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

const indexCache = new WeakMap<ArgMap, ReadonlyMap<string, number>>();

/** The node with an id, by an index built once per structure (same ids in the same order). */
function nodeFinder(map: ArgMap): NodeFinder {
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

/** The relations an edge stands for: one, or all relations of a linked reason. */
export function relationIdsOfEdge(edgeId: string, map: ArgMap): string[] {
  if (!edgeId.startsWith(GROUP_PREFIX)) return [edgeId];
  return map.relations.filter((r) => r.group && groupId(r) === edgeId).map((r) => r.id);
}
