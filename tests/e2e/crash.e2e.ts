// Autosave against the worst case: the browser process killed (SIGKILL) at a random moment
// while someone edits. Each restart must restore the map as it was at most one second
// before the kill. A few kills run in the suite; the full robustness run is 20:
//   ARGMAP_KILLS=20 npx vitest run --project e2e tests/e2e/crash.e2e.ts
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';
import { baseUrl, centreOf, clickNode, drag, VIEWPORT } from './helpers.ts';

const KILLS = Number(process.env.ARGMAP_KILLS ?? 3);
/** The promise: what comes back is the map as of at most this long before the kill. */
const MAX_AGE_MS = 1000;

/** The processes of the browser using `dir` as its profile (the browser and its children). */
async function processesOf(dir: string): Promise<{ pid: number; browser: boolean }[]> {
  const found: { pid: number; browser: boolean }[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').then(
      (t) => t.split('\0'),
      () => [] as string[],
    );
    if (args.includes(`--user-data-dir=${dir}`)) found.push({ pid: Number(entry), browser: !args.some((a) => a.startsWith('--type=')) });
  }
  return found;
}

async function killBrowser(dir: string) {
  const procs = await processesOf(dir);
  expect(
    procs.some((p) => p.browser),
    'the browser process is running',
  ).toBe(true);
  for (const p of procs.filter((p) => p.browser)) process.kill(p.pid, 'SIGKILL');
  // Its children go with it; any left over are ours (same profile): stop them by their ids.
  await expect.poll(async () => (await processesOf(dir)).filter((p) => p.browser).length, { timeout: 10_000 }).toBe(0);
  for (const p of await processesOf(dir)) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** JSON with keys sorted, so the same map compares equal however its objects were built. */
function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, sort(x)]),
          )
        : v;
  return JSON.stringify(sort(value));
}

interface Seen {
  map: string;
  /** When this map appeared on screen, and when another replaced it (page clock = this machine's). */
  from: number;
  until: number;
}

/** Records every map the page shows, with the time, as it happens. */
async function watchMaps(page: Page, seen: Seen[]) {
  await page.exposeFunction('argmapMapShown', (json: string, at: number) => {
    const last = seen[seen.length - 1];
    if (last && last.until === Infinity) last.until = at;
    seen.push({ map: canonical(JSON.parse(json)), from: at, until: Infinity });
  });
  await page.evaluate(() => {
    type Store = { getState(): { map: unknown }; subscribe(f: (s: { map: unknown }, p: { map: unknown }) => void): void };
    const w = window as unknown as { argmap: { store: Store }; argmapMapShown(json: string, at: number): void };
    w.argmapMapShown(JSON.stringify(w.argmap.store.getState().map), Date.now());
    w.argmap.store.subscribe((s, p) => {
      if (s.map !== p.map) w.argmapMapShown(JSON.stringify(s.map), Date.now());
    });
  });
}

const WORDS = 'alliance pressure trust summit treaty public opinion signal cost delay region Seoul Tokyo intelligence'.split(' ');
const phrase = () =>
  Array.from({ length: 3 + Math.floor(Math.random() * 4) }, () => WORDS[Math.floor(Math.random() * WORDS.length)]).join(' ');

/** One editing gesture as a person makes it: a new reason, a rewritten claim, or a drag. */
async function editOnce(page: Page) {
  const roll = Math.random();
  if (roll < 0.4) {
    await clickNode(page, 'claim-main');
    await page.keyboard.press(Math.random() < 0.5 ? 'r' : 'o');
    await page.keyboard.type(phrase(), { delay: 15 });
    await page.keyboard.press('Enter');
  } else if (roll < 0.75) {
    await page.locator('[data-node-id="claim-main"] .arg-node-text').dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(phrase(), { delay: 15 });
    await page.keyboard.press('Enter');
  } else {
    const from = await centreOf(page.locator('[data-node-id="claim-main"] .arg-node-kind'));
    await drag(page, from, { x: from.x + 20 - Math.random() * 40, y: from.y + 10 - Math.random() * 20 }, { steps: 4 });
  }
}

test(
  `the browser killed ${KILLS} times while editing: each restart restores the map as of ≤ ${MAX_AGE_MS} ms before the kill`,
  { timeout: 60_000 + KILLS * 45_000 },
  async () => {
    const { executablePath } = await requireChromium();
    const dir = await mkdtemp(join(tmpdir(), 'argmap-crash-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    let previous: { seen: Seen[]; killedAt: number } | null = null;
    const ages: number[] = [];
    let changes = 0;

    for (let run = 0; run <= KILLS; run++) {
      const context: BrowserContext = await chromium.launchPersistentContext(dir, {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: VIEWPORT,
      });
      const errors: Error[] = [];
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        page.on('pageerror', (e) => errors.push(e));
        page.on('dialog', (d) => void d.accept().catch(() => undefined));
        await page.goto(baseUrl());
        await page.waitForFunction(() => !!window.argmap, undefined, { timeout: 20_000 });
        await expect.poll(() => page.locator('[data-node-id="claim-main"]').isVisible(), { timeout: 20_000 }).toBe(true);
        const seen: Seen[] = [];
        await watchMaps(page, seen);

        if (previous) {
          // The map on screen now must be one the page showed at some moment in the last second before the kill.
          const restored = seen[0]!.map;
          const { killedAt } = previous;
          const matches = previous.seen.filter((s) => s.map === restored);
          expect(matches.length, `run ${run}: the restored map is one the editor showed before the kill`).toBeGreaterThan(0);
          const age = Math.min(...matches.map((s) => Math.max(0, killedAt - s.until)));
          ages.push(age);
          expect(age, `run ${run}: the restored map was replaced ${age} ms before the kill`).toBeLessThanOrEqual(MAX_AGE_MS);
        }
        if (run === KILLS) break;
        // Text that was being typed at the kill comes back in an open editor: the user finishes it.
        const editor = page.locator('textarea.node-editor');
        if (await editor.count()) {
          await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
          await page.keyboard.press('Enter');
        }

        // Edit, and kill the browser at a random moment 2–5 s in.
        const killAfter = 2000 + Math.random() * 3000;
        const started = Date.now();
        let killedAt = 0;
        const killing = new Promise<void>((resolve, reject) =>
          setTimeout(() => {
            killedAt = Date.now();
            killBrowser(dir).then(resolve, reject);
          }, killAfter),
        );
        while (Date.now() - started < killAfter) {
          try {
            await editOnce(page);
          } catch (e) {
            if (!killedAt) throw e; // a real failure, not the browser going away mid-gesture
            break;
          }
        }
        await killing;
        // (A kill during the first gesture, e.g. while a text is being typed, may leave no change to the map.)
        changes += seen.length - 1;
        previous = { seen, killedAt };
      } finally {
        await context.close().catch(() => undefined);
      }
      expect(errors.map((e) => e.message)).toEqual([]);
    }
    expect(changes, 'the map was edited between kills').toBeGreaterThanOrEqual(KILLS);
    console.log(
      `Restored after ${KILLS} kills (${changes} changes to the map in all); age of the restored map at the kill (ms): max ${Math.max(...ages)}, each: ${ages.join(', ')}`,
    );
  },
);
