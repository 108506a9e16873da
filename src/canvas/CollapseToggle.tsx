// The fold toggle on a node that has something under it: "▾" folds its subtree away,
// "▸ N" brings the N folded nodes back. One undo step each; saved with the map.
import { memo, type MouseEvent } from 'react';
import { useEditor } from '../store/store.ts';

const stop = (e: MouseEvent) => e.stopPropagation();

export const CollapseToggle = memo(function CollapseToggle({
  id,
  collapsed,
  count,
}: {
  id: string;
  collapsed: boolean;
  count: number | undefined;
}) {
  if (count === undefined) return null;
  const folded = collapsed && count > 0;
  const label = folded ? `Expand ${count} hidden node${count === 1 ? '' : 's'}` : 'Collapse';
  return (
    <button
      type="button"
      className={`collapse-toggle nodrag nopan${folded ? ' is-folded' : ''}`}
      aria-label={label}
      aria-expanded={!folded}
      title={folded ? label : 'Collapse: fold away what bears on this node'}
      onClick={(e) => {
        e.stopPropagation();
        useEditor.getState().setCollapsed(id, !folded);
      }}
      onDoubleClick={stop}
    >
      {folded ? `▸ ${count}` : '▾'}
    </button>
  );
});
