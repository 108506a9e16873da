// The outline beside the canvas, in a real browser: what is done in one shows in the other.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clickNode, getMap, historyLength, nodeLocator, selectedNodeIds, setupBrowser, waitForStillView } from './helpers.ts';

const suite = setupBrowser();

const openOutline = async (page: Page) => {
  await page.getByRole('tab', { name: 'Outline' }).click();
  const tree = page.getByRole('tree', { name: 'Outline' });
  await expect.poll(() => tree.isVisible()).toBe(true);
  return tree;
};
const outlineItem = (page: Page, id: string) => page.locator(`[role="treeitem"][data-node-id="${id}"]`);

/** Is the element's box inside the browser window? */
const onScreen = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
  }, selector);

describe('the outline', () => {
  test('a reason added in the outline appears on the canvas, connected to its claim', async () => {
    const { page } = await suite.open();
    await openOutline(page);
    expect(await page.getByRole('treeitem').count()).toBe(46);

    await outlineItem(page, 'impl-china').click();
    expect(await selectedNodeIds(page)).toEqual(['impl-china']);
    await page.getByRole('button', { name: 'Add reason', exact: true }).click();
    const box = outlineItem(page, (await selectedNodeIds(page))[0]!).getByRole('textbox', { name: 'Text of reason' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Beijing may read the pact as encirclement');
    await page.keyboard.press('Enter');

    const map = await getMap(page);
    const added = map.nodes.find((n) => n.text === 'Beijing may read the pact as encirclement');
    expect(added).toBeDefined();
    expect(map.relations.filter((r) => r.from === added!.id)).toEqual([expect.objectContaining({ to: 'impl-china', kind: 'supports' })]);
    // On the canvas: rendered, with the text, selected, and centred into view.
    const onCanvas = nodeLocator(page, added!.id);
    await expect.poll(() => onCanvas.textContent()).toContain('Beijing may read the pact as encirclement');
    await expect.poll(() => onCanvas.locator('.arg-node').getAttribute('class')).toContain('is-selected');
    await waitForStillView(page);
    expect(await onScreen(page, `.react-flow__node[data-id="${added!.id}"]`)).toBe(true);
    // The canvas has an edge for the new relation.
    const relation = map.relations.find((r) => r.from === added!.id)!;
    expect(await page.locator(`.react-flow__edge[data-id="${relation.id}"]`).count()).toBe(1);
    // Adding and writing: two undo steps, as on the canvas.
    expect(await historyLength(page)).toBe(2);
    // In the outline, it is the last item under the implication.
    expect(await outlineItem(page, added!.id).getAttribute('aria-level')).toBe('3');
  });

  test('selecting on the canvas selects in the outline; the outline keys edit the map, not the canvas shortcuts', async () => {
    const { page } = await suite.open();
    await openOutline(page);
    await clickNode(page, 'nk-long-run');
    await expect.poll(() => outlineItem(page, 'nk-long-run').getAttribute('aria-selected')).toBe('true');
    expect(await onScreen(page, '[role="treeitem"][data-node-id="nk-long-run"]')).toBe(true);

    await outlineItem(page, 'nk-long-run').click();
    await page.keyboard.press('Alt+ArrowDown'); // below the denunciation
    await page.keyboard.press('Tab'); // indent: now it answers the denunciation
    let map = await getMap(page);
    expect(map.relations.find((r) => r.id === 'r-nk-long-run')).toMatchObject({
      from: 'nk-long-run',
      to: 'nk-denunciation',
      kind: 'supports',
    });
    expect(await outlineItem(page, 'nk-long-run').getAttribute('aria-level')).toBe('4');
    expect(await page.evaluate(() => window.argmap!.store.getState().editingNodeId)).toBeNull();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Alt+ArrowUp');
    map = await getMap(page);
    expect(map.relations.find((r) => r.id === 'r-nk-long-run')).toMatchObject({ to: 'impl-nk-pressure' });
    const order = map.relations.filter((r) => r.to === 'impl-nk-pressure').map((r) => r.from);
    expect(order).toEqual(['nk-long-run', 'nk-denunciation']);
    expect(await historyLength(page)).toBe(4);
  });

  test('Export Markdown downloads <title>.md', async () => {
    const { page } = await suite.open();
    await openOutline(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    const title = (await getMap(page)).meta.title;
    expect(download.suggestedFilename()).toBe(
      `${title
        .replace(/[\\/:*?"<>|]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()}.md`,
    );
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# /);
    expect(text).toContain('- **Claim:** Closer Japan–South Korea defence ties');
    expect(text).toMatch(/\n {2}- \*\*\+ Reason:\*\* First: the two allies/);
    expect(text).toMatch(/\n {4}- \*\*× Objection:\*\* Moving beyond the hub-and-spokes structure would weaken US influence/);
  });
});
