// Comments in the built app, as a teacher and a student use them (issue 19): the teacher
// comments on a statement and on a relation, replies, resolves, saves; the file opens again
// with the comments; a student sees the markers, opens the comments from the keyboard and
// replies; an SVG export leaves the comments out, or draws them when asked.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, onTestFinished, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { activeContent, allElements, parseXml } from '../export/helpers.ts';
import { PNG } from 'pngjs';
import { baseUrl, clickNode, getMap, MOD, nodeLocator, openMapFile, setupBrowser, waitForMap, type ArgMap } from './helpers.ts';
import type { MapComment } from '../../src/model/types.ts';

const suite = setupBrowser();
const root = fileURLToPath(new URL('../../', import.meta.url));
const gsomiaPath = join(root, 'maps/gsomia-2012.json');

const panel = (page: Page) => page.getByRole('region', { name: 'Comments' });
const marker = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"] .comment-marker`);
/** The count drawn in a relation's marker (its <text>; the <title> says it in words). */
const edgeMarker = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"] .comment-marker-edge text`);
const thread = (page: Page, text: string): Locator => panel(page).getByRole('article').filter({ hasText: text });
const commentsOf = async (page: Page) => (await getMap(page)).comments ?? [];

async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'argmap-comments-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The GSOMIA map with a teacher's comments, as a file a student receives. */
async function commentedFile(dir: string): Promise<string> {
  const file = JSON.parse(readFileSync(gsomiaPath, 'utf8')) as ArgMap & Record<string, unknown>;
  const comments: MapComment[] = [
    { id: 'k-china', target: 'impl-china', author: 'Ms Tan', created: '2026-12-07T09:00:00.000Z', text: 'Which paragraph says this?' },
    { id: 'k-link', target: 'r-hub-main', author: 'Ms Tan', created: '2026-12-07T09:01:00.000Z', text: 'Why does this support the claim?' },
    { id: 'k-done', target: 'claim-main', author: 'Ms Tan', created: '2026-12-07T09:02:00.000Z', text: 'Clear claim.', resolved: true },
  ];
  const path = join(dir, 'gsomia-commented.json');
  await writeFile(path, JSON.stringify({ ...file, comments }, null, 2));
  return path;
}

describe('comments as a teacher', () => {
  test('comment on a statement and on a relation, reply, resolve; save; the file opens again with every comment', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await clickNode(page, 'impl-china');
    await page.keyboard.press(`${MOD}+Alt+m`);
    const field = panel(page).getByRole('textbox', { name: /^New comment on the statement “/ });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Which paragraph says this?');
    // The name is asked once, with the first comment.
    await panel(page)
      .getByRole('textbox', { name: /Your name/ })
      .fill('Ms Tan');
    await panel(page).getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(() => marker(page, 'impl-china').textContent()).toBe('1');
    expect(await nodeLocator(page, 'impl-china').getAttribute('aria-label')).toMatch(/1 open comment\.$/);
    await expect.poll(() => panel(page).getByText('Commenting as Ms Tan').count()).toBe(1);

    // The relation from it to the main claim, chosen in the Inspector (as from the keyboard):
    // Ctrl+Alt+M from there comments on it; Ctrl+Enter sends.
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await page.locator('.inspector button.relation-link').filter({ hasText: 'Closer Japan' }).click();
    await expect.poll(() => page.evaluate(() => window.argmap!.store.getState().selectedRelationIds)).toEqual(['r-china-main']);
    await page.keyboard.press(`${MOD}+Alt+m`);
    const onLink = panel(page).getByRole('textbox', { name: /^New comment on the relation \(supports\) from “/ });
    await expect.poll(() => onLink.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Is this really a reason for the claim?');
    await page.keyboard.press(`${MOD}+Enter`);
    await expect.poll(() => edgeMarker(page, 'r-china-main').textContent()).toBe('1');

    // Reply to the first, from its marker.
    await marker(page, 'impl-china').click();
    await thread(page, 'Which paragraph').getByRole('button', { name: 'Reply to Ms Tan' }).click();
    await page.keyboard.type('Paragraph 5, I think.');
    await thread(page, 'Which paragraph').getByRole('button', { name: 'Reply', exact: true }).click();
    await expect.poll(() => thread(page, 'Which paragraph').getByRole('listitem').count()).toBe(1);

    // Resolve the one on the relation, from All comments: its marker goes (only open comments are marked).
    await panel(page).getByRole('radio', { name: 'All comments' }).check();
    await thread(page, 'really a reason').getByRole('button', { name: 'Resolve the comment by Ms Tan' }).click();
    await expect.poll(() => edgeMarker(page, 'r-china-main').count()).toBe(0);
    expect(await marker(page, 'impl-china').textContent()).toBe('1');

    const dir = await tempDir();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(`${MOD}+s`)]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const saved = JSON.parse(await readFile(path, 'utf8')) as { version: number; comments: MapComment[] };
    expect(saved.version).toBe(4);
    expect(saved.comments).toEqual([
      {
        id: expect.any(String),
        author: 'Ms Tan',
        created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        text: 'Which paragraph says this?',
        target: 'impl-china',
        replies: [{ id: expect.any(String), author: 'Ms Tan', created: expect.any(String), text: 'Paragraph 5, I think.' }],
      },
      {
        id: expect.any(String),
        author: 'Ms Tan',
        created: expect.any(String),
        text: 'Is this really a reason for the claim?',
        target: 'r-china-main',
        resolved: true,
      },
    ]);

    // Another browser (no shared storage) opens the file: the comments and the marker are there.
    const { page: other } = await suite.open({ noFilePickers: true });
    await openMapFile(other, path, 'impl-china');
    expect(await commentsOf(other)).toEqual(saved.comments);
    await expect.poll(() => marker(other, 'impl-china').textContent()).toBe('1');
    expect(await edgeMarker(other, 'r-china-main').count()).toBe(0);
  });

  test('deleting a commented statement keeps its comment on the whole map, and undo puts it back', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const dir = await tempDir();
    await openMapFile(page, await commentedFile(dir), 'impl-china');
    await clickNode(page, 'impl-china');
    await page.keyboard.press('Delete');
    await expect.poll(() => nodeLocator(page, 'impl-china').count()).toBe(0);
    const detached = (await commentsOf(page)).find((c) => c.id === 'k-china')!;
    expect(detached.target).toBeUndefined();
    expect(detached.wasOn).toMatch(/^the statement “/);
    await page.getByRole('tab', { name: 'Comments' }).click();
    await panel(page).getByRole('radio', { name: 'All comments' }).check();
    await expect
      .poll(() =>
        thread(page, 'Which paragraph')
          .getByText(/^Was on the statement “.*”, since deleted\.$/)
          .count(),
      )
      .toBe(1);
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(async () => (await commentsOf(page)).find((c) => c.id === 'k-china')!.target).toBe('impl-china');
    await expect.poll(() => marker(page, 'impl-china').textContent()).toBe('1');
  });
});

describe('comments and autosave', () => {
  test('a comment and its reply survive a reload (the browser’s own copy of the map keeps them)', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await page.evaluate(() => localStorage.setItem('argmap:name', 'Ms Tan'));
    await clickNode(page, 'impl-china');
    await page.keyboard.press(`${MOD}+Alt+m`);
    const field = panel(page).getByRole('textbox', { name: /^New comment on the statement “/ });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Kept across a reload?');
    await page.keyboard.press(`${MOD}+Enter`);
    await thread(page, 'Kept across').getByRole('button', { name: 'Reply to Ms Tan' }).click();
    await page.keyboard.type('Yes.');
    await page.keyboard.press(`${MOD}+Enter`);
    await expect.poll(async () => (await commentsOf(page))[0]?.replies?.length).toBe(1);
    const before = await commentsOf(page);
    // Unsaved work: the browser asks before the reload; the page's record is written as it goes.
    page.once('dialog', (d) => void d.accept());
    await page.reload();
    await waitForMap(page, 'impl-china');
    expect(await commentsOf(page)).toEqual(before);
    await expect.poll(() => marker(page, 'impl-china').textContent()).toBe('1');
  });
});

describe('comments as a student', () => {
  test('sees the markers, opens the comments from the keyboard and answers them, giving a name once', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const dir = await tempDir();
    await openMapFile(page, await commentedFile(dir), 'impl-china');
    await expect.poll(() => marker(page, 'impl-china').textContent()).toBe('1');
    expect(await edgeMarker(page, 'r-hub-main').textContent()).toBe('1');
    expect(await marker(page, 'claim-main').count()).toBe(0); // resolved
    expect(await nodeLocator(page, 'impl-china').getAttribute('aria-label')).toMatch(/1 open comment\.$/);

    // The keyboard: the statement in focus, Enter selects it, Ctrl+Alt+M opens its comments.
    await nodeLocator(page, 'impl-china').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => getMap(page).then(() => page.evaluate(() => window.argmap!.store.getState().selectedNodeIds)))
      .toEqual(['impl-china']);
    await page.keyboard.press(`${MOD}+Alt+m`);
    await expect.poll(() => page.getByRole('tab', { name: 'Comments' }).getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/^New comment on the statement “/);
    expect(await panel(page).getByRole('article', { name: 'Comment by Ms Tan, open' }).count()).toBe(1);
    await expect.poll(() => thread(page, 'Which paragraph').isVisible()).toBe(true);

    // Reply by keyboard: the name is asked when first needed, Enter in it sends.
    await thread(page, 'Which paragraph').getByRole('button', { name: 'Reply to Ms Tan' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Paragraph 6.');
    await page.keyboard.press(`${MOD}+Enter`);
    await expect.poll(() => panel(page).getByRole('alert').textContent()).toMatch(/Give your name first/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.type('Alex');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await commentsOf(page)).find((c) => c.id === 'k-china')?.replies?.map((r) => [r.author, r.text]))
      .toEqual([['Alex', 'Paragraph 6.']]);
    expect(await page.evaluate(() => localStorage.getItem('argmap:name'))).toBe('Alex');
  });
});

describe('comments in an SVG export', () => {
  test('left out by default; drawn (markers and the list) with Include comments', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const dir = await tempDir();
    await openMapFile(page, await commentedFile(dir), 'impl-china');
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    const exportSvg = async (withComments: boolean) => {
      await page.keyboard.press(`${MOD}+Shift+E`);
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await dialog.getByLabel('SVG', { exact: true }).check();
      await dialog.getByLabel('Include comments (3)').setChecked(withComments);
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Save SVG…' }).click();
      return readFileSync((await (await download).path())!, 'utf8');
    };

    const without = await exportSvg(false);
    expect(without).not.toMatch(/data-comment|Which paragraph|Ms Tan/);

    const svg = await exportSvg(true);
    const doc = parseXml(svg);
    expect(activeContent(doc.documentElement)).toEqual([]);
    const markers = allElements(doc.documentElement).filter((e) => e.getAttribute('data-comment-marker') !== null);
    expect(markers.map((m) => [m.getAttribute('data-comment-marker'), m.textContent])).toEqual([
      ['impl-china', '1'],
      ['r-hub-main', '2'],
      ['claim-main', '3'],
    ]);
    const list = allElements(doc.documentElement).find((e) => e.getAttribute('data-comments') === '3')!;
    const text = (list.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Comments (3)');
    expect(text).toContain('Which paragraph says this?');
    expect(text).toContain('Why does this support the claim?');
    expect(text).toMatch(/Ms Tan · 2026-12-07 · on the statement “Closer Japan–South Korea defence ties.*· resolved/);
    // Every statement is still drawn, as without comments.
    const cards = (s: string) => allElements(parseXml(s).documentElement).filter((e) => e.getAttribute('data-node-id')).length;
    expect(cards(svg)).toBe(cards(without));
  });
});

describe('comments in `argmap export`', () => {
  test('--comments draws them in PNG and PDF too (the image grows by the list); without it they are left out', async () => {
    const dir = await tempDir();
    const file = await commentedFile(dir);
    const exportTo = (out: string, extra: string[]) =>
      new Promise<number>((resolve) =>
        execFile(
          process.execPath,
          [
            'bin/argmap.mjs',
            'export',
            file,
            '--format',
            'png,pdf,svg',
            '--scale',
            '1',
            '--out',
            join(dir, out),
            '--app-url',
            baseUrl(),
            ...extra,
          ],
          { cwd: root, env: { ...process.env, ARGMAP_APP_URL: '' }, timeout: 170_000 },
          (error) => resolve(error ? ((error as { code?: number }).code ?? 1) : 0),
        ),
      );
    expect(await exportTo('plain', [])).toBe(0);
    expect(await exportTo('commented', ['--comments'])).toBe(0);
    const png = async (out: string) => PNG.sync.read(await readFile(join(dir, out, 'gsomia-commented.png')));
    const [plain, commented] = [await png('plain'), await png('commented')];
    expect(commented.height).toBeGreaterThan(plain.height + 100);
    const pdf = async (out: string) => readFile(join(dir, out, 'gsomia-commented.pdf'));
    const [plainPdf, commentedPdf] = [await pdf('plain'), await pdf('commented')];
    expect(commentedPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(commentedPdf.length).toBeGreaterThan(plainPdf.length);
    const svg = async (out: string) => readFile(join(dir, out, 'gsomia-commented.svg'), 'utf8');
    expect(await svg('plain')).not.toContain('Which paragraph says this?');
    expect(await svg('commented')).toContain('Which paragraph says this?');
  });
});

describe('comments and accessibility', () => {
  test('axe finds no serious violation in the Comments panel and around the markers, in the light and the dark theme', async () => {
    const { seriousViolations } = await import('./axe.ts');
    const dir = await tempDir();
    const path = await commentedFile(dir);
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await suite.open({ noFilePickers: true });
      await page.emulateMedia({ colorScheme });
      await openMapFile(page, path, 'impl-china');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      await marker(page, 'impl-china').click();
      await expect.poll(() => thread(page, 'Which paragraph').isVisible()).toBe(true);
      expect({ colorScheme, found: await seriousViolations(page) }).toEqual({ colorScheme, found: [] });
      await panel(page).getByRole('radio', { name: 'All comments' }).check();
      await thread(page, 'Which paragraph').getByRole('button', { name: 'Reply to Ms Tan' }).click();
      expect({ colorScheme, all: await seriousViolations(page) }).toEqual({ colorScheme, all: [] });
    }
  });
});
