// axe-core in real Chromium: no serious or critical WCAG 2.2 A/AA violation in the editor,
// each side panel, the export dialog and presentation mode (issue 12, accessibility).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clickNode, emptyCanvasPoint, MOD, openMapFile, setupBrowser, waitForStillView, zoomInAt } from './helpers.ts';
import { seriousViolations } from './axe.ts';
import { FIXTURE_MAP_PATH, FIXTURE_TEXT_PATH } from '../seed.ts';

const suite = setupBrowser();
const openPanel = async (page: Page, name: string) => {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect.poll(() => page.getByRole('tab', { name: new RegExp(`^${name}`) }).getAttribute('aria-selected')).toBe('true');
};

describe('axe finds no serious or critical violation', () => {
  test('in the editor, with the map, with a node selected and with a relation selected (Inspector)', async () => {
    const { page } = await suite.open();
    expect(await seriousViolations(page)).toEqual([]);
    await clickNode(page, 'claim-main');
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const s = window.argmap!.store.getState();
      s.select([], [s.map.relations[0]!.id]);
    });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in the Outline, Check and Balance panels, with evaluation on', async () => {
    const { page } = await suite.open();
    await clickNode(page, 'claim-main');
    await page.keyboard.press('v');
    for (const panel of ['Outline', 'Check', 'Balance']) {
      await openPanel(page, panel);
      expect({ panel, found: await seriousViolations(page) }).toEqual({ panel, found: [] });
    }
  });

  test('in the Source pane, with a commentary attached and its passages highlighted', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await openMapFile(page, FIXTURE_MAP_PATH, 'claim-main');
    await openPanel(page, 'Source');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('.source-pane').getByRole('button', { name: 'Open the text…' }).click(),
    ]);
    await chooser.setFiles(FIXTURE_TEXT_PATH);
    await expect.poll(() => page.locator('.source-text mark[data-nodes]').count()).toBeGreaterThan(0);
    await clickNode(page, 'claim-main');
    await openPanel(page, 'Source');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in the export dialog', async () => {
    const { page } = await suite.open();
    await page.keyboard.press(`${MOD}+Shift+E`);
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in presentation mode', async () => {
    const { page } = await suite.open();
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Presentation' }).isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('prefers-reduced-motion', () => {
  /** How many different camera positions the canvas passes through after pressing `key`. */
  async function cameraSteps(page: Page, key: string): Promise<number> {
    await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.react-flow__viewport')!;
      const seen = new Set<string>();
      (window as unknown as { cameraSeen: Set<string> }).cameraSeen = seen;
      new MutationObserver(() => seen.add(el.style.transform)).observe(el, { attributes: true, attributeFilter: ['style'] });
    });
    await page.keyboard.press(key);
    await waitForStillView(page);
    return page.evaluate(() => (window as unknown as { cameraSeen: Set<string> }).cameraSeen.size);
  }

  test('with reduced motion the camera jumps (one step) instead of gliding', async () => {
    const { page } = await suite.open();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await zoomInAt(page, await emptyCanvasPoint(page), 1.5);
    expect(await cameraSteps(page, 'f')).toBe(1);
  });

  test('without it, fitting the view glides', async () => {
    const { page } = await suite.open();
    await zoomInAt(page, await emptyCanvasPoint(page), 1.5);
    expect(await cameraSteps(page, 'f')).toBeGreaterThan(2);
  });
});
