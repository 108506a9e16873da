// The inspector's collapse and focus buttons for the selected node.
import { memo } from 'react';
import { useEditor } from '../store/store.ts';
import { visibilityOf } from '../store/visibility.ts';
import type { ArgNode } from '../model/types.ts';
import { setCollapsed, toggleFocus } from './visibilityCommands.ts';

/** "Collapse/Expand subtree", "Focus on this node" / "Show whole map" for one node. */
export const NodeVisibilityButtons = memo(function NodeVisibilityButtons({ node }: { node: ArgNode }) {
  const fold = useEditor((s) => visibilityOf(s.map).folds.get(node.id));
  const focus = useEditor((s) => s.map.meta.focus);
  const collapsed = !!node.collapsed;
  return (
    <div className="button-row visibility-buttons">
      {(fold !== undefined || collapsed) &&
        (collapsed ? (
          <button type="button" onClick={() => setCollapsed(node.id, false)} title="Show what is folded under this node (+)">
            Expand subtree{fold ? ` (${fold})` : ''}
          </button>
        ) : (
          <button type="button" onClick={() => setCollapsed(node.id, true)} title="Fold away what bears on this node (−)">
            Collapse subtree
          </button>
        ))}
      {focus !== node.id && (
        <button
          type="button"
          onClick={() => toggleFocus(node.id)}
          title="Show only this node, what it bears on and what bears on it (Shift+F)"
        >
          Focus on this node
        </button>
      )}
      {focus !== undefined && (
        <button type="button" onClick={() => toggleFocus(undefined)} title="Leave the focus (Shift+F)">
          Show whole map
        </button>
      )}
    </div>
  );
});
