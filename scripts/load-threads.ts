// The load driver across worker threads: one Node event loop cannot play a thousand clients at
// thousands of edits a second without its own queue becoming the latency it measures. Each
// thread (load-worker.ts) plays the clients of a share of the rooms; this waits until every
// client has joined, starts them together, samples the servers meanwhile, and merges results.
import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import type { FromWorker, LoadJob, LoadResult } from './load-worker.ts';

/** The load's size from the environment (ARGMAP_LOAD_ROOMS, _CLIENTS, _RATE, _SECONDS, _THREADS). */
export function loadSettings(defaultRooms: number) {
  const env = (name: string, fallback: number) => Number(process.env[`ARGMAP_LOAD_${name}`] ?? fallback);
  return {
    ROOMS: env('ROOMS', defaultRooms),
    CLIENTS: env('CLIENTS', 10),
    RATE: env('RATE', 5),
    SECONDS: env('SECONDS', 60),
    /** Driver threads: one per core unless told. */
    THREADS: env('THREADS', availableParallelism()),
  };
}

export async function driveInThreads(
  job: LoadJob,
  threads: number,
  sampleEachSecond: () => void,
  onStart: () => void,
): Promise<LoadResult & { cpuSeconds: number }> {
  // The worker is TypeScript: each thread loads it through Vite's module runner, as the npm script does.
  const code = `import('vite').then(({ runnerImport }) => runnerImport(${JSON.stringify(resolve('scripts/load-worker.ts'))}))`;
  const workers = Array.from({ length: threads }, (_, t) => {
    const rooms = job.rooms.filter((_, r) => r % threads === t);
    return new Worker(code, { eval: true, workerData: { ...job, rooms } satisfies LoadJob });
  });
  const next = (w: Worker) =>
    new Promise<FromWorker>((ok, fail) => {
      w.once('message', ok);
      w.once('error', fail);
    });
  await Promise.all(workers.map(next));
  const done = workers.map(next);
  const cpuBefore = process.cpuUsage();
  onStart();
  workers.forEach((w) => w.postMessage({ type: 'start' }));
  for (let s = 0; s < job.seconds; s++) {
    await new Promise((r) => setTimeout(r, 1000));
    sampleEachSecond();
  }
  const cpu = process.cpuUsage(cpuBefore);
  const results = (await Promise.all(done)).map((m) => (m.type === 'done' ? m.result : undefined)).filter((r) => r !== undefined);
  workers.forEach((w) => w.postMessage({ type: 'close' }));
  await new Promise((r) => setTimeout(r, 500)); // the clients' sockets closing
  await Promise.all(workers.map((w) => w.terminate()));
  return {
    sent: results.reduce((a, r) => a + r.sent, 0),
    latencies: results.flatMap((r) => r.latencies),
    expected: results.flatMap((r) => r.expected),
    unacknowledged: results.reduce((a, r) => a + r.unacknowledged, 0),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}
