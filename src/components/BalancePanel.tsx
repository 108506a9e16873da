// The Balance panel: for the selected statement (or, with nothing selected, the main
// claim) its weighed reasons against its weighed objections and caveats, with totals and
// a bar. With evaluation on, each item shows whether it holds, and only what has not
// failed counts. Clicking an item selects it and brings it into view.
import { memo, useMemo } from 'react';
import { useEditor } from '../store/store.ts';
import { useEvaluation } from '../store/evaluationView.ts';
import { contentOf } from '../store/mapViews.ts';
import { balanceBreakdown, formatWeight, type BalanceItem } from '../model/balance.ts';
import { mainClaimId } from '../model/tree.ts';
import type { ArgNode } from '../model/types.ts';
import type { Label } from '../model/evaluation.ts';
import { NODE_STYLES, STATUS_STYLES } from '../model/theme/colors.ts';
import { KindIcon } from '../canvas/KindIcon.tsx';
import { titleOf } from './commands.ts';
import { openDebateDialog } from './debateDialogState.ts';

function focusNodes(ids: string[]) {
  const store = useEditor.getState();
  store.select(ids);
  if (ids[0]) store.centerOn(ids[0]);
}

export const BalancePanel = memo(function BalancePanel() {
  const content = useEditor((s) => contentOf(s.map));
  const selectedId = useEditor((s) => (s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0]! : null));
  const evaluation = useEvaluation();
  const mainId = useMemo(() => mainClaimId(content), [content]);
  const byId = useMemo(() => new Map(content.nodes.map((n) => [n.id, n])), [content]);
  const subjectId = selectedId && byId.has(selectedId) ? selectedId : mainId;
  const labels = evaluation?.labels;
  const breakdown = useMemo(() => (subjectId ? balanceBreakdown(content, subjectId, labels) : null), [content, subjectId, labels]);

  if (!subjectId || !breakdown) {
    return (
      <section className="balance-panel" aria-label="Balance">
        <h2>Balance</h2>
        <p className="hint">The map is empty. Add a claim, then reasons and objections: the balance weighs them.</p>
      </section>
    );
  }
  const subject = byId.get(subjectId)!;
  const status = labels?.[subjectId];
  const empty = breakdown.reasons.length + breakdown.against.length === 0;
  return (
    <section className="balance-panel" aria-label="Balance">
      <h2>Balance</h2>
      <p className="balance-caption">
        {subjectId === selectedId ? (subjectId === mainId ? 'Main claim (selected)' : 'Selected statement') : 'Main claim'}
      </p>
      <button type="button" className="balance-subject" onClick={() => focusNodes([subjectId])} title="Select it and show it on the canvas">
        <NodeLine node={subject} />
        {status && <StatusChip status={status} word={subject.mark ? STATUS_STYLES[status].markedWord : STATUS_STYLES[status].word} />}
      </button>
      <div className="balance-debate">
        {(['brief', 'practise'] as const).map((which) => (
          <button
            key={which}
            type="button"
            onClick={() => openDebateDialog(which, subjectId === mainId ? undefined : subjectId)}
            title={titleOf(which)}
          >
            {which === 'brief' ? 'Brief…' : 'Practise…'}
          </button>
        ))}
      </div>
      {empty ? (
        <p className="hint">Nothing bears on this statement yet. Add a reason (R), an objection (O) or a caveat (C).</p>
      ) : (
        <>
          <Totals pro={breakdown.pro} con={breakdown.con} />
          <p className="hint">
            {labels
              ? 'Reasons, objections and caveats that fail are left out of the totals.'
              : 'Everything counts at its weight. Turn on Evaluate (V) to leave out what fails.'}
          </p>
          <ItemList title="For" subtitle="reasons" one="reason" items={breakdown.reasons} byId={byId} labels={labels} side="pro" />
          <ItemList
            title="Against"
            subtitle="objections and caveats"
            one="objection or caveat"
            items={groupUndercuts(breakdown.against)}
            byId={byId}
            labels={labels}
            side="con"
          />
        </>
      )}
    </section>
  );
});

function Totals({ pro, con }: { pro: number; con: number }) {
  const total = pro + con;
  const proShare = total > 0 ? (pro / total) * 100 : 50;
  return (
    <div className="balance-totals">
      <div className="balance-totals-numbers">
        <span className="balance-pro">
          For <strong>{formatWeight(pro)}</strong>
        </span>
        <span className="balance-con">
          Against <strong>{formatWeight(con)}</strong>
        </span>
      </div>
      <div
        className={`balance-bar is-large${total > 0 ? '' : ' is-empty'}`}
        role="img"
        aria-label={`For ${formatWeight(pro)} against ${formatWeight(con)}`}
      >
        <span className="balance-bar-pro" style={{ width: `${proShare}%` }} />
      </div>
    </div>
  );
}

/** Undercuts from the same statement(s) against several reasons read as one item. */
interface Row {
  key: string;
  item: BalanceItem;
  /** Undercut units merged into this row (1 for everything else). */
  units: BalanceItem[];
}

function groupUndercuts(items: BalanceItem[]): Row[] {
  const rows: Row[] = [];
  const undercutRows = new Map<string, Row>();
  for (const item of items) {
    if (item.kind !== 'undercut') {
      rows.push({ key: item.relationIds.join(' '), item, units: [item] });
      continue;
    }
    const key = `cut:${item.nodeIds.join(' ')}`;
    const row = undercutRows.get(key);
    if (row) row.units.push(item);
    else {
      const fresh = { key, item, units: [item] };
      undercutRows.set(key, fresh);
      rows.push(fresh);
    }
  }
  return rows;
}

function ItemList({
  title,
  subtitle,
  one,
  items,
  byId,
  labels,
  side,
}: {
  title: string;
  subtitle: string;
  /** The subtitle for a single item. */
  one: string;
  items: (BalanceItem | Row)[];
  byId: ReadonlyMap<string, ArgNode>;
  labels: Readonly<Record<string, Label>> | undefined;
  side: 'pro' | 'con';
}) {
  const rows: Row[] = items.map((x) => ('units' in x ? x : { key: x.relationIds.join(' '), item: x, units: [x] }));
  return (
    <section className={`balance-side balance-side-${side}`} aria-label={`${title}: ${subtitle}`}>
      <h3>
        {title}{' '}
        <span>
          ({rows.length} {rows.length === 1 ? one : subtitle})
        </span>
      </h3>
      {rows.length === 0 ? (
        <p className="hint">None.</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.key}>
              <BalanceRow row={row} byId={byId} labels={labels} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const ROLE: Record<BalanceItem['kind'], string> = { reason: 'Reason', objection: 'Objection', caveat: 'Caveat', undercut: 'Undercut' };

function BalanceRow({
  row,
  byId,
  labels,
}: {
  row: Row;
  byId: ReadonlyMap<string, ArgNode>;
  labels: Readonly<Record<string, Label>> | undefined;
}) {
  const { item, units } = row;
  const nodes = item.nodeIds.map((id) => byId.get(id)).filter((n): n is ArgNode => !!n);
  const counted = units.filter((u) => u.counted);
  const weight = counted.reduce((sum, u) => sum + u.weight, 0);
  const status = labels ? mergedStatus(units) : undefined;
  let role = ROLE[item.kind];
  if (item.kind === 'reason' && nodes.length > 1) role = `Linked reason (${nodes.length} co-premises)`;
  if (item.kind === 'objection' && nodes.length > 1) role = `Linked objection (${nodes.length})`;
  if (item.kind === 'undercut') role = `Undercuts ${units.length === 1 ? 'the link of 1 reason' : `the links of ${units.length} reasons`}`;
  const weightText = units.length > 1 ? `${units.length} × ${formatWeight(item.weight)}` : formatWeight(item.weight);
  const title = !item.active
    ? 'Weight 0: ignored'
    : status
      ? `${STATUS_STYLES[status].linkWord}; counts ${formatWeight(weight)}`
      : `counts ${formatWeight(weight)}`;
  return (
    <button
      type="button"
      className={`balance-item${counted.length ? '' : ' is-left-out'}`}
      onClick={() => focusNodes(item.nodeIds)}
      title={`${title}. Click to show it on the canvas.`}
    >
      <span className="balance-item-head">
        <span className="balance-item-role">{role}</span>
        {status && labels && <StatusChip status={status} word={itemWord(status, units, labels)} />}
        <span className="balance-item-weight" aria-label={`weight ${weightText}`}>
          {weightText}
        </span>
      </span>
      {nodes.map((n) => (
        <NodeLine key={n.id} node={n} />
      ))}
      {item.kind === 'undercut' && <span className="balance-item-note">{undercutTargets(units, byId)}</span>}
    </button>
  );
}

/** Which reasons an undercut row attacks: "of: First: the two allies' … · Second: …". */
function undercutTargets(units: BalanceItem[], byId: ReadonlyMap<string, ArgNode>): string {
  const names = units
    .flatMap((u) => u.undercutReasonIds ?? [])
    .map((id) => {
      const text = byId.get(id)?.text || '(empty)';
      return text.length > 28 ? `${text.slice(0, 27).trimEnd()}…` : text;
    });
  return `Links of: ${names.join(' · ')}`;
}

/** Why an item fails: its link is undercut (or weighs 0), or what it rests on is defeated. */
function itemWord(status: Label, units: BalanceItem[], labels: Readonly<Record<string, Label>>): string {
  if (status !== 'out') return STATUS_STYLES[status].linkWord;
  if (units.every((u) => !u.active)) return 'weight 0';
  return units.some((u) => u.relationIds.some((id) => labels[id] === 'out')) ? 'undercut' : 'defeated';
}

/** A merged undercut row holds against some reason if any of its units holds. */
function mergedStatus(units: BalanceItem[]): Label {
  if (units.some((u) => u.status === 'in')) return 'in';
  if (units.some((u) => u.status === 'undec')) return 'undec';
  return 'out';
}

function NodeLine({ node }: { node: ArgNode }) {
  const style = NODE_STYLES[node.kind];
  return (
    <span className="balance-node">
      <KindIcon kind={node.kind} size={12} />
      <span className="visually-hidden">{style.label}: </span>
      <span className="balance-node-text">{node.text || '(empty)'}</span>
    </span>
  );
}

function StatusChip({ status, word }: { status: Label; word: string }) {
  return (
    <span className={`status-chip node-status-${status}`} data-status={status}>
      <span aria-hidden="true">{STATUS_STYLES[status].sign}</span> {word}
    </span>
  );
}
