// What the polite live region says after a change, for people who cannot see the canvas:
// statements added or deleted, relations made, removed or changed, marks and evaluation,
// undo and redo, a map opened, a shared room joined. Pure: compares two snapshots of the editor.
import type { ArgMap, ArgNode, Relation } from '../model/types.ts';
import { NODE_STYLES, STATUS_STYLES } from '../model/theme/colors.ts';
import { relationLabel, shortText } from '../canvas/a11yLabels.ts';
import type { Evaluation, Label } from '../model/evaluation.ts';
import { targetLabel } from '../model/comments.ts';

export interface Snapshot {
  map: ArgMap;
  evaluationOn: boolean;
  pastLength: number;
  futureLength: number;
  fileName: string;
  /** In a shared room whose map has arrived. */
  inRoom?: boolean;
  /** Computed only when evaluation is on. */
  evaluation?: Evaluation | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const named = (n: ArgNode) => `${NODE_STYLES[n.kind].label.toLowerCase()} “${shortText(n)}”`;

function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const was = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  return {
    added: after.filter((x) => !was.has(x.id)),
    removed: before.filter((x) => !now.has(x.id)),
    changed: after.filter((x) => was.has(x.id) && was.get(x.id) !== x).map((x) => [was.get(x.id)!, x] as const),
    was,
    now,
  };
}

/** "12 stand, 5 defeated, 2 undecided" over the statements. */
export function evaluationSummary(map: ArgMap, evaluation: Evaluation): string {
  const counts: Record<Label, number> = { in: 0, out: 0, undec: 0 };
  for (const n of map.nodes) {
    const label = evaluation.labels[n.id];
    if (label) counts[label]++;
  }
  return (['in', 'out', 'undec'] as const).map((l) => `${counts[l]} ${STATUS_STYLES[l].word}`).join(', ');
}

function mapChange(before: ArgMap, after: ArgMap): string[] {
  const nodes = diffById(before.nodes, after.nodes);
  const relations = diffById(before.relations, after.relations);
  const relLabel = (r: Relation, map: ArgMap) =>
    relationLabel(r, new Map(map.nodes.map((n) => [n.id, n])), new Map(map.relations.map((x) => [x.id, x])));
  const out: string[] = [];
  if (nodes.added.length === 1) {
    const [n] = nodes.added;
    const bearing = after.relations.find((r) => r.from === n!.id);
    const target = bearing && after.nodes.find((x) => x.id === bearing.to);
    out.push(`Added ${NODE_STYLES[n!.kind].label.toLowerCase()}${target ? `, ${bearing.kind} ${named(target)}` : ''}.`);
  } else if (nodes.added.length > 1) out.push(`Added ${plural(nodes.added.length, 'statement', 'statements')}.`);
  if (nodes.removed.length === 1) out.push(`Deleted ${named(nodes.removed[0]!)}.`);
  else if (nodes.removed.length > 1) out.push(`Deleted ${plural(nodes.removed.length, 'statement', 'statements')}.`);
  // Relations that came or went with their statements are said with them.
  const newRelations = relations.added.filter((r) => !nodes.added.some((n) => n.id === r.from));
  const goneRelations = relations.removed.filter((r) => !nodes.removed.some((n) => n.id === r.from || n.id === r.to));
  if (newRelations.length === 1) out.push(`Connected: ${relLabel(newRelations[0]!, after)}.`);
  else if (newRelations.length > 1) out.push(`Added ${newRelations.length} relations.`);
  if (goneRelations.length === 1) out.push(`Removed relation ${relLabel(goneRelations[0]!, before)}.`);
  else if (goneRelations.length > 1) out.push(`Removed ${goneRelations.length} relations.`);
  const rekinded = relations.changed.filter(([a, b]) => a.kind !== b.kind);
  if (rekinded.length === 1) out.push(`Relation is now ${relLabel(rekinded[0]![1], after)}.`);
  else if (rekinded.length > 1) out.push(`${rekinded.length} relations are now ${rekinded[0]![1].kind}.`);
  for (const [a, b] of nodes.changed) {
    if (a.mark !== b.mark) out.push(b.mark ? `Marked ${b.mark}: ${named(b)}.` : `Mark removed: ${named(b)}.`);
    if (a.kind !== b.kind) out.push(`Now a ${NODE_STYLES[b.kind].label.toLowerCase()}: “${shortText(b)}”.`);
  }
  if (before.comments !== after.comments) out.push(...commentChange(before, after));
  return out;
}

/** Comments written, answered, resolved or deleted (here or by someone else in a room). */
function commentChange(before: ArgMap, after: ArgMap): string[] {
  const comments = diffById(before.comments ?? [], after.comments ?? []);
  const out: string[] = [];
  if (comments.added.length === 1) {
    const [c] = comments.added;
    out.push(`Comment by ${c!.author} on ${targetLabel(after, c!.target)}.`);
  } else if (comments.added.length > 1) out.push(`Added ${comments.added.length} comments.`);
  if (comments.removed.length) out.push(`Deleted ${plural(comments.removed.length, 'comment', 'comments')}.`);
  for (const [a, b] of comments.changed) {
    const replies = b.replies ?? [];
    if (replies.length > (a.replies?.length ?? 0)) out.push(`Reply by ${replies[replies.length - 1]!.author} to ${b.author}.`);
    if (!!a.resolved !== !!b.resolved) out.push(`Comment by ${b.author} ${b.resolved ? 'resolved' : 'reopened'}.`);
  }
  return out;
}

/** The sentence to announce, or null when nothing worth saying changed (a drag, a selection). */
export function describeChange(before: Snapshot, after: Snapshot): string | null {
  const parts: string[] = [];
  const undone = after.futureLength === before.futureLength + 1 && after.pastLength === before.pastLength - 1;
  const redone = after.futureLength === before.futureLength - 1 && after.pastLength === before.pastLength + 1;
  if (after.inRoom && !before.inRoom) {
    // The room's map replaced the one on screen: nobody added anything.
    parts.push(`Joined the shared map “${after.map.meta.title}”: ${plural(after.map.nodes.length, 'statement', 'statements')}.`);
  } else if (after.map !== before.map && after.fileName !== before.fileName && !undone && !redone) {
    parts.push(`Opened ${after.map.meta.title || after.fileName}: ${plural(after.map.nodes.length, 'statement', 'statements')}.`);
  } else if (after.map !== before.map) {
    const said = mapChange(before.map, after.map);
    if (undone) parts.push(said.length ? `Undone: ${said.join(' ')}` : 'Undone.');
    else if (redone) parts.push(said.length ? `Redone: ${said.join(' ')}` : 'Redone.');
    else parts.push(...said);
  }
  if (after.evaluationOn !== before.evaluationOn) parts.push(after.evaluationOn ? 'Evaluation on.' : 'Evaluation off.');
  if (
    after.evaluationOn &&
    after.evaluation &&
    (after.evaluationOn !== before.evaluationOn || (parts.length && after.evaluation !== before.evaluation))
  )
    parts.push(`${evaluationSummary(after.map, after.evaluation)}.`);
  return parts.length ? parts.join(' ') : null;
}
