// The balance of one statement, item by item: each reason, objection, caveat and undercut
// that bears on it, with its weight and (given the evaluation's labels) whether it holds.
// The Balance panel lists these. The totals follow the rule in docs/evaluation.md
// ("Balance"), so with labels they equal `evaluate(...).balance`; without labels every
// active unit counts (the plain weighing, before evaluation).
import type { ArgMap, Relation, RelationKind } from './types.ts';
import type { Label } from './evaluation.ts';

export type BalanceItemKind = 'reason' | 'objection' | 'caveat' | 'undercut';

export interface BalanceItem {
  kind: BalanceItemKind;
  /** The relations of this unit: one, or several for a linked reason (or linked objection). */
  relationIds: string[];
  /** The statements the unit comes from, one per relation. */
  nodeIds: string[];
  /** For an undercut: the reasons (their source statements) whose link it attacks. */
  undercutReasonIds?: string[];
  /** The unit's weight: the smallest weight of its relations, 0..1. */
  weight: number;
  /** False for a unit of weight 0, which the evaluation ignores. */
  active: boolean;
  /** Holds (in), fails (out) or undecided: each member's source and inference. Only with labels. */
  status?: Label;
  /** Counted in the total: active and, with labels, not failed. */
  counted: boolean;
}

export interface BalanceBreakdown {
  nodeId: string;
  /** Supports units into the statement. */
  reasons: BalanceItem[];
  /** Opposes and qualifies units into it, then undercuts against the links of its reasons. */
  against: BalanceItem[];
  pro: number;
  con: number;
  proCount: number;
  conCount: number;
}

const KINDS: ReadonlySet<string> = new Set<RelationKind>(['supports', 'opposes', 'qualifies', 'undercuts']);

/** A relation's weight as the evaluation reads it: absent or NaN = 1, clamped to 0..1. */
export function relationWeight(r: Relation): number {
  const w = r.weight;
  if (typeof w !== 'number' || Number.isNaN(w)) return 1;
  return Math.min(1, Math.max(0, w));
}

/** Kleene conjunction of labels. */
function and(a: Label | undefined, b: Label | undefined): Label {
  if (a === 'out' || b === 'out') return 'out';
  return a === 'in' && b === 'in' ? 'in' : 'undec';
}

/** Groups relations into units: same kind, same target, same `group` (ungrouped = alone). */
function units(relations: Relation[]): Relation[][] {
  const out: Relation[][] = [];
  const byGroup = new Map<string, Relation[]>();
  for (const r of relations) {
    if (!r.group) {
      out.push([r]);
      continue;
    }
    const key = `${r.kind}\u0000${r.group}`;
    const unit = byGroup.get(key);
    if (unit) unit.push(r);
    else {
      const fresh = [r];
      byGroup.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}

/**
 * Everything that weighs on statement `nodeId`. O(nodes + relations).
 * `labels` (from `evaluate`) adds each item's status and leaves failed items out of the totals.
 */
export function balanceBreakdown(map: ArgMap, nodeId: string, labels?: Readonly<Record<string, Label>>): BalanceBreakdown {
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const relationIds = new Set<string>();
  const into: Relation[] = [];
  const undercutsByTarget = new Map<string, Relation[]>();
  for (const r of map.relations) {
    if (relationIds.has(r.id)) continue; // a duplicate id: the first one counts
    relationIds.add(r.id);
    if (!KINDS.has(r.kind) || !nodeIds.has(r.from)) continue;
    if (r.kind === 'undercuts') {
      const list = undercutsByTarget.get(r.to);
      if (list) list.push(r);
      else undercutsByTarget.set(r.to, [r]);
    } else if (r.to === nodeId) into.push(r);
  }

  const item = (kind: BalanceItemKind, members: Relation[], undercutReasonIds?: string[]): BalanceItem => {
    const weight = Math.min(1, ...members.map(relationWeight));
    const active = weight > 0;
    const it: BalanceItem = {
      kind,
      relationIds: members.map((r) => r.id),
      nodeIds: members.map((r) => r.from),
      weight,
      active,
      counted: active,
    };
    if (undercutReasonIds) it.undercutReasonIds = undercutReasonIds;
    if (labels) {
      it.status = members.reduce<Label>((v, r) => and(v, and(labels[r.from], labels[r.id])), 'in');
      it.counted = active && it.status !== 'out';
    }
    return it;
  };

  const reasons: BalanceItem[] = [];
  const against: BalanceItem[] = [];
  const undercuts: BalanceItem[] = [];
  for (const unit of units(into)) {
    const kind = unit[0]!.kind;
    if (kind === 'supports') {
      const reason = item('reason', unit);
      reasons.push(reason);
      if (!reason.active) continue; // the evaluation ignores a weight-0 reason, and its undercuts
      for (const r of unit) {
        const attacks = undercutsByTarget.get(r.id);
        if (attacks) for (const cut of units(attacks)) undercuts.push(item('undercut', cut, [r.from]));
      }
    } else {
      against.push(item(kind === 'opposes' ? 'objection' : 'caveat', unit));
    }
  }
  against.push(...undercuts);

  let pro = 0;
  let proCount = 0;
  let con = 0;
  let conCount = 0;
  for (const it of reasons) {
    if (!it.counted) continue;
    pro += it.weight;
    proCount++;
  }
  for (const it of against) {
    if (!it.counted) continue;
    con += it.weight;
    conCount++;
  }
  return { nodeId, reasons, against, pro, con, proCount, conCount };
}

// The canvas badges need only this, from the start; the rest of this file loads with the panels that use it.
export { formatWeight } from './formatWeight.ts';
