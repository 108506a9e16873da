// A node whose text editor opens (a new child from E/R/O/C, Enter, double-click) must be on
// screen: the user is about to type into it. When it lies outside the view, the camera pans
// just enough to show it, with room below for the add-child bar; the zoom stays.
import { useEffect } from 'react';
import { useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import { useEditor } from '../store/store.ts';
import { estimateNodeSize } from '../model/layout.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Screen pixels kept free around the node: the add-child bar sits under a selected node. */
const MARGIN = { left: 40, right: 40, top: 40, bottom: 90 };

/** The viewport that shows `box` (flow coordinates) inside a pane, moved as little as possible; null if it shows already. */
export function viewportRevealing(view: Viewport, pane: { width: number; height: number }, box: Box): Viewport | null {
  const shift = (start: number, size: number, paneSize: number, before: number, after: number) => {
    const end = start + size;
    if (start < before) return before - start;
    // Too big to show whole: its start (where the text begins) wins.
    if (end > paneSize - after) return Math.max(paneSize - after - end, before - start);
    return 0;
  };
  const dx = shift(box.x * view.zoom + view.x, box.width * view.zoom, pane.width, MARGIN.left, MARGIN.right);
  const dy = shift(box.y * view.zoom + view.y, box.height * view.zoom, pane.height, MARGIN.top, MARGIN.bottom);
  return dx || dy ? { x: view.x + dx, y: view.y + dy, zoom: view.zoom } : null;
}

export function useRevealEditing() {
  const editing = useEditor((s) => s.editingNodeId);
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  useEffect(() => {
    if (!editing) return;
    const reveal = () => {
      const { map, sizes } = useEditor.getState();
      const node = map.nodes.find((n) => n.id === editing);
      const { width, height } = flowStore.getState();
      if (!node || !width || !height) return;
      const next = viewportRevealing(
        flow.getViewport(),
        { width, height },
        { ...node.position, ...(sizes[node.id] ?? estimateNodeSize(node)) },
      );
      if (next) void flow.setViewport(next, { duration: 200 });
    };
    // Two frames: a new node is rendered and measured first.
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(reveal);
    });
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, [editing, flow, flowStore]);
}
