// A relation: colour, dash and end marker by kind, a label naming the kind, and under it a badge
// naming the argument's scheme when it has one.
// Drawn in SVG (marker defined inline) so it needs nothing outside its own element.
import { lazy, memo, Suspense } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { relationColor, relationLabelColor } from './appearance.ts';
import { RELATION_STYLES } from '../model/theme/colors.ts';
import { VERDICT_MARKS } from '../model/theme/verdicts.ts';
import type { RelationFlowEdge } from './flowElements.ts';
import {
  MARKER_GRID,
  MARKER_SHAPES,
  MARKER_TIP_X,
  MARKER_TIP_Y,
  PILL_HEIGHT,
  PILL_TEXT_SIZE,
  pillWidth,
  RELATION_DASH,
  RELATION_SELECTED_WIDTH,
  RELATION_WIDTH,
} from '../model/theme/card.ts';
import { useLinkStatus } from '../store/evaluationView.ts';
import { schemeShortName } from '../model/schemes/label.ts';
import { useOpenComments } from '../store/commentCounts.ts';

const NO_IDS: string[] = [];
// Loaded with the first map that has open comments.
const EdgeCommentMarker = lazy(() => import('./CommentMarker.tsx').then((m) => ({ default: m.EdgeCommentMarker })));

export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  // With evaluation on: 'out' when the link carries nothing (styled in styles.css).
  const status = useLinkStatus(data?.relationIds ?? NO_IDS);
  const comments = useOpenComments(data?.relationIds ?? NO_IDS);
  if (!data) return null;
  const style = RELATION_STYLES[data.relation.kind];
  // Theme colours as CSS variables (in style, where SVG accepts var()).
  const line = relationColor(data.relation.kind);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const markerId = `marker-${id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const labelWidth = pillWidth(style.label);
  const marker = MARKER_SHAPES[style.marker];
  const scheme = data.relation.scheme && schemeShortName(data.relation.scheme.scheme);
  const verdict = data.verdict;
  return (
    <>
      <defs>
        <marker
          id={markerId}
          viewBox={`0 0 ${MARKER_GRID} ${MARKER_GRID}`}
          refX={MARKER_TIP_X}
          refY={MARKER_TIP_Y}
          markerWidth={MARKER_GRID}
          markerHeight={MARKER_GRID}
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path
            d={marker.d}
            fill={marker.unfilled ? 'none' : undefined}
            strokeWidth={marker.strokeWidth}
            style={marker.strokeWidth === undefined ? { fill: line } : { stroke: line }}
          />
        </marker>
      </defs>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#${markerId})`}
        interactionWidth={16}
        className={`${status ? `link-status-${status}` : ''}${verdict ? ` verdict-${verdict}` : ''}`}
        style={{
          stroke: line,
          strokeWidth: selected ? RELATION_SELECTED_WIDTH : RELATION_WIDTH,
          strokeDasharray: style.dashed ? RELATION_DASH : undefined,
        }}
      />
      <g
        className={`relation-label${status ? ` link-status-${status}` : ''}`}
        transform={`translate(${labelX} ${labelY})`}
        data-relation-kind={data.relation.kind}
        data-verdict={verdict}
      >
        <rect
          x={-labelWidth / 2}
          y={-PILL_HEIGHT / 2}
          width={labelWidth}
          height={PILL_HEIGHT}
          rx={PILL_HEIGHT / 2}
          strokeWidth={selected ? 2 : 1}
          style={{ fill: 'var(--relation-label-bg)', stroke: line }}
        />
        <text
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={PILL_TEXT_SIZE}
          fontWeight={600}
          style={{ fill: relationLabelColor(data.relation.kind) }}
        >
          {style.label}
        </text>
        {verdict && (
          <text className="edge-verdict" x={-labelWidth / 2 - 4} textAnchor="end" dominantBaseline="central" fontSize={PILL_TEXT_SIZE + 2}>
            {VERDICT_MARKS[verdict].sign}
          </text>
        )}
      </g>
      {scheme && (
        <g
          className="scheme-badge"
          transform={`translate(${labelX} ${labelY + PILL_HEIGHT + 1})`}
          data-scheme={data.relation.scheme!.scheme}
        >
          <rect
            x={-pillWidth(scheme) / 2}
            y={-PILL_HEIGHT / 2}
            width={pillWidth(scheme)}
            height={PILL_HEIGHT}
            rx={4}
            style={{ fill: 'var(--relation-label-bg)', stroke: line }}
          />
          <text
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={PILL_TEXT_SIZE}
            style={{ fill: relationLabelColor(data.relation.kind) }}
          >
            {scheme}
          </text>
        </g>
      )}
      {comments > 0 && (
        <Suspense fallback={null}>
          <EdgeCommentMarker x={labelX + labelWidth / 2 + 4} y={labelY} count={comments} relationIds={data.relationIds} />
        </Suspense>
      )}
    </>
  );
});
