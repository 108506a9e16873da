// Nodes that are not statements: the box around co-premises (a linked reason) and the
// anchor in the middle of a link that an undercut attacks.
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { AnchorFlowNode, GroupFlowNode } from './flowElements.ts';

export const LinkedReasonBox = memo(function LinkedReasonBox({ width, height }: NodeProps<GroupFlowNode>) {
  return (
    <div className="linked-reason" style={{ width, height }}>
      <span className="linked-reason-label">linked reason</span>
      <Handle type="source" position={Position.Top} id="out" className="hidden-handle" isConnectable={false} />
    </div>
  );
});

export const LinkAnchor = memo(function LinkAnchor(_: NodeProps<AnchorFlowNode>) {
  return (
    <div className="link-anchor">
      <Handle type="target" position={Position.Top} id="in" className="hidden-handle" isConnectable={false} />
    </div>
  );
});
