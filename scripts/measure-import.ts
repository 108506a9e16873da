// Measures importing a large Argdown or AIF file in the built app, in headless Chromium:
// how long until the map is in the editor and on screen, and the longest main-thread
// task while the file is being read (the Web Worker should keep those short).
//
//   npm run build && node --input-type=module -e "import { runnerImport } from 'vite'; await runnerImport('./scripts/measure-import.ts')" [-- 5000]
import { join } from 'node:path';
import { preview } from 'vite';
import { launchChromium } from './chromium.mjs';
import { generateMap } from '../testkit/generate.ts';
import { writeArgdown } from '../src/model/interop/argdown.ts';
import { writeAif } from '../src/model/interop/aif.ts';
import { serializeMap } from '../src/model/format/save.ts';

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5000);
const root = new URL('..', import.meta.url).pathname;
const map = generateMap(count, 11);
const files = [
  { name: `generated-${count}.argmap.json`, text: serializeMap(map) },
  { name: `generated-${count}.argdown`, text: writeArgdown(map) },
  { name: `generated-${count}.aif.json`, text: writeAif(map) },
];

const server = await preview({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
});
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no address');
const browser = await launchChromium();
try {
  for (const file of files) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${address.port}/`);
    await page.waitForSelector('.react-flow__node');
    const result = await page.evaluate(
      async ({ text, name, count }) => {
        type Store = { getState(): { map: { nodes: unknown[] } }; subscribe(f: () => void): () => void };
        const store = (window as unknown as { argmap: { store: Store } }).argmap.store;
        const tasks: { start: number; duration: number }[] = [];
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration })),
        ).observe({ type: 'longtask' });
        const start = performance.now();
        let inStore = 0;
        const unsubscribe = store.subscribe(() => {
          if (!inStore && store.getState().map.nodes.length === count) inStore = performance.now();
        });
        const data = new DataTransfer();
        data.items.add(new File([text], name));
        const pane = document.querySelector('.react-flow__pane')!;
        pane.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
        pane.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
        // Rendered: React Flow shows nodes of the new map.
        const shown = () =>
          document.querySelector('.react-flow__node') && !document.querySelector('.react-flow__node[data-id="claim-main"]');
        while (!inStore || !shown()) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const rendered = performance.now();
        unsubscribe();
        // Tasks over before the map reached the store: reading the file. The task that puts the
        // map in the store and renders it is opening the map, the same for every format.
        // (Tasks that began before the drop are this script handing the file text to the page.)
        const during = tasks.filter((t) => t.start >= start && t.start + t.duration < inStore);
        const after = tasks.filter((t) => t.start + t.duration >= inStore);
        return {
          toStoreMs: Math.round(inStore - start),
          toRenderedMs: Math.round(rendered - start),
          longestWhileReadingMs: Math.round(Math.max(0, ...during.map((t) => t.duration))),
          longTasksWhileReading: during.length,
          longestAfterMs: Math.round(Math.max(0, ...after.map((t) => t.duration))),
        };
      },
      { text: file.text, name: file.name, count: map.nodes.length },
    );
    console.log(
      `${file.name} (${(file.text.length / 1024 / 1024).toFixed(1)} MB): in the editor after ${result.toStoreMs} ms, on screen after ${result.toRenderedMs} ms; ` +
        `while reading: ${result.longTasksWhileReading} main-thread task(s) over 50 ms, longest ${result.longestWhileReadingMs} ms; ` +
        `opening the map (store + render, as for any ${count}-node map): longest task ${result.longestAfterMs} ms`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
