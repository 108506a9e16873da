// While the map is compared with a key (store/teaching.ts): what the map lacks, drawn as dashed
// ghosts among its statements: a missing statement as a dashed card, a missing relation as a
// dashed line. Ghosts are not part of the map (not selectable, not saved); they are drawn in React
// Flow's label layer, above the relations and below the statements, at the places
// model/compare/ghosts.ts worked out. Loaded with the first comparison, with the verdict colours
// (model/theme/verdictColors.ts) and the marks' styles (comparison.css).
import { memo, useEffect, useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { getBezierPath, Position, useReactFlow } from '@xyflow/react';
import { useEditor } from '../store/store.ts';
import { useTeaching } from '../store/teaching.ts';
import { useVisibility } from '../store/visibility.ts';
import { estimateNodeSize, type Size } from '../model/layout.ts';
import { NODE_STYLES, RELATION_STYLES } from '../model/theme/colors.ts';
import { RELATION_WIDTH } from '../model/theme/card.ts';
import { ensureVerdictColours } from './verdictColours.ts';
import { VERDICT_MARKS } from '../model/theme/verdicts.ts';
import type { GhostRelation, GhostStatement } from '../model/compare/ghosts.ts';
import { motionDuration } from './motion.ts';
import { showDifferenceOf } from '../store/comparisonView.ts';
import './comparison.css';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const GhostLayer = memo(function GhostLayer() {
  const ghosts = useTeaching((s) => s.comparing?.ghosts ?? null);
  const currentGhost = useTeaching((s) => s.comparing?.steps.find((step) => step.id === s.current)?.ghost);
  const ghostRequest = useTeaching((s) => s.ghostRequest);
  const map = useEditor((s) => s.map);
  const sizes = useEditor((s) => s.sizes);
  const { hidden } = useVisibility();
  const flow = useReactFlow();
  ensureVerdictColours();

  // Where each end of a ghost line is: the map's statements (as drawn), the ghosts, and for an
  // undercut the middle of the relation it attacks.
  const boxes = useMemo(() => {
    const out = new Map<string, Box>();
    for (const n of map.nodes) if (!hidden.has(n.id)) out.set(n.id, { ...n.position, ...(sizes[n.id] ?? (estimateNodeSize(n) as Size)) });
    for (const g of ghosts?.statements ?? []) out.set(g.id, { ...g.position, ...g.size });
    return out;
  }, [map.nodes, sizes, hidden, ghosts]);

  const lines = useMemo(() => {
    const relations = new Map(map.relations.map((r) => [r.id, r]));
    const out: { ghost: GhostRelation; path: string; x: number; y: number }[] = [];
    const middles = new Map<string, { x: number; y: number }>();
    const ends = (from: string, to: string) => {
      const a = boxes.get(from);
      const b = boxes.get(to);
      return a && b ? { sx: a.x + a.width / 2, sy: a.y, tx: b.x + b.width / 2, ty: b.y + b.height } : null;
    };
    // Plain relations first, so an undercut of a missing relation finds that relation's middle.
    const ordered = [...(ghosts?.relations ?? [])].sort((a, b) => Number(!!a.toRelation) - Number(!!b.toRelation));
    for (const g of ordered) {
      let e = g.toRelation ? null : ends(g.from, g.to);
      if (g.toRelation) {
        const from = boxes.get(g.from);
        const attacked = relations.get(g.to);
        const middle = middles.get(g.to) ?? (attacked && midpoint(ends(attacked.from, attacked.to)));
        if (from && middle) e = { sx: from.x + from.width / 2, sy: from.y, tx: middle.x, ty: middle.y };
      }
      if (!e) continue;
      const [path, x, y] = getBezierPath({
        sourceX: e.sx,
        sourceY: e.sy,
        sourcePosition: Position.Top,
        targetX: e.tx,
        targetY: e.ty,
        targetPosition: Position.Bottom,
      });
      middles.set(g.id, { x, y });
      out.push({ ghost: g, path, x, y });
    }
    return out;
  }, [ghosts, boxes, map.relations]);

  useEffect(() => {
    if (!ghostRequest) return;
    const box = boxes.get(ghostRequest.id);
    if (box)
      void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
        zoom: Math.max(flow.getZoom(), 0.8),
        duration: motionDuration(300),
      });
    // Only a new request centres; the ghosts moving with the map do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ghostRequest, flow]);

  if (!ghosts) return null;
  return (
    <LabelLayer>
      <svg className="ghost-lines" width="1" height="1" aria-hidden="true">
        <defs>
          <marker
            id="ghost-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="10"
            markerHeight="10"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0 0 10 5 0 10z" />
          </marker>
        </defs>
        {lines.map(({ ghost, path }) => (
          <path
            key={ghost.id}
            d={path}
            className={`ghost-line${ghost.id === currentGhost ? ' is-current' : ''}`}
            data-ghost-id={ghost.id}
            data-relation-kind={ghost.kind}
            strokeWidth={RELATION_WIDTH}
            markerEnd="url(#ghost-arrow)"
          />
        ))}
      </svg>
      {lines.map(({ ghost, x, y }) => (
        <GhostLineLabel key={ghost.id} ghost={ghost} x={x} y={y} current={ghost.id === currentGhost} />
      ))}
      {ghosts.statements.map((g) => (
        <GhostCard key={g.id} ghost={g} current={g.id === currentGhost} />
      ))}
    </LabelLayer>
  );
});

/**
 * React Flow's label layer (what its EdgeLabelRenderer portals into, not imported so that it stays
 * out of the page's first JavaScript): inside the viewport, above the relations, below the statements.
 */
function LabelLayer({ children }: { children: ReactNode }) {
  const layer = document.querySelector('.react-flow__edgelabel-renderer');
  return layer ? createPortal(children, layer) : null;
}

function midpoint(e: { sx: number; sy: number; tx: number; ty: number } | null) {
  return e ? { x: (e.sx + e.tx) / 2, y: (e.sy + e.ty) / 2 } : undefined;
}

/** The kind of a missing relation, in the middle of its line. */
function GhostLineLabel({ ghost, x, y, current }: { ghost: GhostRelation; x: number; y: number; current: boolean }) {
  return (
    <button
      type="button"
      className={`ghost-line-label nodrag nopan${current ? ' is-current' : ''}`}
      style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
      data-ghost-id={ghost.id}
      tabIndex={-1}
      onClick={() => showDifferenceOf(ghost.id)}
      aria-label={`Missing relation: ${RELATION_STYLES[ghost.kind].label}`}
    >
      <span aria-hidden="true">{VERDICT_MARKS.missing.sign}</span> {RELATION_STYLES[ghost.kind].label}
    </button>
  );
}

/** A missing statement: a dashed card where it would go, saying what it is. */
function GhostCard({ ghost, current }: { ghost: GhostStatement; current: boolean }) {
  const label = NODE_STYLES[ghost.kind].label;
  return (
    <button
      type="button"
      className={`ghost-node nodrag nopan${current ? ' is-current' : ''}`}
      style={{
        transform: `translate(${ghost.position.x}px, ${ghost.position.y}px)`,
        width: ghost.size.width,
        minHeight: ghost.size.height,
      }}
      data-ghost-id={ghost.id}
      data-kind={ghost.kind}
      tabIndex={-1}
      onClick={() => showDifferenceOf(ghost.id)}
    >
      <span className="ghost-node-kind">
        <span aria-hidden="true">{VERDICT_MARKS.missing.sign}</span> Missing {label.toLowerCase()}
      </span>
      <span className="ghost-node-text">{ghost.text}</span>
    </button>
  );
}
