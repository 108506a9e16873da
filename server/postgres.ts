// Rooms in PostgreSQL (ARGMAP_DATABASE_URL). Durability as with SQLite: a client's change is in
// the database before the server acknowledges it. Writes are grouped per room: while one INSERT
// for a room is in flight, the changes arriving meanwhile wait and go in the next one together
// (each waits for its own commit), so a busy room costs a few statements, not one per keystroke.
// Compaction (Hocuspocus's debounced store) folds the log into the saved state by *merging*, so
// instances compacting the same room at once can never drop each other's changes.
import pg from 'pg';
import * as Y from 'yjs';
import { migrations } from './migrations.ts';
import type { RoomStore, StoredRoom } from './store.ts';

interface Pending {
  updates: Buffer[];
  waiters: { resolve: () => void; reject: (e: Error) => void }[];
}

export class PostgresStore implements RoomStore {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;
  private readonly writing = new Map<string, Pending | null>(); // room → queued while a write runs
  /** Milliseconds each database write took (read and reset by the metrics). */
  readonly writeTimes: number[] = [];

  private constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
    this.pool.on('error', () => {}); // an idle client lost: the next query reports it
  }

  static async open(url: string): Promise<PostgresStore> {
    const store = new PostgresStore(url);
    await store.migrate();
    return store;
  }

  /** Applies the migrations not yet applied, one transaction each; safe when instances start together. */
  private async migrate() {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(8787)'); // one instance migrates at a time
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
      );
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      for (const m of migrations) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(8787)').catch(() => {});
      client.release();
    }
  }

  async createRoom(id: string, hashes: StoredRoom, state: Uint8Array) {
    await this.pool.query('INSERT INTO rooms (id, edit_hash, view_hash, state) VALUES ($1, $2, $3, $4)', [
      id,
      hashes.editHash,
      hashes.viewHash,
      Buffer.from(state),
    ]);
  }

  async room(id: string): Promise<StoredRoom | null> {
    const { rows } = await this.pool.query<{ edit_hash: string; view_hash: string }>(
      'SELECT edit_hash, view_hash FROM rooms WHERE id = $1',
      [id],
    );
    return rows[0] ? { editHash: rows[0].edit_hash, viewHash: rows[0].view_hash } : null;
  }

  async load(id: string): Promise<Uint8Array | null> {
    const state = await this.pool.query<{ state: Buffer }>('SELECT state FROM rooms WHERE id = $1', [id]);
    if (!state.rows[0]) return null;
    const log = await this.pool.query<{ data: Buffer }>('SELECT data FROM updates WHERE room = $1 ORDER BY seq', [id]);
    const parts = [state.rows[0].state, ...log.rows.map((r) => r.data)].map((b) => new Uint8Array(b));
    return parts.length > 1 ? Y.mergeUpdates(parts) : parts[0]!;
  }

  async size(id: string): Promise<number> {
    const { rows } = await this.pool.query<{ bytes: string | null }>(
      'SELECT (SELECT octet_length(state) FROM rooms WHERE id = $1) + COALESCE((SELECT SUM(octet_length(data)) FROM updates WHERE room = $1), 0) AS bytes',
      [id],
    );
    return Number(rows[0]?.bytes ?? 0);
  }

  /** Changes reach PostgreSQL through appendBeforeAck; nothing to do as the document applies them. */
  append(): void {}

  appendBeforeAck(id: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      const queued = this.writing.get(id);
      if (queued === undefined) {
        this.writing.set(id, null);
        void this.write(id, { updates: [Buffer.from(update)], waiters: [{ resolve, reject }] });
      } else {
        const next = queued ?? { updates: [], waiters: [] };
        next.updates.push(Buffer.from(update));
        next.waiters.push({ resolve, reject });
        this.writing.set(id, next);
      }
    });
  }

  private async write(id: string, batch: Pending) {
    const started = performance.now();
    try {
      await this.pool.query('INSERT INTO updates (room, data) SELECT $1, unnest($2::bytea[])', [id, batch.updates]);
      this.writeTimes.push(performance.now() - started);
      batch.waiters.forEach((w) => w.resolve());
    } catch (e) {
      batch.waiters.forEach((w) => w.reject(e as Error));
    }
    const next = this.writing.get(id);
    if (next) {
      this.writing.set(id, null);
      void this.write(id, next);
    } else this.writing.delete(id);
  }

  async compact(id: string, doc: Y.Doc) {
    const started = performance.now();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const room = await client.query<{ state: Buffer }>('SELECT state FROM rooms WHERE id = $1 FOR UPDATE', [id]);
      if (!room.rows[0]) return void (await client.query('ROLLBACK'));
      const log = await client.query<{ seq: string; data: Buffer }>('SELECT seq, data FROM updates WHERE room = $1 ORDER BY seq', [id]);
      const merged = Y.mergeUpdates(
        [room.rows[0].state, ...log.rows.map((r) => r.data), Y.encodeStateAsUpdate(doc)].map((b) => new Uint8Array(b)),
      );
      await client.query('UPDATE rooms SET state = $1 WHERE id = $2', [Buffer.from(merged), id]);
      const last = log.rows.at(-1)?.seq;
      if (last) await client.query('DELETE FROM updates WHERE room = $1 AND seq <= $2', [id, last]);
      await client.query('COMMIT');
      this.writeTimes.push(performance.now() - started);
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async check() {
    await this.pool.query('SELECT 1');
  }

  async close() {
    await this.pool.end();
  }
}
