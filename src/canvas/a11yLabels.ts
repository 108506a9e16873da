// What a screen reader hears for a node or an edge on the canvas: statements, never ids.
// Pure (no React, no DOM), so the flow deriver can compare labels as strings.
import { schemeShortName } from '../model/schemes/label.ts';
import type { ArgMap, ArgNode, Relation } from '../model/types.ts';
import type { Label } from '../model/evaluation.ts';
import { NODE_STYLES, RELATION_STYLES, STATUS_STYLES } from '../model/theme/colors.ts';
import { VERDICT_MARKS } from '../model/theme/verdicts.ts';
import type { Verdict } from '../model/compare/types.ts';

/** A statement cut to `max` characters, for a label that names it in passing. */
export function shortText(node: ArgNode | undefined, max = 60): string {
  if (!node) return 'a link';
  const text = node.text.trim().replace(/\s+/g, ' ');
  if (!text) return `${NODE_STYLES[node.kind].label.toLowerCase()} (empty)`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "supports: <from> → <to>"; an undercut names the link it attacks. */
export function relationLabel(relation: Relation, nodes: ReadonlyMap<string, ArgNode>, relations: ReadonlyMap<string, Relation>): string {
  const kind = RELATION_STYLES[relation.kind].label;
  const from = shortText(nodes.get(relation.from));
  const attacked = relations.get(relation.to);
  const to = attacked
    ? `the link “${shortText(nodes.get(attacked.from), 40)}” → “${shortText(nodes.get(attacked.to), 40)}”`
    : shortText(nodes.get(relation.to));
  return `${kind}: ${from} → ${to}`;
}

/** An edge may stand for several linked co-premises: all of them, one target. */
export function edgeLabel(relations: Relation[], nodes: ReadonlyMap<string, ArgNode>, byId: ReadonlyMap<string, Relation>): string {
  const [first] = relations;
  if (!first) return '';
  const scheme = first.scheme ? `. Scheme: ${schemeShortName(first.scheme.scheme)}` : '';
  if (relations.length === 1) return relationLabel(first, nodes, byId) + scheme;
  const froms = relations.map((r) => shortText(nodes.get(r.from), 40)).join(' + ');
  return `${RELATION_STYLES[first.kind].label} (linked): ${froms} → ${shortText(nodes.get(first.to))}${scheme}`;
}

/** Outgoing relations by node id, for `nodeLabel`. */
export function outgoingOf(map: ArgMap): Map<string, Relation[]> {
  const out = new Map<string, Relation[]>();
  for (const r of map.relations) {
    const list = out.get(r.from);
    if (list) list.push(r);
    else out.set(r.from, [r]);
  }
  return out;
}

/** "Reason: <text>. Supports claim: <text>. Status: stands." */
export function nodeLabel(
  node: ArgNode,
  outgoing: readonly Relation[] | undefined,
  nodes: ReadonlyMap<string, ArgNode>,
  relations: ReadonlyMap<string, Relation>,
  status?: { label: Label; marked?: boolean },
): string {
  const parts = [`${NODE_STYLES[node.kind].label}: ${node.text.trim() || 'empty'}.`];
  for (const r of outgoing ?? []) {
    const target = nodes.get(r.to);
    const kind = RELATION_STYLES[r.kind].label;
    const what = target
      ? `${NODE_STYLES[target.kind].label.toLowerCase()} “${shortText(target)}”`
      : relations.has(r.to)
        ? 'a link'
        : 'nothing';
    parts.push(`${kind[0]!.toUpperCase()}${kind.slice(1)} ${what}.`);
  }
  return parts.join(' ') + statusSentence(status);
}

/** " Status: stands." (empty without evaluation); kept apart so it can be added to a cached label. */
export function statusSentence(status?: { label: Label; marked?: boolean }): string {
  return status ? ` Status: ${status.marked ? STATUS_STYLES[status.label].markedWord : STATUS_STYLES[status.label].word}.` : '';
}

/** " 2 open comments." (empty without); added to a cached label like the status. */
export const commentSentence = (count?: number) => (count ? ` ${count} open comment${count === 1 ? '' : 's'}.` : '');
/** " Compared with the key: wrong kind." (empty when not comparing). */
export const verdictSentence = (verdict?: Verdict): string => (verdict ? ` Compared with the key: ${VERDICT_MARKS[verdict].word}.` : '');
