// Who else is in the room, on the canvas: each person's selection outlined in their colour and
// their pointer with their name. Renders nothing outside a room.
import { memo, useEffect } from 'react';
import { useReactFlow, ViewportPortal } from '@xyflow/react';
import { useEditor } from '../store/store.ts';
import { presenceSink } from '../store/room.ts';

export const Presence = memo(function Presence() {
  const room = useEditor((s) => s.room);
  const { screenToFlowPosition } = useReactFlow();

  useEffect(() => {
    if (!room) return;
    const canvas = document.querySelector('.canvas');
    if (!canvas) return;
    const move = (e: Event) => {
      const { clientX, clientY } = e as PointerEvent;
      presenceSink.pointer(screenToFlowPosition({ x: clientX, y: clientY }));
    };
    const leave = () => presenceSink.pointer(null);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerleave', leave);
    return () => {
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerleave', leave);
    };
  }, [room !== null, screenToFlowPosition]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!room) return null;
  const others = room.people.filter((p) => p.clientId !== room.selfId);
  const outlines = others
    .flatMap((p) =>
      p.selection.map(
        (id) => `.react-flow__node[data-id="${CSS.escape(id)}"]{outline:2px solid ${p.color};outline-offset:4px;border-radius:8px}`,
      ),
    )
    .join('\n');
  return (
    <>
      <style>{outlines}</style>
      <ViewportPortal>
        {others.map((p) =>
          p.pointer ? (
            <div
              key={p.clientId}
              className="presence-pointer"
              style={{ transform: `translate(${p.pointer.x}px, ${p.pointer.y}px)`, color: p.color }}
              aria-hidden="true"
            >
              <svg width="14" height="14" viewBox="0 0 14 14">
                <path d="M0 0 L14 5 L6 7 L4 14 Z" fill="currentColor" />
              </svg>
              <span style={{ background: p.color }}>{p.name}</span>
            </div>
          ) : null,
        )}
      </ViewportPortal>
    </>
  );
});
