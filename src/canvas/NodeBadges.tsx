// Decorations drawn on a node: its computed status, its balance, and the toggle of a
// folded subtree. Which ones appear is decided in the store (decorations.ts).
import { memo } from 'react';
import type { NodeDecoration } from '../store/decorations.ts';

export const NodeBadges = memo(function NodeBadges({ decor }: { id: string; decor: NodeDecoration; collapsed: boolean }) {
  return (
    <>
      {decor.status && <span className={`status-badge status-${decor.status}`}>{decor.status}</span>}
      {decor.balance && (
        <span className="balance-badge">
          +{decor.balance.pro} / −{decor.balance.con}
        </span>
      )}
    </>
  );
});
