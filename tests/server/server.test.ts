// The sync server in process: rooms, links, read-only, limits, hostile messages.
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { generateMap } from '../../testkit/generate.ts';
import * as ops from '../../src/model/operations.ts';
import { readMap } from '../../src/sync/binding.ts';
import { acknowledged, connectClient, createRoom, startTestServer, type TestClient } from '../../testkit/sync.ts';

type Running = Awaited<ReturnType<typeof startTestServer>>;
let server: Running;
const clients: TestClient[] = [];
const client = (room: string, token: string, origin?: string) => {
  const c = connectClient(server.wsUrl, room, token, origin);
  clients.push(c);
  return c;
};

afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  await server?.stop();
});

const map = generateMap(20, 11);

describe('sync server: rooms and links', () => {
  it('creates a room from a map; two editors see each other’s changes; the room is logged without content', async () => {
    server = await startTestServer();
    const { status, body } = await createRoom(server.url, map);
    expect(status).toBe(201);
    expect(body.room).toMatch(/^[A-Za-z0-9_-]{22}$/); // 128 random bits
    expect(body.edit).not.toBe(body.view);
    const a = client(body.room, body.edit);
    const b = client(body.room, body.edit);
    await Promise.all([a.synced, b.synced]);
    expect(a.binding.map).toEqual(map);
    a.binding.apply(ops.updateNode(a.binding.map, map.nodes[3]!.id, { text: 'changed by A' }));
    await expect.poll(() => b.binding.map.nodes[3]!.text).toBe('changed by A');
    b.binding.apply(ops.addNode(b.binding.map, { kind: 'claim', text: 'added by B', position: { x: 0, y: 0 } }).map);
    await expect.poll(() => a.binding.map.nodes.at(-1)!.text).toBe('added by B');
    expect(server.lines.some((l) => l.startsWith('room opened'))).toBe(true);
    expect(server.lines.join('\n')).not.toContain(map.nodes[0]!.text);
  });

  it('refuses an unknown room and a wrong secret, with a reason', async () => {
    server = await startTestServer();
    const { body } = await createRoom(server.url, map);
    const wrong = client(body.room, 'not-the-secret');
    const unknown = client('AAAAAAAAAAAAAAAAAAAAAA', body.edit);
    await expect.poll(() => wrong.authFailures[0]).toMatch(/secret is not valid/);
    await expect.poll(() => unknown.authFailures[0]).toMatch(/does not exist/);
  });

  it('refuses rooms and connections from another origin', async () => {
    server = await startTestServer();
    expect((await createRoom(server.url, map, 'http://evil.example')).status).toBe(403);
    const { body } = await createRoom(server.url, map);
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(server.wsUrl, { origin: 'http://evil.example' });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => {});
    });
    expect(status).toBe(403);
    const ok = client(body.room, body.edit);
    await ok.synced;
  });

  it('refuses a map file the loader refuses', async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/api/rooms`, { method: 'POST', headers: { Origin: server.url }, body: '{"format":"other"}' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/not an Argmap map/);
  });
});

describe('sync server: view-only links', () => {
  it('a view-only client sees changes, and its own changes (even crafted) are refused by the server', async () => {
    server = await startTestServer();
    const { body } = await createRoom(server.url, map);
    const editor = client(body.room, body.edit);
    const viewer = client(body.room, body.view);
    await Promise.all([editor.synced, viewer.synced]);
    editor.binding.apply(ops.setMeta(editor.binding.map, { title: 'Edited' }));
    await expect.poll(() => viewer.binding.map.meta.title).toBe('Edited');
    // A crafted change straight into the viewer's doc: the provider sends it, the server must not apply it.
    viewer.binding.apply(
      ops.removeElements(
        viewer.binding.map,
        viewer.binding.map.nodes.map((n) => n.id),
      ),
    );
    viewer.doc.getMap('meta').set('title', 'Hacked');
    // The server answers the viewer's update (refused); by then an editor would have it if it had been applied.
    const probe = client(body.room, body.edit);
    await probe.synced;
    expect(probe.binding.map.meta.title).toBe('Edited');
    expect(probe.binding.map.nodes).toHaveLength(map.nodes.length);
    expect(editor.binding.map.nodes).toHaveLength(map.nodes.length);
  });
});

describe('sync server: limits, each with a message', () => {
  it('an oversized message closes that connection with a reason; the room carries on', async () => {
    server = await startTestServer({ maxMessageBytes: 20_000 });
    const { body } = await createRoom(server.url, map);
    const big = client(body.room, body.edit);
    const other = client(body.room, body.edit);
    await Promise.all([big.synced, other.synced]);
    big.binding.apply(ops.updateNode(big.binding.map, map.nodes[0]!.id, { text: 'x'.repeat(30_000) }));
    await expect.poll(() => big.closes[0]?.reason).toMatch(/too large to send/);
    other.binding.apply(ops.setMeta(other.binding.map, { title: 'still fine' }));
    const probe = client(body.room, body.edit);
    await probe.synced;
    expect(probe.binding.map.meta.title).toBe('still fine');
    expect(probe.binding.map.nodes[0]!.text).not.toContain('xxxx');
  });

  it('a room at its document size limit refuses further changes with a reason', async () => {
    server = await startTestServer({ maxDocumentBytes: 12_000 });
    const { body } = await createRoom(server.url, generateMap(5, 1));
    const a = client(body.room, body.edit);
    await a.synced;
    for (let i = 0; i < 40; i++)
      a.binding.apply(ops.addNode(a.binding.map, { kind: 'premise', text: `node ${i} `.repeat(30), position: { x: i, y: i } }).map);
    await expect.poll(() => a.closes[0]?.reason).toMatch(/size limit/);
  });

  it('refuses a connection beyond the room’s limit of people', async () => {
    server = await startTestServer({ maxConnectionsPerRoom: 2 });
    const { body } = await createRoom(server.url, map);
    const a = client(body.room, body.edit);
    const b = client(body.room, body.view);
    await Promise.all([a.synced, b.synced]);
    const c = client(body.room, body.edit);
    await expect.poll(() => c.authFailures[0]).toMatch(/room is full: at most 2/);
  });

  it('closes a connection that sends too many messages a second, with a reason', async () => {
    server = await startTestServer({ messagesPerSecond: 5, messageBurst: 10 });
    const { body } = await createRoom(server.url, map);
    const a = client(body.room, body.edit);
    await a.synced;
    for (let i = 0; i < 40; i++) a.binding.apply(ops.moveNodes(a.binding.map, { [map.nodes[0]!.id]: { x: i, y: i } }));
    await expect.poll(() => a.closes[0]?.reason).toMatch(/Too many changes/);
  });

  it('a malformed message closes only its own connection', async () => {
    server = await startTestServer();
    const { body } = await createRoom(server.url, map);
    const a = client(body.room, body.edit);
    const hostile = client(body.room, body.edit);
    await Promise.all([a.synced, hostile.synced]);
    // From an authenticated connection: the room's name, then a sync update that is garbage.
    const e = encoding.createEncoder();
    encoding.writeVarString(e, body.room);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, new Uint8Array([255, 255, 255, 1, 2, 3]));
    const socket = (hostile.provider.configuration.websocketProvider as unknown as { webSocket: WebSocket }).webSocket;
    socket.send(encoding.toUint8Array(e));
    await expect.poll(() => hostile.closes.length).toBeGreaterThan(0);
    // A frame that is not even a message: the socket itself is reset.
    const raw = new WebSocket(server.wsUrl, { origin: server.url });
    const rawClosed = new Promise<number>((resolve) => raw.on('close', resolve));
    raw.on('open', () => raw.send(new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 255, 255])));
    raw.on('error', () => {});
    expect(await rawClosed).toBeGreaterThan(1000);
    a.binding.apply(ops.setMeta(a.binding.map, { title: 'after the garbage' }));
    const probe = client(body.room, body.edit);
    await probe.synced;
    expect(probe.binding.map.meta.title).toBe('after the garbage');
  });
});

describe('sync server: durability', () => {
  it('acknowledged changes are in the database before the acknowledgement, and stop() compacts and closes cleanly', async () => {
    server = await startTestServer();
    const dataFile = server.dataFile;
    const { body } = await createRoom(server.url, map);
    const a = client(body.room, body.edit);
    await a.synced;
    for (let i = 0; i < 20; i++) a.binding.apply(ops.updateNode(a.binding.map, map.nodes[i % 5]!.id, { text: `edit ${i}` }));
    await expect.poll(() => acknowledged(a)).toBe(true);
    const expected = a.binding.map;
    // Read the database directly while the server runs: the log holds every acknowledged change.
    const { Persistence } = await import('../../server/persistence.ts');
    const reader = new Persistence(dataFile);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, reader.load(body.room)!);
    expect(readMap(doc)).toEqual(expected);
    reader.close();
    a.destroy();
    await server.stop();
    server = await startTestServer({}, dataFile);
    const b = client(body.room, body.edit);
    await b.synced;
    expect(b.binding.map).toEqual(expected);
  });
});
