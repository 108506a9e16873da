// The interactive page (issue 21) as a person gets it and uses it: exported from the built app's
// Export dialog and by `argmap export --to html`, then opened from file:// in Chromium with every
// request that would leave the page refused and recorded. On it: the title and the statements,
// pan and zoom, fold and unfold, search, the outline, evaluation, presenting, a statement's
// passage beside the map, dark and light, the keyboard; nothing can be edited, nothing is
// fetched, and the hostile-text fixtures stay text.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  boxOf,
  drag,
  emptyCanvasPoint,
  MOD,
  nodeLocator,
  openMapFile,
  setupBrowser,
  VIEWPORT,
  viewTransform,
  waitForMap,
  waitForStillView,
  zoomOf,
} from './helpers.ts';
import { seriousViolations } from './axe.ts';
import { FIXTURE_MAP_PATH, fixtureText } from '../seed.ts';
import type { ArgMap } from '../../src/model/types.ts';

const suite = setupBrowser();
const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-page-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The night-trains map with its commentary carried in the file (the fixture only references it). */
async function nightTrainsWithText(): Promise<string> {
  const doc = JSON.parse(await readFile(FIXTURE_MAP_PATH, 'utf8')) as ArgMap;
  doc.sources![0]!.text = fixtureText();
  const path = join(dir, 'night-trains.argmap.json');
  await writeFile(path, JSON.stringify(doc, null, 2));
  return path;
}

/** Export → Interactive page (.html) in the editor: the downloaded file, kept in `dir`. */
async function exportFromDialog(page: Page): Promise<{ name: string; path: string; html: string }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Interactive page (.html)' }).click();
  const file = await download;
  const path = join(dir, `dialog-${file.suggestedFilename()}`);
  await file.saveAs(path);
  await expect.poll(() => dialog.isVisible()).toBe(false);
  return { name: file.suggestedFilename(), path, html: await readFile(path, 'utf8') };
}

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/argmap.mjs', 'export', ...args], { cwd: root, timeout: 170_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every request other than the page's own file (none may leave it). */
  requests: string[];
  /** Content-Security-Policy violations reported in the page. */
  violations: () => Promise<string[]>;
  /** Dialogs (alert, confirm…) that opened. */
  dialogs: string[];
  /** Console errors. */
  consoleErrors: string[];
}

/** Opens an exported page from file:// with the network refused: what someone gets who opens it from an e-mail, offline. */
async function openFromDisk(path: string, opts: { waitFor?: string; bypassCSP?: boolean } = {}): Promise<OpenedPage> {
  const context = await suite.browser().newContext({ viewport: VIEWPORT, bypassCSP: !!opts.bypassCSP });
  context.setDefaultTimeout(15_000);
  const url = pathToFileURL(path).href;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  await context.route(
    (u) => u.protocol !== 'file:',
    (route) => {
      requests.push(route.request().url());
      void route.abort();
    },
  );
  await context.addInitScript(() => {
    const w = window as unknown as { __xss: number; __violations: string[] };
    w.__xss = 0;
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) requests.push(r.url());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(url);
  // (The outline, open beside the map, has the same data-node-id: look on the canvas.)
  await waitForMap(page);
  if (opts.waitFor) await expect.poll(() => nodeLocator(page, opts.waitFor!).isVisible()).toBe(true);
  expect(errors, 'uncaught errors in the page').toEqual([]);
  return {
    page,
    context,
    requests,
    dialogs,
    consoleErrors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

const storeOf = (page: Page) => page.evaluate(() => window.argmap!.store.getState());
const selected = (page: Page) => page.evaluate(() => window.argmap!.store.getState().selectedNodeIds);
const shownCount = (page: Page) => page.locator('.react-flow__node-arg').count();

/** The element's box lies inside the window (and inside `within`, when given). */
async function expectOnScreen(page: Page, selector: string, within?: string) {
  const [box, frame] = await page.evaluate(
    ([selector, within]) =>
      [document.querySelector(selector), within ? document.querySelector(within) : null].map((el) => {
        const r = el?.getBoundingClientRect();
        return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
      }),
    [selector, within ?? ''] as const,
  );
  expect(box, selector).not.toBeNull();
  const limit = frame ?? { left: 0, top: 0, right: VIEWPORT.width, bottom: VIEWPORT.height };
  expect(box!.left, `${selector}: left`).toBeGreaterThanOrEqual(limit.left - 1);
  expect(box!.right, `${selector}: right`).toBeLessThanOrEqual(limit.right + 1);
  expect(box!.top, `${selector}: top`).toBeGreaterThanOrEqual(limit.top - 1);
  expect(box!.bottom, `${selector}: bottom`).toBeLessThanOrEqual(limit.bottom + 1);
}

describe('the interactive page', () => {
  test(
    'GSOMIA from the Export dialog, opened from file:// offline: read, pan, zoom, fold, search, outline, details, evaluate, present, theme, keyboard; nothing edits, nothing is fetched',
    { timeout: 180_000 },
    async () => {
      const { page: editor } = await suite.open();
      const file = await exportFromDialog(editor);
      expect(file.name).toBe('gsomia-2012.html');
      expect(file.html.startsWith('<!doctype html>')).toBe(true);
      expect(file.html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-`);
      // One file: no reference to anything outside it.
      expect(file.html).not.toMatch(/<(?:script|link|img)\b[^>]*\b(?:src|href)="(?!data:)/);
      const map = (await storeOf(editor)).map;

      const { page, requests, dialogs, consoleErrors, violations } = await openFromDisk(file.path, { waitFor: 'claim-main' });
      // The title and the statements.
      expect(await page.title()).toBe(map.meta.title);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(map.meta.title);
      expect(await shownCount(page)).toBe(map.nodes.length);
      const claim = map.nodes.find((n) => n.id === 'claim-main')!;
      expect(await nodeLocator(page, 'claim-main').locator('.arg-node-text').textContent()).toBe(claim.text);
      expect(await page.getByRole('region', { name: 'Legend' }).isVisible()).toBe(true);

      // Pan by dragging the empty canvas; zoom with the wheel.
      await page.keyboard.press('f');
      await waitForStillView(page);
      const before = await viewTransform(page);
      const from = await emptyCanvasPoint(page);
      await drag(page, from, { x: from.x + 140, y: from.y - 60 });
      await waitForStillView(page);
      expect(await viewTransform(page)).not.toBe(before);
      const zoom = await zoomOf(page);
      await page.mouse.move(700, 450);
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
      await waitForStillView(page);
      expect(await zoomOf(page)).toBeGreaterThan(zoom * 1.2);
      await page.getByRole('toolbar', { name: 'View' }).getByRole('button', { name: 'Fit view' }).click();
      await waitForStillView(page);

      // Fold a statement's subtree away with its toggle, and unfold it.
      const parent = 'close-expected-signing';
      const toggle = nodeLocator(page, parent).locator('.collapse-toggle');
      await toggle.click();
      await expect.poll(() => shownCount(page)).toBeLessThan(map.nodes.length);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.textContent()).toMatch(/^▸ \d+$/);
      await toggle.click();
      await expect.poll(() => shownCount(page)).toBe(map.nodes.length);

      // Search: Ctrl+F, a word, Enter: the statement is selected and brought into view.
      await page.keyboard.press(`${MOD}+f`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search statements');
      // (Words in one statement only: search reads the notes too.)
      await page.keyboard.type('Global Times');
      await expect.poll(() => page.locator('.search-count').textContent()).toMatch(/found$/);
      await page.keyboard.press('Enter');
      const found = map.nodes.find((n) => n.text.includes('Global Times'))!;
      await expect.poll(() => selected(page)).toEqual([found.id]);
      await waitForStillView(page);
      await expectOnScreen(page, `.react-flow__node[data-id="${found.id}"]`, '.react-flow');
      await page.keyboard.press('Escape');

      // The outline: every statement, in the side panel; choosing one selects it on the canvas.
      const tabs = page.getByRole('tablist', { name: 'Side panel' });
      await tabs.getByRole('tab', { name: 'Outline' }).click();
      const tree = page.getByRole('tree', { name: 'Outline' });
      await expect.poll(() => tree.getByRole('treeitem').count()).toBe(map.nodes.length);
      const noted = map.nodes.find((n) => n.notes && n.source?.quote)!;
      await tree.locator(`[role="treeitem"][data-node-id="${noted.id}"]`).click();
      await expect.poll(() => selected(page)).toEqual([noted.id]);
      // Read-only there too: Enter and a double-click open no editor, Tab leaves the tree.
      await tree.focus();
      await page.keyboard.press('Enter');
      await tree.locator(`[role="treeitem"][data-node-id="${noted.id}"]`).dblclick();
      expect(await tree.locator('textarea').count()).toBe(0);
      await tree.focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('tree');

      // Details: the statement's notes and where in the commentary it comes from, to read, not to change.
      await tabs.getByRole('tab', { name: 'Details' }).click();
      const details = page.locator('.inspector');
      await expect.poll(() => details.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe(noted.notes);
      expect(await details.getByRole('textbox', { name: 'Quote' }).inputValue()).toBe(noted.source!.quote);
      expect(await details.getByRole('textbox', { name: 'Document' }).inputValue()).toBe(noted.source!.document);
      const changeable = await details.evaluate((inspector) =>
        [...inspector.querySelectorAll<HTMLInputElement>('input, textarea, select, button')]
          .filter((c) => !c.matches(':disabled') && !c.readOnly && !c.matches('.relation-link, .relation-end'))
          .map((c) => c.labels?.[0]?.textContent?.trim() || c.getAttribute('aria-label') || c.textContent?.trim() || c.tagName),
      );
      expect(changeable).toEqual([]);

      // Evaluation on: every statement says whether it stands; off again.
      const evaluate = page.getByRole('button', { name: 'Evaluate' });
      await evaluate.click();
      await expect.poll(() => evaluate.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.locator('.arg-node[data-status]').count()).toBe(map.nodes.length);
      expect(await page.getByLabel('Evaluation colours').isVisible()).toBe(true);
      await page.keyboard.press('v');
      await expect.poll(() => page.locator('.arg-node[data-status]').count()).toBe(0);

      // Presenting: step by step with the keys, then leave.
      await page.getByRole('button', { name: 'Present' }).click();
      const hud = page.getByRole('region', { name: 'Presentation' });
      await expect.poll(() => hud.locator('.presentation-count').textContent()).toBe(`1 / ${map.nodes.length}`);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => hud.locator('.presentation-count').textContent()).toBe(`3 / ${map.nodes.length}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => hud.count()).toBe(0);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);

      // Dark and light: the page follows the button (and the system until then).
      const theme = page.getByRole('button', { name: /^Colour theme/ });
      const background = () => page.locator('.viewer-bar').evaluate((el) => getComputedStyle(el).backgroundColor);
      const light = await background();
      for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== 'dark'; i++) await theme.click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await background()).not.toBe(light);
      for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== 'light'; i++) await theme.click();
      expect(await background()).toBe(light);

      // The keyboard: Tab reaches the map, arrows go from statement to statement, ? lists the keys.
      await page.keyboard.press('Escape');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const focusedNode = () =>
        page.evaluate(() =>
          document.activeElement?.classList.contains('react-flow__node-arg') ? (document.activeElement as HTMLElement).dataset.id : null,
        );
      for (let i = 0; i < 25 && !(await focusedNode()); i++) await page.keyboard.press('Tab');
      const first = await focusedNode();
      expect(first).toBe('claim-main');
      // A screen reader hears what the statement is.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBeTruthy();
      // …and what the keys do here, where nothing can be edited.
      const help = await page.evaluate(() => {
        const ids = document.activeElement?.getAttribute('aria-describedby')?.split(' ') ?? [];
        return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      });
      expect(help).toContain('Arrow keys go to the nearest statement');
      expect(help).not.toMatch(/edits|Delete|add a reason/);
      await page.keyboard.press('Enter');
      await expect.poll(() => selected(page)).toEqual([first]);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focusedNode()).not.toBe(first);
      const second = await focusedNode();
      await expect.poll(() => selected(page)).toEqual([second]);
      await page.keyboard.press('?');
      const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect.poll(() => keys.isVisible()).toBe(true);
      expect(await keys.textContent()).toContain('Search statements');
      expect(await keys.textContent()).not.toMatch(/Undo|Delete|Add a reason/);
      await page.keyboard.press('Escape');
      await expect.poll(() => keys.isVisible()).toBe(false);

      // Nothing edits: Enter again, a double-click, the add and delete keys, dragging a statement.
      const state = await storeOf(page);
      await nodeLocator(page, second!).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      for (const key of ['r', 'o', 'Delete', `${MOD}+z`]) await page.keyboard.press(key);
      await nodeLocator(page, 'claim-main').locator('.arg-node-text').dblclick();
      expect(await page.locator('.react-flow textarea').count()).toBe(0);
      const box = await boxOf(nodeLocator(page, 'claim-main').locator('.arg-node-kind'));
      await drag(page, { x: box.x + 20, y: box.y + 5 }, { x: box.x + 220, y: box.y + 120 });
      const after = await storeOf(page);
      expect(after.map.nodes).toEqual(state.map.nodes);
      expect(after.map.relations).toEqual(state.map.relations);
      expect(after.editingNodeId).toBeNull();

      // Nothing left the page, and nothing was refused: it needed nothing from anywhere.
      expect(requests).toEqual([]);
      expect(await violations()).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  );

  test(
    'night trains with its text from the Export dialog: a statement and its passage side by side, both ways',
    { timeout: 120_000 },
    async () => {
      const { page: editor } = await suite.open({ noFilePickers: true });
      await openMapFile(editor, await nightTrainsWithText(), 'claim-main');
      const file = await exportFromDialog(editor);
      expect(file.name).toBe('night-trains.html');
      const map = (await storeOf(editor)).map;
      expect(map.sources![0]!.text).toBe(fixtureText());

      const { page, requests, violations } = await openFromDisk(file.path, { waitFor: 'claim-main' });
      // The page opens on the source text, since the map carries one.
      const tabs = page.getByRole('tablist', { name: 'Side panel' });
      expect(await tabs.getByRole('tab', { name: 'Source' }).getAttribute('aria-selected')).toBe('true');
      const anchored = map.nodes.filter((n) => n.anchor);
      await expect
        .poll(() => page.locator('.source-coverage').textContent())
        .toContain(`${anchored.length} of ${anchored.length} statements anchored`);
      // Nothing in the pane offers to change the map.
      expect(await page.getByRole('toolbar', { name: 'Selection' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Attach source…' }).count()).toBe(0);

      // Select a statement on the map: its passage is marked and brought into view beside it.
      const last = anchored[anchored.length - 1]!;
      await page.keyboard.press('f');
      await waitForStillView(page);
      await page.locator(`[data-node-id="${last.id}"] .arg-node-kind`).click();
      const mark = `.source-text mark.is-current[data-nodes~="${last.id}"]`;
      await expect.poll(() => page.locator(mark).count()).toBeGreaterThan(0);
      await expect.poll(async () => (await page.locator(mark).first().textContent())?.length ?? 0).toBeGreaterThan(3);
      await expect
        .poll(() =>
          page.evaluate((selector) => {
            const r = document.querySelector(selector)!.getBoundingClientRect();
            const pane = document.querySelector('.side-body')!.getBoundingClientRect();
            return r.top >= pane.top && r.bottom <= pane.bottom;
          }, mark),
        )
        .toBe(true);
      expect(last.anchor!.quote!.exact).toContain((await page.locator(mark).first().textContent())!.trim().slice(0, 10));

      // And back: a passage chosen in the text selects its statement on the map.
      const firstAnchored = anchored[1]!;
      await page.locator(`.source-text mark[data-nodes~="${firstAnchored.id}"]`).first().click();
      await expect.poll(() => selected(page)).toEqual([firstAnchored.id]);
      await waitForStillView(page);
      await expectOnScreen(page, `.react-flow__node[data-id="${firstAnchored.id}"]`, '.react-flow');

      expect(requests).toEqual([]);
      expect(await violations()).toEqual([]);
    },
  );

  test(
    'argmap export --to html writes the same page as the Export dialog, for every map given; a file that is no map fails alone',
    { timeout: 120_000 },
    async () => {
      const out = join(dir, 'cli');
      const nightTrains = await nightTrainsWithText();
      const r = await cli(['maps/gsomia-2012.json', nightTrains, 'tests/fixtures/not-argmap.json', '--to', 'html', '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/gsomia-2012\.json → .*gsomia-2012\.html \(\d+ kB/);
      expect(r.stdout).toContain('2 file(s) written; 1 of 3 map(s) failed');
      expect(r.stderr).toMatch(/not-argmap\.json: This file is not an Argmap map/);

      // The editor's page of the same map is the same file, byte for byte.
      const { page: editor } = await suite.open();
      const fromDialog = await exportFromDialog(editor);
      const fromCli = await readFile(join(out, 'gsomia-2012.html'), 'utf8');
      expect(fromCli).toBe(fromDialog.html);

      const { page, requests } = await openFromDisk(join(out, 'night-trains.html'), { waitFor: 'claim-main' });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Night trains return (a test commentary)');
      await expect.poll(() => page.locator('.source-text mark[data-nodes]').count()).toBeGreaterThan(5);
      expect(requests).toEqual([]);
    },
  );

  test('the hostile-text fixtures stay text in the page: no script runs, no dialog, no request', { timeout: 180_000 }, async () => {
    // One from the Export dialog, one from the command line.
    const { page: editor } = await suite.open({ noFilePickers: true });
    await openMapFile(editor, join(root, 'tests/fixtures/xss-payloads.json'), 'claim');
    const fromDialog = await exportFromDialog(editor);
    const out = join(dir, 'hostile');
    expect((await cli(['tests/fixtures/hostile-text.json', '--to', 'html', '--out', out])).code).toBe(0);

    for (const [path, fixture, first] of [
      [fromDialog.path, 'xss-payloads.json', 'claim'],
      [join(out, 'hostile-text.html'), 'hostile-text.json', 'claim'],
    ] as const) {
      const map = JSON.parse(await readFile(join(root, 'tests/fixtures', fixture), 'utf8')) as ArgMap;
      const { page, requests, dialogs, violations } = await openFromDisk(path, { waitFor: first });
      const executions = () => page.evaluate(() => (window as unknown as { __xss: number }).__xss);

      // Shown literally, as text: the title, every statement.
      expect(await page.title()).toBe(map.meta.title.trim());
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(map.meta.title.trim());
      for (const n of map.nodes) expect(await nodeLocator(page, n.id).locator('.arg-node-text').textContent()).toBe(n.text);
      // Only the page's own elements: the two scripts, the root, no image, frame or object from the text.
      expect(await page.locator('script').count()).toBe(2);
      expect(await page.locator('img, iframe, object, embed').count()).toBe(0);

      // Every view: the outline, the source, each statement's details, search, evaluation, every presentation step.
      const tabs = page.getByRole('tablist', { name: 'Side panel' });
      await tabs.getByRole('tab', { name: 'Outline' }).click();
      await expect.poll(() => page.getByRole('tree').getByRole('treeitem').count()).toBe(map.nodes.length);
      await tabs.getByRole('tab', { name: 'Source' }).click();
      await page.keyboard.press('f');
      await waitForStillView(page);
      for (const n of map.nodes) await page.locator(`.react-flow__node[data-id="${n.id}"]`).click();
      await tabs.getByRole('tab', { name: 'Details' }).click();
      for (const n of map.nodes) {
        await page.locator(`.react-flow__node[data-id="${n.id}"]`).click();
        await expect.poll(() => page.locator('.inspector').getByRole('textbox', { name: 'Text', exact: true }).inputValue()).toBe(n.text);
      }
      await page.getByRole('searchbox', { name: 'Search statements' }).fill('script');
      await page.getByRole('searchbox', { name: 'Search statements' }).press('Enter');
      await page.getByRole('button', { name: 'Evaluate' }).click();
      await page.getByRole('button', { name: 'Present' }).click();
      const next = page.getByRole('button', { name: 'Next step' });
      while (await next.isEnabled()) await next.click();
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300); // late handlers (onbegin, onfocus, ontoggle) would have fired

      expect(await executions(), fixture).toBe(0);
      expect(dialogs, fixture).toEqual([]);
      expect(requests, fixture).toEqual([]);
      expect(await violations(), fixture).toEqual([]);

      // The control: markup put into this page by a script of the page's own (as a careless
      // viewer would) runs no handler either: the page's policy refuses inline code.
      await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.innerHTML = '<img src="data:," onerror="window.__xss += 1000" onload="window.__xss += 1000">';
        document.body.append(probe);
      });
      await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
      expect(await executions()).toBe(0);
    }
  });
  test(
    'axe finds no serious or critical WCAG violation on the page: each side tab, a statement selected, light and dark, presenting',
    { timeout: 120_000 },
    async () => {
      const out = join(dir, 'axe');
      expect((await cli([await nightTrainsWithText(), '--to', 'html', '--out', out])).code).toBe(0);
      // (axe is put into the page as a script of its own, which the page's policy would refuse.)
      const { page } = await openFromDisk(join(out, 'night-trains.html'), { waitFor: 'claim-main', bypassCSP: true });
      const tabs = page.getByRole('tablist', { name: 'Side panel' });
      const theme = page.getByRole('button', { name: /^Colour theme/ });
      for (const scheme of ['light', 'dark']) {
        for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== scheme; i++) await theme.click();
        await page.keyboard.press('f');
        await waitForStillView(page);
        await page.locator('.react-flow__node[data-id="claim-main"]').click();
        for (const tab of ['Source', 'Outline', 'Details']) {
          await tabs.getByRole('tab', { name: tab }).click();
          expect(await seriousViolations(page), `${tab}, ${scheme}`).toEqual([]);
        }
        await page.getByRole('button', { name: 'Evaluate' }).click();
        expect(await seriousViolations(page), `evaluation on, ${scheme}`).toEqual([]);
        await page.getByRole('button', { name: 'Evaluate' }).click();
      }
      await page.getByRole('button', { name: 'Present' }).click();
      await expect.poll(() => page.getByRole('region', { name: 'Presentation' }).isVisible()).toBe(true);
      expect(await seriousViolations(page), 'presenting').toEqual([]);
    },
  );
});
