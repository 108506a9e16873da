// A relation: colour, dash and end marker by kind, and a label naming the kind.
// Drawn in SVG (marker defined inline) so it needs nothing outside its own element.
import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { RELATION_STYLES, relationColor, relationLabelColor } from './appearance.ts';
import type { RelationFlowEdge } from './flowElements.ts';
import { useLinkStatus } from '../store/evaluationView.ts';

const NO_IDS: string[] = [];

export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  // With evaluation on: 'out' when the link carries nothing (styled in styles.css).
  const status = useLinkStatus(data?.relationIds ?? NO_IDS);
  if (!data) return null;
  const style = RELATION_STYLES[data.relation.kind];
  // Theme colours as CSS variables (in style, where SVG accepts var()).
  const line = relationColor(data.relation.kind);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const markerId = `marker-${id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const labelWidth = style.label.length * 6.4 + 12;
  return (
    <>
      <defs>
        <marker id={markerId} viewBox="0 0 12 12" refX="10" refY="6" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          {style.marker === 'arrow' && <path d="M0,1 L11,6 L0,11 z" style={{ fill: line }} />}
          {style.marker === 'open-arrow' && <path d="M1,1 L11,6 L1,11" fill="none" strokeWidth="1.8" style={{ stroke: line }} />}
          {style.marker === 'bar' && <path d="M10,0 L10,12" strokeWidth="3" style={{ stroke: line }} />}
        </marker>
      </defs>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#${markerId})`}
        interactionWidth={16}
        className={status ? `link-status-${status}` : undefined}
        style={{ stroke: line, strokeWidth: selected ? 3.5 : 2, strokeDasharray: style.dashed ? '7 5' : undefined }}
      />
      <g className={`relation-label${status ? ` link-status-${status}` : ''}`} transform={`translate(${labelX} ${labelY})`} data-relation-kind={data.relation.kind}>
        <rect x={-labelWidth / 2} y={-9} width={labelWidth} height={18} rx={9} strokeWidth={selected ? 2 : 1} style={{ fill: 'var(--relation-label-bg)', stroke: line }} />
        <text textAnchor="middle" dominantBaseline="central" fontSize={11} fontWeight={600} style={{ fill: relationLabelColor(data.relation.kind) }}>
          {style.label}
        </text>
      </g>
    </>
  );
});
