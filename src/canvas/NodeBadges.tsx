// Decorations drawn on a node: its computed status, its balance, and the toggle of a
// folded subtree. Which ones appear is decided in the store (decorations.ts). Each part
// is its own element, so features can add theirs without touching the others.
import { memo } from 'react';
import type { NodeDecoration } from '../store/nodeDecoration.ts';
import type { Label } from '../model/evaluation.ts';
import { formatWeight } from '../model/formatWeight.ts';
import { STATUS_STYLES } from '../model/theme/colors.ts';
import { CollapseToggle } from './CollapseToggle.tsx';

export const NodeBadges = memo(function NodeBadges({ id, decor, collapsed }: { id: string; decor: NodeDecoration; collapsed: boolean }) {
  return (
    <>
      {decor.status && <StatusBadge status={decor.status} marked={!!decor.marked} />}
      {decor.balance && <BalanceBadge pro={decor.balance.pro} con={decor.balance.con} />}
      <CollapseToggle id={id} collapsed={collapsed} count={decor.hiddenCount} />
    </>
  );
});

/** Evaluation status: a chip on the node's top edge ("✓ stands", "✕ rejected"…). */
function StatusBadge({ status, marked }: { status: Label; marked: boolean }) {
  const style = STATUS_STYLES[status];
  const word = marked ? style.markedWord : style.word;
  return (
    <span className={`node-status node-status-${status}${marked ? ' is-marked' : ''}`} data-status={status}>
      <span aria-hidden="true">{style.sign}</span> {word}
      {marked && <span className="visually-hidden"> (your mark)</span>}
    </span>
  );
}

/** Balance: weighed reasons for against weighed objections and caveats, with a bar. */
function BalanceBadge({ pro, con }: { pro: number; con: number }) {
  const total = pro + con;
  const share = total > 0 ? (pro / total) * 100 : 50;
  return (
    <div className="node-balance" aria-label={`Balance: for ${formatWeight(pro)}, against ${formatWeight(con)}`} role="img">
      <span className="node-balance-pro">for {formatWeight(pro)}</span>
      <span className={`balance-bar${total > 0 ? '' : ' is-empty'}`} aria-hidden="true">
        <span className="balance-bar-pro" style={{ width: `${share}%` }} />
      </span>
      <span className="node-balance-con">against {formatWeight(con)}</span>
    </div>
  );
}
