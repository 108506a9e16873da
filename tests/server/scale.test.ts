// Several instances sharing rooms: two server processes on two ports, one Redis, one PostgreSQL
// (real servers from the Debian packages, services.ts). Clients are Node providers with the
// app's binding (helpers.ts), connected to different instances.
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { generateMap } from '../../testkit/generate.ts';
import * as ops from '../../src/model/operations.ts';
import { MapBinding } from '../../src/sync/binding.ts';
import { PostgresStore } from '../../server/postgres.ts';
import { acknowledged, connectClient, createRoom, socketWithOrigin, tempDataFile, type TestClient } from '../../testkit/sync.ts';
import { buildServer, freePort, spawnServer, type Spawned } from '../../testkit/server-process.ts';
import { skipScaleTests, startPostgres, startRedis, type PostgresServer, type RedisServer } from '../../testkit/services.ts';

let redis: RedisServer;
let postgres: PostgresServer;
const running: Spawned[] = [];
const clients: TestClient[] = [];
let databases = 0;

const SKIP = skipScaleTests();

beforeAll(async () => {
  if (SKIP) return;
  [redis, postgres] = await Promise.all([startRedis(), startPostgres(), buildServer()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([redis?.stop(), postgres?.stop()]);
});

afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
  for (const s of running.splice(0)) if (s.child.exitCode === null) s.child.kill('SIGKILL');
});

/** One instance on `port` using this test's database and the shared Redis. */
async function instance(port: number, databaseUrl: string) {
  const s = await spawnServer(port, tempDataFile(), 'dist-missing', { ARGMAP_DATABASE_URL: databaseUrl, ARGMAP_REDIS_URL: redis.url });
  running.push(s);
  return s;
}

async function twoInstances() {
  const db = await postgres.database(`scale_${++databases}`);
  const ports = [await freePort(), await freePort()];
  const [a, b] = [await instance(ports[0]!, db), await instance(ports[1]!, db)];
  return { db, ports, a, b };
}

const ws = (s: Spawned) => s.url.replace('http', 'ws');

function join(s: Spawned, room: { room: string; edit: string }) {
  const c = connectClient(ws(s), room.room, room.edit, s.url);
  clients.push(c);
  return c;
}

/** A client's document, now served by another instance (what a reconnecting browser does). */
function moveTo(c: TestClient, s: Spawned, room: { room: string; edit: string }) {
  c.provider.destroy();
  c.provider = new HocuspocusProvider({
    url: ws(s),
    WebSocketPolyfill: socketWithOrigin(s.url),
    name: room.room,
    token: room.edit,
    document: c.doc,
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
}

/** The room as PostgreSQL holds it, read directly from the database. */
async function mapInDatabase(db: string, room: string) {
  const store = await PostgresStore.open(db);
  try {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await store.load(room))!);
    return new MapBinding(doc).map;
  } finally {
    await store.close();
  }
}

describe.skipIf(SKIP)('two instances, one Redis, one PostgreSQL', () => {
  it('clients on different instances converge on every kind of change and see each other', async () => {
    const { db, a, b } = await twoInstances();
    const { body: room } = await createRoom(a.url, generateMap(12, 31));
    const [x, y] = [join(a, room), join(b, room)];
    await Promise.all([x.synced, y.synced]);
    expect(y.binding.map).toEqual(x.binding.map);

    const n = (c: TestClient, i: number) => c.binding.map.nodes[i]!.id;
    const added = ops.addNode(x.binding.map, { kind: 'objection', text: 'from instance A', position: { x: 5, y: 5 } });
    const changes: ((c: TestClient) => void)[] = [
      (c) => c.binding.apply(added.map),
      (c) => c.binding.apply(ops.updateNode(c.binding.map, n(c, 1), { text: 'edited on B' })),
      (c) => c.binding.apply(ops.moveNodes(c.binding.map, { [n(c, 2)]: { x: 300, y: -40 } })),
      (c) => c.binding.apply(ops.connect(c.binding.map, added.id, n(c, 0), 'opposes').map),
      (c) => c.binding.apply(ops.setMark(c.binding.map, n(c, 3), c.binding.map.nodes[3]!.mark ? undefined : 'accepted')),
      (c) => c.binding.apply(ops.setCollapsed(c.binding.map, n(c, 0), true)),
      (c) => c.binding.apply(ops.setMeta(c.binding.map, { title: 'Shared across instances' })),
      (c) => c.binding.apply(ops.removeElements(c.binding.map, [n(c, 4)])),
    ];
    for (const [i, change] of changes.entries()) {
      const [from, to] = i % 2 ? [y, x] : [x, y];
      change(from);
      await expect.poll(() => to.binding.map, { timeout: 5000 }).toEqual(from.binding.map);
    }
    // Presence crosses instances.
    x.provider.setAwarenessField('user', { name: 'Ann', color: '#d33' });
    y.provider.setAwarenessField('user', { name: 'Ben', color: '#33d' });
    const names = (c: TestClient) =>
      [...c.provider.awareness!.getStates().values()]
        .map((s) => (s.user as { name?: string } | undefined)?.name)
        .filter(Boolean)
        .sort();
    await expect.poll(() => names(x), { timeout: 5000 }).toEqual(['Ann', 'Ben']);
    await expect.poll(() => names(y), { timeout: 5000 }).toEqual(['Ann', 'Ben']);

    await expect.poll(() => acknowledged(x) && acknowledged(y)).toBe(true);
    expect(await mapInDatabase(db, room.room)).toEqual(x.binding.map);

    // The endpoints a load balancer and a monitor use.
    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${b.url}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, 'ready\n']);
    const metrics = await (await fetch(`${a.url}/metrics`)).text();
    expect(metrics).toMatch(/^argmap_rooms_open 1$/m);
    expect(metrics).toMatch(/^argmap_connections 1$/m);
    expect(metrics).toMatch(/^argmap_updates_total [1-9]\d*$/m);
    expect(metrics).toMatch(/^argmap_persistence_write_seconds_count [1-9]\d*$/m);
  }, 30_000);

  it('a view-only client on another instance cannot change the room, in PostgreSQL either', async () => {
    const { db, a, b } = await twoInstances();
    const { body: room } = await createRoom(a.url, generateMap(8, 35));
    const x = join(a, room);
    const viewer = connectClient(ws(b), room.room, room.view, b.url);
    clients.push(viewer);
    await Promise.all([x.synced, viewer.synced]);
    x.binding.apply(ops.setMeta(x.binding.map, { title: 'By the editor' }));
    await expect.poll(() => viewer.binding.map.meta.title, { timeout: 5000 }).toBe('By the editor');
    const expected = x.binding.map;
    viewer.binding.apply(
      ops.removeElements(
        viewer.binding.map,
        viewer.binding.map.nodes.map((n) => n.id),
      ),
    );
    viewer.doc.getMap('meta').set('title', 'Hacked');
    // Then an editor's change through the viewer's instance: once it is everywhere, the refused one would be too.
    const y = join(b, room);
    await y.synced;
    y.binding.apply(ops.updateNode(y.binding.map, expected.nodes[1]!.id, { text: 'after the crafted one' }));
    await expect.poll(() => x.binding.map.nodes[1]?.text, { timeout: 5000 }).toBe('after the crafted one');
    await expect.poll(() => acknowledged(y)).toBe(true);
    const inDatabase = await mapInDatabase(db, room.room);
    expect(inDatabase.meta.title).toBe('By the editor');
    expect(inDatabase.nodes).toHaveLength(expected.nodes.length);
    expect(x.binding.map.meta.title).toBe('By the editor');
  }, 30_000);

  it('SIGKILL of one instance during a burst: acknowledged changes are in PostgreSQL and on every client after they move', async () => {
    const { db, a, b } = await twoInstances();
    const { body: room } = await createRoom(a.url, generateMap(20, 32));
    const [x, y] = [join(a, room), join(b, room)];
    await Promise.all([x.synced, y.synced]);
    const edit = (c: TestClient, i: number) => {
      const node = c.binding.map.nodes[i % 20]!;
      c.binding.apply(
        i % 3
          ? ops.updateNode(c.binding.map, node.id, { text: `${node.text} ${i}` })
          : ops.moveNodes(c.binding.map, { [node.id]: { x: i, y: i } }),
      );
    };
    // Texts only grow (each edit appends), so a later text starts with every earlier one.
    let acked = new Map<string, string>();
    const stopAt = 55 + Math.floor(Math.random() * 20);
    for (let i = 0; i < 90; i++) {
      edit(x, i);
      if (i % 25 === 24 && i < stopAt) await expect.poll(() => acknowledged(x)).toBe(true); // some surely acknowledged
      if (acknowledged(x)) acked = new Map(x.binding.map.nodes.map((node) => [node.id, node.text]));
      if (i === stopAt) a.child.kill('SIGKILL');
      await new Promise((r) => setImmediate(r));
    }
    expect(await a.exited).toBe(null);
    expect([...acked.values()].filter((t) => /\d$/.test(t)).length).toBeGreaterThan(10);
    // What A acknowledged before it died is in PostgreSQL (B has stored nothing yet: its store is debounced).
    const inDatabase = await mapInDatabase(db, room.room);
    for (const [id, text] of acked) expect(inDatabase.nodes.find((m) => m.id === id)?.text.startsWith(text), id).toBe(true);

    moveTo(x, b, room);
    await expect.poll(() => acknowledged(x), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => y.binding.map, { timeout: 5000 }).toEqual(x.binding.map);
    for (const [id, text] of acked) expect(y.binding.map.nodes.find((m) => m.id === id)?.text.startsWith(text)).toBe(true);
    await expect.poll(() => mapInDatabase(db, room.room), { timeout: 5000 }).toEqual(x.binding.map);
  }, 30_000);

  it('restart everything: rooms come back from PostgreSQL exactly', async () => {
    const { db, ports, a, b } = await twoInstances();
    const { body: room } = await createRoom(b.url, generateMap(15, 33));
    const [x, y] = [join(a, room), join(b, room)];
    await Promise.all([x.synced, y.synced]);
    x.binding.apply(ops.setMeta(x.binding.map, { title: 'Before the restart' }));
    y.binding.apply(ops.updateNode(y.binding.map, y.binding.map.nodes[1]!.id, { text: 'typed on B' }));
    await expect
      .poll(() => acknowledged(x) && acknowledged(y) && JSON.stringify(x.binding.map) === JSON.stringify(y.binding.map))
      .toBe(true);
    const expected = x.binding.map;
    clients.splice(0).forEach((c) => c.destroy());
    a.child.kill('SIGKILL');
    b.child.kill('SIGKILL');
    await Promise.all([a.exited, b.exited]);
    await redis.stop();
    await redis.start();

    const [a2, b2] = [await instance(ports[0]!, db), await instance(ports[1]!, db)];
    const [x2, y2] = [join(a2, room), join(b2, room)];
    await Promise.all([x2.synced, y2.synced]);
    expect(x2.binding.map).toEqual(expected);
    expect(y2.binding.map).toEqual(expected);
  }, 30_000);

  it('Redis down: each instance keeps serving its clients, /readyz says why, and sync resumes with nothing lost', async () => {
    const { a, b } = await twoInstances();
    let lateRoom: { late: { room: string; edit: string }; z: TestClient } | undefined;
    const { body: room } = await createRoom(a.url, generateMap(10, 34));
    const [x, x2, y] = [join(a, room), join(a, room), join(b, room)];
    await Promise.all([x.synced, x2.synced, y.synced]);
    await redis.stop();
    try {
      await expect.poll(async () => (await fetch(`${a.url}/readyz`)).status, { timeout: 5000 }).toBe(503);
      expect(await (await fetch(`${a.url}/readyz`)).text()).toMatch(/^not ready\nredis: .+/);

      x.binding.apply(ops.updateNode(x.binding.map, x.binding.map.nodes[1]!.id, { text: 'A while Redis was down' }));
      y.binding.apply(ops.updateNode(y.binding.map, y.binding.map.nodes[2]!.id, { text: 'B while Redis was down' }));
      await expect.poll(() => x2.binding.map, { timeout: 5000 }).toEqual(x.binding.map); // same instance: still live
      await expect.poll(() => acknowledged(x) && acknowledged(y)).toBe(true);
      expect(y.binding.map.nodes[1]!.text).not.toBe('A while Redis was down');
      // A room first opened while Redis is down still opens for its instance's clients.
      const { body: late } = await createRoom(a.url, generateMap(6, 35));
      const z = join(a, late);
      await z.synced;
      lateRoom = { late, z };
    } finally {
      await redis.start();
    }
    await expect.poll(async () => (await fetch(`${a.url}/readyz`)).status, { timeout: 10_000 }).toBe(200);
    // Nobody edits after Redis is back: the instances catch up by themselves.
    for (const c of [x, x2, y]) {
      await expect.poll(() => c.binding.map.nodes[1]!.text, { timeout: 10_000 }).toBe('A while Redis was down');
      await expect.poll(() => c.binding.map.nodes[2]!.text, { timeout: 10_000 }).toBe('B while Redis was down');
    }
    expect(y.binding.map).toEqual(x.binding.map);
    // ...and joins the other instance once Redis is back.
    const w = join(b, lateRoom!.late);
    await w.synced;
    w.binding.apply(ops.setMeta(w.binding.map, { title: 'From B after Redis came back' }));
    await expect.poll(() => lateRoom!.z.binding.map.meta.title, { timeout: 5000 }).toBe('From B after Redis came back');
  }, 30_000);
});
