// The banner on the canvas while the map is focused on a node (the inspector's collapse and
// focus buttons: NodeVisibilityButtons.tsx).
import { memo } from 'react';
import { useEditor } from '../store/store.ts';
import { visibilityOf } from '../store/visibility.ts';
import { NODE_STYLES } from '../model/theme/colors.ts';
import { toggleFocus } from './visibilityCommands.ts';

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
