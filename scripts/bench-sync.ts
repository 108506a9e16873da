// Sync benchmarks against a real server process on loopback (`npm run bench:sync`):
//   1. change-to-screen latency between two Chromium pages (p50/p95)
//   2. joining a room that holds the 1,000-node generated map, until every node is on screen
// Needs the app built in dist/ (npm run build) and Chromium (scripts/chromium.mjs).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { buildServer, freePort, spawnServer } from '../testkit/server-process.ts';
import { generateMap } from '../testkit/generate.ts';
import { toMapFile } from '../src/model/format/save.ts';
import type { EditorStore } from '../src/store/store.ts';

type Win = Window & { argmap: { store: { getState(): EditorStore } } };
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

await buildServer();
const port = await freePort();
const server = await spawnServer(port, join(mkdtempSync(join(tmpdir(), 'argmap-bench-')), 'rooms.sqlite'), 'dist');
const browser = await launchChromium();
try {
  const create = async (nodes: number) => {
    const res = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      headers: { Origin: server.url },
      body: JSON.stringify(toMapFile(generateMap(nodes, 7))),
    });
    return (await res.json()) as { room: string; edit: string };
  };
  const open = async (room: { room: string; edit: string }) => {
    // No service worker: its copying of the app for offline use would run during the measurement.
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' })).newPage();
    const started = performance.now();
    await page.goto(`${server.url}/?room=${room.room}#edit=${room.edit}`);
    await page.waitForFunction(
      () => {
        const s = (window as unknown as Win).argmap?.store.getState();
        return !!s?.room?.ready && s.map.nodes.length > 0 && document.querySelectorAll('.react-flow__node-arg').length > 0;
      },
      undefined,
      { timeout: 60_000, polling: 20 },
    );
    return { page, ms: performance.now() - started };
  };

  // 1. Latency: A changes a node's text; B's screen shows it (a MutationObserver stamps the time).
  const small = await create(50);
  const { page: a } = await open(small);
  const { page: b } = await open(small);
  const nodeId = await a.evaluate(() => (window as unknown as Win).argmap.store.getState().map.nodes[0]!.id);
  const samples: number[] = [];
  for (let i = 0; i < 60; i++) {
    const marker = `latency probe ${i}`;
    const seen = b.evaluate(
      (text) =>
        new Promise<number>((resolve) => {
          const check = () => [...document.querySelectorAll('.react-flow__node-arg')].some((el) => el.textContent?.includes(text));
          const observer = new MutationObserver(() => {
            if (check()) {
              observer.disconnect();
              resolve(Date.now());
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        }),
      marker,
    );
    await b.waitForTimeout(30);
    const sent = await a.evaluate(
      ([id, text]) => {
        const t = Date.now();
        (window as unknown as Win).argmap.store.getState().updateNode(id!, { text });
        return t;
      },
      [nodeId, marker] as const,
    );
    samples.push((await seen) - sent);
  }
  console.log(
    `change-to-screen between two pages: p50 ${percentile(samples, 50)} ms, p95 ${percentile(samples, 95)} ms (${samples.length} changes)`,
  );

  // 2. Joining the 1,000-node room, to nodes on screen with the room ready.
  const large = await create(1000);
  const joins: number[] = [];
  for (let i = 0; i < 3; i++) joins.push((await open(large)).ms);
  console.log(`joining a 1,000-node room (page load to map on screen): ${joins.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
} finally {
  await browser.close();
  server.child.kill('SIGTERM');
  await server.exited;
}
