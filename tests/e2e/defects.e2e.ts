// Defects found trying the editor as a new user would (issue 13, "Other defects"), each
// checked in real Chromium the way the user met it.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clickNode, getMap, historyLength, selectedNodeIds, setupBrowser } from './helpers.ts';

const suite = setupBrowser();

/**
 * Types `text` through an input method as Japanese users do: a composition ("にほん") shown
 * in the field, then the Enter that confirms it (keyCode 229, isComposing) and the confirmed
 * text replacing the composition. Chromium's own IME path, driven through the DevTools protocol.
 */
async function typeWithIme(page: Page, text: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
  await cdp.send('Input.insertText', { text });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await cdp.detach();
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);

describe('IME composition (issue 13, item 8)', () => {
  test('the Enter that confirms a composition keeps the node editor open on the canvas; the next Enter commits', async () => {
    const { page } = await suite.open();
    await clickNode(page, 'claim-main');
    await page.keyboard.press('r');
    const box = page.getByRole('textbox', { name: 'Text of reason' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Tokyo and ');
    await typeWithIme(page, '日本');
    // Still writing: the editor is open, focused, and holds the confirmed text.
    expect(await box.isVisible()).toBe(true);
    expect(await box.inputValue()).toBe('Tokyo and 日本');
    expect(await focused(page)).toBe('Text of reason');
    await page.keyboard.type(' agree');
    await page.keyboard.press('Enter');
    await expect.poll(() => box.count()).toBe(0);
    const id = (await selectedNodeIds(page))[0]!;
    expect((await getMap(page)).nodes.find((n) => n.id === id)?.text).toBe('Tokyo and 日本 agree');
  });

  test('in the outline editor and the inspector fields too', async () => {
    const { page } = await suite.open();
    await page.getByRole('tab', { name: 'Outline' }).click();
    await page.locator('[role="treeitem"][data-node-id="impl-china"]').click();
    await page.getByRole('button', { name: 'Add reason', exact: true }).click();
    const row = page.getByRole('tree', { name: 'Outline' }).getByRole('textbox', { name: 'Text of reason' });
    await expect.poll(() => row.evaluate((el) => el === document.activeElement)).toBe(true);
    await typeWithIme(page, '中国');
    expect(await row.isVisible()).toBe(true);
    expect(await row.inputValue()).toBe('中国');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.count()).toBe(0);
    expect((await getMap(page)).nodes.some((n) => n.text === '中国')).toBe(true);

    // A one-line field of the inspector commits on Enter: not on the Enter of the IME.
    await page.getByRole('tab', { name: 'Inspector' }).click();
    const field = page.locator('[aria-label="Inspector"]').getByLabel('Document', { exact: true });
    await field.click();
    const before = await historyLength(page);
    await typeWithIme(page, '朝日新聞');
    expect(await historyLength(page)).toBe(before);
    await page.keyboard.press('Enter');
    await expect.poll(() => historyLength(page)).toBe(before + 1);
    const id = (await selectedNodeIds(page))[0]!;
    expect((await getMap(page)).nodes.find((n) => n.id === id)?.source?.document).toBe('朝日新聞');
  });
});
