// The canvas by keyboard: the node Tab stops at (one stop for the whole canvas), and the keys
// on a focused node. Enter selects, Enter again edits; arrows go to the nearest node in that
// direction (selecting it); Alt+arrows move the selection (one undo step a press). A key that
// removes the focused node (Delete, undo) gives the focus to the new tab stop, not to <body>.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useEditor } from '../store/store.ts';
import { structureOf } from '../store/mapViews.ts';
import type { Point } from '../model/types.ts';
import { ARROW_DIRECTIONS, nearestInDirection, tabStopOf } from './keyboardNavigation.ts';
import { focusNode } from './focusNode.ts';

/** How far Alt+arrow moves the selected nodes (Alt+Shift+arrow: five times as far). */
const KEY_MOVE_STEP = 10;
const EDITING_KEYS = new Set(['Delete', 'Backspace', 'z', 'Z', 'y', 'Y']);

const argNodeId = (target: EventTarget | null): string | undefined => {
  const el = target as HTMLElement | null;
  return el?.classList?.contains('react-flow__node-arg') ? el.dataset.id : undefined;
};

export function useCanvasKeyboard(hidden: ReadonlySet<string>) {
  const map = useEditor((s) => s.map);
  // The tab stop reads ids, kinds and relations only: found again when they change, not on a drag frame.
  const structure = structureOf(map);
  const selectedNodeIds = useEditor((s) => s.selectedNodeIds);
  const [lastFocused, setLastFocused] = useState<string | null>(null);
  const tabStop = useMemo(
    () => tabStopOf(structure, selectedNodeIds, lastFocused, hidden),
    [structure, selectedNodeIds, lastFocused, hidden],
  );
  const latest = useRef({ tabStop, hidden });
  latest.current = { tabStop, hidden };

  const refocusAfterChange = useRef(false);
  useEffect(() => {
    if (!refocusAfterChange.current) return;
    refocusAfterChange.current = false;
    // React Flow removes the node's element a render later: look once it has.
    let cancel = () => {};
    const frame = requestAnimationFrame(() => {
      const lost = document.activeElement === document.body || !document.activeElement;
      if (lost && latest.current.tabStop) cancel = focusNode(latest.current.tabStop);
    });
    return () => {
      cancelAnimationFrame(frame);
      cancel();
    };
  }, [map]);

  const onFocus = useCallback((event: React.FocusEvent) => {
    const id = argNodeId(event.target);
    if (id) setLastFocused(id);
  }, []);

  const onKeyDownCapture = useCallback((event: React.KeyboardEvent) => {
    const id = argNodeId(event.target);
    const store = useEditor.getState();
    // Presenting, the arrows step through the presentation.
    if (!id || store.presentationStep !== null) return;
    const done = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (EDITING_KEYS.has(event.key)) refocusAfterChange.current = true;
    if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      if (store.selectedNodeIds.length === 1 && store.selectedNodeIds[0] === id) store.startEditing(id);
      else store.select([id], []);
      return done();
    }
    const direction = ARROW_DIRECTIONS[event.key];
    if (!direction || event.ctrlKey || event.metaKey) return;
    if (event.altKey) {
      const moving = new Set(store.selectedNodeIds.includes(id) ? store.selectedNodeIds : [id]);
      const step = KEY_MOVE_STEP * (event.shiftKey ? 5 : 1);
      const [dx, dy] = direction === 'left' ? [-step, 0] : direction === 'right' ? [step, 0] : direction === 'up' ? [0, -step] : [0, step];
      const positions: Record<string, Point> = {};
      for (const n of store.map.nodes) if (moving.has(n.id)) positions[n.id] = { x: n.position.x + dx, y: n.position.y + dy };
      store.moveNodes(positions);
      return done();
    }
    const next = nearestInDirection(store.map, id, direction, store.sizes, latest.current.hidden);
    if (next) {
      store.select([next], []);
      focusNode(next);
    }
    done();
  }, []);

  return { tabStop, onFocus, onKeyDownCapture };
}
