// A bounded load on loopback (`npm run bench:load`): ROOMS rooms × CLIENTS clients, each client
// editing its own node RATE times a second for SECONDS seconds, against a real server process.
// Reports the server's CPU and peak memory, the p50/p95 change-to-other-client latency (client 0
// of each room is a full client, provider + binding, and observes the others; the others are
// light clients, see load-client.ts), the driver's own CPU, and checks that nothing was lost: a
// fresh client per room reads every client's last edit. Defaults: 100 × 10 × 5/s × 60 s
// (ARGMAP_LOAD_ROOMS, _CLIENTS, _RATE, _SECONDS).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer, freePort, spawnServer } from '../tests/server/process.ts';
import { connectClient } from '../tests/server/helpers.ts';
import { connectLightClient, loadClientOf, type LoadClient } from './load-client.ts';
import { generateMap } from '../src/model/generate.ts';
import { toMapFile } from '../src/model/format/save.ts';
import { driveEdits, percentile, usage } from './load-measure.ts';
import * as ops from '../src/model/operations.ts';

const env = (name: string, fallback: number) => Number(process.env[`ARGMAP_LOAD_${name}`] ?? fallback);
const ROOMS = env('ROOMS', 100);
const CLIENTS = env('CLIENTS', 10);
const RATE = env('RATE', 5);
const SECONDS = env('SECONDS', 60);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

await buildServer();
const port = await freePort();
const server = await spawnServer(port, join(mkdtempSync(join(tmpdir(), 'argmap-load-')), 'rooms.sqlite'), 'dist-missing', {
  ARGMAP_MAX_CONNECTIONS_PER_ROOM: String(CLIENTS + 5),
});
const pid = server.child.pid!;
const url = server.url;
const wsUrl = url.replace('http', 'ws');
console.log(`load: ${ROOMS} rooms × ${CLIENTS} clients × ${RATE} edits/s for ${SECONDS} s against ${url}`);

const rooms: { room: string; edit: string; clients: LoadClient[] }[] = [];
for (let r = 0; r < ROOMS; r++) {
  const res = await fetch(`${url}/api/rooms`, { method: 'POST', headers: { Origin: url }, body: JSON.stringify(toMapFile(generateMap(CLIENTS + 5, r + 1))) });
  const secrets = (await res.json()) as { room: string; edit: string };
  const clients = Array.from({ length: CLIENTS }, (_, c) =>
    c === 0 ? loadClientOf(connectClient(wsUrl, secrets.room, secrets.edit, url)) : connectLightClient(wsUrl, secrets.room, secrets.edit, url),
  );
  rooms.push({ ...secrets, clients });
  if (r % 20 === 19) await Promise.all(clients.map((c) => c.synced)); // join in waves, not all at once
}
await Promise.all(rooms.flatMap((r) => r.clients.map((c) => c.synced)));
console.log('all clients joined');

// Each client owns one node of its room and writes "client:seq:sentAt" into it.
const latencies: number[] = [];
const lastSent = new Map<string, string>();
for (const room of rooms) {
  const observer = room.clients[0]!;
  const seen = new Map<string, string>();
  observer.binding.subscribe((map) => {
    const now = Date.now();
    for (const n of map.nodes) {
      if (seen.get(n.id) === n.text) continue;
      seen.set(n.id, n.text);
      const sentAt = Number(n.text.split(':')[2]);
      if (sentAt) latencies.push(now - sentAt);
    }
  });
}
const driverBefore = process.cpuUsage();
const before = usage(pid);
let peakRss = before.rss;
const clients = rooms.flatMap((room, r) => room.clients.map((client, c) => ({ room, client, r, c, nodeId: client.binding.map.nodes[c + 1]!.id, seq: 0 })));
const sent = await driveEdits(
  clients.length,
  RATE,
  SECONDS,
  (i) => {
    const e = clients[i]!;
    const text = `${e.r}-${e.c}:${++e.seq}:${Date.now()}`;
    e.client.binding.apply(ops.updateNode(e.client.binding.map, e.nodeId, { text }));
    lastSent.set(`${e.room.room}/${e.nodeId}`, text);
  },
  () => (peakRss = Math.max(peakRss, usage(pid).rss)),
);
const after = usage(pid);
const driverCpu = process.cpuUsage(driverBefore);
// Wait for every client's changes to be acknowledged, then read each room with a fresh client.
const deadline = Date.now() + 60_000;
while (Date.now() < deadline && rooms.some((r) => r.clients.some((c) => c.unacknowledged() > 0))) await sleep(200);
let lost = 0;
for (const room of rooms) {
  const probe = connectClient(wsUrl, room.room, room.edit, url);
  await probe.synced;
  for (const n of probe.binding.map.nodes) {
    const expected = lastSent.get(`${room.room}/${n.id}`);
    if (expected !== undefined && expected !== n.text) lost++;
  }
  probe.destroy();
  room.clients.forEach((c) => c.destroy());
}
const cpuSeconds = after.cpu - before.cpu;
console.log(`edits sent: ${sent} (${Math.round(sent / SECONDS)}/s); latency to another client: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms (${latencies.length} samples)`);
console.log(`server: CPU ${Math.round((cpuSeconds / SECONDS) * 100)}% of one core on average, peak memory ${Math.round(peakRss / 1024 / 1024)} MB`);
console.log(`driver (this process, all clients): CPU ${Math.round(((driverCpu.user + driverCpu.system) / 1e6 / SECONDS) * 100)}% of one core`);
console.log(`lost edits: ${lost} (last edit of every client checked in a fresh read of each room)`);
server.child.kill('SIGTERM');
await server.exited;
process.exit(lost ? 1 : 0);
