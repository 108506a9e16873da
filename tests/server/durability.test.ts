// The server as `npm run serve` runs it, in its own process: acknowledged changes survive
// kill -9 and a restart; SIGTERM stores and exits cleanly.
import { buildServer, freePort, spawnServer, type Spawned } from '../../testkit/server-process.ts';
import { generateMap } from '../../testkit/generate.ts';
import * as ops from '../../src/model/operations.ts';
import { acknowledged, connectClient, createRoom, tempDataFile, type TestClient } from '../../testkit/sync.ts';

const running: Spawned[] = [];
const clients: TestClient[] = [];

beforeAll(buildServer, 120_000);

afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
  for (const s of running.splice(0)) if (s.child.exitCode === null) s.child.kill('SIGKILL');
});

describe('sync server process', () => {
  it('every acknowledged change survives kill -9 and a restart', async () => {
    const port = await freePort();
    const dataFile = tempDataFile();
    const first = await spawnServer(port, dataFile);
    running.push(first);
    const map = generateMap(30, 21);
    const { body } = await createRoom(first.url, map);
    const a = connectClient(first.url.replace('http', 'ws'), body.room, body.edit);
    clients.push(a);
    await a.synced;
    for (let i = 0; i < 50; i++) {
      const node = a.binding.map.nodes[i % 30]!;
      a.binding.apply(
        i % 2
          ? ops.updateNode(a.binding.map, node.id, { text: `${node.text} +${i}` })
          : ops.moveNodes(a.binding.map, { [node.id]: { x: i, y: -i } }),
      );
    }
    a.binding.apply(ops.addNode(a.binding.map, { kind: 'claim', text: 'the last one', position: { x: 9, y: 9 } }).map);
    await expect.poll(() => acknowledged(a)).toBe(true);
    const expected = a.binding.map;
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe(null);
    a.destroy();

    const second = await spawnServer(port, dataFile);
    running.push(second);
    const b = connectClient(second.url.replace('http', 'ws'), body.room, body.edit);
    clients.push(b);
    await b.synced;
    expect(b.binding.map).toEqual(expected);
  }, 60_000);

  it('SIGTERM stores the rooms and exits with code 0, logging one line per event and no map content', async () => {
    const port = await freePort();
    const dataFile = tempDataFile();
    const server = await spawnServer(port, dataFile);
    running.push(server);
    const map = generateMap(10, 22);
    const { body } = await createRoom(server.url, map);
    const a = connectClient(server.url.replace('http', 'ws'), body.room, body.edit);
    clients.push(a);
    await a.synced;
    a.binding.apply(ops.setMeta(a.binding.map, { title: 'Before SIGTERM' }));
    await expect.poll(() => acknowledged(a)).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output.filter((l) => /Z (start|room created|room opened|stopped)/.test(l)).map((l) => l.split(' ')[1])).toEqual([
      'start',
      'room',
      'room',
      'stopped',
    ]);
    expect(server.output.join('\n')).not.toContain('Before SIGTERM');
    expect(server.output.join('\n')).not.toContain(map.nodes[0]!.text);
  }, 60_000);
});
