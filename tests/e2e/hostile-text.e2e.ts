// Hostile text never runs. A map whose titles, statements, notes and sources (and its file
// name) are OWASP XSS filter-evasion payloads (tests/fixtures/xss-payloads.json; each one
// does `window.__xss++`, or alert(), if it ever runs) is opened in Chromium, every view is
// visited, every format is exported, and the exports are opened in pages of their own:
// the counter stays 0 and no dialog ever opens.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { marked } from 'marked';
import { baseUrl, setupBrowser, waitForMap } from './helpers.ts';
import type { ArgMap } from '../../src/model/types.ts';

const suite = setupBrowser();
const FIXTURE = readFileSync(new URL('../fixtures/xss-payloads.json', import.meta.url), 'utf8');
const MAP = JSON.parse(FIXTURE) as ArgMap;
const FILE_NAME = '"><svg onload=window.__xss++><img src=x onerror=alert(1)>.argmap.json';

/** Counts in every page of the context: the counter the payloads bump, and every dialog (with its page). */
async function watch(context: BrowserContext, first: Page) {
  const dialogs: { url: string; message: string }[] = [];
  await context.addInitScript(() => {
    (window as unknown as { __xss: number }).__xss = 0;
  });
  const listen = (page: Page) => page.on('dialog', (d) => (dialogs.push({ url: page.url(), message: d.message() }), void d.dismiss()));
  listen(first);
  context.on('page', listen);
  return { dialogs };
}
const executions = (page: Page) => page.evaluate(() => (window as unknown as { __xss: number }).__xss);

async function download(page: Page, start: () => Promise<void>) {
  const file = page.waitForEvent('download');
  await start();
  const d = await file;
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

async function exportAs(page: Page, format: 'PNG' | 'SVG' | 'PDF') {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByLabel(format, { exact: true }).check();
  await dialog.getByLabel('Title', { exact: true }).check();
  await dialog.getByLabel('Legend', { exact: true }).check();
  if (format === 'PNG') await dialog.getByLabel('Scale factor').selectOption('1');
  const file = await download(page, () => dialog.getByRole('button', { name: `Save ${format}…` }).click());
  await expect.poll(() => dialog.isVisible()).toBe(false);
  return file;
}

/** A page on the app's origin that serves `body` as `type` (so a script in it would run with the app's rights). */
async function openAsDocument(context: BrowserContext, path: string, body: Buffer | string, type: string) {
  const url = new URL(path, baseUrl()).href;
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: type, body }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState('load');
  return page;
}

describe('hostile text', () => {
  test('never executes in the editor, its panels, presentation, or any export', { timeout: 180_000 }, async () => {
    const { page, context } = await suite.open({ noFilePickers: true });
    const { dialogs } = await watch(context, page);
    await page.reload();
    await waitForMap(page, 'claim-main');

    // The counter works: markup that is allowed to run does bump it.
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<img src=x onerror="window.__xss += 1000">';
      document.body.append(probe);
    });
    await expect.poll(() => executions(page)).toBe(1000);
    await page.evaluate(() => {
      (window as unknown as { __xss: number }).__xss = 0;
    });

    // Open the payload map by dropping a file whose name is a payload too.
    await page.evaluate(
      ({ text, name }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'application/json' }));
        document
          .querySelector('.react-flow__pane')!
          .dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
      },
      { text: FIXTURE, name: FILE_NAME },
    );
    await waitForMap(page, 'claim');
    await expect.poll(() => page.locator('.toolbar .file-name').textContent()).toContain(FILE_NAME);
    // Shown literally, as text.
    expect(await page.locator('[data-node-id="p0"] .arg-node-text').textContent()).toBe(MAP.nodes[1]!.text);

    // The inspector of every statement: text, notes and each source part in fields.
    const side = page.getByRole('tablist', { name: 'Side panel' });
    await side.getByRole('tab', { name: 'Inspector' }).click();
    for (const node of MAP.nodes) {
      await page.evaluate((id) => window.argmap!.store.getState().select([id]), node.id);
      await expect.poll(() => page.locator('.inspector textarea').first().inputValue()).toBe(node.text);
    }
    // A relation's inspector, and editing a statement on the canvas.
    await page.evaluate(() => window.argmap!.store.getState().select([], ['u0']));
    await page.locator('[data-node-id="p3"] .arg-node-text').dblclick();
    await page.keyboard.press('Escape');

    // Outline, structure check, balance (with evaluation on), legend.
    await side.getByRole('tab', { name: 'Outline' }).click();
    await expect.poll(() => page.getByRole('tree').locator('[role="treeitem"]').count()).toBe(MAP.nodes.length);
    const markdown = await download(page, () => page.getByRole('button', { name: 'Export Markdown' }).click());
    await side.getByRole('tab', { name: 'Check' }).click();
    await page.getByRole('toolbar', { name: 'Editor toolbar' }).getByRole('button', { name: 'Evaluate' }).click();
    await side.getByRole('tab', { name: 'Balance' }).click();
    await page.evaluate(() => window.argmap!.store.getState().select(['claim']));
    await expect.poll(() => page.locator('.balance-panel').textContent()).toContain('window.__xss++');

    // Presentation, every step.
    await page.getByRole('button', { name: 'Present' }).click();
    const next = page.getByRole('button', { name: 'Next step' });
    while (await next.isEnabled()) await next.click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: 'Presentation' }).count()).toBe(0);

    // Every export format.
    const png = await exportAs(page, 'PNG');
    const svg = await exportAs(page, 'SVG');
    const pdf = await exportAs(page, 'PDF');
    expect(await executions(page)).toBe(0);

    // The PNG is an image and nothing else.
    expect(PNG.sync.read(png.bytes).width).toBeGreaterThan(100);
    // The PDF has no actions that could run: no JavaScript, no launch, no links.
    const pdfText = pdf.bytes.toString('latin1');
    expect(pdfText.startsWith('%PDF-')).toBe(true);
    expect(pdfText).not.toMatch(/\/(JavaScript|JS|Launch|URI|SubmitForm|ImportData|AA)\b/);
    // jsPDF opens the first page fitted (a destination, not an action): nothing else on open.
    expect([...pdfText.matchAll(/\/OpenAction\s*(.)/g)].map((m) => m[1])).toEqual(['[']);

    // The SVG opened as a document on the app's own origin, and inlined into an HTML page.
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('&lt;script&gt;window.__xss++&lt;/script&gt;');
    const svgPage = await openAsDocument(context, '/__hostile.svg', svg.bytes, 'image/svg+xml');
    expect(await svgPage.evaluate(() => document.documentElement.localName)).toBe('svg');
    expect(await svgPage.evaluate(() => document.querySelectorAll('script, foreignObject, iframe, a, [onload], [onerror]').length)).toBe(0);
    const inline = await openAsDocument(
      context,
      '/__hostile-inline.html',
      `<!doctype html><body>${svgText.replace(/^<\?xml[^>]*>/, '')}</body>`,
      'text/html',
    );
    expect(await inline.evaluate(() => document.querySelectorAll('svg').length)).toBeGreaterThan(0);

    // The Markdown rendered by a CommonMark renderer that passes raw HTML through (marked): the
    // raw payloads would run there (the control), the exported outline does not.
    const control = await openAsDocument(
      context,
      '/__markdown-control.html',
      `<!doctype html><body>${await marked.parse(MAP.nodes.map((n) => n.text).join('\n\n'))}</body>`,
      'text/html',
    );
    await expect.poll(() => executions(control)).toBeGreaterThan(0);
    const rendered = await marked.parse(markdown.bytes.toString('utf8'));
    const mdPage = await openAsDocument(context, '/__hostile-markdown.html', `<!doctype html><body>${rendered}</body>`, 'text/html');
    const tags = await mdPage.evaluate(() => [...new Set([...document.body.querySelectorAll('*')].map((e) => e.localName))].sort());
    expect(tags.filter((t) => !['a', 'em', 'h1', 'li', 'p', 'strong', 'ul', 'br'].includes(t))).toEqual([]);
    // GFM links a bare http:// address in the text (one payload has a namespace URL); never a script URL.
    const hrefs = await mdPage.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !/^https?:\/\//.test(h))).toEqual([]);

    // Give late handlers (onbegin, onfocus, ontoggle, refresh) a moment to fire, then count.
    for (const p of [page, svgPage, inline, mdPage]) await p.waitForTimeout(300);
    const counts = await Promise.all([page, svgPage, inline, mdPage].map(executions));
    expect(counts).toEqual([0, 0, 0, 0]);
    // Only the control page, where raw payloads were let run, opened dialogs (its alert() payloads).
    expect(dialogs.filter((d) => !d.url.endsWith('/__markdown-control.html'))).toEqual([]);
    expect(dialogs.length).toBeGreaterThan(0);
  });
});
