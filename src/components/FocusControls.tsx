// Collapse and focus controls outside the canvas nodes: the inspector's buttons for the
// selected node, and the banner on the canvas while the map is focused on a node.
import { memo } from 'react';
import { useEditor } from '../store/store.ts';
import { visibilityOf } from '../store/visibility.ts';
import type { ArgNode } from '../model/types.ts';
import { NODE_STYLES } from '../canvas/appearance.ts';
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
        <button type="button" onClick={() => toggleFocus(node.id)} title="Show only this node, what it bears on and what bears on it (Shift+F)">
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

/** Shown on the canvas while the map is focused on a node. */
export const FocusBanner = memo(function FocusBanner() {
  const focused = useEditor((s) => {
    const id = visibilityOf(s.map).focus;
    return id === undefined ? undefined : s.map.nodes.find((n) => n.id === id);
  });
  const presenting = useEditor((s) => s.presentationStep !== null);
  if (!focused || presenting) return null;
  const text = focused.text.length > 80 ? `${focused.text.slice(0, 79)}…` : focused.text || '(empty)';
  return (
    <div className="focus-banner" role="region" aria-label="Focus">
      <span>
        Focused on <strong>{NODE_STYLES[focused.kind].label.toLowerCase()}</strong> “{text}”: only its neighbourhood is shown.
      </span>
      <button type="button" onClick={() => toggleFocus(undefined)}>
        Show whole map
      </button>
    </div>
  );
});
