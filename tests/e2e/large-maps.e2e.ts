// Large maps as a new user meets them, in Chromium: a 2,000-statement debate opened from a
// file appears folded and readable; Unfold level shows one more level; search (Ctrl+F)
// finds a statement deep in the folded map, reveals, centres and highlights it; the Layout
// menu's choice is saved with the map. And Evaluate fades defeated statements by colour,
// never by opacity (thousands of opacity layers froze the page on large maps).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import type { Page } from 'playwright-core';
import { getMap, MOD, setupBrowser, waitForStillView, zoomOf } from './helpers.ts';
import { generateDebateMap } from '../../testkit/generate.ts';
import { serializeMap } from '../../src/model/format/save.ts';

const suite = setupBrowser();
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Editor toolbar' });
const drawn = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node-arg')]
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .map((el) => el.dataset.id!),
  );

async function openGenerated(page: Page, count: number) {
  const dir = await mkdtemp(join(tmpdir(), 'argmap-large-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, `debate-${count}.json`);
  await writeFile(path, serializeMap(generateDebateMap(count, 7)));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), toolbar(page).getByRole('button', { name: /^Open/ }).click()]);
  await chooser.setFiles(path);
  await expect.poll(async () => (await getMap(page)).nodes.length, { timeout: 20_000 }).toBe(count);
  await expect.poll(() => page.locator('[data-node-id="n0"]').isVisible()).toBe(true);
  await waitForStillView(page);
}

describe('a large map', () => {
  test('opens folded and readable: the main claim and its first level at 60 % or more, folded nodes show counts', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await openGenerated(page, 2000);
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.6);
    const shown = await drawn(page);
    expect(shown.length).toBeLessThan(60);
    const map = await getMap(page);
    const firstLevel = map.relations.filter((r) => r.to === 'n0' && Number(r.from.slice(1)) < 5).map((r) => r.from);
    for (const id of ['n0', ...firstLevel]) {
      const box = (await page.locator(`[data-node-id="${id}"]`).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(900);
    }
    // A folded node says how many statements it holds.
    const expand = page.getByRole('button', { name: /^Expand \d+ hidden nodes?$/ }).first();
    await expect.poll(() => expand.count()).toBe(1);

    await toolbar(page).getByRole('button', { name: 'Unfold level' }).click();
    // The next level shows (off screen at this zoom, so Fit view to see it all).
    await toolbar(page).getByRole('button', { name: 'Fit view', exact: true }).click();
    await waitForStillView(page);
    await expect.poll(async () => (await drawn(page)).length).toBeGreaterThan(shown.length * 2);
  });

  test('Ctrl+F: a word deep in the folded map is found, listed with its kind, revealed, centred and highlighted', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await openGenerated(page, 2000);
    const map = await getMap(page);
    const shown = new Set(await drawn(page));
    const deep = map.nodes.find((n) => !shown.has(n.id) && Number(n.id.slice(1)) > 1500)!;
    const words = deep.text.replace('.', '').split(' ').slice(0, 4).join(' ');

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(`${MOD}+f`);
    const box = page.getByRole('searchbox', { name: 'Search statements' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill(words);
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getByRole('option').count()).toBeGreaterThan(0);
    const option = results.getByRole('option').filter({ hasText: deep.text });
    expect(await option.textContent()).toMatch(/^(Reason|Objection|Evidence)/);

    // Enter steps through the results until the deep one is current.
    for (let i = 0; i < 20; i++) {
      await box.press('Enter');
      if ((await page.evaluate(() => window.argmap!.store.getState().selectedNodeIds[0])) === deep.id) break;
    }
    const node = page.locator(`[data-node-id="${deep.id}"]`);
    await expect.poll(() => node.isVisible()).toBe(true);
    await waitForStillView(page);
    const rect = (await node.boundingBox())!;
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    // Centred on the canvas (within a node's size), and highlighted.
    expect(Math.abs(rect.x + rect.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(rect.width);
    expect(Math.abs(rect.y + rect.height / 2 - (canvas.y + canvas.height / 2))).toBeLessThan(rect.height + 40);
    expect(await node.getAttribute('class')).toContain('is-match');
  });

  test('the Layout menu lays out left to right, and the choice is saved with the map', async () => {
    const { page } = await suite.open();
    await toolbar(page).getByRole('combobox', { name: 'Layout arrangement' }).selectOption('outline');
    await expect.poll(async () => (await getMap(page)).meta.layout).toBe('outline');
    const map = await getMap(page);
    const at = (id: string) => map.nodes.find((n) => n.id === id)!.position;
    expect(at('impl-china').x).toBeGreaterThan(at('claim-main').x);
    expect(at('impl-china').y).toBeGreaterThan(at('claim-main').y);
  });
});

describe('a very large file (20,000 statements, several MB)', () => {
  test('comes back whole after a reload, with a change made right after opening', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await openGenerated(page, 3000);
    // A large map's first autosave (every statement) is put in batches in one transaction;
    // the change goes on top of it once that is committed.
    await page.locator('[data-node-id="n0"] .arg-node-text').dblclick();
    const editor = page.locator('[data-node-id="n0"] textarea.node-editor');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press(`${MOD}+a`);
    await page.keyboard.type('Rewritten right after opening');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getMap(page)).nodes.find((n) => n.id === 'n0')!.text).toBe('Rewritten right after opening');
    const before = await getMap(page);
    page.on('dialog', (d) => void d.accept()); // unsaved work: the browser asks before the reload
    await page.reload();
    await page.waitForFunction((n) => window.argmap?.store.getState().map.nodes.length === n, 3000, { timeout: 20_000 });
    expect(await getMap(page)).toEqual(before);
  });

  test('shows progress while it opens in the background, can be cancelled, and opens folded', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const before = await getMap(page);
    const dir = await mkdtemp(join(tmpdir(), 'argmap-huge-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, 'huge.json');
    await writeFile(path, serializeMap(generateDebateMap(20_000, 3)));
    const open = async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), toolbar(page).getByRole('button', { name: /^Open/ }).click()]);
      await chooser.setFiles(path);
    };
    const progress = page.getByRole('status', { name: 'Opening huge.json' });

    await open();
    await expect.poll(() => progress.isVisible()).toBe(true);
    expect(await progress.textContent()).toMatch(/MB/);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => progress.count()).toBe(0);
    expect((await getMap(page)).nodes.length).toBe(before.nodes.length);

    await open();
    await expect.poll(() => progress.isVisible()).toBe(true);
    await expect.poll(async () => (await getMap(page)).nodes.length, { timeout: 60_000 }).toBe(20_000);
    await expect.poll(() => progress.count()).toBe(0);
    expect((await drawn(page)).length).toBeLessThan(60);
    expect((await getMap(page)).nodes.some((n) => n.collapsed)).toBe(true);
  });
});

describe('Evaluate', () => {
  test('fades defeated statements and dead links by colour: no element on the canvas is drawn with opacity', async () => {
    const { page } = await suite.open();
    await toolbar(page).getByRole('button', { name: 'Evaluate' }).click();
    await expect.poll(() => page.locator('.arg-node.status-out').count()).toBeGreaterThan(0);
    const translucent = await page.evaluate(() =>
      [...document.querySelectorAll('.react-flow__nodes *, .react-flow__edges *')]
        .filter((el) => !el.closest('.arg-handle') && Number(getComputedStyle(el).opacity) > 0 && Number(getComputedStyle(el).opacity) < 1)
        .map((el) => el.className.toString()),
    );
    expect(translucent).toEqual([]);
    // Still visibly faded: a defeated statement's text is lighter than a standing one's.
    const colour = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    expect(await colour('.arg-node.status-out .arg-node-text')).not.toBe(await colour('.arg-node.status-in .arg-node-text'));
  });
});
