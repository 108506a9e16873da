// ARGMAP_DATA as people set it (issue #22 item 8): a folder holds the database file; a path the
// server cannot write to stops it with one line that says what to set, not a stack trace.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer, freePort, spawnServer } from '../../testkit/server-process.ts';

beforeAll(buildServer, 120_000);

const tempDir = () => mkdtempSync(join(tmpdir(), 'argmap-data-'));

describe('ARGMAP_DATA', () => {
  it('naming a folder: the server starts and keeps its database file in it', async () => {
    const folder = tempDir();
    const server = await spawnServer(await freePort(), folder);
    try {
      const res = await fetch(`${server.url}/api/rooms`, {
        method: 'POST',
        headers: { Origin: server.url },
        body: JSON.stringify({ format: 'argmap', version: 1, meta: { title: 'T', description: '' }, nodes: [], relations: [] }),
      });
      expect(res.status).toBe(201);
      expect(existsSync(join(folder, 'argmap.sqlite'))).toBe(true);
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  it('naming a place nobody can write: one line saying what to set, and the server exits', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    const failed = await spawnServer(await freePort(), join(file, 'argmap.sqlite')).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(failed).toMatch(/exit code 1/);
    const lines = failed!
      .split('\n')
      .slice(1)
      .filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ARGMAP_DATA/);
    expect(lines[0]).toContain(join(file, 'argmap.sqlite'));
    expect(lines[0]).not.toMatch(/SqliteError|\bat .*:\d+:\d+/);
  });
});
