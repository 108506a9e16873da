// One statement on the canvas. Memoized and subscribed only to its own editing flag,
// so a change elsewhere in the map does not re-render it.
import { memo, useCallback } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useEditor } from '../store/store.ts';
import { NODE_STYLES } from './appearance.ts';
import { KindIcon } from './KindIcon.tsx';
import { InlineTextEditor } from './InlineTextEditor.tsx';
import type { ArgFlowNode } from './flowElements.ts';
import { NodeBadges } from './NodeBadges.tsx';
import { AddChildToolbar } from './AddChildToolbar.tsx';

export const ArgNodeView = memo(function ArgNodeView({ id, data, selected }: NodeProps<ArgFlowNode>) {
  const { node, decor } = data;
  const style = NODE_STYLES[node.kind];
  const editing = useEditor((s) => s.editingNodeId === id);
  const updateNode = useEditor((s) => s.updateNode);
  const startEditing = useEditor((s) => s.startEditing);
  const commit = useCallback(
    (text: string) => {
      updateNode(id, { text });
      startEditing(null);
    },
    [id, updateNode, startEditing],
  );
  const cancel = useCallback(() => startEditing(null), [startEditing]);

  return (
    <div
      className={`arg-node kind-${node.kind}${selected ? ' is-selected' : ''}${decor?.status ? ` status-${decor.status}` : ''}${decor?.dimmed ? ' is-dimmed' : ''}${decor?.match ? ' is-match' : ''}`}
      style={{ borderColor: style.color, background: style.background }}
      data-node-id={id}
      data-kind={node.kind}
      data-status={decor?.status}
      title={decor?.explanation}
    >
      <Handle type="target" position={Position.Bottom} id="in" className="arg-handle" aria-label="Connect to this node" />
      <div className="arg-node-kind" style={{ color: style.color }}>
        <KindIcon kind={node.kind} />
        <span>{style.label}</span>
        {node.source?.paragraph && (
          <span className="arg-node-cite" title={[node.source.document, node.source.section].filter(Boolean).join(', ')}>
            ¶{node.source.paragraph}
          </span>
        )}
      </div>
      {editing ? (
        <InlineTextEditor initial={node.text} label={`Text of ${style.label.toLowerCase()}`} onCommit={commit} onCancel={cancel} />
      ) : (
        <div className={`arg-node-text${node.text ? '' : ' is-empty'}`}>{node.text || 'Double-click to write…'}</div>
      )}
      {decor && <NodeBadges id={id} decor={decor} collapsed={!!node.collapsed} />}
      <Handle type="source" position={Position.Top} id="out" className="arg-handle" aria-label="Drag to connect from this node" />
      <AddChildToolbar nodeId={id} />
    </div>
  );
});
