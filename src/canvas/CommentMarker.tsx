// The marker of open comments on a statement (a chip on its top edge) or a relation (beside
// its label): a speech bubble with the count. A click selects what it is on and shows its
// comments in the Comments panel. Not a Tab stop: from the keyboard, Ctrl+Alt+M on the
// selection does the same, and a statement's label says how many open comments it has.
import { memo, type MouseEvent } from 'react';
import { useEditor } from '../store/store.ts';

const BUBBLE = 'M1 1.5h10v7H5L2.5 11V8.5H1z';

function show(e: MouseEvent, nodeIds: string[], relationIds: string[] = []) {
  e.stopPropagation();
  const store = useEditor.getState();
  store.select(nodeIds, relationIds);
  store.setSidePanel('comments');
}

const label = (count: number) => `${count} open comment${count === 1 ? '' : 's'}: show`;

export const CommentMarker = memo(function CommentMarker({ id, count }: { id: string; count: number }) {
  return (
    <button
      type="button"
      className="comment-marker nodrag nopan"
      tabIndex={-1}
      aria-label={label(count)}
      title={label(count)}
      onClick={(e) => show(e, [id])}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
        <path d={BUBBLE} />
      </svg>
      {count}
    </button>
  );
});

/** The same on a relation, in the edge's SVG, its left edge at (x, y ± half its height). */
export const EdgeCommentMarker = memo(function EdgeCommentMarker({
  x,
  y,
  count,
  relationIds,
}: {
  x: number;
  y: number;
  count: number;
  relationIds: string[];
}) {
  const width = 22 + 7 * String(count).length;
  return (
    <g
      className="comment-marker-edge"
      transform={`translate(${x} ${y - 10})`}
      role="button"
      aria-label={label(count)}
      onClick={(e) => show(e, [], relationIds)}
    >
      <title>{label(count)}</title>
      <rect width={width} height={20} rx={10} />
      <path d={BUBBLE} transform="translate(5 4)" />
      <text x={19} y={10} dominantBaseline="central" fontSize={11} fontWeight={700}>
        {count}
      </text>
    </g>
  );
});
