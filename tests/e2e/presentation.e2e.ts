// Presentation mode in a real browser, on the GSOMIA map: Present, step through every
// statement with the keyboard in the outline's order while the camera follows, and leave.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { getMap, historyLength, setupBrowser, waitForStillView } from './helpers.ts';
import { outlineItems } from '../../src/model/outline.ts';

const suite = setupBrowser();

/** Ids of the statements drawn on the canvas (React Flow does not render hidden nodes). */
const shownIds = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node-arg')]
      .filter((el) => getComputedStyle(el).visibility !== 'hidden' && el.getBoundingClientRect().width > 0)
      .map((el) => el.dataset.id ?? '')
      .sort(),
  );

const presentationStep = (page: Page) => page.evaluate(() => window.argmap!.store.getState().presentationStep);
const hud = (page: Page) => page.getByRole('region', { name: 'Presentation' });

/** The node's box lies inside the window, above the presentation bar. */
async function expectInView(page: Page, id: string) {
  const { node, bar } = await page.evaluate((id) => {
    const rect = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return {
      node: rect(document.querySelector(`.react-flow__node[data-id="${id}"]`)),
      bar: rect(document.querySelector('.presentation-hud')),
    };
  }, id);
  expect(node.left, `${id} left edge`).toBeGreaterThanOrEqual(0);
  expect(node.right, `${id} right edge`).toBeLessThanOrEqual(1400);
  expect(node.top, `${id} top edge`).toBeGreaterThanOrEqual(0);
  expect(node.bottom, `${id} is above the bar`).toBeLessThanOrEqual(bar.top);
}

describe('presentation mode', () => {
  test('GSOMIA: Present, step with the keyboard to the end, every node revealed in outline order; Escape leaves and everything shows', async () => {
    const { page } = await suite.open();
    const map = await getMap(page);
    const order = outlineItems(map).map((i) => i.nodeId);
    expect(order).toHaveLength(46);
    expect(order[0]).toBe('claim-main');

    await page.getByRole('toolbar', { name: 'Editor toolbar' }).getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => presentationStep(page)).toBe(1);
    // Full screen, with the editor's chrome put away.
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    expect(await page.getByRole('toolbar', { name: 'Editor toolbar' }).isVisible()).toBe(false);
    expect(await page.getByRole('complementary', { name: 'Side panel' }).isVisible()).toBe(false);
    expect(await page.locator('.react-flow__minimap').isVisible()).toBe(false);

    const keys = ['ArrowRight', 'Space', 'PageDown', 'ArrowDown'];
    for (let k = 1; k <= order.length; k++) {
      if (k > 1) await page.keyboard.press(keys[k % keys.length]!);
      await expect.poll(() => shownIds(page), { timeout: 5_000 }).toEqual(order.slice(0, k).sort());
      expect(await hud(page).locator('.presentation-count').textContent()).toBe(`${k} / ${order.length}`);
      const current = map.nodes.find((n) => n.id === order[k - 1])!;
      expect(await hud(page).locator('.presentation-text').textContent()).toBe(current.text);
      // The camera follows (checked on a sample of steps: each check waits for the view to settle).
      if (k <= 3 || k % 7 === 0 || k === order.length) {
        await waitForStillView(page);
        await expectInView(page, current.id);
      }
    }
    // At the end, next does nothing more.
    await page.keyboard.press('ArrowRight');
    expect(await presentationStep(page)).toBe(46);
    expect(await hud(page).getByRole('button', { name: 'Next step' }).isDisabled()).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => presentationStep(page)).toBeNull();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(await hud(page).count()).toBe(0);
    await expect.poll(() => shownIds(page)).toEqual([...order].sort());
    expect(await page.locator('.arg-node.is-dimmed').count()).toBe(0);
    expect(await page.getByRole('toolbar', { name: 'Editor toolbar' }).isVisible()).toBe(true);
    expect(await page.getByRole('complementary', { name: 'Side panel' }).isVisible()).toBe(true);
    // Presenting changed nothing in the map and recorded nothing.
    expect(await getMap(page)).toEqual(map);
    expect(await historyLength(page)).toBe(0);
  });

  test('P starts, clicks step forward, Backspace and Home step back, dragging moves nothing', async () => {
    const { page } = await suite.open();
    const map = await getMap(page);
    const order = outlineItems(map).map((i) => i.nodeId);
    await page.keyboard.press('p');
    await expect.poll(() => presentationStep(page)).toBe(1);
    await waitForStillView(page);
    for (let k = 2; k <= 4; k++) {
      await page.mouse.click(700, 250);
      await expect.poll(() => shownIds(page)).toEqual(order.slice(0, k).sort());
    }
    // A drag over the claim neither moves it nor pans away.
    const claim = await page.locator('.react-flow__node[data-id="claim-main"]').boundingBox();
    if (claim) {
      await page.mouse.move(claim.x + 40, claim.y + 20);
      await page.mouse.down();
      await page.mouse.move(claim.x + 140, claim.y + 120, { steps: 8 });
      await page.mouse.up();
    }
    expect((await getMap(page)).nodes.find((n) => n.id === 'claim-main')!.position).toEqual(
      map.nodes.find((n) => n.id === 'claim-main')!.position,
    );
    const afterDrag = (await presentationStep(page))!;
    await page.keyboard.press('Backspace');
    await expect.poll(() => presentationStep(page)).toBe(afterDrag - 1);
    expect((await getMap(page)).nodes).toHaveLength(46);
    await page.keyboard.press('Home');
    await expect.poll(() => shownIds(page)).toEqual(['claim-main']);
    // The wheel still zooms (around the pointer) and does not step.
    const zoom = () => page.evaluate(() => (window.argmap as unknown as { flow: { getZoom(): number } }).flow.getZoom());
    await waitForStillView(page);
    const before = await zoom();
    await page.mouse.move(700, 250);
    await page.mouse.wheel(0, -400);
    await expect.poll(zoom).toBeGreaterThan(before * 1.5);
    expect(await presentationStep(page)).toBe(1);
    await hud(page).getByRole('button', { name: 'Leave' }).click();
    await expect.poll(() => shownIds(page)).toHaveLength(46);
    expect(await historyLength(page)).toBe(0);
  });
});
