// Rooms in one SQLite file (better-sqlite3, synchronous). Durability: every change a client
// sends is appended to the room's update log *synchronously, before the server acknowledges
// it*, so an acknowledged change survives kill -9. The log is compacted into one saved state
// later (Hocuspocus's debounced store, and on shutdown), so reading a room stays fast.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as Y from 'yjs';
import type { RoomStore, StoredRoom } from './store.ts';

export type { StoredRoom };

export class Persistence implements RoomStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly statements;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    // WAL + NORMAL: a committed write is in the OS before the call returns, so a killed
    // process loses nothing; only a power cut can lose the last moments.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS rooms (
        id TEXT PRIMARY KEY,
        edit_hash TEXT NOT NULL,
        view_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        state BLOB NOT NULL
      );
      CREATE TABLE IF NOT EXISTS updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        room TEXT NOT NULL REFERENCES rooms(id),
        data BLOB NOT NULL
      );
      CREATE INDEX IF NOT EXISTS updates_by_room ON updates(room, seq);
    `);
    this.statements = {
      createRoom: this.db.prepare('INSERT INTO rooms (id, edit_hash, view_hash, created_at, state) VALUES (?, ?, ?, ?, ?)'),
      room: this.db.prepare<[string], { edit_hash: string; view_hash: string }>('SELECT edit_hash, view_hash FROM rooms WHERE id = ?'),
      state: this.db.prepare<[string], { state: Buffer }>('SELECT state FROM rooms WHERE id = ?'),
      updates: this.db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM updates WHERE room = ? ORDER BY seq'),
      append: this.db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)'),
      lastSeq: this.db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM updates WHERE room = ?'),
      saveState: this.db.prepare('UPDATE rooms SET state = ? WHERE id = ?'),
      dropUpdates: this.db.prepare('DELETE FROM updates WHERE room = ? AND seq <= ?'),
      size: this.db.prepare<[string, string], { bytes: number | null }>(
        'SELECT (SELECT LENGTH(state) FROM rooms WHERE id = ?) + COALESCE((SELECT SUM(LENGTH(data)) FROM updates WHERE room = ?), 0) AS bytes',
      ),
    };
  }

  createRoom(id: string, hashes: StoredRoom, state: Uint8Array): void {
    this.statements.createRoom.run(id, hashes.editHash, hashes.viewHash, Date.now(), Buffer.from(state));
  }

  room(id: string): StoredRoom | null {
    const row = this.statements.room.get(id);
    return row ? { editHash: row.edit_hash, viewHash: row.view_hash } : null;
  }

  /** The room's document: its saved state with every logged change since merged in. */
  load(id: string): Uint8Array | null {
    const row = this.statements.state.get(id);
    if (!row) return null;
    const updates = this.statements.updates.all(id).map((u) => new Uint8Array(u.data));
    return updates.length ? Y.mergeUpdates([new Uint8Array(row.state), ...updates]) : new Uint8Array(row.state);
  }

  /** Bytes the room takes (saved state plus log): what the document size limit counts. */
  size(id: string): number {
    return this.statements.size.get(id, id)?.bytes ?? 0;
  }

  /** Appends one change; returns when it is committed. */
  append(id: string, update: Uint8Array): void {
    this.statements.append.run(id, Buffer.from(update));
  }

  /** Replaces the log with one state (the document as the server holds it), atomically. */
  compact(id: string, doc: Y.Doc): void {
    this.db.transaction(() => {
      const last = this.statements.lastSeq.get(id)?.seq;
      this.statements.saveState.run(Buffer.from(Y.encodeStateAsUpdate(doc)), id);
      if (last != null) this.statements.dropUpdates.run(id, last);
    })();
  }

  async check(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  close(): void {
    this.db.close();
  }
}
