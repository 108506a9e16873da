// The server as `npm run serve` runs it, in its own process: acknowledged changes survive
// kill -9 and a restart; SIGTERM stores and exits cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { build } from 'vite';
import { generateMap } from '../../src/model/generate.ts';
import * as ops from '../../src/model/operations.ts';
import { acknowledged, connectClient, createRoom, tempDataFile, type TestClient } from './helpers.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

interface Spawned {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
  url: string;
}

async function spawnServer(port: number, dataFile: string): Promise<Spawned> {
  const output: string[] = [];
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ARGMAP_DATA: dataFile, ARGMAP_DIST: 'dist-missing' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => output.push(...d.toString().trim().split('\n')));
  child.stderr!.on('data', (d: Buffer) => output.push(...d.toString().trim().split('\n')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await expect.poll(() => output.some((l) => / start url=/.test(l)), { timeout: 20_000 }).toBe(true);
  return { child, output, exited, url: `http://127.0.0.1:${port}` };
}

const running: Spawned[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  await build({ logLevel: 'silent', build: { ssr: 'server/main.ts', outDir: 'dist-server', emptyOutDir: true } });
}, 120_000);

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
      a.binding.apply(i % 2 ? ops.updateNode(a.binding.map, node.id, { text: `${node.text} +${i}` }) : ops.moveNodes(a.binding.map, { [node.id]: { x: i, y: -i } }));
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
