// Recovery records in IndexedDB: one record per open map (per tab), written by autosave.
// IndexedDB rather than localStorage because a committed transaction survives the browser
// being killed (localStorage is written to disk seconds later), and it holds larger maps.
import type { RecordSummary, RecoveryRecord } from './recoveryRecords.ts';

const DB_NAME = 'argmap-recovery';
const STORE = 'records';

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write was aborted'));
  });
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
  });
}

/** Writes one record; resolves once it is committed (survives the browser being killed). */
export async function putRecord(record: RecoveryRecord): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).put(record);
  // Commit at once: the write must not wait for the event loop (it may be the last one
  // before the page goes away).
  tx.commit?.();
  await done(tx);
}

export async function getRecord(id: string): Promise<RecoveryRecord | null> {
  const db = await openDb();
  return ((await result(db.transaction(STORE).objectStore(STORE).get(id))) as RecoveryRecord | undefined) ?? null;
}

export async function listRecords(): Promise<RecordSummary[]> {
  const db = await openDb();
  const all = (await result(db.transaction(STORE).objectStore(STORE).getAll())) as RecoveryRecord[];
  return all.map(({ id, title, savedAt, nodeCount, fileName, dirty }) => ({ id, title, savedAt, nodeCount, fileName, dirty }));
}

export async function deleteRecords(ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  for (const id of ids) tx.objectStore(STORE).delete(id);
  await done(tx);
}

export const newRecordId = (): string => crypto.randomUUID();
