// The toolbar's Layout controls: Layout (in the map's saved arrangement), the choice of
// arrangement (saved with the map), and, on a folded map, unfolding one more level.
import { memo } from 'react';
import { useEditor, isViewOnly } from '../store/store.ts';
import { LAYOUT_MODES, type LayoutMode } from '../model/types.ts';

const MODE_LABELS: Record<LayoutMode, string> = {
  auto: 'Automatic',
  tree: 'Tree',
  compact: 'Compact',
  outline: 'Left to right',
};

export const LayoutMenu = memo(function LayoutMenu() {
  const mode = useEditor((s) => s.map.meta.layout ?? 'auto');
  const folded = useEditor((s) => s.map.nodes.some((n) => n.collapsed));
  const viewOnly = useEditor(isViewOnly);
  return (
    <>
      <button type="button" onClick={() => useEditor.getState().layout()} disabled={viewOnly} title="Arrange the map (L)">
        Layout
      </button>
      <select
        aria-label="Layout arrangement"
        disabled={viewOnly}
        title="How Layout arranges the map (saved with the map)"
        value={mode}
        onChange={(e) => useEditor.getState().layout(e.target.value as LayoutMode)}
      >
        {LAYOUT_MODES.map((m) => (
          <option key={m} value={m}>
            {MODE_LABELS[m]}
          </option>
        ))}
      </select>
      {folded && (
        <button
          type="button"
          onClick={() => useEditor.getState().unfoldLevel()}
          title="Unfold every folded statement on screen: one more level shows"
        >
          Unfold level
        </button>
      )}
    </>
  );
});
