// Collapse and focus in a real browser: fold an implication of the GSOMIA map with the
// mouse, focus on another, save (download fallback), open the file in a fresh page, and
// find both as they were.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clickNode, getMap, MOD, setupBrowser, waitForStillView, type ArgMap } from './helpers.ts';
import { FORMAT_VERSION } from '../../src/model/format/schema.ts';

const suite = setupBrowser();
const NK_SUBTREE = ['nk-long-run', 'nk-denunciation'];
/** impl-nk-pressure, what it bears on (the claim), what bears on it, and the undercut of its link to the claim. */
const NK_NEIGHBOURHOOD = ['claim-main', 'impl-nk-pressure', 'nk-denunciation', 'nk-long-run'];

const shownIds = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node-arg')]
      .filter((el) => getComputedStyle(el).visibility !== 'hidden' && el.getBoundingClientRect().width > 0)
      .map((el) => el.dataset.id ?? '')
      .sort(),
  );
const edgeIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.react-flow__edge')].map((el) => el.dataset.id ?? ''));
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Editor toolbar' });
const nodeOf = (map: ArgMap, id: string) => map.nodes.find((n) => n.id === id)!;
const allIds = (map: ArgMap) => map.nodes.map((n) => n.id).sort();

/** Saves with Ctrl+S (download fallback); returns the file's path and parsed content. */
async function saveByDownload(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(`${MOD}+s`)]);
  const dir = await mkdtemp(join(tmpdir(), 'argmap-collapse-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { path, doc: JSON.parse(await readFile(path, 'utf8')) as { version: number; meta: ArgMap['meta']; nodes: ArgMap['nodes'] } };
}

/** Opens a file through the Open… button and the browser's file chooser. */
async function openThroughChooser(page: Page, path: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), toolbar(page).getByRole('button', { name: /^Open/ }).click()]);
  await chooser.setFiles(path);
}

describe('collapse', () => {
  test('an implication collapsed with the mouse hides its subtree, and is still collapsed after save and open in a fresh page', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const original = await getMap(page);
    expect(await shownIds(page)).toEqual(allIds(original));
    const fourth = page.locator('[data-node-id="impl-nk-pressure"]');
    const toggle = fourth.getByRole('button', { name: 'Collapse' });
    // The toggle is faint until the node is hovered (by colour: opacity costs compositing on large maps).
    const faint = await toggle.evaluate((el) => getComputedStyle(el).color);
    await fourth.hover();
    await expect.poll(() => toggle.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(71, 85, 105)');
    expect(faint).not.toBe('rgb(71, 85, 105)');
    await toggle.click();

    await expect.poll(() => shownIds(page)).toEqual(allIds(original).filter((id) => !NK_SUBTREE.includes(id)));
    const expand = fourth.getByRole('button', { name: 'Expand 2 hidden nodes' });
    expect(await expand.textContent()).toBe('▸ 2');
    expect(await expand.isVisible()).toBe(true);
    // The relations into the folded subtree are gone; the implication's own link stays.
    const edges = await edgeIds(page);
    const folded = original.relations.filter((r) => NK_SUBTREE.includes(r.from)).map((r) => r.id);
    expect(folded.length).toBeGreaterThan(0);
    for (const id of folded) expect(edges).not.toContain(id);
    const own = original.relations.find((r) => r.from === 'impl-nk-pressure' && r.to === 'claim-main')!;
    expect(edges).toContain(own.id);
    expect(nodeOf(await getMap(page), 'impl-nk-pressure').collapsed).toBe(true);

    const { path, doc } = await saveByDownload(page);
    expect(doc.version).toBe(FORMAT_VERSION);
    expect(doc.nodes.find((n) => n.id === 'impl-nk-pressure')!.collapsed).toBe(true);
    expect(doc.nodes.filter((n) => n.collapsed).map((n) => n.id)).toEqual(['impl-nk-pressure']);

    const fresh = (await suite.open({ noFilePickers: true })).page;
    expect(nodeOf(await getMap(fresh), 'impl-nk-pressure').collapsed).toBeUndefined();
    await openThroughChooser(fresh, path);
    await expect.poll(async () => nodeOf(await getMap(fresh), 'impl-nk-pressure').collapsed).toBe(true);
    // A map opens on its readable first view; show it whole, as the test started.
    await fresh.keyboard.press('f');
    await waitForStillView(fresh);
    await expect.poll(() => shownIds(fresh)).toEqual(allIds(original).filter((id) => !NK_SUBTREE.includes(id)));
    const reopened = fresh.locator('[data-node-id="impl-nk-pressure"]').getByRole('button', { name: 'Expand 2 hidden nodes' });
    expect(await reopened.isVisible()).toBe(true);

    // Expanding with the mouse brings the subtree back (one undo step).
    await reopened.click();
    await expect.poll(() => shownIds(fresh)).toEqual(allIds(original));
    await fresh.keyboard.press(`${MOD}+z`);
    await expect.poll(() => shownIds(fresh)).toEqual(allIds(original).filter((id) => !NK_SUBTREE.includes(id)));
  });
});

describe('focus', () => {
  test('focus on an implication shows only its neighbourhood, survives save and open, and Show whole map ends it', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const original = await getMap(page);
    await clickNode(page, 'impl-nk-pressure');
    await page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: 'Focus on this node' }).click();
    await expect.poll(() => shownIds(page)).toEqual(NK_NEIGHBOURHOOD);
    const banner = page.getByRole('region', { name: 'Focus' });
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain('Focused on reason');
    // The view fits what is left.
    await waitForStillView(page);
    for (const id of NK_NEIGHBOURHOOD) {
      const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
    }

    const { path, doc } = await saveByDownload(page);
    expect(doc.meta.focus).toBe('impl-nk-pressure');

    const fresh = (await suite.open({ noFilePickers: true })).page;
    expect(await fresh.getByRole('region', { name: 'Focus' }).count()).toBe(0);
    await openThroughChooser(fresh, path);
    await expect.poll(() => shownIds(fresh)).toEqual(NK_NEIGHBOURHOOD);
    const reopenedBanner = fresh.getByRole('region', { name: 'Focus' });
    expect(await reopenedBanner.isVisible()).toBe(true);
    await reopenedBanner.getByRole('button', { name: 'Show whole map' }).click();
    await expect.poll(() => shownIds(fresh)).toEqual(allIds(original));
    expect(await fresh.getByRole('region', { name: 'Focus' }).count()).toBe(0);
    expect((await getMap(fresh)).meta.focus).toBeUndefined();
  });

  test('Shift+F focuses on the selected node and again shows the whole map', async () => {
    const { page } = await suite.open();
    const original = await getMap(page);
    await clickNode(page, 'impl-nk-pressure');
    await page.keyboard.press('Shift+F');
    await expect.poll(() => shownIds(page)).toEqual(NK_NEIGHBOURHOOD);
    await page.keyboard.press('Shift+F');
    await expect.poll(() => shownIds(page)).toEqual(allIds(original));
  });
});
