// Recovery: which map a tab starts with, and bringing back a map from the recent list.
// A reload restores the tab's own record; a new tab the newest record no other tab has
// open; a record open in another tab is never taken over, only copied, and the user is told.
import { useEditor } from '../store/store.ts';
import { FORMAT_NAME, FORMAT_VERSION } from '../model/format/version.ts';
import { loadReader } from './reader.ts';
import { UNTITLED_FILE_NAME } from '../model/fileNames.ts';
import { deleteRecords, getRecord, listRecords, newRecordId } from './recoveryDb.ts';
import { claimRecord, recordsInUse } from './tabLocks.ts';
import { chooseRecordToRestore, recordsToPrune, recoverableRecords, type RecordSummary, type RecoveryRecord } from './recoveryRecords.ts';
import { continueRecordOnNextLoad, currentRecordId, TAB_RECORD_KEY, type TabRecord } from './autosave.ts';
import { mayReplaceMap } from './commands.ts';

/** How long a reloading tab waits for its old page to let go of its record. */
const RELOAD_WAIT_MS = 1500;

async function loadRecord(record: RecoveryRecord, opts: { record: boolean }): Promise<boolean> {
  // Checked as a file is: whatever the browser kept, nothing restored can crash the editor.
  const { loadMapJson } = await loadReader();
  const loaded = loadMapJson({ format: FORMAT_NAME, version: FORMAT_VERSION, ...record.map });
  if (!loaded.ok) return false;
  const store = useEditor.getState();
  store.loadMap(loaded.map, record.fileName, { saved: !record.dirty && loaded.repairs.length === 0, record: opts.record });
  if (record.draft) store.resumeDraft(record.draft);
  return true;
}

const ownRecordId = (): string | null => {
  try {
    return sessionStorage.getItem(TAB_RECORD_KEY);
  } catch {
    return null;
  }
};

export interface StartResult {
  tab: TabRecord;
  /** The map on screen came from the tab's record (nothing to write yet); false: write it at once. */
  restored: boolean;
}

/** Restores the map this tab should start with; resolves null when there is none (open an example). */
export async function restoreAtStart(): Promise<StartResult | null> {
  const store = useEditor.getState();
  try {
    const own = ownRecordId();
    if (own) {
      const record = await getRecord(own);
      const lease = record ? await claimRecord(own, RELOAD_WAIT_MS) : null;
      // No lease: a duplicated tab (sessionStorage is copied) whose original is still open.
      if (record && lease && (await loadRecord(record, { record: false }))) {
        store.notify({ tone: 'info', title: 'Restored your last map from this browser' });
        return { tab: { id: own, lease }, restored: true };
      }
      lease?.release();
    }
    const records = await listRecords();
    const inUse = await recordsInUse();
    void deleteRecords(recordsToPrune(records, inUse)).catch(() => undefined);
    const choice = chooseRecordToRestore(records, inUse);
    const record = choice && (await getRecord(choice.id));
    const lease = record ? await claimRecord(record.id) : null;
    if (record && lease && (await loadRecord(record, { record: false }))) {
      const others = records.length - 1;
      store.notify({
        tone: 'info',
        title: 'Restored your last map from this browser',
        details: others > 0 ? [`${others} other recent map${others === 1 ? ' is' : 's are'} listed under Recover….`] : undefined,
      });
      return { tab: { id: record.id, lease }, restored: true };
    }
    lease?.release();
    // Nothing kept yet: the one slot earlier versions wrote (read only; autosave writes it into a record at once).
    if (!records.length && (await restoreLegacyAutosave())) return { tab: await freshTabRecord(), restored: false };
    const elsewhere = records.filter((r) => inUse.has(r.id));
    if (elsewhere.length)
      store.notify({
        tone: 'info',
        title: `Your recent map${elsewhere.length === 1 ? ' is' : 's are'} open in another tab`,
        details: ['This tab starts with the example map. Recover… opens a copy of a map from another tab; each tab keeps its own.'],
      });
    return null;
  } catch (e) {
    store.notify({ tone: 'warning', title: 'Could not read the maps kept in this browser', details: [(e as Error).message] });
    return null;
  }
}

/** Where earlier versions autosaved (one slot in localStorage): read once, when no record exists yet. */
const LEGACY_KEY = 'argmap:autosave';

async function restoreLegacyAutosave(): Promise<boolean> {
  try {
    const raw = localStorage.getItem(LEGACY_KEY);
    if (!raw) return false;
    const legacy = JSON.parse(raw) as { fileName?: string; dirty?: boolean; map?: string };
    const loaded = (await loadReader()).parseMapText(legacy.map ?? '');
    if (!loaded.ok) return false;
    useEditor.getState().loadMap(loaded.map, legacy.fileName ?? UNTITLED_FILE_NAME, { saved: !legacy.dirty });
    useEditor.getState().notify({ tone: 'info', title: 'Restored your last map from this browser' });
    return true;
  } catch {
    return false;
  }
}

/** A fresh record for a tab that starts with an example. */
export async function freshTabRecord(): Promise<TabRecord> {
  const id = newRecordId();
  return { id, lease: await claimRecord(id) };
}

export interface RecoverableMap extends RecordSummary {
  /** Another tab has this map open: restoring it here makes a copy. */
  openElsewhere: boolean;
}

export async function listRecoverable(): Promise<RecoverableMap[]> {
  const [records, inUse] = await Promise.all([listRecords(), recordsInUse()]);
  return recoverableRecords(records, currentRecordId() ?? '').map((r) => ({ ...r, openElsewhere: inUse.has(r.id) }));
}

/** Brings back a recent map (after asking, if the map on screen has unsaved work); undoable. */
export async function recoverMap(id: string): Promise<boolean> {
  const store = useEditor.getState();
  const record = await getRecord(id).catch(() => null);
  if (!record) {
    store.notify({ tone: 'error', title: 'That map is no longer kept in this browser' });
    return false;
  }
  if (!(await mayReplaceMap())) return false;
  // Free: this tab continues that record. Open in another tab: this tab keeps a copy.
  const lease = await claimRecord(id);
  if (lease) continueRecordOnNextLoad({ id, lease });
  if (!(await loadRecord(record, { record: true }))) {
    continueRecordOnNextLoad(null);
    lease?.release();
    store.notify({
      tone: 'error',
      title: `Could not restore “${record.title || record.fileName}”`,
      details: ['The kept copy is damaged.'],
    });
    return false;
  }
  if (!lease)
    store.notify({
      tone: 'warning',
      title: `“${record.title || record.fileName}” is open in another tab`,
      details: ['This tab has its own copy now: changes here do not reach the other tab, and neither overwrites the other.'],
    });
  return true;
}
