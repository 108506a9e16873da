// What the rooms need from a database. SQLite (persistence.ts, the default) is synchronous;
// PostgreSQL (postgres.ts, with ARGMAP_DATABASE_URL) answers asynchronously, so it logs each
// client's change *before* the server applies and acknowledges it (appendBeforeAck).
import type * as Y from 'yjs';

export interface StoredRoom {
  editHash: string;
  viewHash: string;
}

type Awaitable<T> = T | Promise<T>;

export interface RoomStore {
  /** What /readyz and the start line name: "sqlite" or "postgres". */
  readonly kind: string;
  createRoom(id: string, hashes: StoredRoom, state: Uint8Array): Awaitable<void>;
  room(id: string): Awaitable<StoredRoom | null>;
  /** The room's document: its saved state with every logged change merged in. */
  load(id: string): Awaitable<Uint8Array | null>;
  /** Bytes the room takes (saved state plus log): what the document size limit counts. */
  size(id: string): Awaitable<number>;
  /** Logs a change as the document applies it; durable on return (synchronous stores only). */
  append(id: string, update: Uint8Array): void;
  /** Logs a client's change before it is applied and acknowledged (asynchronous stores). */
  appendBeforeAck?(id: string, update: Uint8Array): Promise<void>;
  /** Folds the log into one saved state that includes `doc`. */
  compact(id: string, doc: Y.Doc): Awaitable<void>;
  /** Resolves when the database answers; rejects with the reason otherwise. */
  check(): Promise<void>;
  close(): Awaitable<void>;
}
