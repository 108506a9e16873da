// Autosave: each tab writes its map to its own recovery record (IndexedDB) within a short
// moment of every change, typed-but-uncommitted text included, and again when the tab is
// hidden or closed. A map replaced by New, Open, an example or a recovered map keeps its
// record (it stays in the Recover… list); the new map gets a record of its own.
import { useEditor, hasUnsavedWork, type EditorState } from '../store/store.ts';
import { writeRecord, newRecordId } from './recoveryDb.ts';
import { claimRecord, holdFileName, type Lease } from './tabLocks.ts';
import type { RecordHead } from './recoveryRecords.ts';
import { mapChanges } from './recordChanges.ts';

/** sessionStorage key: the record this tab writes, so a reload of the tab restores its own map. */
export const TAB_RECORD_KEY = 'argmap:tab-record';
/** A change is written at most this long after it happened (a throttle, not a debounce: typing never postpones it). */
export const WRITE_WITHIN_MS = 300;

export interface TabRecord {
  id: string;
  lease: Lease | null;
}

let current: TabRecord | null = null;
let adoptNext: TabRecord | null = null;
/** Writes what is left at once and tells whether the record holds it (set while autosave runs). */
let flushNow: (() => Promise<boolean>) | null = null;
/** The page is reloading with its work in its record (an update the person agreed to): no "Leave site?". */
let leaving = false;

/** Writes the map (typed text included) to its record now; resolves false if that failed. Before a reload the person asked for. */
export const flushAutosave = (): Promise<boolean> => flushNow?.() ?? Promise.resolve(true);

/** The next unload is a reload that restores this tab's record: the browser need not ask to leave. */
export function leaveWithoutAsking() {
  leaving = true;
}

/** The record this tab writes to. */
export const currentRecordId = (): string | null => current?.id ?? null;

/** The next map loaded continues this record (a map restored from the Recover… list). */
export function continueRecordOnNextLoad(record: TabRecord | null) {
  adoptNext = record;
}

/** The notice shown when a record cannot be written. */
export function autosaveFailureNotice(reason: string) {
  return {
    tone: 'error' as const,
    title: 'Autosave failed: browser storage is full or unavailable',
    details: [
      'Save the map to a file (Ctrl+S) to keep your work.',
      `The browser said: ${reason.trim().replace(/[.\s]+$/, '') || 'no reason given'}.`,
    ],
  };
}

/** The parts of the editor's state a record holds: a change to any of them is written. */
type Written = Pick<EditorState, 'map' | 'savedMap' | 'fileName' | 'draft'>;
const sameWritten = (a: Written, b: Written | null) =>
  !!b && a.map === b.map && a.savedMap === b.savedMap && a.fileName === b.fileName && a.draft === b.draft;

export function headOf(state: EditorState, id: string, now = Date.now()): RecordHead {
  return {
    id,
    title: state.map.meta.title,
    savedAt: now,
    nodeCount: state.map.nodes.length,
    fileName: state.fileName,
    dirty: hasUnsavedWork(state),
    meta: state.map.meta,
    ...(state.map.sources ? { sources: state.map.sources } : {}),
    ...(state.map.comments ? { comments: state.map.comments } : {}),
    ...(state.map.exercise ? { exercise: state.map.exercise } : {}),
    draft: state.draft,
  };
}

function remember(record: TabRecord) {
  current = record;
  try {
    sessionStorage.setItem(TAB_RECORD_KEY, record.id);
  } catch {
    // Without sessionStorage a reload restores the newest free record instead: still no loss.
  }
}

/**
 * Starts writing the tab's record. `written`: nothing to write until something changes (the
 * record was just restored, or the map is a fresh example); false: write the map at once.
 */
export function startAutosave(record: TabRecord, opts: { written: boolean }): () => void {
  remember(record);
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** What the current record holds; null: nothing yet (the next write writes the whole map). */
  let lastWritten: Written | null = opts.written ? useEditor.getState() : null;
  let order: { nodes: string[]; relations: string[] } | null = null;
  let warned = false;
  /** The last write started: it commits after every earlier one (one object store, in order). */
  let lastWrite: Promise<boolean> = Promise.resolve(true);

  const writeState = (state: EditorState, id: string, now = false) => {
    // Only what changed since the last write goes out (the first write of a record is whole).
    const changes = mapChanges(lastWritten && order ? lastWritten.map : null, state.map, order);
    lastWritten = state;
    const written = { nodes: changes.nodeOrder, relations: changes.relationOrder };
    // Changes build on a whole write only once it is committed (a large one takes a few
    // tasks): a write before that, such as the one when the page goes away, is whole too.
    order = changes.full ? null : written;
    lastWrite = writeRecord(headOf(state, id), changes, { now }).then(
      () => {
        warned = false;
        if (changes.full && lastWritten === state && current?.id === id) order = written;
        return true;
      },
      (e: unknown) => {
        // The record may now lack this change: write it whole next time.
        if (current?.id === id) order = null;
        if (!warned) useEditor.getState().notify(autosaveFailureNotice((e as Error)?.message ?? String(e)));
        warned = true;
        return false;
      },
    );
  };
  const write = (now = false) => {
    timer = undefined;
    const state = useEditor.getState();
    if (current && !sameWritten(state, lastWritten)) writeState(state, current.id, now);
  };
  /** The page is being hidden or closed: write what is left at once. */
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    write(true);
  };
  flushNow = () => {
    flush();
    return lastWrite;
  };

  /** A whole new map replaced the one on screen: the old one keeps its record, the new one gets its own. */
  const switchRecord = (prev: EditorState) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (current && !sameWritten(prev, lastWritten) && (lastWritten !== null || hasUnsavedWork(prev))) writeState(prev, current.id);
    current?.lease?.release();
    const next = adoptNext ?? { id: newRecordId(), lease: null };
    adoptNext = null;
    remember(next);
    lastWritten = null;
    order = null;
    if (!next.lease)
      void claimRecord(next.id).then((lease) => {
        if (current?.id === next.id) current.lease = lease;
        else lease?.release();
      });
  };

  holdFileName(useEditor.getState().fileName);
  if (!opts.written) timer = setTimeout(() => write(), 0);
  const unsubscribe = useEditor.subscribe((state, prev) => {
    if (state.loads !== prev.loads) switchRecord(prev);
    if (state.fileName !== prev.fileName) holdFileName(state.fileName);
    if (sameWritten(state, prev)) return;
    timer ??= setTimeout(() => write(), WRITE_WITHIN_MS);
  });
  const onHide = () => document.visibilityState === 'hidden' && flush();
  const onUnload = (event: BeforeUnloadEvent) => {
    flush();
    if (!leaving && hasUnsavedWork(useEditor.getState())) {
      event.preventDefault();
      event.returnValue = '';
    }
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', onUnload);
  return () => {
    unsubscribe();
    flush();
    flushNow = null;
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('beforeunload', onUnload);
  };
}
