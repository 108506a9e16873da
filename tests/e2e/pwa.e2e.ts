// Argmap as an installed app, in Chromium with its service worker running (the other browser
// tests block it: helpers.ts): the manifest and its icons, the editor and the last map after a
// reload with the network off, an update offered and applied only on Reload with unsaved work
// kept, and files handed over by the operating system.
//
// What the launch-queue test covers, and what it cannot: Chromium gives `window.launchQueue`
// files only in an installed app opened from the system, which a test cannot do (installing
// needs the browser's own UI and an OS file association). So the test puts a stand-in
// `launchQueue` in the page before the app starts, makes real files (FileSystemFileHandles in
// the origin private file system, what the browser hands over), and gives them to the consumer
// the app set, as the browser would. Everything from there is the app's real path: the question
// before replacing unsaved work, the reading of the file, and Save writing back to it. The
// manifest's file_handlers are checked as Chromium parses them (DevTools' Page.getAppManifest).
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { baseUrl, clickNode, getMap, MOD, selectedNodeIds, setupBrowser, waitForMap, waitForStillView, type ArgMap } from './helpers.ts';

const suite = setupBrowser();
const fixture = (path: string) => readFile(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const hasText = (map: ArgMap, text: string) => map.nodes.some((n) => n.text === text);
const fileNameShown = (page: Page) => page.locator('.toolbar .file-name').textContent();
const nodeWithText = (page: Page, text: string) => page.locator('.react-flow__node').filter({ hasText: text });

/** Selects the main claim, adds a reason with R and types its text (Enter commits): unsaved work. */
async function addReason(page: Page, text: string) {
  await clickNode(page, 'claim-main');
  await expect.poll(() => selectedNodeIds(page)).toEqual(['claim-main']);
  await page.keyboard.press('r');
  await expect.poll(() => page.locator('textarea.node-editor').evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect.poll(async () => hasText(await getMap(page), text)).toBe(true);
}

/** The service worker has installed (every file of the app kept) and controls the page. */
async function waitForWorker(page: Page) {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
}

/** The texts of the statements in the page's recovery records (what a reload restores). */
const keptTexts = (page: Page): Promise<string[]> =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('argmap-recovery');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('nodes')) return resolve([]);
          const all = db.transaction('nodes').objectStore('nodes').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { value: { text: string } }[]).map((p) => p.value.text));
          };
        };
      }),
  );

describe('the web app manifest', () => {
  test('names the app, its icons (PNG, of the sizes it says) and the files it opens, as Chromium reads it', async () => {
    const { page } = await suite.open({ serviceWorkers: 'allow' });
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const url = new URL(href!, baseUrl()).href;
    const manifest = (await (await fetch(url)).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
      file_handlers: { action: string; accept: Record<string, string[]> }[];
      launch_handler: { client_mode: string[] };
    };
    expect(manifest).toMatchObject({ name: 'Argmap', start_url: '/', display: 'standalone' });
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
      const png = PNG.sync.read(Buffer.from(await (await fetch(new URL(icon.src, url))).arrayBuffer()));
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    }
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(manifest.icons.some((i) => i.sizes === '512x512')).toBe(true);
    const extensions = manifest.file_handlers.flatMap((h) => Object.values(h.accept).flat());
    expect(extensions.sort()).toEqual(['.ad', '.argdown', '.json']);
    expect(manifest.launch_handler.client_mode[0]).toBe('focus-existing');
    // Chromium's own reading of it: no errors.
    const cdp = await page.context().newCDPSession(page);
    const read = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[]; data?: string };
    expect(read.url).toBe(url);
    expect(read.errors).toEqual([]);
    expect(JSON.parse(read.data!)).toEqual(manifest);
  });
});

describe('offline', () => {
  test(
    'after the first visit the editor loads with the network off, with the last map, and what loads later works too',
    { timeout: 120_000 },
    async () => {
      const { page, context } = await suite.open({ serviceWorkers: 'allow', noFilePickers: true });
      await waitForWorker(page);
      await addReason(page, 'Written before going offline');
      await expect.poll(() => keptTexts(page)).toContain('Written before going offline');

      await context.setOffline(true);
      await page.reload();
      await waitForMap(page, 'claim-main');
      await expect.poll(() => nodeWithText(page, 'Written before going offline').isVisible()).toBe(true);
      expect(await fileNameShown(page)).toBe('gsomia-2012.json (unsaved)');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Restored your last map from this browser' }).count()).toBe(1);

      // Parts that load on first use come from the worker too: the PDF slides need the exporter, jsPDF and the fonts.
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export image' });
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await dialog.getByRole('group', { name: 'Presentation slides' }).getByRole('button', { name: 'PDF slides…' }).click();
      const pdf = await readFile((await (await download).path())!);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // Any address of the app opens offline (here an example map).
      await page.goto(new URL('?example=gsomia-2012', baseUrl()).href);
      await waitForMap(page, 'claim-main');
      // Truly offline: the server itself cannot be reached.
      expect(
        await page.evaluate(() =>
          fetch('/health-of-nothing').then(
            () => 'reached',
            () => 'unreachable',
          ),
        ),
      ).toBe('unreachable');
    },
  );
});

/** Serves a folder over HTTP, as a static host would; `folder.dir` can change between requests (a new version deployed). */
async function staticServer(folder: { dir: string }): Promise<{ url: string; server: Server }> {
  const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.webmanifest': 'application/manifest+json',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
  };
  const server = createServer((req, res) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(folder.dir, path);
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        res.end(body);
      } catch {
        res.writeHead(404).end('Not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server };
}

describe('updates', () => {
  let work: string;
  let served: { url: string; server: Server };
  const folder = { dir: '' };
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'argmap-pwa-'));
    // Version 1: the built app as it is. Version 2: the same app, its page marked, and the
    // worker's list of files saying the page changed (what a new build's worker says).
    const v1 = join(work, 'v1');
    const v2 = join(work, 'v2');
    await cp(inject('distDir'), v1, { recursive: true });
    await cp(v1, v2, { recursive: true });
    const html = await readFile(join(v2, 'index.html'), 'utf8');
    await writeFile(join(v2, 'index.html'), html.replace('<head>', '<head><meta name="argmap-build" content="2">'));
    const sw = await readFile(join(v2, 'sw.js'), 'utf8');
    const updated = sw.replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, '{url:"index.html",revision:"build-2"}');
    expect(updated).not.toBe(sw);
    await writeFile(join(v2, 'sw.js'), updated);
    folder.dir = v1;
    served = await staticServer(folder);
  });
  afterAll(async () => {
    await new Promise((resolve) => served?.server.close(resolve));
    await rm(work, { recursive: true, force: true });
  });

  const build = (page: Page) => page.evaluate(() => document.querySelector('meta[name="argmap-build"]')?.getAttribute('content') ?? '1');

  test(
    'a new version shows "Update available" and reloads only when Reload is clicked, keeping unsaved work',
    { timeout: 120_000 },
    async () => {
      folder.dir = join(work, 'v1');
      const context = await suite.browser().newContext({ viewport: { width: 1400, height: 900 } });
      try {
        const dialogs: string[] = [];
        context.on('dialog', (d) => {
          dialogs.push(d.type());
          void d.dismiss();
        });
        const page = await context.newPage();
        const errors: Error[] = [];
        page.on('pageerror', (e) => errors.push(e));
        await page.goto(served.url);
        await waitForMap(page, 'claim-main');
        await waitForWorker(page);
        expect(await build(page)).toBe('1');
        await addReason(page, 'Typed before the update');
        expect(await fileNameShown(page)).toBe('gsomia-2012.json (unsaved)');

        // The new version is deployed; the app looks for it (it does every hour, and the browser on each load).
        folder.dir = join(work, 'v2');
        await page.evaluate(() => {
          (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
          return navigator.serviceWorker.getRegistration().then((r) => r!.update());
        });
        const notice = page.getByRole('status').filter({ hasText: 'Update available' });
        await expect.poll(() => notice.isVisible(), { timeout: 30_000 }).toBe(true);
        // Offered, not applied: the page is the same page, still the old version, the work still there.
        await new Promise((r) => setTimeout(r, 1000));
        expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);
        expect(await build(page)).toBe('1');
        expect(await notice.textContent()).toMatch(/unsaved changes included/);

        // Text being typed when Reload is clicked is kept too.
        await page.keyboard.press('f');
        await waitForStillView(page);
        await clickNode(page, 'claim-main');
        await page.keyboard.press('r');
        await expect.poll(() => page.locator('textarea.node-editor').evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.type('Still being typed');
        await notice.getByRole('button', { name: 'Reload' }).click();
        await expect.poll(() => build(page), { timeout: 30_000 }).toBe('2');
        await waitForMap(page, 'claim-main');
        expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBeUndefined();
        await expect.poll(() => nodeWithText(page, 'Typed before the update').isVisible()).toBe(true);
        await expect.poll(async () => hasText(await getMap(page), 'Still being typed')).toBe(true);
        expect(await fileNameShown(page)).toBe('gsomia-2012.json (unsaved)');
        // No "Leave site?" question on the way: nothing was at risk.
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

/** A page whose `window.launchQueue` is a stand-in the test can hand files to (see the top of this file). */
async function openWithLaunchQueue(): Promise<{ page: Page; context: BrowserContext }> {
  const context = await suite.browser().newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const consumers: ((params: { files: FileSystemHandle[] }) => unknown)[] = [];
    Object.defineProperty(window, 'launchQueue', {
      configurable: true,
      value: { setConsumer: (c: (typeof consumers)[number]) => consumers.push(c) },
    });
    Object.assign(window, {
      launchConsumers: () => consumers.length,
      /** Writes files into the origin private file system and hands their handles to the app, as a launch does. */
      launchFiles: async (files: { name: string; text: string }[]) => {
        const dir = await navigator.storage.getDirectory();
        const handles: FileSystemFileHandle[] = [];
        for (const f of files) {
          const handle = await dir.getFileHandle(f.name, { create: true });
          const writable = await handle.createWritable();
          await writable.write(f.text);
          await writable.close();
          handles.push(handle);
        }
        for (const c of consumers) c({ files: handles });
      },
      readPrivateFile: async (name: string) =>
        (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text(),
    });
  });
  const { page } = await suite.openIn(context);
  await page.waitForFunction(() => (window as unknown as { launchConsumers(): number }).launchConsumers() > 0, undefined, {
    timeout: 20_000,
  });
  return { page, context };
}

const launch = (page: Page, files: { name: string; text: string }[]) =>
  page.evaluate((files) => (window as unknown as { launchFiles(f: typeof files): Promise<void> }).launchFiles(files), files);

describe('files opened from the system', () => {
  test('a map handed over opens, and Save writes back to that file', async () => {
    const { page, context } = await openWithLaunchQueue();
    try {
      await launch(page, [{ name: 'library.argmap.json', text: await fixture('tests/fixtures/v1-map.json') }]);
      await waitForMap(page, 'c-sundays');
      expect(await fileNameShown(page)).toBe('library.argmap.json');
      expect((await getMap(page)).meta.title).toBe('Library opening hours');

      await clickNode(page, 'c-sundays');
      await page.keyboard.press('r');
      // Type only once the new statement's editor has the keyboard (a busy machine opens it late).
      const editor = page.getByRole('textbox', { name: 'Text of reason' });
      await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Added after opening from the system');
      await page.keyboard.press('Enter');
      await expect.poll(() => fileNameShown(page)).toBe('library.argmap.json (unsaved)');
      await page.keyboard.press(`${MOD}+S`);
      await expect.poll(() => fileNameShown(page)).toBe('library.argmap.json');
      const written = await page.evaluate(
        (name) => (window as unknown as { readPrivateFile(n: string): Promise<string> }).readPrivateFile(name),
        'library.argmap.json',
      );
      expect(written).toContain('Added after opening from the system');
    } finally {
      await context.close();
    }
  });

  test('with unsaved work it asks first: Cancel keeps the map, Replace opens the file; Argdown opens as Open would', async () => {
    const { page, context } = await openWithLaunchQueue();
    try {
      await addReason(page, 'Not saved anywhere');
      const question = page.getByRole('dialog', { name: /^Replace the unsaved map/ });
      const argdown = { name: 'car-free-centres.argdown', text: await fixture('maps/other-formats/car-free-centres.argdown') };

      await launch(page, [argdown]);
      await expect.poll(() => question.isVisible()).toBe(true);
      await question.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => question.isVisible()).toBe(false);
      expect(hasText(await getMap(page), 'Not saved anywhere')).toBe(true);

      await launch(page, [argdown]);
      await expect.poll(() => question.isVisible()).toBe(true);
      await question.getByRole('button', { name: 'Replace' }).click();
      await expect.poll(async () => (await getMap(page)).meta.title).toBe('Should cities ban cars from their centres?');
      expect(hasText(await getMap(page), 'City centres should be closed to private cars.')).toBe(true);
      await expect.poll(() => nodeWithText(page, 'City centres should be closed to private cars.').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
