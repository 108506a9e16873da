// The PostgreSQL schema, one numbered step at a time. A step is never edited once released:
// add the next one. Each runs in its own transaction and is recorded in schema_migrations.
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'rooms and their update log',
    sql: `
      CREATE TABLE rooms (
        id TEXT PRIMARY KEY,
        edit_hash TEXT NOT NULL,
        view_hash TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        state BYTEA NOT NULL
      );
      CREATE TABLE updates (
        seq BIGSERIAL PRIMARY KEY,
        room TEXT NOT NULL REFERENCES rooms(id),
        data BYTEA NOT NULL
      );
      CREATE INDEX updates_by_room ON updates(room, seq);
    `,
  },
];
