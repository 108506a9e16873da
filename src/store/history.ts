// Undo/redo as plain data: snapshots of the map. Maps share structure between steps,
// so a snapshot costs only what changed.
import type { ArgMap } from '../model/types.ts';

export const HISTORY_LIMIT = 200;

export interface History {
  past: ArgMap[];
  future: ArgMap[];
}

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Records `before` as one step back; any redo branch is dropped. */
export function record(h: History, before: ArgMap): History {
  const past = h.past.length >= HISTORY_LIMIT ? h.past.slice(1) : h.past.slice();
  past.push(before);
  return { past, future: [] };
}

export function undo(h: History, current: ArgMap): { history: History; map: ArgMap } | null {
  const map = h.past[h.past.length - 1];
  if (!map) return null;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future] }, map };
}

export function redo(h: History, current: ArgMap): { history: History; map: ArgMap } | null {
  const map = h.future[0];
  if (!map) return null;
  return { history: { past: [...h.past, current], future: h.future.slice(1) }, map };
}
