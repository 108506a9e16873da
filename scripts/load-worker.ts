// One thread of the load driver (load-threads.ts starts them): plays every client of some rooms.
// Client 0 of a room is a full client (provider + binding) on the first server and observes the
// others; the rest are light clients (load-client.ts), client c on server c mod the number of
// servers. Client c writes "c:seq:sentAt" into node c+1 of its room, RATE times a second.
import { parentPort, workerData } from 'node:worker_threads';
import { connectClient } from '../testkit/sync.ts';
import { connectLightClient, loadClientOf, type LoadClient } from './load-client.ts';
import { driveEdits } from './load-measure.ts';
import * as ops from '../src/model/operations.ts';

export interface LoadJob {
  rooms: { room: string; edit: string }[];
  /** Server URLs (http://…); client c uses servers[c % servers.length]. */
  servers: string[];
  clients: number;
  rate: number;
  seconds: number;
  /** Latency only of changes made on another server than the observer's (odd clients). */
  crossOnly: boolean;
}

export interface LoadResult {
  sent: number;
  latencies: number[];
  /**
   * Per client with an acknowledged edit: room, node id, and the texts its node may hold now
   * (its last acknowledged edit, or a later one not yet acknowledged).
   */
  expected: [string, string, string[]][];
  /** Changes still not acknowledged after waiting up to 60 s. */
  unacknowledged: number;
}

export type FromWorker = { type: 'ready' } | { type: 'done'; result: LoadResult };
export type ToWorker = { type: 'start' } | { type: 'close' };

const job = workerData as LoadJob;
const port = parentPort!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const server = (c: number) => job.servers[c % job.servers.length]!;
const ws = (url: string) => url.replace('http', 'ws');

const rooms: { room: string; clients: LoadClient[] }[] = [];
for (const [r, { room, edit }] of job.rooms.entries()) {
  const clients = Array.from({ length: job.clients }, (_, c) =>
    c === 0 ? loadClientOf(connectClient(ws(server(0)), room, edit, server(0))) : connectLightClient(ws(server(c)), room, edit, server(c)),
  );
  rooms.push({ room, clients });
  if (r % 10 === 9) await Promise.all(clients.map((c) => c.synced)); // join in waves, not all at once
}
await Promise.all(rooms.flatMap((r) => r.clients.map((c) => c.synced)));

const latencies: number[] = [];
for (const { clients } of rooms) {
  const seen = new Map<string, string>();
  clients[0]!.binding.subscribe((map) => {
    const now = Date.now();
    for (const n of map.nodes) {
      if (seen.get(n.id) === n.text) continue;
      seen.set(n.id, n.text);
      const [c, , sentAt] = n.text.split(':').map(Number);
      if (sentAt && (!job.crossOnly || c! % 2 === 1)) latencies.push(now - sentAt);
    }
  });
}

const writers = rooms.flatMap(({ room, clients }) =>
  clients.map((client, c) => ({ room, client, c, nodeId: client.binding.map.nodes[c + 1]!.id, seq: 0, texts: [] as string[] })),
);

async function run(): Promise<LoadResult> {
  const sent = await driveEdits(writers.length, job.rate, job.seconds, (i) => {
    const w = writers[i]!;
    const text = `${w.c}:${++w.seq}:${Date.now()}`;
    w.texts.push(text);
    w.client.binding.apply(ops.updateNode(w.client.binding.map, w.nodeId, { text }));
  });
  const deadline = Date.now() + 60_000;
  const pending = () => writers.reduce((sum, w) => sum + w.client.unacknowledged(), 0);
  while (Date.now() < deadline && pending() > 0) await sleep(200);
  const expected = writers.flatMap((w): LoadResult['expected'] => {
    const acknowledged = w.texts.length - w.client.unacknowledged(); // acknowledgements come in order
    return acknowledged > 0 ? [[w.room, w.nodeId, w.texts.slice(acknowledged - 1)]] : [];
  });
  return { sent, latencies, expected, unacknowledged: pending() };
}

port.on('message', async (message: ToWorker) => {
  if (message.type === 'start') port.postMessage({ type: 'done', result: await run() } satisfies FromWorker);
  if (message.type === 'close') {
    writers.forEach((w) => w.client.destroy());
    port.close();
  }
});
port.postMessage({ type: 'ready' } satisfies FromWorker);
