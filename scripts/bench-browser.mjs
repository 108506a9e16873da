// `npm run bench:browser`: the built app in headless Chromium at 1920×1080 on generated
// debate-shaped maps (testkit/generate.ts, generateDebateMap), each row of the large-maps
// issue's table, beside a bare React Flow page rendering the same nodes in the same run.
// Prints a table with the ratios. Sizes: BENCH_SIZES=100,1000,5000 (default).
// Timings are measured in the page with performance.now(): from just before the action to
// the first animation frame after the map is in the DOM (so a long task shows in full).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, runnerImport } from 'vite';
import react from '@vitejs/plugin-react';
import { launchChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
const VIEWPORT = { width: 1920, height: 1080 };

async function buildAll() {
  const outDir = await mkdtemp(join(tmpdir(), 'argmap-bench-'));
  process.env.NODE_ENV = 'production';
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  await build({
    root: join(root, 'bench/bare'),
    configFile: false,
    base: './',
    plugins: [react()],
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: join(outDir, 'bare'), emptyOutDir: false, target: 'es2022' },
  });
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const { port } = server.httpServer.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** In the page: runs `action`, then waits for `done()` to hold and one more frame. Returns ms and the longest task. */
const TIMED = `
window.__timed = async (action, done) => {
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  await action();
  for (let i = 0; i < 6000 && !done(); i++) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(r));
  const ms = performance.now() - t0;
  // Long tasks are watched for a second more: what opening leaves to do after the first
  // paint (deferred checks, the first autosave write) counts too.
  await new Promise((r) => setTimeout(r, 1000));
  observer.disconnect();
  return { ms, longest: Math.max(0, ...tasks) };
};
window.__frames = () => {
  const frames = [];
  let last = performance.now();
  let running = true;
  const tick = (t) => { frames.push(t - last); last = t; if (running) requestAnimationFrame(tick); };
  requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
  return () => { running = false; return frames; };
};
`;

/** Drags the empty canvas (a drag that starts on a node moves the node instead) for 120 frames. */
async function pan(page) {
  const box = await page.evaluate(() => {
    for (let y = 600; y < 1000; y += 20)
      for (let x = 1100; x > 400; x -= 20) if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    throw new Error('no empty canvas to drag');
  });
  await page.evaluate(() => {
    window.__stopFrames = window.__frames();
  });
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  for (let i = 0; i < 120; i++) await page.mouse.move(box.x - (i < 60 ? i : 120 - i) * 6, box.y - (i < 60 ? i : 120 - i) * 3);
  await page.mouse.up();
  const frames = await page.evaluate(() => window.__stopFrames());
  const sorted = frames.slice(2).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Drags a statement (the drag starts on a node, so React Flow moves it) for 120 frames. */
async function dragNode(page) {
  const box = await page.evaluate(() => {
    const inside = (r) => r.left > 300 && r.top > 150 && r.right < 1600 && r.bottom < 900;
    const node = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect()).find(inside);
    if (!node) throw new Error('no statement on screen to drag');
    return { x: node.left + node.width / 2, y: node.top + 10 };
  });
  await page.evaluate(() => {
    window.__stopFrames = window.__frames();
  });
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  for (let i = 0; i < 120; i++) await page.mouse.move(box.x + (i < 60 ? i : 120 - i) * 4, box.y + (i < 60 ? i : 120 - i) * 2);
  await page.mouse.up();
  const frames = await page.evaluate(() => window.__stopFrames());
  const sorted = frames.slice(2).sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(0.5 * sorted.length)] ?? NaN,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? NaN,
  };
}

/**
 * Types into the open node editor and measures each keystroke with the Event Timing API:
 * the longest of its keydown, keypress and input entries is the time from the key to the
 * next paint. Entries under 16 ms are not reported (the API's least threshold): such a
 * keystroke painted in the next frame and counts as 16 ms.
 */
async function typeKeys(page, text) {
  await page.evaluate(() => {
    window.__events = [];
    window.__eventObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (['keydown', 'keypress', 'input'].includes(e.name)) window.__events.push({ start: e.startTime, duration: e.duration });
    });
    window.__eventObserver.observe({ type: 'event', durationThreshold: 16 });
    window.__keyStarts = [];
  });
  for (const ch of text) {
    await page.evaluate(() => window.__keyStarts.push(performance.now()));
    await page.keyboard.type(ch);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await page.waitForTimeout(200);
  const keys = await page.evaluate(() => {
    window.__eventObserver.disconnect();
    const starts = [...window.__keyStarts, Infinity];
    return starts
      .slice(0, -1)
      .map((t, i) => Math.max(16, ...window.__events.filter((e) => e.start >= t && e.start < starts[i + 1]).map((e) => e.duration)));
  });
  keys.sort((a, b) => a - b);
  return { median: keys[Math.floor(keys.length / 2)], p95: keys[Math.min(keys.length - 1, Math.floor(keys.length * 0.95))] };
}

const visibleNodes = () => document.querySelectorAll('.react-flow__node').length;

/** What the app's canvas holds at its opening view (folded maps hold only their first levels), for the bare page. */
const shownOnCanvas = () => {
  const { flow, store } = window.argmap;
  const text = new Map(store.getState().map.nodes.map((n) => [n.id, n.text]));
  return {
    nodes: flow
      .getNodes()
      .filter((n) => !n.hidden)
      .map((n) => ({ id: n.id, position: n.position, data: { label: text.get(n.id) ?? '' }, style: { width: 260 } })),
    edges: flow
      .getEdges()
      .filter((e) => !e.hidden)
      .map((e) => ({ id: e.id, source: e.source, target: e.target, label: e.data?.kind ?? '' })),
    viewport: flow.getViewport(),
  };
};

async function measureApp(browser, url, size, files) {
  // No service worker: its copying of the app for offline use would run during the measurement.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(TIMED);
  await page.goto(`${url}?example=gsomia-2012`);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length > 0);
  const row = {};
  const drop = async (text, name) => {
    // The file is made first, in its own task: a person drops a file, no page script builds it.
    await page.evaluate(
      ({ text, name }) => {
        window.__file = new File([text], name, { type: 'application/json' });
      },
      { text, name },
    );
    return page.evaluate(
      async ({ n }) => {
        const before = window.argmap.store.getState().map;
        return window.__timed(
          () => {
            const dt = new DataTransfer();
            dt.items.add(window.__file);
            document
              .querySelector('.workspace')
              .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
          },
          () =>
            window.argmap.store.getState().map !== before &&
            window.argmap.store.getState().map.nodes.length === n &&
            document.querySelectorAll('.react-flow__node').length > 0,
        );
      },
      { n: size },
    );
  };
  const unplaced = await drop(files.unplaced, 'unplaced.json');
  row.dropUnplaced = unplaced.ms;
  row.openLongest = unplaced.longest;
  const layout = await page.evaluate(async () => {
    const before = window.argmap.store.getState().map;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Layout');
    return window.__timed(
      () => button.click(),
      () => window.argmap.store.getState().map !== before,
    );
  });
  row.layout = layout.ms;
  // The laid-out map counts as saved, so dropping the next file opens it without asking first.
  await page.evaluate(() => window.argmap.store.getState().markSaved());
  const placed = await drop(files.placed, 'placed.json');
  row.dropPlaced = placed.ms;
  row.openLongest = Math.max(row.openLongest, placed.longest);
  await page.waitForTimeout(1200); // let autosave write
  const reloadStart = Date.now();
  await page.goto(url); // no ?example: restores the autosaved map
  await page.waitForFunction(
    (n) => window.argmap?.store?.getState().map.nodes.length === n && document.querySelectorAll('.react-flow__node').length > 0,
    size,
    { timeout: 120_000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  row.reload = Date.now() - reloadStart;
  await page.waitForTimeout(500);
  const evaluate = await page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Evaluate');
    return window.__timed(
      () => button.click(),
      () => document.querySelector('[data-status]') !== null,
    );
  });
  row.evaluate = evaluate.ms;
  await page.evaluate(() => window.argmap.store.getState().setEvaluationOn(false));
  await page.waitForTimeout(300);
  row.visibleOpening = await page.evaluate(visibleNodes);
  row.shown = await page.evaluate(shownOnCanvas);
  row.panOpening = await pan(page);
  await page.evaluate(({ x, y }) => window.argmap.flow.setCenter(x + 130, y + 40, { zoom: 1 }), row.shown.nodes[0].position);
  await page.waitForTimeout(300);
  row.visibleZoom1 = await page.evaluate(visibleNodes);
  row.panZoom1 = await pan(page);
  row.drag = await dragNode(page);
  // Typing: open the editor on the first node on screen, then time keystrokes to the next paint.
  const first = page.locator('.react-flow__node-arg').first();
  await first.dblclick();
  const editor = page.locator('.arg-node textarea, .arg-node [contenteditable], .arg-node input').first();
  await editor.waitFor();
  row.keystroke = await typeKeys(page, ' typing into a statement');
  await page.keyboard.press('Escape');
  // Evaluate on the whole map unfolded, at Fit view (issue 13, item 12).
  await page.evaluate(() => {
    const { store } = window.argmap;
    for (let i = 0; i < 50 && store.getState().map.nodes.some((n) => n.collapsed); i++) store.getState().unfoldLevel();
    store.getState().requestFit();
  });
  await page.waitForTimeout(2500);
  row.visibleUnfolded = await page.evaluate(visibleNodes);
  const evaluateAll = () =>
    page.evaluate(async () => {
      const { store } = window.argmap;
      store.getState().setEvaluationOn(false);
      await new Promise((r) => setTimeout(r, 500));
      return window.__timed(
        () => store.getState().setEvaluationOn(true),
        () => document.querySelector('.arg-node[data-status]') !== null,
      );
    });
  row.evaluateAll = (await evaluateAll()).ms;
  // Dragging with every statement unfolded: each frame's work must not grow with the map.
  await page.evaluate(() => {
    const { flow, store } = window.argmap;
    store.getState().setEvaluationOn(false);
    const main = store.getState().map.nodes[0];
    flow.setCenter(main.position.x + 130, main.position.y + 40, { zoom: 1 });
  });
  await page.waitForTimeout(1000);
  row.dragUnfolded = await dragNode(page);
  await context.close();
  return row;
}

async function measureBare(browser, url, map, shown) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(TIMED);
  await page.goto(`${url}bare/`);
  await page.waitForFunction(() => !!window.bare);
  const nodes = map.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.text }, style: { width: 260 } }));
  const edges = map.relations.map((r) => ({ id: r.id, source: r.from, target: r.to, label: r.kind }));
  const row = {};
  const open = await page.evaluate(
    ({ nodes, edges }) =>
      window.__timed(
        () => window.bare.render(nodes, edges),
        () => document.querySelectorAll('.react-flow__node').length > 0,
      ),
    { nodes, edges },
  );
  row.dropPlaced = open.ms;
  row.openLongest = open.longest;
  await page.waitForTimeout(500);
  // Pans on the same nodes as the app's canvas holds, at the same view (like for like).
  await page.evaluate(({ nodes, edges, viewport }) => {
    window.bare.render(nodes, edges);
    return new Promise((r) => setTimeout(() => r(window.bare.flow.setViewport(viewport)), 300));
  }, shown);
  await page.waitForTimeout(500);
  row.visibleOpening = await page.evaluate(visibleNodes);
  row.panOpening = await pan(page);
  await page.evaluate(({ x, y }) => window.bare.flow.setCenter(x + 130, y + 40, { zoom: 1 }), shown.nodes[0].position);
  await page.waitForTimeout(300);
  row.visibleZoom1 = await page.evaluate(visibleNodes);
  row.panZoom1 = await pan(page);
  row.drag = await dragNode(page);
  await context.close();
  return row;
}

const fmt = (v) => (v === undefined || Number.isNaN(v) ? '–' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`);
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : '–');

async function main() {
  const { module: gen } = await runnerImport(join(root, 'testkit/generate.ts'));
  const { module: save } = await runnerImport(join(root, 'src/model/format/save.ts'));
  const server = await buildAll();
  const browser = await launchChromium();
  const lines = ['| size | measure | Argmap | bare React Flow | ratio |', '|---|---|---|---|---|'];
  try {
    for (const size of SIZES) {
      const placedMap = gen.generateDebateMap(size, 7, { laidOut: true });
      const unplaced = JSON.parse(save.serializeMap(gen.generateDebateMap(size, 7)));
      for (const node of unplaced.nodes) delete node.position;
      const files = { unplaced: JSON.stringify(unplaced), placed: save.serializeMap(placedMap) };
      const app = await measureApp(browser, server.url, size, files);
      const bare = await measureBare(browser, server.url, placedMap, app.shown);
      const rows = [
        ['drop file (no positions) → rendered', app.dropUnplaced],
        ['Layout click → rendered', app.layout],
        ['drop laid-out file → rendered', app.dropPlaced, bare.dropPlaced],
        ['reload (autosave) → rendered', app.reload],
        ['longest main-thread task while opening', app.openLongest, bare.openLongest],
        [
          `pan at opening view, median (nodes in DOM: ${app.visibleOpening} / ${bare.visibleOpening})`,
          app.panOpening.median,
          bare.panOpening.median,
        ],
        ['pan at opening view, p95', app.panOpening.p95, bare.panOpening.p95],
        [`pan at zoom 1, median (nodes in DOM: ${app.visibleZoom1} / ${bare.visibleZoom1})`, app.panZoom1.median, bare.panZoom1.median],
        ['pan at zoom 1, p95', app.panZoom1.p95, bare.panZoom1.p95],
        ['Evaluate on → painted', app.evaluate],
        ['drag a statement at zoom 1, frame median', app.drag.median, bare.drag.median],
        ['drag a statement at zoom 1, frame p95', app.drag.p95, bare.drag.p95],
        ['keystroke → next paint (Event Timing), median', app.keystroke.median],
        ['keystroke → next paint (Event Timing), p95', app.keystroke.p95],
        ['drag a statement at zoom 1, all unfolded, frame median', app.dragUnfolded.median],
        ['drag a statement at zoom 1, all unfolded, frame p95', app.dragUnfolded.p95],
        [`Evaluate on, all unfolded at Fit view (nodes in DOM: ${app.visibleUnfolded})`, app.evaluateAll],
      ];
      for (const [name, a, b] of rows) lines.push(`| ${size} | ${name} | ${fmt(a)} | ${fmt(b)} | ${ratio(a, b)} |`);
      console.log(lines.slice(-rows.length).join('\n'));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\n${lines.join('\n')}`);
}

await main();
