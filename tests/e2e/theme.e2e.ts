// The colour theme in a real browser: follows prefers-color-scheme, the toolbar button's choice
// overrides it and survives a reload, and exports keep their own background whatever the
// editor shows.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { setupBrowser, VIEWPORT, waitForMap } from './helpers.ts';
import { kindColors, THEME_SURFACES } from '../../src/model/theme/colors.ts';

const suite = setupBrowser();

const themeOf = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const toggle = (page: Page) => page.getByRole('toolbar', { name: 'Editor toolbar' }).getByRole('button', { name: /^Colour theme/ });
const preferenceOf = (page: Page) => toggle(page).getAttribute('data-preference');
/** Clicks the theme button (system → light → dark → system) until it shows `preference`. */
async function choose(page: Page, preference: 'system' | 'light' | 'dark') {
  for (let i = 0; i < 3 && (await preferenceOf(page)) !== preference; i++) await toggle(page).click();
  expect(await preferenceOf(page)).toBe(preference);
}
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** What the person sees: the claim card's fill, the canvas behind it, the side panel. */
const painted = (page: Page) =>
  page.evaluate(() => ({
    card: getComputedStyle(document.querySelector('[data-node-id="claim-main"]')!).backgroundColor,
    canvas: getComputedStyle(document.querySelector('.react-flow__background')!).backgroundColor,
    panel: getComputedStyle(document.querySelector('.side')!).backgroundColor,
  }));

async function exportSvg(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByLabel('SVG', { exact: true }).check();
  await dialog.getByLabel('Legend', { exact: true }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save SVG…' }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

describe('the colour theme', () => {
  test('the toolbar button switches to dark and back, and the choice survives a reload', async () => {
    const { page } = await suite.open();
    expect(await themeOf(page)).toBe('light');
    expect(await preferenceOf(page)).toBe('system');
    const light = await painted(page);
    expect(light.card).toBe(rgb(kindColors('claim', 'light').background));

    await choose(page, 'dark');
    await expect.poll(() => themeOf(page)).toBe('dark');
    const dark = await painted(page);
    expect(dark.card).toBe(rgb(kindColors('claim', 'dark').background));
    expect(dark.canvas).toBe(rgb(THEME_SURFACES.dark.canvas));
    expect(dark.panel).not.toBe(light.panel);

    await page.reload();
    await waitForMap(page, 'claim-main');
    expect(await themeOf(page)).toBe('dark');
    expect(await preferenceOf(page)).toBe('dark');
    expect((await painted(page)).card).toBe(rgb(kindColors('claim', 'dark').background));

    // A preference of this browser, not of the map: nothing in the map, its history or its autosave.
    const { saved, history } = await page.evaluate(() => ({
      saved: localStorage.getItem('argmap:autosave') ?? '',
      history: window.argmap!.store.getState().history.past.length,
    }));
    expect(saved).not.toMatch(/theme|dark/i);
    expect(history).toBe(0);

    await choose(page, 'light');
    await expect.poll(() => themeOf(page)).toBe('light');
    expect((await painted(page)).card).toBe(light.card);
  });

  test('prefers-color-scheme: dark gives the dark theme, and the system is followed live', async () => {
    const context = await suite.browser().newContext({ viewport: VIEWPORT, colorScheme: 'dark', serviceWorkers: 'block' });
    try {
      const { page } = await suite.openIn(context);
      expect(await themeOf(page)).toBe('dark');
      expect(await preferenceOf(page)).toBe('system');
      expect((await painted(page)).canvas).toBe(rgb(THEME_SURFACES.dark.canvas));
      // React Flow's own controls and minimap follow.
      expect(await page.locator('.react-flow').evaluate((el) => el.classList.contains('dark'))).toBe(true);

      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => themeOf(page)).toBe('light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => themeOf(page)).toBe('dark');

      // An explicit choice wins over the system's.
      await choose(page, 'light');
      await expect.poll(() => themeOf(page)).toBe('light');
      await page.reload();
      await waitForMap(page, 'claim-main');
      expect(await themeOf(page)).toBe('light');
    } finally {
      await context.close();
    }
  });

  test('an export is the same file whatever theme the editor shows', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const light = await exportSvg(page);
    await choose(page, 'dark');
    await expect.poll(() => themeOf(page)).toBe('dark');
    const dark = await exportSvg(page);
    expect(dark).toBe(light);
    expect(light).toContain(kindColors('claim', 'light').background);
    expect(light).not.toContain(kindColors('claim', 'dark').background);
  });
});
