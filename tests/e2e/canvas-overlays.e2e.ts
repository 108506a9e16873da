// A statement added by double-clicking the canvas lands where it can be seen (issue #22 item 9):
// near the legend, which floats over the canvas, it is moved clear of it instead of under it.
import type { Page } from 'playwright-core';
import { setupBrowser, waitForStillView } from './helpers.ts';

const suite = setupBrowser();

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const nodeCount = (page: Page) => page.locator('.react-flow__node-arg').count();

describe('double-clicking near the legend', () => {
  it('puts the new statement beside or below the legend, never under it', async () => {
    const { page } = await suite.open();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect.poll(() => nodeCount(page)).toBe(0);
    await waitForStillView(page);
    const legend = (await page.locator('.legend').boundingBox())!;
    // The first statement of an empty map is centred in the view: make it away from the legend.
    const canvas = (await page.locator('.canvas').boundingBox())!;
    await page.mouse.dblclick(canvas.x + canvas.width * 0.7, canvas.y + canvas.height * 0.7);
    await expect.poll(() => nodeCount(page)).toBe(1);
    await page.keyboard.press('Escape');
    await waitForStillView(page);

    // Just right of the legend, then just below it: a node centred there would reach under it.
    const spots = [
      { x: legend.x + legend.width + 20, y: legend.y + legend.height / 2 },
      { x: legend.x + legend.width / 2, y: legend.y + legend.height + 15 },
    ];
    for (const [i, spot] of spots.entries()) {
      await page.mouse.dblclick(spot.x, spot.y);
      await expect.poll(() => nodeCount(page)).toBe(2);
      // Where it lands, with its editor open for typing.
      await waitForStillView(page);
      const node = page.locator('.react-flow__node-arg').nth(1);
      await expect.poll(async () => (await node.boundingBox())?.width ?? 0).toBeGreaterThan(0);
      expect(overlaps((await node.boundingBox())!, legend), `node ${i + 1} is under the legend`).toBe(false);
      // Gone again (Escape leaves the keyboard on it), so the next spot is empty canvas.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Delete');
      await expect.poll(() => nodeCount(page)).toBe(1);
      await waitForStillView(page);
    }
  });
});
