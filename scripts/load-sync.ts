// A bounded load on loopback (`npm run bench:load`): ROOMS rooms × CLIENTS clients, each client
// editing its own node RATE times a second for SECONDS seconds, against a real server process.
// The clients are played by worker threads (load-threads.ts, load-worker.ts: one full client per
// room observes, the others are light clients). Reports the server's CPU and peak memory, the
// p50/p95 change-to-other-client latency, the driver's own CPU, and checks that nothing was lost:
// a fresh client per room reads every client's last edit. Defaults: 100 × 10 × 5/s × 60 s
// (ARGMAP_LOAD_ROOMS, _CLIENTS, _RATE, _SECONDS; _THREADS for the driver).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer, freePort, spawnServer } from '../testkit/server-process.ts';
import { connectClient } from '../testkit/sync.ts';
import { generateMap } from '../testkit/generate.ts';
import { toMapFile } from '../src/model/format/save.ts';
import { machineBusy, machineCpu, percentile, usage } from './load-measure.ts';
import { driveInThreads, loadSettings } from './load-threads.ts';

const { ROOMS, CLIENTS, RATE, SECONDS, THREADS } = loadSettings(100);

await buildServer();
const port = await freePort();
const server = await spawnServer(port, join(mkdtempSync(join(tmpdir(), 'argmap-load-')), 'rooms.sqlite'), 'dist-missing', {
  ARGMAP_MAX_CONNECTIONS_PER_ROOM: String(CLIENTS + 5),
});
const pid = server.child.pid!;
const url = server.url;
console.log(`load: ${ROOMS} rooms × ${CLIENTS} clients × ${RATE} edits/s for ${SECONDS} s against ${url} (driver: ${THREADS} threads)`);

const rooms: { room: string; edit: string }[] = [];
for (let r = 0; r < ROOMS; r++) {
  const res = await fetch(`${url}/api/rooms`, {
    method: 'POST',
    headers: { Origin: url },
    body: JSON.stringify(toMapFile(generateMap(CLIENTS + 5, r + 1))),
  });
  rooms.push((await res.json()) as { room: string; edit: string });
}

let before = usage(pid);
let machineBefore = machineCpu();
let machineAfter = machineBefore;
let peakRss = before.rss;
let after = before;
const result = await driveInThreads(
  { rooms, servers: [url], clients: CLIENTS, rate: RATE, seconds: SECONDS, crossOnly: false },
  THREADS,
  () => {
    after = usage(pid);
    machineAfter = machineCpu();
    peakRss = Math.max(peakRss, after.rss);
  },
  () => {
    before = usage(pid);
    machineBefore = machineCpu();
  },
);

// A fresh client per room reads every client's last acknowledged edit (or a later one).
const expectedOf = new Map(result.expected.map(([room, node, texts]) => [`${room}/${node}`, texts]));
let lost = 0;
for (const { room, edit } of rooms) {
  const probe = connectClient(url.replace('http', 'ws'), room, edit, url);
  await probe.synced;
  for (const n of probe.binding.map.nodes) {
    const expected = expectedOf.get(`${room}/${n.id}`);
    if (expected && !expected.includes(n.text)) lost++;
  }
  probe.destroy();
}
const { latencies, sent } = result;
console.log(
  `edits sent: ${sent} (${Math.round(sent / SECONDS)}/s of ${ROOMS * CLIENTS * RATE}/s asked); latency to another client: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms (${latencies.length} samples)`,
);
console.log(
  `server: CPU ${Math.round(((after.cpu - before.cpu) / SECONDS) * 100)}% of one core on average, peak memory ${Math.round(peakRss / 1024 / 1024)} MB`,
);
console.log(`machine during the load: ${machineBusy(machineBefore, machineAfter)} busy`);
console.log(`driver (${THREADS} threads, all clients): CPU ${Math.round((result.cpuSeconds / SECONDS) * 100)}% of one core`);
console.log(
  `acknowledged edits lost: ${lost} (every client's last acknowledged edit checked in a fresh read of each room); edits still unacknowledged 60 s after the load: ${result.unacknowledged}`,
);
server.child.kill('SIGTERM');
await server.exited;
process.exit(lost || result.unacknowledged ? 1 : 0);
