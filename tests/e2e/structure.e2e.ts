// The structure check ("Check" tab) in a real browser, on the GSOMIA map.
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { boxOf, getMap, selectedNodeIds, setupBrowser, waitForStillView } from './helpers.ts';

const suite = setupBrowser();

const checkTab = (page: Page) => page.getByRole('tab', { name: /^Check/ });
const panel = (page: Page) => page.locator('#panel-check');
const items = (page: Page, severity?: 'error' | 'warning' | 'hint') =>
  panel(page).locator(severity ? `button.structure-item.is-${severity}` : 'button.structure-item');

/** Distance in screen pixels between a locator's centre and the canvas's centre. */
async function offCentre(page: Page, locator: Locator): Promise<number> {
  const box = await boxOf(locator);
  const canvas = await boxOf(page.locator('.react-flow'));
  return Math.hypot(box.x + box.width / 2 - (canvas.x + canvas.width / 2), box.y + box.height / 2 - (canvas.y + canvas.height / 2));
}

describe('the structure check', () => {
  test('finds no problems on the GSOMIA map, only hints at reasons without evidence and at open critical questions', async () => {
    const { page } = await suite.open();
    // No errors or warnings: the tab has no badge.
    expect(await checkTab(page).locator('.tab-badge').count()).toBe(0);
    await checkTab(page).click();
    await expect
      .poll(() => panel(page).getByRole('status').textContent())
      .toBe('No problems found. 19 hints below, to make the argument stronger.');
    expect(await items(page, 'error').count()).toBe(0);
    expect(await items(page, 'warning').count()).toBe(0);
    expect(await items(page, 'hint').count()).toBe(19);
    const hints = await items(page, 'hint').allTextContents();
    const evidence = hints.filter((t) => t.startsWith('Reason without evidence'));
    expect(evidence).toHaveLength(9);
    expect(evidence.every((t) => t.startsWith('Reason without evidenceNothing backs the reason “'))).toBe(true);
    expect(evidence.join('\n')).toContain('“Over the long run, Pyongyang might be…”');
    // The arguments whose critical questions the commentary leaves open (docs/schemes.md).
    expect(hints.filter((t) => t.startsWith('Open critical questions'))).toHaveLength(10);
  });

  test('a free-standing objection added from the toolbar is "attached to nothing"; clicking the item selects and centres it', async () => {
    const { page } = await suite.open();
    await checkTab(page).click();
    await expect.poll(() => items(page, 'hint').count()).toBe(19);

    const before = await getMap(page);
    await page.getByRole('combobox', { name: 'Kind of node to add' }).selectOption('objection');
    await page.getByRole('button', { name: 'Add node' }).click();
    const editor = page.locator('textarea.node-editor');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    // While the box is still empty the check already says so, live.
    await expect
      .poll(() => items(page, 'error').allTextContents())
      .toEqual([
        'Attached to nothingAn empty objection is attached to nothing. Connect it to the claim or reason it argues against.',
        'Empty statementAn objection is empty. Write the statement it stands for, or delete it.',
      ]);
    await page.keyboard.type('South Korea should build up its own intelligence capability instead.');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.count()).toBe(0);

    const added = (await getMap(page)).nodes.find((n) => !before.nodes.some((b) => b.id === n.id))!;
    expect(added.kind).toBe('objection');
    const item = items(page, 'error');
    await expect
      .poll(() => item.allTextContents())
      .toEqual([
        'Attached to nothingThe objection “South Korea should build up its own…” is attached to nothing. Connect it to the claim or reason it argues against.',
      ]);
    // The badge counts it.
    await expect.poll(() => checkTab(page).locator('.tab-badge').textContent()).toBe('1, 1 problem');

    // Look elsewhere first (another finding), so that centring is visible.
    await page.keyboard.press('Escape');
    await items(page, 'hint').first().click();
    await waitForStillView(page);
    const shown = page.locator(`.react-flow__node[data-id="${added.id}"]`);
    const farBefore = await offCentre(page, shown).catch(() => Infinity);
    expect(farBefore).toBeGreaterThan(100);

    await item.click();
    await expect.poll(() => selectedNodeIds(page)).toEqual([added.id]);
    await waitForStillView(page);
    expect(await offCentre(page, shown)).toBeLessThan(8);
    expect(await page.locator(`[data-node-id="${added.id}"]`).evaluate((el) => el.classList.contains('is-selected'))).toBe(true);
    // The panel stays open on the check.
    expect(await checkTab(page).getAttribute('aria-selected')).toBe('true');
  });
});
