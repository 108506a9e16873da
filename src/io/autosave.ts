// Autosave to localStorage: debounced after each change, flushed when the tab is hidden
// or closed. The saved record notes whether the map had unsaved work, so after a reload
// the editor still warns before the tab closes.
import { useEditor, isDirty, type EditorStore } from '../store/store.ts';
import { serializeMap } from '../model/format/save.ts';
import { parseMapText } from '../model/format/load.ts';
import type { ArgMap } from '../model/types.ts';

export const AUTOSAVE_KEY = 'argmap:autosave';
const DEBOUNCE_MS = 400;

interface AutosaveRecord {
  savedAt: string;
  fileName: string;
  dirty: boolean;
  map: string;
}

export function readAutosave(storage: Storage = localStorage): { map: ArgMap; fileName: string; dirty: boolean; repairs: string[] } | null {
  let raw: string | null;
  try {
    raw = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const record = JSON.parse(raw) as AutosaveRecord;
    const loaded = parseMapText(record.map);
    if (!loaded.ok) return null;
    return { map: loaded.map, fileName: record.fileName, dirty: record.dirty, repairs: loaded.repairs };
  } catch {
    return null;
  }
}

export function startAutosave(storage: Storage = localStorage): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten: ArgMap | null = null;
  let warned = false;

  const write = () => {
    timer = undefined;
    const state = useEditor.getState();
    if (state.map === lastWritten) return;
    const record: AutosaveRecord = { savedAt: new Date().toISOString(), fileName: state.fileName, dirty: isDirty(state), map: serializeMap(state.map) };
    try {
      storage.setItem(AUTOSAVE_KEY, JSON.stringify(record));
      lastWritten = state.map;
      warned = false;
    } catch (e) {
      if (!warned) {
        warned = true;
        state.notify({ tone: 'error', title: 'Autosave failed: browser storage is full or unavailable', details: [`${(e as Error).message}. Save the map to a file (Ctrl+S) to keep your work.`] });
      }
    }
  };
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    write();
  };
  const unsubscribe = useEditor.subscribe((state: EditorStore, prev: EditorStore) => {
    if (state.map === prev.map && state.savedMap === prev.savedMap && state.fileName === prev.fileName) return;
    if (state.savedMap !== prev.savedMap) lastWritten = null; // the dirty flag changed: rewrite
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, DEBOUNCE_MS);
  });
  const onHide = () => document.visibilityState === 'hidden' && flush();
  const onUnload = (event: BeforeUnloadEvent) => {
    flush();
    if (isDirty(useEditor.getState())) {
      event.preventDefault();
      event.returnValue = '';
    }
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('beforeunload', onUnload);
  return () => {
    unsubscribe();
    flush();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('beforeunload', onUnload);
  };
}
