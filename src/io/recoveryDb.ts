// Recovery records in IndexedDB: one record per open map (per tab), written by autosave.
// IndexedDB rather than localStorage because a committed transaction survives the browser
// being killed (localStorage reaches the disk seconds later), it holds large maps, and
// nodes and relations are stored one by one, so a write costs what changed, not the map.
// Each write is one transaction: a record is never half-written (a large one is put in
// batches, but still in one transaction).
import type { ArgNode, Relation } from '../model/types.ts';
import type { RecordHead, RecordSummary, RecoveryRecord } from './recoveryRecords.ts';
import { assembleMap, type MapChanges } from './recordChanges.ts';

const DB_NAME = 'argmap-recovery';
const HEADS = 'records';
const NODES = 'nodes';
const RELATIONS = 'relations';
const ORDERS = 'orders';
const ALL = [HEADS, NODES, RELATIONS, ORDERS];

interface StoredPart<T> {
  record: string;
  id: string;
  value: T;
}
interface StoredOrder {
  record: string;
  nodes: string[];
  relations: string[];
}

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore(HEADS, { keyPath: 'id' });
      db.createObjectStore(NODES, { keyPath: ['record', 'id'] });
      db.createObjectStore(RELATIONS, { keyPath: ['record', 'id'] });
      db.createObjectStore(ORDERS, { keyPath: 'record' });
    };
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

/** Every key [record, id] of one record (arrays sort after strings). */
const partsOf = (record: string) => IDBKeyRange.bound([record], [record, []]);

/** Parts put per task when many change (a large map written whole), so no write holds the page long. */
const PARTS_PER_TASK = 500;

/**
 * Writes a record's head and its changed parts in one transaction; resolves once committed
 * (it then survives the browser being killed). Many parts are put a batch per task, each
 * batch from the last one's success callback (the transaction stays open meanwhile);
 * `now`: all at once (the page is going away: there may be no next task).
 */
export async function writeRecord(head: RecordHead, changes: MapChanges, opts: { now?: boolean } = {}): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(ALL, 'readwrite');
  const nodes = tx.objectStore(NODES);
  const relations = tx.objectStore(RELATIONS);
  const record = head.id;
  if (changes.full) {
    nodes.delete(partsOf(record));
    relations.delete(partsOf(record));
  }
  for (const id of changes.deleteNodes) nodes.delete([record, id]);
  for (const id of changes.deleteRelations) relations.delete([record, id]);
  const { putNodes, putRelations } = changes;
  const count = putNodes.length + putRelations.length;
  const put = (i: number) =>
    i < putNodes.length
      ? nodes.put({ record, id: putNodes[i]!.id, value: putNodes[i]! } satisfies StoredPart<ArgNode>)
      : relations.put({
          record,
          id: putRelations[i - putNodes.length]!.id,
          value: putRelations[i - putNodes.length]!,
        } satisfies StoredPart<Relation>);
  const putFrom = (from: number) => {
    const to = opts.now ? count : Math.min(count, from + PARTS_PER_TASK);
    let last: IDBRequest | undefined;
    for (let i = from; i < to; i++) last = put(i);
    if (to < count) {
      last!.onsuccess = () => putFrom(to);
      return;
    }
    if (changes.orderChanged)
      tx.objectStore(ORDERS).put({ record, nodes: changes.nodeOrder, relations: changes.relationOrder } satisfies StoredOrder);
    tx.objectStore(HEADS).put(head);
    // Commit at once: the write must not wait for the event loop (it may be the last one
    // before the page goes away).
    tx.commit?.();
  };
  putFrom(0);
  await done(tx);
}

/** A whole record (the map put back together, not yet validated). */
export async function getRecord(id: string): Promise<RecoveryRecord | null> {
  const db = await openDb();
  const tx = db.transaction(ALL);
  const [head, order, nodes, relations] = await Promise.all([
    result(tx.objectStore(HEADS).get(id)) as Promise<RecordHead | undefined>,
    result(tx.objectStore(ORDERS).get(id)) as Promise<StoredOrder | undefined>,
    result(tx.objectStore(NODES).getAll(partsOf(id))) as Promise<StoredPart<ArgNode>[]>,
    result(tx.objectStore(RELATIONS).getAll(partsOf(id))) as Promise<StoredPart<Relation>[]>,
  ]);
  if (!head || !order) return null;
  const map = assembleMap(
    head,
    order.nodes,
    order.relations,
    nodes.map((p) => p.value),
    relations.map((p) => p.value),
  );
  return { ...head, map };
}

export async function listRecords(): Promise<RecordSummary[]> {
  const db = await openDb();
  const heads = (await result(db.transaction(HEADS).objectStore(HEADS).getAll())) as RecordHead[];
  return heads.map(({ id, title, savedAt, nodeCount, fileName, dirty }) => ({ id, title, savedAt, nodeCount, fileName, dirty }));
}

export async function deleteRecords(ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const db = await openDb();
  const tx = db.transaction(ALL, 'readwrite');
  for (const id of ids) {
    tx.objectStore(HEADS).delete(id);
    tx.objectStore(ORDERS).delete(id);
    tx.objectStore(NODES).delete(partsOf(id));
    tx.objectStore(RELATIONS).delete(partsOf(id));
  }
  await done(tx);
}

export const newRecordId = (): string => crypto.randomUUID();
