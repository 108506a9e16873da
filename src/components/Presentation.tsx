// Presentation mode: the map revealed one outline item at a time, full screen, for a class
// or a judge. Mounted (and loaded: lazyOverlays.tsx) only while presenting; the mode itself
// (`is-presenting` on <html>, every key taken before the editor's shortcuts) is in
// presentationMode.ts, on from the first moment. This draws the bar, lays a click catcher over
// the canvas (a click = next; no dragging or editing), and moves the camera to each revealed node:
// it frames the node together with what it bears on (its parent in the outline) when both fit
// at a readable zoom, else the node alone.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi, type ReactFlowInstance, type ReactFlowState } from '@xyflow/react';
import { useEditor } from '../store/store.ts';
import { presentationOf, visibilityOf } from '../store/visibility.ts';
import { NODE_STYLES } from '../model/theme/colors.ts';
import { estimateNodeSize } from '../model/layout.ts';
import { goToStep, stopPresentation } from './visibilityCommands.ts';
import { motionDuration } from '../canvas/motion.ts';

export function PresentationOverlay() {
  const map = useEditor((s) => s.map);
  const rawStep = useEditor((s) => s.presentationStep ?? 1);
  const { step, total, current } = presentationOf(map, rawStep);
  const node = current === undefined ? undefined : map.nodes.find((n) => n.id === current);
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  // The canvas's size: a window resize (or entering full screen) changes it.
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);

  // The toolbar and side panel disappear: the focus moves to the presentation bar (it goes back
  // where it came from when the presentation ends: presentationMode.ts).
  const hud = useRef<HTMLElement>(null);
  useLayoutEffect(() => hud.current?.focus({ preventScroll: true }), []);

  // The camera follows each newly revealed node, once the canvas has taken its presentation
  // size (toolbar and side panel gone), and frames it again whenever the canvas changes size
  // (window resized, full screen entered), so it never ends up under the bar or off screen.
  useEffect(() => {
    if (current === undefined) return;
    return afterLayout(() => follow(flow, flowStore.getState()));
  }, [current, flow, flowStore, paneWidth, paneHeight]);

  const label = node ? NODE_STYLES[node.kind].label : '';
  return (
    <>
      <div
        className="presentation-catcher"
        data-testid="presentation-catcher"
        onClick={() => goToStep(1)}
        onWheel={(event) => zoomAt(flow, event)}
        aria-hidden="true"
      />
      <section
        ref={hud}
        tabIndex={-1}
        className="presentation-hud"
        role="region"
        aria-label="Presentation"
        aria-roledescription="presentation"
      >
        <div className="presentation-progress" aria-hidden="true">
          <div style={{ width: `${total ? (100 * step) / total : 0}%` }} />
        </div>
        <div className="presentation-row">
          <button
            type="button"
            onClick={() => goToStep(-1)}
            disabled={step <= 1}
            aria-label="Previous step"
            title="Previous (←, PageUp, Backspace)"
          >
            ‹
          </button>
          <p className="presentation-item" aria-live="polite">
            <span className="presentation-count">
              {step} / {total}
            </span>
            {node && (
              <span className="presentation-kind" style={{ color: NODE_STYLES[node.kind].dark.color }}>
                {label}
              </span>
            )}
            <span className="presentation-text">{node?.text || '(empty)'}</span>
          </p>
          <button
            type="button"
            onClick={() => goToStep(1)}
            disabled={step >= total}
            aria-label="Next step"
            title="Next (→, Space, PageDown, click)"
          >
            ›
          </button>
          <button type="button" className="presentation-leave" onClick={stopPresentation} title="Leave the presentation (Escape)">
            Leave
          </button>
        </div>
      </section>
    </>
  );
}

/** Runs `fn` two frames from now (after layout and React Flow's resize); returns a canceller. */
function afterLayout(fn: () => void): () => void {
  let inner = 0;
  const outer = requestAnimationFrame(() => {
    inner = requestAnimationFrame(fn);
  });
  return () => {
    cancelAnimationFrame(outer);
    cancelAnimationFrame(inner);
  };
}

/** Room kept free for the bar at the bottom, and around what is framed (screen pixels). */
const HUD_SPACE = 130;
const PADDING = 48;
/** Below this zoom text is hard to read: frame the node alone instead of node and parent. */
const READABLE_ZOOM = 0.6;
const MAX_ZOOM = 1.1;
const ALONE_ZOOM = 0.9;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Frames the current presentation item (with its parent when both fit readably). */
function follow(flow: ReactFlowInstance, pane: Pick<ReactFlowState, 'width' | 'height'>) {
  const { map, sizes, presentationStep } = useEditor.getState();
  if (presentationStep === null || !pane.width || !pane.height) return;
  const { current, hidden } = presentationOf(map, presentationStep);
  const boxOf = (id: string | undefined): Box | undefined => {
    const node = id === undefined || hidden.has(id) ? undefined : map.nodes.find((n) => n.id === id);
    return node && { ...node.position, ...(sizes[node.id] ?? estimateNodeSize(node)) };
  };
  const node = boxOf(current);
  if (!node || current === undefined) return;
  const parent = boxOf(visibilityOf(map).parentOf.get(current));
  const width = pane.width - 2 * PADDING;
  const height = Math.max(pane.height - HUD_SPACE, pane.height / 2) - 2 * PADDING;
  const fit = (b: Box) => Math.min(width / b.width, height / b.height, MAX_ZOOM);
  let frame = parent ? union(node, parent) : node;
  let zoom = fit(frame);
  if (zoom < READABLE_ZOOM) {
    frame = node;
    zoom = Math.min(fit(node), ALONE_ZOOM);
  }
  const x = pane.width / 2 - (frame.x + frame.width / 2) * zoom;
  const y = PADDING + height / 2 - (frame.y + frame.height / 2) * zoom;
  void flow.setViewport({ x, y, zoom }, { duration: motionDuration(400) });
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The wheel still zooms around the pointer, although the catcher takes the clicks. */
function zoomAt(flow: ReactFlowInstance, event: React.WheelEvent) {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane) return;
  const { x, y, zoom } = flow.getViewport();
  const next = Math.min(2.5, Math.max(0.05, zoom * Math.exp(-event.deltaY * 0.002)));
  const px = event.clientX - pane.left;
  const py = event.clientY - pane.top;
  void flow.setViewport({ x: px - ((px - x) * next) / zoom, y: py - ((py - y) * next) / zoom, zoom: next });
}
