// One statement on the canvas. Memoized and subscribed only to its own editing flag,
// so a change elsewhere in the map does not re-render it.
import { memo, useCallback } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useEditor } from '../store/store.ts';
import { kindBackground, kindColor } from './appearance.ts';
import { NODE_STYLES } from '../model/theme/colors.ts';
import { KindIcon } from './KindIcon.tsx';
import { InlineTextEditor, type EditEnd } from './InlineTextEditor.tsx';
import { focusNode } from './focusNode.ts';
import type { ArgFlowNode } from './flowElements.ts';
import { NodeBadges } from './NodeBadges.tsx';
import { AddChildToolbar } from './AddChildToolbar.tsx';
import { NodeText } from './NodeText.tsx';

export const ArgNodeView = memo(function ArgNodeView({ id, data, selected }: NodeProps<ArgFlowNode>) {
  const { node, decor } = data;
  const style = NODE_STYLES[node.kind];
  const editing = useEditor((s) => s.editingNodeId === id);
  const updateNode = useEditor((s) => s.updateNode);
  const startEditing = useEditor((s) => s.startEditing);
  // Enter or Escape hands the keyboard back to the node (not to <body>); a click elsewhere keeps its focus.
  const commit = useCallback(
    (text: string, how: EditEnd) => {
      updateNode(id, { text });
      startEditing(null);
      if (how === 'key') focusNode(id);
    },
    [id, updateNode, startEditing],
  );
  const cancel = useCallback(
    (how: EditEnd) => {
      startEditing(null);
      if (how === 'key') focusNode(id);
    },
    [id, startEditing],
  );

  return (
    <div
      className={`arg-node kind-${node.kind}${selected ? ' is-selected' : ''}${decor?.status ? ` status-${decor.status}` : ''}${decor?.dimmed ? ' is-dimmed' : ''}${decor?.match ? ' is-match' : ''}${decor?.verdict ? ` verdict-${decor.verdict}` : ''}`}
      style={{ borderColor: kindColor(node.kind), background: kindBackground(node.kind) }}
      data-node-id={id}
      data-kind={node.kind}
      data-status={decor?.status}
      data-verdict={decor?.verdict}
      title={decor?.explanation}
    >
      {/* The whole node takes a dropped connection: a target as big as the node, hit-testable
          only while a connection is being dragged (React Flow marks it .connectionindicator). */}
      <Handle
        type="target"
        position={Position.Bottom}
        id="body"
        className="arg-body-target"
        isConnectableStart={false}
        aria-hidden="true"
      />
      <Handle type="target" position={Position.Bottom} id="in" className="arg-handle" />
      <div className="arg-node-kind" style={{ color: kindColor(node.kind) }}>
        <KindIcon kind={node.kind} />
        <span>{style.label}</span>
        {node.source?.paragraph && (
          <span className="arg-node-cite" title={[node.source.document, node.source.section].filter(Boolean).join(', ')}>
            ¶{node.source.paragraph}
          </span>
        )}
      </div>
      {editing ? (
        <InlineTextEditor
          nodeId={id}
          initial={node.text}
          label={`Text of ${style.label.toLowerCase()}`}
          onCommit={commit}
          onCancel={cancel}
        />
      ) : (
        <NodeText nodeId={id} kind={node.kind} text={node.text} />
      )}
      {decor && <NodeBadges id={id} decor={decor} collapsed={!!node.collapsed} />}
      <Handle type="source" position={Position.Top} id="out" className="arg-handle" />
      <AddChildToolbar nodeId={id} />
    </div>
  );
});
