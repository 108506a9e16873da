// Evaluation in a real browser, with the mouse: on the GSOMIA map, turn evaluation on,
// reject the historical-baggage counterweights in the inspector, and watch the main claim
// they opposed go from defeated to standing; turn evaluation off; save and reopen.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clickNode, getMap, historyLength, MOD, setupBrowser, waitForMap } from './helpers.ts';

const suite = setupBrowser();
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Editor toolbar' });
const evaluateButton = (page: Page) => toolbar(page).getByRole('button', { name: 'Evaluate' });
const claim = (page: Page) => page.locator('[data-node-id="claim-main"]');
const statusOf = (page: Page, id: string) => page.locator(`[data-node-id="${id}"]`).getAttribute('data-status');

/** What a person sees of a node: its ring (outline) colour and style, and the words on its chip. */
const looksOf = (page: Page, id: string) =>
  page.locator(`[data-node-id="${id}"]`).evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      outline: `${style.outlineStyle} ${style.outlineColor}`,
      // The words on the chip as seen (not the text only screen readers get).
      chip:
        (el.querySelector<HTMLElement>('.node-status')?.innerText ?? null)
          ?.replace(/\(your mark\)/, '')
          .replace(/\s+/g, ' ')
          .trim() ?? null,
      chipHidden: el.querySelector('.node-status .visually-hidden')?.textContent ?? null,
      balance: el.querySelector('.node-balance')?.getAttribute('aria-label') ?? null,
    };
  });

const GREEN = 'solid rgb(22, 163, 74)';
const RED = 'solid rgb(220, 38, 38)';

/** Selects a node by clicking it on the canvas, then clicks "Rejected" in the inspector. */
async function reject(page: Page, id: string) {
  await clickNode(page, id);
  await expect.poll(() => page.evaluate(() => window.argmap!.store.getState().selectedNodeIds)).toEqual([id]);
  const judgement = page.getByRole('group', { name: 'Your judgement' });
  await judgement.getByText('Rejected', { exact: true }).click();
  await expect.poll(() => judgement.getByLabel('Rejected').isChecked()).toBe(true);
}

describe('evaluation on the GSOMIA map', () => {
  test('rejecting the counterweights in the inspector turns the main claim from defeated to standing; off restores the normal view', async () => {
    const { page } = await suite.open();
    // Off: the normal view.
    expect(await evaluateButton(page).getAttribute('aria-pressed')).toBe('false');
    expect(await statusOf(page, 'claim-main')).toBeNull();
    expect((await looksOf(page, 'claim-main')).outline).toMatch(/^none/);

    await evaluateButton(page).click();
    expect(await evaluateButton(page).getAttribute('aria-pressed')).toBe('true');
    // Unmarked, the historical baggage (one linked objection) stands and defeats the main claim.
    await expect.poll(() => statusOf(page, 'claim-main')).toBe('out');
    expect(await claim(page).getAttribute('class')).toContain('status-out');
    expect(await looksOf(page, 'claim-main')).toEqual({
      outline: RED,
      chip: '✕ defeated',
      chipHidden: null,
      balance: 'Balance: for 4, against 3',
    });
    expect(await claim(page).getAttribute('title')).toBe('attacked by a linked objection that holds');
    expect(await statusOf(page, 'hb-comfort-women')).toBe('in');
    expect((await looksOf(page, 'hb-comfort-women')).outline).toBe(GREEN);
    const nodesShown = await page.locator('[data-node-id][data-status]').count();
    expect(nodesShown).toBe((await getMap(page)).nodes.length);

    await reject(page, 'hb-comfort-women');
    expect(await statusOf(page, 'hb-comfort-women')).toBe('out');
    expect(await looksOf(page, 'hb-comfort-women')).toMatchObject({ outline: RED, chip: '✕ rejected', chipHidden: ' (your mark)' });
    // One counterweight less: the history objection still holds, the claim is still defeated.
    expect(await statusOf(page, 'claim-main')).toBe('out');
    // Rejecting the dispute takes away the ground of the Dokdo objection (worsening tensions).
    await reject(page, 'hb-dokdo');
    await expect.poll(() => statusOf(page, 'hb-dokdo-inflame')).toBe('out');
    expect(await statusOf(page, 'claim-main')).toBe('out');

    await reject(page, 'hb-main');
    // The linked objection has lost a co-premise: no attack on the claim holds any more.
    await expect.poll(() => statusOf(page, 'claim-main')).toBe('in');
    expect(await looksOf(page, 'claim-main')).toEqual({
      outline: GREEN,
      chip: '✓ stands',
      chipHidden: null,
      balance: 'Balance: for 4, against 2',
    });
    expect(await claim(page).getAttribute('class')).toContain('status-in');
    expect(await claim(page).getAttribute('title')).toBe('supported by 4 reasons that hold; every attack on it fails');
    // A rejected counterweight's arrow fades: it carries nothing.
    expect(await page.locator('[data-id="r-hb-cw-history"] .react-flow__edge-path').getAttribute('class')).toContain('link-status-out');
    expect(await page.locator('[data-id="r-hub-main"] .react-flow__edge-path').getAttribute('class')).toContain('link-status-in');
    // Three marks, three undo steps; they are in the map.
    expect(await historyLength(page)).toBe(3);
    const marked = (await getMap(page)).nodes.filter((n) => n.mark).map((n) => `${n.id}:${n.mark}`);
    expect(marked.sort()).toEqual(['hb-comfort-women:rejected', 'hb-dokdo:rejected', 'hb-main:rejected']);

    // Off again (with the keyboard this time): the normal view, marks kept.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('v');
    expect(await evaluateButton(page).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.locator('[data-status]').count()).toBe(0);
    expect(await page.locator('.node-status, .node-balance, .link-status-out').count()).toBe(0);
    expect((await looksOf(page, 'claim-main')).outline).toMatch(/^none/);
    expect(await claim(page).getAttribute('class')).not.toMatch(/status-/);
    expect((await getMap(page)).nodes.filter((n) => n.mark)).toHaveLength(3);

    // Undo takes the last mark back; evaluation shows the history objection holding again.
    await page.keyboard.press(`${MOD}+z`);
    await page.keyboard.press('v');
    await expect.poll(async () => (await looksOf(page, 'claim-main')).balance).toBe('Balance: for 4, against 3');
  });

  test('the Balance panel weighs the four implications against the historical baggage, and clicking an item shows it', async () => {
    const { page } = await suite.open();
    await page.getByRole('tab', { name: 'Balance' }).click();
    const panel = page.getByRole('region', { name: 'Balance' });
    await expect.poll(() => panel.getByRole('img', { name: /^For / }).getAttribute('aria-label')).toBe('For 5 against 4');
    const against = panel.getByRole('region', { name: 'Against: objections and caveats' });
    expect(await against.getByRole('listitem').count()).toBe(4);
    await evaluateButton(page).click();
    await expect.poll(() => panel.getByRole('img', { name: /^For / }).getAttribute('aria-label')).toBe('For 4 against 3');
    // Click the historical-baggage objection: both co-premises are selected, the first brought to the centre.
    await against.getByRole('button', { name: /benefits of military cooperation are unlikely/ }).click();
    await expect.poll(() => page.evaluate(() => window.argmap!.store.getState().selectedNodeIds)).toEqual(['hb-main', 'hb-unresolved']);
    await expect
      .poll(async () => {
        const box = await page.locator('[data-node-id="hb-main"]').boundingBox();
        const pane = await page.locator('.react-flow').boundingBox();
        if (!box || !pane) return Infinity;
        return Math.hypot(box.x + box.width / 2 - (pane.x + pane.width / 2), box.y + box.height / 2 - (pane.y + pane.height / 2));
      })
      .toBeLessThan(40);
  });

  test('marks and weights are saved in the file and come back when it is opened', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await reject(page, 'hb-dokdo');
    await page.evaluate(() => window.argmap!.store.getState().setWeight('r-hub-main', 0.5));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(`${MOD}+s`)]);
    const dir = await mkdtemp(join(tmpdir(), 'argmap-eval-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);

    const other = (await suite.open({ noFilePickers: true })).page;
    const [chooser] = await Promise.all([other.waitForEvent('filechooser'), toolbar(other).getByRole('button', { name: /^Open/ }).click()]);
    await chooser.setFiles(path);
    await expect.poll(async () => (await getMap(other)).nodes.find((n) => n.id === 'hb-dokdo')?.mark).toBe('rejected');
    expect((await getMap(other)).relations.find((r) => r.id === 'r-hub-main')?.weight).toBe(0.5);
    await waitForMap(other, 'claim-main');
    await evaluateButton(other).click();
    await expect.poll(() => statusOf(other, 'hb-dokdo')).toBe('out');
    expect((await looksOf(other, 'hb-dokdo')).chip).toBe('✕ rejected');
  });
});
