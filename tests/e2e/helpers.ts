// Shared pieces of the browser tests: one Chromium per test file, a fresh context (fresh
// storage) per test, the app opened on the GSOMIA map, and read-only access to the
// editor's store (the app exposes it as `window.argmap.store`).
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import type { ArgMap, Point } from '../../src/model/types.ts';
import type { EditorStore } from '../../src/store/store.ts';

export type { ArgMap, Point };

declare global {
  interface Window {
    argmap?: { store: { getState(): EditorStore } };
  }
}

export const VIEWPORT = { width: 1400, height: 900 };
/** What the main menu key is on this (Linux) Chromium. */
export const MOD = 'Control';

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors in the page; any of them fails the test (checked after each test). */
  errors: Error[];
}

interface Suite {
  browser(): Browser;
  /** A new browser context (fresh storage) with one page on the app, GSOMIA map rendered. */
  open(opts?: OpenOptions): Promise<AppPage>;
  /** Another page in an existing context (shares storage). */
  openIn(context: BrowserContext, opts?: OpenOptions): Promise<AppPage>;
}

export interface OpenOptions {
  /** Query string, e.g. '?example=gsomia-2012'. */
  search?: string;
  /** Removes the File System Access pickers so the download / <input type=file> fallbacks run. */
  noFilePickers?: boolean;
  /**
   * 'allow' lets the app's service worker run (the offline tests, pwa.e2e.ts). Blocked otherwise:
   * the worker copies the whole app into the browser's cache for offline use, work no other test
   * needs, and a page it serves would not be the one the test routed or reloaded (`open` only).
   */
  serviceWorkers?: 'allow' | 'block';
  /** Skip waiting for the GSOMIA map (for pages that restore something else). */
  waitFor?: 'gsomia' | 'nodes' | 'none';
  /**
   * The app opens on a readable view of the main claim and its first level. Most tests work
   * on the whole map, so by default they press Fit view first; 'opening' keeps the opening view.
   */
  view?: 'whole' | 'opening';
}

export const baseUrl = (): string => inject('baseUrl');

/** Registers the hooks of a browser test file and returns what the tests use. */
export function setupBrowser(): Suite {
  let browser: Browser | undefined;
  const pages: AppPage[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const errors = pages.flatMap((p) => p.errors);
    pages.length = 0;
    const open = contexts.splice(0);
    await Promise.all(open.map((c) => c.close().catch(() => undefined)));
    expect(
      errors.map((e) => e.stack ?? `${e.name}: ${e.message}`),
      'uncaught errors in the page',
    ).toEqual([]);
  });

  const openIn = async (context: BrowserContext, opts: OpenOptions = {}): Promise<AppPage> => {
    const page = await context.newPage();
    const app: AppPage = { page, context, errors: [] };
    pages.push(app);
    page.on('pageerror', (e) => app.errors.push(e));
    if (opts.noFilePickers) await page.addInitScript(removeFilePickers);
    await page.goto(new URL(opts.search ?? '', baseUrl()).href);
    if (opts.waitFor !== 'none') {
      await waitForMap(page, opts.waitFor === 'nodes' ? undefined : 'claim-main');
      if (opts.view !== 'opening') {
        // The F key, not the toolbar button: the page keeps no focus, as a freshly opened one (keyboard tests Tab from the top).
        await page.keyboard.press('f');
        await waitForStillView(page);
      }
    }
    return app;
  };

  return {
    browser: () => {
      if (!browser) throw new Error('the browser is not started yet');
      return browser;
    },
    async open(opts = {}) {
      if (!browser) throw new Error('the browser is not started yet');
      const context = await browser.newContext({
        viewport: VIEWPORT,
        acceptDownloads: true,
        serviceWorkers: opts.serviceWorkers ?? 'block',
      });
      // Fail a stuck action well before the test's own timeout, with playwright's call log.
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      return openIn(context, opts);
    },
    openIn,
  };
}

/** Runs in the page before its scripts: makes the app take its fallback paths for files. */
export function removeFilePickers() {
  for (const name of ['showSaveFilePicker', 'showOpenFilePicker'] as const) {
    const w = window as unknown as Record<string, unknown>;
    delete w[name];
    if (name in window) Object.defineProperty(window, name, { value: undefined, configurable: true, writable: true });
  }
}

/**
 * Waits until the app exposes its store, every node of the map is rendered, measured and
 * visible, and the view has stopped moving (the first fit-view is animated).
 */
export async function waitForMap(page: Page, mustShow?: string): Promise<void> {
  await page.waitForFunction(() => !!window.argmap, undefined, { timeout: 20_000 });
  if (mustShow) await expect.poll(() => page.locator(`[data-node-id="${mustShow}"]`).isVisible(), { timeout: 20_000 }).toBe(true);
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const { map } = window.argmap!.store.getState();
          const shown = [...document.querySelectorAll<HTMLElement>('.react-flow__node-arg')].filter(
            (el) => getComputedStyle(el).visibility !== 'hidden',
          );
          return shown.length === map.nodes.length;
        }),
      { timeout: 20_000 },
    )
    .toBe(true);
  await waitForStillView(page);
}

/** Opens a map file with the toolbar's Open button (the page must have no file pickers), shown whole. */
export async function openMapFile(page: Page, path: string, mustShow: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('toolbar', { name: 'Editor toolbar' }).getByRole('button', { name: /^Open/ }).click(),
  ]);
  await chooser.setFiles(path);
  await waitForMap(page, mustShow);
  // A map opens on its readable first view; show it whole, as most tests expect.
  await page.keyboard.press('f');
  await waitForStillView(page);
}

/** The React Flow viewport's transform, e.g. "translate(12px, 40px) scale(0.5)". */
export const viewTransform = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

/** The current zoom of the canvas. */
export async function zoomOf(page: Page): Promise<number> {
  const t = await viewTransform(page);
  const m = /scale\(([\d.e-]+)\)/.exec(t);
  return m ? Number(m[1]) : 1;
}

/** Waits until the viewport has not changed for a few frames (fit-view animations end). */
export async function waitForStillView(page: Page): Promise<void> {
  let last = '';
  let still = 0;
  await expect
    .poll(
      async () => {
        const now = await viewTransform(page);
        still = now === last ? still + 1 : 0;
        last = now;
        return still >= 5;
      },
      { timeout: 10_000, interval: 100 },
    )
    .toBe(true);
}

// ---- Reading the editor's state (read-only) ----

export const getMap = (page: Page): Promise<ArgMap> => page.evaluate(() => window.argmap!.store.getState().map);

export const historyLength = (page: Page): Promise<number> => page.evaluate(() => window.argmap!.store.getState().history.past.length);

export const selectedNodeIds = (page: Page): Promise<string[]> => page.evaluate(() => window.argmap!.store.getState().selectedNodeIds);

export async function positionOf(page: Page, id: string): Promise<Point> {
  const map = await getMap(page);
  const node = map.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node "${id}" in the map`);
  return node.position;
}

// ---- Acting as a person would ----

export const nodeLocator = (page: Page, id: string): Locator => page.locator(`.react-flow__node[data-id="${id}"]`);

export async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no bounding box (not rendered?)');
  return box;
}

export async function centreOf(locator: Locator): Promise<Point> {
  const b = await boxOf(locator);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Presses the mouse at `from`, moves to `to` in several steps (React Flow ignores the first pixels), releases. */
export async function drag(page: Page, from: Point, to: Point, opts: { steps?: number; modifiers?: string[] } = {}) {
  const steps = opts.steps ?? 12;
  await page.mouse.move(from.x, from.y);
  for (const key of opts.modifiers ?? []) await page.keyboard.down(key);
  await page.mouse.down();
  // React Flow starts a drag only past a threshold and drops the move that crossed it: begin
  // with two 1-pixel moves (a hand's jitter), so at most 2 pixels of the drag are lost.
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  await page.mouse.move(from.x + ux, from.y + uy);
  await page.mouse.move(from.x + 2 * ux, from.y + 2 * uy);
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  await page.mouse.up();
  for (const key of opts.modifiers ?? []) await page.keyboard.up(key);
}

/** A point on the empty canvas (the pane itself is under the pointer). */
export async function emptyCanvasPoint(page: Page, prefer: 'top' | 'bottom' = 'bottom'): Promise<Point> {
  const point = await page.evaluate((prefer) => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const fractions = prefer === 'top' ? [0.15, 0.2, 0.25, 0.3, 0.8, 0.75] : [0.8, 0.75, 0.7, 0.85, 0.2, 0.25];
    for (const fy of fractions)
      for (const fx of [0.5, 0.4, 0.6, 0.3, 0.7]) {
        const x = canvas.left + canvas.width * fx;
        const y = canvas.top + canvas.height * fy;
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    return null;
  }, prefer);
  if (!point) throw new Error('found no empty spot on the canvas');
  return point;
}

/** Zooms with the mouse wheel around a point until the zoom is at least `target`. */
export async function zoomInAt(page: Page, at: Point, target: number) {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 60 && (await zoomOf(page)) < target; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(30);
  }
  await waitForStillView(page);
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(target);
}

/** Clicks a node's body (its kind label, away from the handles) to select it. */
export async function clickNode(page: Page, id: string, opts: { modifiers?: ('Shift' | 'Control')[] } = {}) {
  await page.locator(`[data-node-id="${id}"] .arg-node-kind`).click(opts);
}

/** Every visible statement box on screen, in page pixels. */
export async function nodeBoxes(page: Page): Promise<{ id: string; x: number; y: number; width: number; height: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node-arg')].map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.dataset.id ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** The positions of all nodes, by id. */
export async function positions(page: Page): Promise<Record<string, Point>> {
  const map = await getMap(page);
  return Object.fromEntries(map.nodes.map((n) => [n.id, n.position]));
}
