// The side panel: details of the selected node or relation, or of the map itself.
import { memo, useRef } from 'react';
import { useEditor, isViewOnly } from '../store/store.ts';
import { DraftField } from './DraftField.tsx';
import { lazyPanel } from './lazyView.tsx';
import type { ArgNode } from '../model/types.ts';
import { sameExceptPosition } from '../store/mapViews.ts';

/** What edits a selection loads on first use (fetched early, when the browser is idle after start: main.tsx). */
export const SelectionInspector = lazyPanel(() => import('./SelectionInspector.tsx'), 'SelectionInspector', 'the inspector');

export const Inspector = memo(function Inspector() {
  const nodeIds = useEditor((s) => s.selectedNodeIds);
  const relationIds = useEditor((s) => s.selectedRelationIds);
  const node = useInspectedNode();
  const relation = useEditor((s) =>
    s.selectedNodeIds.length === 0 && s.selectedRelationIds.length >= 1
      ? s.map.relations.find((r) => r.id === s.selectedRelationIds[0])
      : undefined,
  );

  const selection = node || relation || nodeIds.length > 1;
  return (
    <section className="inspector" aria-label="Inspector">
      {selection ? (
        <SelectionInspector node={node} relation={relation} relationIds={relationIds} count={nodeIds.length} />
      ) : (
        <MapInspector />
      )}
    </section>
  );
});

/**
 * The one selected node, kept while only its position changes: the inspector shows no
 * position, so dragging the node does not redraw the panel on every frame.
 */
function useInspectedNode(): ArgNode | undefined {
  const last = useRef<ArgNode | undefined>(undefined);
  return useEditor((s) => {
    const node = s.selectedNodeIds.length === 1 ? s.map.nodes.find((n) => n.id === s.selectedNodeIds[0]) : undefined;
    if (node && last.current && sameExceptPosition(node, last.current)) return last.current;
    return (last.current = node);
  });
}

function MapInspector() {
  const meta = useEditor((s) => s.map.meta);
  const setMeta = useEditor((s) => s.setMeta);
  const viewOnly = useEditor(isViewOnly);
  return (
    <section>
      <h2>Map</h2>
      <DraftField label="Title" value={meta.title} readOnly={viewOnly} onCommit={(title) => setMeta({ title })} />
      <DraftField
        label="Description"
        value={meta.description}
        multiline
        readOnly={viewOnly}
        onCommit={(description) => setMeta({ description })}
      />
      <p className="hint">
        {viewOnly
          ? 'This link shows the map; it cannot change it. Select a node or relation to see its details.'
          : 'Select a node or relation to edit it. Double-click the canvas to add a node.'}
      </p>
    </section>
  );
}
