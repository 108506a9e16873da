// A debater preparing with the GSOMIA map in the built app, in Chromium: the brief for the main
// claim (a line finds its statement on the canvas; Markdown and PDF exports, checked as files),
// then a two-attack practice drill by keyboard alone with the countdown on, and the next drill,
// after a reload, starting with the attack that was missed.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MOD, setupBrowser, waitForMap, waitForStillView } from './helpers.ts';
import { seriousViolations } from './axe.ts';

const suite = setupBrowser();
const root = new URL('../../', import.meta.url);

const selected = (page: Page) => page.evaluate(() => window.argmap!.store.getState().selectedNodeIds);

/** How far a node's centre is from the canvas's centre, in px. */
async function offCentre(page: Page, id: string): Promise<number> {
  const box = await page.locator(`[data-node-id="${id}"]`).boundingBox();
  const pane = await page.locator('.react-flow').boundingBox();
  if (!box || !pane) return Infinity;
  return Math.hypot(box.x + box.width / 2 - (pane.x + pane.width / 2), box.y + box.height / 2 - (pane.y + pane.height / 2));
}

async function pdfOf(bytes: Buffer) {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false })
    .promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return { pages: doc.numPages, text };
}
const squash = (s: string) => s.replace(/\s+/g, '');

describe('preparing a debate', () => {
  test('Brief… for the main claim: a line selects and centres its statement; exported as Markdown and as PDF', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await page.getByRole('tab', { name: 'Balance' }).click();
    await page.getByRole('region', { name: 'Balance' }).getByRole('button', { name: 'Brief…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Brief' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('radio', { name: 'For' }).isChecked()).toBe(true);
    const body = dialog.getByRole('region', { name: 'The brief' });
    await expect.poll(() => body.getByRole('heading', { name: 'The case: 5 reasons, strongest first' }).isVisible()).toBe(true);
    expect(await dialog.getByRole('status').first().textContent()).toMatch(/^5 reasons, 3 on the other side, 22 weak points\./);
    // Readable and named in both themes (axe: no serious or critical WCAG 2.2 AA violation).
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }

    // The objection to the hub-and-spokes reason: its line takes the debater to it on the canvas.
    const line = body.locator('button[data-node-id="hs-obj-us-influence"]');
    expect(await line.textContent()).toContain('Moving beyond the hub-and-spokes structure would weaken US influence');
    await line.click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => selected(page)).toEqual(['hs-obj-us-influence']);
    await expect
      .poll(() => page.locator('.react-flow__node[data-id="hs-obj-us-influence"]').evaluate((el) => el.classList.contains('selected')))
      .toBe(true);
    await waitForStillView(page);
    expect(await offCentre(page, 'hs-obj-us-influence')).toBeLessThan(40);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id')))
      .toBe('hs-obj-us-influence');

    // B brings the brief back, still for the main claim, with the line that was used focused.
    await page.keyboard.press('b');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe('hs-obj-us-influence');

    // Markdown: the same file the repository ships, made by `npm run brief`.
    const [md] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export Markdown' }).click()]);
    expect(md.suggestedFilename()).toBe('gsomia-2012.brief-for.md');
    const text = await readFile((await md.path())!, 'utf8');
    expect(text).toBe(await readFile(new URL('docs/briefs/gsomia-for.md', root), 'utf8'));
    await expect.poll(() => dialog.locator('.brief-export-status').textContent()).toBe('Exported gsomia-2012.brief-for.md.');

    // PDF: A4 pages in the Inter font, with the brief as real text.
    const [pdf] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export PDF' }).click()]);
    expect(pdf.suggestedFilename()).toBe('gsomia-2012.brief-for.pdf');
    const bytes = await readFile((await pdf.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/Inter/);
    const read = await pdfOf(bytes);
    expect(read.pages).toBeGreaterThan(2);
    for (const s of [
      'Brief for: Closer Japan–South Korea defence ties through GSOMIA',
      'The case: 5 reasons, strongest first',
      'Moving beyond the hub-and-spokes structure would weaken US influence in the region.',
      'hs-obj-us-influence · Implications of Japan-South Korea military cooperation, ¶ 2: “a decrease in US regional influence”',
      'Weak points: 22 attacks with no answer in the map',
    ])
      expect(squash(read.text)).toContain(squash(s));
  });

  test('Practise by keyboard alone: two attacks with the countdown on, one missed; after a reload the next drill starts with it', async () => {
    const { page } = await suite.open();
    await page.keyboard.press('d');
    const dialog = page.getByRole('dialog', { name: 'Practise' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // Focus starts on the side (For); Tab goes past the statement (only the main claim) to the time and the count.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('for');
    const time = dialog.getByRole('combobox', { name: 'Time per answer' });
    while (!(await time.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp'); // 60 → 30 seconds
    expect(await time.inputValue()).toBe('30');
    await page.keyboard.press('Tab');
    await page.keyboard.press(`${MOD}+a`);
    await page.keyboard.type('2');
    expect(await dialog.getByRole('spinbutton', { name: 'Attacks' }).inputValue()).toBe('2');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start');
    await page.keyboard.press('Enter');

    // Attack 1, with a visible countdown that runs.
    await expect.poll(() => dialog.getByText('Attack 1 of 2').isVisible()).toBe(true);
    const clock = dialog.getByRole('timer', { name: 'Time left' });
    expect(await clock.isVisible()).toBe(true);
    expect(await clock.textContent()).toMatch(/^0:(30|29|28)$/);
    await expect.poll(() => clock.textContent(), { timeout: 5_000 }).toMatch(/^0:2[0-7]$/);
    const attack = dialog.locator('.drill-attack');
    const first = (await attack.locator('p').first().textContent())!;
    // The first weak point: the commentary's answer to a critical question on the other side's sign argument (docs/schemes.md).
    expect(first).toBe("As a result, Seoul's signing of GSOMIA is viewed as betraying Korean interests.");
    await page.keyboard.type('History is a reason to build trust, not to refuse it.');
    await page.keyboard.press(`${MOD}+Enter`);
    await expect.poll(() => dialog.getByRole('region', { name: 'The map’s answer' }).isVisible()).toBe(true);
    expect(await dialog.getByRole('region', { name: 'The map’s answer' }).textContent()).toContain(
      'The map has no answer to this: a weak point.',
    );
    await page.keyboard.press('1'); // had it

    // Attack 2: marked missed.
    await expect.poll(() => dialog.getByText('Attack 2 of 2').isVisible()).toBe(true);
    const second = (await attack.locator('p').first().textContent())!;
    expect(second).not.toBe(first);
    await page.keyboard.type('I would say…');
    await page.keyboard.press(`${MOD}+Enter`);
    await expect.poll(() => dialog.getByRole('region', { name: 'The map’s answer' }).isVisible()).toBe(true);
    await page.keyboard.press('3'); // missed

    // The summary says what to work on.
    await expect.poll(() => dialog.getByText('2 attacks: had it 1, partly 0, missed 1.').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    const work = dialog.getByRole('region', { name: 'To work on' });
    expect(await work.textContent()).toContain(second);
    expect(await work.textContent()).not.toContain(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // The next drill, after a reload, in this browser: the missed attack comes first.
    await page.reload();
    await waitForMap(page, 'claim-main');
    await page.keyboard.press('d');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('status').textContent()).toContain('1 you missed or partly answered last time come first.');
    await dialog.getByRole('button', { name: 'Start' }).press('Enter');
    await expect.poll(() => dialog.getByText(/^Attack 1 of /).isVisible()).toBe(true);
    expect(await attack.locator('p').first().textContent()).toBe(second);
  });
});
