// Undo/redo as plain data: snapshots of the map. Maps share structure between steps,
// so a snapshot costs only what changed. A step that replaced the whole document (open,
// new, an example, a recovered map) also keeps which file the map belonged to, so undoing
// it brings back the file name, the file handle and the saved/unsaved state with the map.
import type { ArgMap } from '../model/types.ts';

export const HISTORY_LIMIT = 200;

/** Which file a map belongs to: what Save writes to, and what counts as unsaved. */
export interface FileState {
  fileName: string;
  /** The map as last written to or read from that file. */
  savedMap: ArgMap;
  /** The File System Access handle Save writes back to; null without one. Opaque here. */
  fileHandle: object | null;
}

export interface HistoryEntry {
  map: ArgMap;
  /** Set on entries around a step that changed the file (open, new, example). */
  file?: FileState;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Records `before` as one step back; any redo branch is dropped. */
export function record(h: History, before: ArgMap, file?: FileState): History {
  const past = h.past.length >= HISTORY_LIMIT ? h.past.slice(1) : h.past.slice();
  past.push(file ? { map: before, file } : { map: before });
  return { past, future: [] };
}

interface Step {
  history: History;
  map: ArgMap;
  /** The file state to restore, when the step undone or redone changed the file. */
  file?: FileState;
}

/** `current` is the state now: its file part is kept only if the step being undone changed files. */
export function undo(h: History, current: ArgMap, currentFile: FileState): Step | null {
  const entry = h.past[h.past.length - 1];
  if (!entry) return null;
  const back: HistoryEntry = entry.file ? { map: current, file: currentFile } : { map: current };
  return { history: { past: h.past.slice(0, -1), future: [back, ...h.future] }, map: entry.map, file: entry.file };
}

export function redo(h: History, current: ArgMap, currentFile: FileState): Step | null {
  const entry = h.future[0];
  if (!entry) return null;
  const back: HistoryEntry = entry.file ? { map: current, file: currentFile } : { map: current };
  return { history: { past: [...h.past, back], future: h.future.slice(1) }, map: entry.map, file: entry.file };
}
