// The scale-out load on loopback (`npm run bench:load-scale`): two server instances sharing one
// Redis and one PostgreSQL (started from the Debian packages, as the tests do), ROOMS rooms ×
// CLIENTS clients, alternate clients of a room on alternate instances, each editing its own node
// RATE times a second for SECONDS seconds, played by worker threads (load-threads.ts). Client 0 of
// a room (on instance A) is a full client and observes; the others are light clients
// (load-client.ts). Reports the p50/p95
// change-to-other-client latency measured on the observer for edits made through instance B (so
// every sample crossed Redis), CPU and peak memory per instance and of the driver, and checks
// that fresh clients on both instances read the same map holding every client's last edit, and
// that, after both instances stop, every room in PostgreSQL equals it. Defaults: 200 × 10 × 5/s × 60 s
// (ARGMAP_LOAD_ROOMS, _CLIENTS, _RATE, _SECONDS; _THREADS for the driver).
import * as Y from 'yjs';
import { buildServer, freePort, spawnServer, type Spawned } from '../testkit/server-process.ts';
import { connectClient, tempDataFile } from '../testkit/sync.ts';
import { startPostgres, startRedis } from '../testkit/services.ts';
import { generateMap } from '../testkit/generate.ts';
import { toMapFile } from '../src/model/format/save.ts';
import { MapBinding } from '../src/sync/binding.ts';
import { PostgresStore } from '../server/postgres.ts';
import { machineBusy, machineCpu, percentile, usage } from './load-measure.ts';
import { driveInThreads, loadSettings } from './load-threads.ts';

const { ROOMS, CLIENTS, RATE, SECONDS, THREADS } = loadSettings(200);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const [redis, postgres] = await Promise.all([startRedis(), startPostgres(), buildServer()]);
const db = await postgres.database('load');
const instances: Spawned[] = [];
for (let i = 0; i < 2; i++)
  instances.push(
    await spawnServer(await freePort(), tempDataFile(), 'dist-missing', {
      ARGMAP_DATABASE_URL: db,
      ARGMAP_REDIS_URL: redis.url,
      ARGMAP_MAX_CONNECTIONS_PER_ROOM: String(CLIENTS + 5),
    }),
  );
const ws = (i: number) => instances[i]!.url.replace('http', 'ws');
console.log(
  `load: ${ROOMS} rooms × ${CLIENTS} clients × ${RATE} edits/s for ${SECONDS} s over 2 instances (${instances.map((s) => s.url).join(', ')})`,
);

const rooms: { room: string; edit: string }[] = [];
for (let r = 0; r < ROOMS; r++) {
  const url = instances[r % 2]!.url;
  const res = await fetch(`${url}/api/rooms`, {
    method: 'POST',
    headers: { Origin: url },
    body: JSON.stringify(toMapFile(generateMap(CLIENTS + 5, r + 1))),
  });
  rooms.push((await res.json()) as { room: string; edit: string });
}

const pids = instances.map((s) => s.child.pid!);
let before = pids.map(usage);
let machineBefore = machineCpu();
let machineAfter = machineBefore;
let after = before;
const peak = before.map((u) => u.rss);
const result = await driveInThreads(
  { rooms, servers: instances.map((s) => s.url), clients: CLIENTS, rate: RATE, seconds: SECONDS, crossOnly: true },
  THREADS,
  () => {
    after = pids.map(usage);
    machineAfter = machineCpu();
    after.forEach((u, i) => (peak[i] = Math.max(peak[i]!, u.rss)));
  },
  () => {
    before = pids.map(usage);
    machineBefore = machineCpu();
  },
);

// A fresh client on each instance reads every room: both must hold the same map, with every
// client's last edit. Then stop both instances (SIGTERM stores every room) and compare
// PostgreSQL with what the clients read.
await sleep(1000); // the last changes crossing Redis to the other instance
const expectedOf = new Map(result.expected.map(([room, node, texts]) => [`${room}/${node}`, texts]));
const held: string[] = [];
let diverged = 0;
let lost = 0;
for (const room of rooms) {
  const reads: string[] = [];
  for (let i = 0; i < 2; i++) {
    const probe = connectClient(ws(i), room.room, room.edit, instances[i]!.url);
    await probe.synced;
    reads.push(JSON.stringify(probe.binding.map));
    if (i === 0) for (const n of probe.binding.map.nodes) if (expectedOf.get(`${room.room}/${n.id}`)?.includes(n.text) === false) lost++;
    probe.destroy();
  }
  if (reads[0] !== reads[1]) diverged++;
  held.push(reads[0]!);
}
for (const s of instances) {
  s.child.kill('SIGTERM');
  await s.exited;
}
const store = await PostgresStore.open(db);
let differ = 0;
for (const [i, room] of rooms.entries()) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await store.load(room.room))!);
  if (JSON.stringify(new MapBinding(doc).map) !== held[i]) differ++;
}
await store.close();
await Promise.all([redis.stop(), postgres.stop()]);

const { latencies, sent } = result;
console.log(
  `edits sent: ${sent} (${Math.round(sent / SECONDS)}/s of ${ROOMS * CLIENTS * RATE}/s asked); latency to a client on the other instance: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms (${latencies.length} samples)`,
);
instances.forEach((_, i) =>
  console.log(
    `instance ${'AB'[i]}: CPU ${Math.round(((after[i]!.cpu - before[i]!.cpu) / SECONDS) * 100)}% of one core on average, peak memory ${Math.round(peak[i]! / 1024 / 1024)} MB`,
  ),
);
console.log(`machine during the load: ${machineBusy(machineBefore, machineAfter)} busy (instances, driver, PostgreSQL, Redis)`);
console.log(`driver (${THREADS} threads, all clients): CPU ${Math.round((result.cpuSeconds / SECONDS) * 100)}% of one core`);
console.log(
  `acknowledged edits lost: ${lost}; edits still unacknowledged 60 s after the load: ${result.unacknowledged}; rooms read differently on the two instances: ${diverged}; rooms in PostgreSQL different from what the clients read: ${differ} (of ${ROOMS})`,
);
process.exit(lost || result.unacknowledged || diverged || differ ? 1 : 0);
