// "Add reason / objection / caveat / evidence" right at the selected node, as in
// diagram editors. Rendered by React Flow outside the viewport, so never in exports.
import { memo } from 'react';
import { NodeToolbar, Position, useStore } from '@xyflow/react';
import { useEditor, isViewOnly } from '../store/store.ts';
import { CHILD_ACTIONS } from './appearance.ts';

export const AddChildToolbar = memo(function AddChildToolbar({ nodeId }: { nodeId: string }) {
  // Shown for the one selected node, not while editing or presenting, nor on a view link.
  const visible = useEditor(
    (s) =>
      s.selectedNodeIds.length === 1 &&
      s.selectedNodeIds[0] === nodeId &&
      s.editingNodeId !== nodeId &&
      s.presentationStep === null &&
      !isViewOnly(s),
  );
  return visible ? <ToolbarWhenLegible nodeId={nodeId} /> : null;
});

/** The toolbar keeps its size while the map zooms: below this zoom it would cover the next row. */
const MIN_ZOOM = 0.6;

function ToolbarWhenLegible({ nodeId }: { nodeId: string }) {
  const legible = useStore((s) => s.transform[2] >= MIN_ZOOM);
  if (!legible) return null;
  return (
    <NodeToolbar isVisible position={Position.Bottom} offset={8} className="add-child-toolbar">
      {CHILD_ACTIONS.map((a) => (
        <button
          key={a.role}
          type="button"
          className={`add-child role-${a.role}`}
          aria-label={`Add ${a.label.toLowerCase()} to this node`}
          title={`Add ${a.label.toLowerCase()} (${a.key})`}
          onClick={() => useEditor.getState().addChild(nodeId, a.role)}
        >
          <span aria-hidden="true">{a.mark}</span> {a.label}
        </button>
      ))}
    </NodeToolbar>
  );
}
