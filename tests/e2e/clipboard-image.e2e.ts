// Copy as image (Ctrl+Shift+C, Ctrl+Shift+Alt+C) in a real Chromium: the clipboard is read
// back in the page (async Clipboard API, permissions granted to the app's origin), the PNG
// decoded and compared with the export of the same map, the SVG parsed for the node texts.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { baseUrl, clickNode, MOD, setupBrowser } from './helpers.ts';
import type { ScriptExportResult } from '../../src/export/exportMap.ts';
import { allElements, parseXml } from '../export/helpers.ts';

const suite = setupBrowser();
const GSOMIA = readFileSync(new URL('../../maps/gsomia-2012.json', import.meta.url), 'utf8');
const gsomia = JSON.parse(GSOMIA) as { nodes: { id: string; text: string }[] };
const squash = (s: string) => s.replace(/\s+/g, '');

interface ClipboardEntry {
  type: string;
  base64: string;
}

/** What the clipboard holds, each type of each item as base64. */
function readClipboard(page: Page): Promise<ClipboardEntry[]> {
  return page.evaluate(async () => {
    const out: { type: string; base64: string }[] = [];
    for (const item of await navigator.clipboard.read())
      for (const type of item.types) {
        const bytes = new Uint8Array(await (await item.getType(type)).arrayBuffer());
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        out.push({ type, base64: btoa(s) });
      }
    return out;
  });
}

const lastNotice = (page: Page) =>
  page.evaluate(() => {
    const notices = window.argmap!.store.getState().notices;
    const last = notices[notices.length - 1];
    return last ? { tone: last.tone, title: last.title, details: last.details ?? [] } : null;
  });

async function openWithClipboard() {
  const app = await suite.open();
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
  return app;
}

async function exportSize(page: Page, options: object): Promise<{ width: number; height: number }> {
  const r = await page.evaluate(
    ([text, options]) =>
      (window as unknown as { argmap: { exportMap: (...a: unknown[]) => Promise<ScriptExportResult> } }).argmap.exportMap(text, options),
    [GSOMIA, options] as const,
  );
  return { width: r.width, height: r.height };
}

/** Share of pixels that are neither white nor transparent. */
function inked(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (png.data[i + 3]! > 0 && (png.data[i]! < 240 || png.data[i + 1]! < 240 || png.data[i + 2]! < 240)) n++;
  return n / (png.width * png.height);
}

const pngOf = (entries: ClipboardEntry[]) => {
  const entry = entries.find((e) => e.type === 'image/png');
  expect(entry, `clipboard types: ${entries.map((e) => e.type).join(', ')}`).toBeDefined();
  return PNG.sync.read(Buffer.from(entry!.base64, 'base64'));
};

describe('copy as image', () => {
  test('Ctrl+Shift+C copies the whole map as a PNG, the size of the export at scale 2; with one node selected, only its card', async () => {
    const { page } = await openWithClipboard();
    await page.keyboard.press(`${MOD}+Shift+C`);
    await expect.poll(() => lastNotice(page).then((n) => n?.title), { timeout: 30_000 }).toMatch(/^Copied the map as PNG/);
    const whole = pngOf(await readClipboard(page));
    const expected = await exportSize(page, { format: 'png', scale: 2 });
    expect([whole.width, whole.height]).toEqual([expected.width, expected.height]);
    expect(await lastNotice(page)).toEqual({
      tone: 'info',
      title: `Copied the map as PNG (${whole.width.toLocaleString('en-US')} × ${whole.height.toLocaleString('en-US')} px)`,
      details: [],
    });
    await expect.poll(() => page.getByText(/^Copied the map as PNG \(/).count()).toBe(1);
    expect(inked(whole)).toBeGreaterThan(0.05);

    await clickNode(page, 'claim-main');
    await page.keyboard.press(`${MOD}+Shift+C`);
    await expect.poll(() => lastNotice(page).then((n) => n?.title), { timeout: 30_000 }).toMatch(/^Copied the selection as PNG/);
    const one = pngOf(await readClipboard(page));
    expect((await lastNotice(page))!.title).toBe(`Copied the selection as PNG (${one.width} × ${one.height} px)`);
    // One card (260 px wide) with 24 px padding around, at scale 2.
    expect(one.width).toBe((260 + 2 * 24) * 2);
    expect(one.height).toBeLessThan(800);
    expect(inked(one)).toBeGreaterThan(0.1);
  });

  test('Ctrl+Shift+Alt+C copies the map as SVG markup with every node text', async () => {
    const { page } = await openWithClipboard();
    await page.keyboard.press(`${MOD}+Shift+Alt+C`);
    await expect.poll(() => lastNotice(page).then((n) => n?.title), { timeout: 30_000 }).toBe('Copied the map as SVG');
    const entries = await readClipboard(page);
    const text = entries.find((e) => e.type === 'text/plain');
    expect(text, `clipboard types: ${entries.map((e) => e.type).join(', ')}`).toBeDefined();
    const svg = Buffer.from(text!.base64, 'base64').toString('utf8');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    const doc = parseXml(svg);
    const ids = allElements(doc.documentElement)
      .map((e) => e.getAttribute('data-node-id'))
      .filter(Boolean);
    expect(ids.sort()).toEqual(gsomia.nodes.map((n) => n.id).sort());
    const all = squash(doc.documentElement!.textContent ?? '');
    for (const n of gsomia.nodes) expect(all).toContain(squash(n.text));
    // Chromium takes image/svg+xml too (ClipboardItem.supports), with the same markup.
    expect(entries.map((e) => e.type).sort()).toEqual(['image/svg+xml', 'text/plain']);
    expect(Buffer.from(entries.find((e) => e.type === 'image/svg+xml')!.base64, 'base64').toString('utf8')).toContain(
      'data-node-id="claim-main"',
    );
  });

  test('the Export dialog copies the selection as SVG and the map as PNG with its own choices', async () => {
    const { page } = await openWithClipboard();
    await clickNode(page, 'claim-main');
    await page.keyboard.press(`${MOD}+Shift+E`);
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('SVG', { exact: true }).check();
    await dialog.getByLabel('Selection (1 node)').check();
    await dialog.getByRole('button', { name: 'Copy SVG' }).click();
    await expect.poll(() => lastNotice(page).then((n) => n?.title), { timeout: 30_000 }).toBe('Copied the SVG to the clipboard');
    expect(await dialog.isVisible()).toBe(false);
    const svg = Buffer.from((await readClipboard(page)).find((e) => e.type === 'text/plain')!.base64, 'base64').toString('utf8');
    const ids = allElements(parseXml(svg).documentElement)
      .map((e) => e.getAttribute('data-node-id'))
      .filter(Boolean);
    expect(ids).toEqual(['claim-main']);

    await page.keyboard.press(`${MOD}+Shift+E`);
    await dialog.getByLabel('PNG', { exact: true }).check();
    await dialog.getByLabel(/^Whole map/).check();
    await dialog.getByLabel('Scale factor').selectOption('1');
    await dialog.getByRole('button', { name: 'Copy PNG' }).click();
    await expect.poll(() => lastNotice(page).then((n) => n?.title), { timeout: 30_000 }).toBe('Copied the PNG to the clipboard');
    const png = pngOf(await readClipboard(page));
    const expected = await exportSize(page, { format: 'png', scale: 1 });
    expect([png.width, png.height]).toEqual([expected.width, expected.height]);
  });

  test('on an empty map it says there is nothing to copy; without clipboard permission, that access was refused', async () => {
    const { page, context } = await suite.open();
    await context.grantPermissions([], { origin: new URL(baseUrl()).origin });
    await page.keyboard.press(`${MOD}+Shift+C`);
    await expect.poll(() => lastNotice(page), { timeout: 30_000 }).toMatchObject({ title: 'Could not copy the image' });
    const refused = (await lastNotice(page))!;
    expect(refused.tone).toBe('error');
    expect(refused.details.join(' ')).toMatch(/refused access to the clipboard/);

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    await page.evaluate(() => {
      const s = window.argmap!.store.getState() as unknown as { selectAll(): void; deleteSelection(): void };
      s.selectAll();
      s.deleteSelection();
    });
    await expect.poll(() => page.evaluate(() => window.argmap!.store.getState().map.nodes.length)).toBe(0);
    await page.evaluate(() => window.argmap!.store.getState().dismissNotice(window.argmap!.store.getState().notices.at(-1)!.id));
    await page.keyboard.press(`${MOD}+Shift+C`);
    await expect
      .poll(() => lastNotice(page), { timeout: 30_000 })
      .toEqual({
        tone: 'warning',
        title: 'Could not copy the image',
        details: ['Nothing to copy: the map is empty.'],
      });
  });
});
