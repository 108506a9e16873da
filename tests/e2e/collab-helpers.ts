// The pieces of the working-together browser tests: a real sync server process (npm run
// serve's build, on a free loopback port, stopped by pid), Chromium pages that share a map
// or join a room by its link, and read access to each page's map and room state.
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { buildServer, freePort, spawnServer, type Spawned } from '../../testkit/server-process.ts';
import { tempDataFile } from '../../testkit/sync.ts';
import { removeFilePickers, VIEWPORT, waitForMap, type ArgMap } from './helpers.ts';
import type { RoomState } from '../../src/store/room.ts';

export const mapOf = (page: Page) => page.evaluate(() => window.argmap!.store.getState().map as ArgMap);
export const roomOf = (page: Page) => page.evaluate(() => window.argmap!.store.getState().room as RoomState | null);
/** Calls a store action in the page, as a component would. */
export const store = (page: Page, fn: string, ...args: unknown[]) =>
  page.evaluate(
    ([name, a]) =>
      (window.argmap!.store.getState() as unknown as Record<string, (...x: unknown[]) => unknown>)[name as string]!(...(a as unknown[])),
    [fn, args] as const,
  );
export const textOf = async (page: Page, id: string) => (await mapOf(page)).nodes.find((n) => n.id === id)?.text;

export interface CollabOptions {
  /** Environment of the server process, e.g. ARGMAP_MAX_MESSAGE_BYTES. */
  env?: Record<string, string>;
  /** Makes the app take its download fallback for Save and Export (no File System Access picker). */
  noFilePickers?: boolean;
}

/** Registers the hooks of a working-together test file: one server process, one Chromium, a context per page. */
export function setupCollab(options: CollabOptions = {}) {
  let browser: Browser;
  let server: Spawned;
  let port: number;
  let dataFile: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    await buildServer();
    port = await freePort();
    dataFile = tempDataFile();
    server = await spawnServer(port, dataFile, inject('distDir'), options.env);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
    expect(pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  async function openPage(path = '/'): Promise<Page> {
    // No service worker (see helpers.ts, OpenOptions.serviceWorkers).
    const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, serviceWorkers: 'block' });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e));
    if (options.noFilePickers) await page.addInitScript(removeFilePickers);
    await page.goto(`${server.url}${path}`);
    return page;
  }

  /** A new page shares the GSOMIA map; returns it and the two links. */
  async function shareFromNewPage() {
    const a = await openPage('/');
    await waitForMap(a, 'claim-main');
    await a.getByRole('button', { name: 'Share…' }).click();
    await expect.poll(async () => (await roomOf(a))?.ready && (await roomOf(a))?.status).toBe('connected');
    const room = (await roomOf(a))!;
    expect(a.url()).toContain(`?room=${room.id}#edit=`);
    return { a, edit: room.links.edit!, view: room.links.view };
  }

  /** A new page opens a room link and waits until the room's map is on screen. */
  async function join(link: string): Promise<Page> {
    const page = await openPage(link.replace(server.url, ''));
    await expect.poll(async () => (await roomOf(page))?.ready && (await roomOf(page))?.status).toBe('connected');
    await waitForMap(page, 'claim-main');
    return page;
  }

  return {
    openPage,
    shareFromNewPage,
    join,
    server: () => server,
    /** Starts the server again on the same port and data file (after a kill). */
    async restartServer() {
      server = await spawnServer(port, dataFile, inject('distDir'), options.env);
    },
  };
}
