// `npm run profile:edits`: where the main thread's JavaScript goes while a statement is
// dragged and while text is typed into one, on a generated map (PROFILE_SIZE, default 5,000,
// opened folded, then with every level unfolded). Builds the app unminified (so functions keep
// their names), drops the laid-out file on the workspace, records a CPU profile (Chrome
// DevTools protocol) of 60 mouse moves, of 30 keystrokes and of 5 committed text edits, and
// prints the JS self time per move, key and edit with the functions that took most of it. The sampling profiler adds its
// own overhead: compare runs of this script, not with `npm run bench:browser`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, runnerImport } from 'vite';
import { launchChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const SIZE = Number(process.env.PROFILE_SIZE ?? 5000);
const TOP = 15;
const NOT_JS = new Set(['(idle)', '(program)', '(garbage collector)']);

/** JS self time by function (name, file, line), from CPU profiles' samples. */
function selfTimes(profiles) {
  const self = new Map();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = byId.get(id).callFrame;
      if (NOT_JS.has(functionName)) return;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + ms);
      total += ms;
    });
  }
  return { total, top: [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP) };
}

async function dragStatement(page) {
  const at = await page.evaluate(() => {
    const inside = (r) => r.left > 300 && r.top > 150 && r.right < 1600 && r.bottom < 900;
    const r = [...document.querySelectorAll('.react-flow__node-arg')].map((n) => n.getBoundingClientRect()).find(inside);
    if (!r) throw new Error('no statement on screen to drag');
    return { x: r.left + r.width / 2, y: r.top + 10 };
  });
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(at.x + (i < 30 ? i : 60 - i) * 5, at.y + (i < 30 ? i : 60 - i) * 3);
  await page.mouse.up();
}

async function main() {
  const { module: gen } = await runnerImport(join(root, 'testkit/generate.ts'));
  const { module: save } = await runnerImport(join(root, 'src/model/format/save.ts'));
  const text = save.serializeMap(gen.generateDebateMap(SIZE, 7, { laidOut: true }));
  const outDir = await mkdtemp(join(tmpdir(), 'argmap-profile-'));
  process.env.NODE_ENV = 'production';
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false },
  });
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const browser = await launchChromium();
  try {
    // No service worker: its copying of the app for offline use would run during the profile.
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.httpServer.address().port}/?example=gsomia-2012`);
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length > 0);
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'generated.json', { type: 'application/json' }));
      document.querySelector('.workspace').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(
      (n) => window.argmap?.store.getState().map.nodes.length === n && document.querySelectorAll('.react-flow__node').length > 0,
      SIZE,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    /** Profiles `action` `count` times (after `prepare` each time, not profiled). */
    const profiled = async (label, per, count, action, prepare) => {
      const profiles = [];
      for (let i = 0; i < (prepare ? count : 1); i++) {
        await prepare?.();
        await cdp.send('Profiler.start');
        await action();
        profiles.push((await cdp.send('Profiler.stop')).profile);
      }
      const { total, top } = selfTimes(profiles);
      console.log(`\n${label}: JS ${(total / count).toFixed(2)} ms per ${per} (${total.toFixed(0)} ms in all)`);
      for (const [name, ms] of top) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
    };
    const round = async (view) => {
      const drawn = await page.evaluate(() => document.querySelectorAll('.react-flow__node').length);
      await profiled(`${SIZE} statements, ${view} (${drawn} drawn), dragging a statement`, 'move', 60, () => dragStatement(page));
      await page.waitForTimeout(500);
      await page.locator('.react-flow__node-arg').first().dblclick();
      await page.locator('.arg-node textarea').first().waitFor();
      await profiled(`${SIZE} statements, ${view}, typing into a statement`, 'key', 30, async () => {
        for (const ch of 'typing thirty keys into a node') await page.keyboard.type(ch);
        await page.waitForTimeout(300);
      });
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
      const openEditor = async () => {
        await page.locator('.react-flow__node-arg').first().dblclick();
        await page.locator('.arg-node textarea').first().waitFor();
        await page.keyboard.type('x');
      };
      const commit = async () => {
        await page.keyboard.press('Enter');
        await page.waitForTimeout(300);
      };
      await profiled(`${SIZE} statements, ${view}, committing a text edit (Enter)`, 'edit', 5, commit, openEditor);
      await page.waitForTimeout(500);
    };
    await round('opened folded');
    await page.evaluate(() => {
      const { store } = window.argmap;
      for (let i = 0; i < 50 && store.getState().map.nodes.some((n) => n.collapsed); i++) store.getState().unfoldLevel();
    });
    await page.waitForTimeout(2000);
    await round('all unfolded');
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
