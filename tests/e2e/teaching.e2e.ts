// Teaching with exercises (issue 19, part 2) in the built app, as a teacher and as a student:
// the teacher makes a relations exercise from the GSOMIA map and saves it (with and without the
// key); a student opens it, draws two relations with the mouse and the keyboard, checks, and sees
// green and amber marks, dashed ghosts of the missing relations and the scores, in both themes;
// the teacher opens the sample submission, compares it with the GSOMIA key, sees the figures of
// the command line's report and steps through the differences with the keyboard.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import {
  centreOf,
  clickNode,
  drag,
  getMap,
  historyLength,
  MOD,
  nodeLocator,
  openMapFile,
  selectedNodeIds,
  setupBrowser,
  waitForStillView,
  zoomInAt,
} from './helpers.ts';
import { compareMaps } from '../../src/model/compare/compare.ts';
import { makeExercise } from '../../src/model/exercise.ts';
import { parseMapText } from '../../src/model/format/load.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import { contrastRatio, MIN_GRAPHIC_CONTRAST, MIN_TEXT_CONTRAST } from '../../src/model/theme/contrast.ts';
import { THEME_SURFACES, type Theme } from '../../src/model/theme/colors.ts';
import { VERDICT_COLORS } from '../../src/model/theme/verdictColors.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { seriousViolations } from './axe.ts';

const suite = setupBrowser();
const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const KEY = repo('maps/gsomia-2012.json');
const SUBMISSION = repo('maps/exercises/gsomia-relations.sample-submission.argmap.json');
const REPORT = repo('maps/exercises/gsomia-relations.sample-report.md');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-teaching-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function mapOf(text: string): ArgMap {
  const r = parseMapText(text);
  if (!r.ok) throw new Error(r.error);
  return r.map;
}

async function textOf(download: Download): Promise<string> {
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return readFile(path, 'utf8');
}

const checkTab = (page: Page) => page.getByRole('tab', { name: /^Check/ });
const panel = (page: Page) => page.locator('.comparison-panel');

/** The scores table of the comparison panel, as the report writes it: layer → [P, R, F1]. */
async function scoresShown(page: Page): Promise<Record<string, string[]>> {
  const rows = await panel(page)
    .locator('.comparison-scores tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
  return Object.fromEntries(rows.map(([layer, ...cells]) => [layer!, cells]));
}

const figure = (page: Page, name: string) => panel(page).locator(`[data-figure="${name}"] dd`).textContent();
const counted = (page: Page, verdict: string) => panel(page).locator(`.comparison-counts [data-verdict="${verdict}"]`).textContent();

/** "rgb(22, 163, 74)" → "#16a34a". */
const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;

const edgePath = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"] .react-flow__edge-path`);
const strokeOf = async (locator: Locator) => hex(await locator.evaluate((el) => getComputedStyle(el).stroke));

describe('the teacher makes an exercise', () => {
  test('Make exercise… saves a relations exercise: no relations, the exercise block, the key only when self-checking is allowed; the map stays as it was', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const before = await getMap(page);
    const steps = await historyLength(page);

    // From the Check tab's Teaching section, as a teacher finds it.
    await checkTab(page).click();
    await page.getByRole('button', { name: 'Make an exercise…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make an exercise' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /^Relations/ }).isChecked()).toBe(true);
    // The ghosts choice matters only with the key: off until self-checking is allowed.
    expect(await dialog.getByRole('radio', { name: /dashed ghosts/ }).isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: /Let students check their work \(the file then contains the key\)/ }).check();
    await dialog.getByRole('radio', { name: /dashed ghosts/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save exercise…' }).click()]);
    expect(download.suggestedFilename()).toBe('gsomia-2012.exercise.argmap.json');
    const text = await textOf(download);
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const exercise = mapOf(text);
    expect(exercise.relations).toEqual([]);
    expect(exercise.nodes.map((n) => n.id).sort()).toEqual(before.nodes.map((n) => n.id).sort());
    expect(exercise.exercise?.mode).toBe('relations');
    expect(exercise.exercise?.ghosts).toBe('shown');
    expect(exercise.exercise?.key?.relations).toHaveLength(before.relations.length);
    expect(text).toBe(serializeMap(makeExercise(before, 'relations', 1, { selfCheck: true, ghosts: 'shown' })));
    await expect.poll(() => page.getByText(/Saved the exercise gsomia-2012\.exercise\.argmap\.json/).isVisible()).toBe(true);

    // Again from the keyboard (Shift+X), without self-checking: no key in the file. axe finds nothing serious in the dialog.
    await page.locator('body').press('Shift+X');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.locator('body').press('Shift+X');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: /Let students check their work/ }).isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Shuffle again' }).click();
    expect(await dialog.getByRole('textbox', { name: 'Order of the statements' }).inputValue()).toBe('2');
    const [second] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save exercise…' }).click()]);
    const plain = await textOf(second);
    expect(plain).toBe(serializeMap(makeExercise(before, 'relations', 2)));
    expect(plain).not.toContain('"key"');
    expect(mapOf(plain).exercise).toStrictEqual({ mode: 'relations', ghosts: 'counted' });
    for (const r of before.relations) expect(plain).not.toContain(`"${r.id}"`);

    // Also from the Export dialog (the file and export area).
    await page.locator('body').press(`${MOD}+Shift+E`);
    const exportDialog = page.getByRole('dialog', { name: /Export/ });
    await expect.poll(() => exportDialog.isVisible()).toBe(true);
    await exportDialog.getByRole('group', { name: 'For students' }).getByRole('button', { name: 'Make an exercise…' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await exportDialog.isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // The teacher's map is the key: unchanged, nothing to undo, nothing unsaved.
    expect(await getMap(page)).toEqual(before);
    expect(await historyLength(page)).toBe(steps);
    expect(await page.locator('.toolbar .file-name').textContent()).not.toContain('unsaved');
  });

  test('the ? list has the teaching commands and their keys', async () => {
    const { page } = await suite.open();
    await page.locator('body').press('?');
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => list.isVisible()).toBe(true);
    const rows = await list.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, ' ')));
    for (const [keys, label] of [
      ['Shift+X', 'Make an exercise for students from this map…'],
      ['Shift+K', 'Compare this map with a key…'],
      ['K', 'Check this exercise against its key'],
      ['F8', 'Next difference from the key'],
      ['Shift+F8', 'Previous difference from the key'],
    ])
      expect(rows, label).toContain(`${keys}${label}`);
  });
});

describe('the student checks an exercise', () => {
  test('draws one relation right (mouse) and one of the wrong kind (keyboard); Check shows green and amber marks, ghosts of the missing relations and the scores, in both themes', async () => {
    const key = mapOf(await readFile(KEY, 'utf8'));
    const file = join(dir, 'gsomia.exercise.argmap.json');
    await writeFile(file, serializeMap(makeExercise(key, 'relations', 1, { selfCheck: true, ghosts: 'shown' })));
    const { page } = await suite.open({ noFilePickers: true });
    await openMapFile(page, file, 'claim-main');

    // A quiet banner says it is an exercise and offers Check.
    const banner = page.getByRole('region', { name: 'Exercise' });
    await expect.poll(() => banner.textContent()).toMatch(/Exercise \(relations\): Draw the relations/);
    expect(await page.locator('[data-verdict]').count()).toBe(0);

    // The right one, with the mouse: the objection "North Korea has condemned Seoul…" opposes the fourth implication.
    const a = await centreOf(nodeLocator(page, 'nk-denunciation'));
    const b = await centreOf(nodeLocator(page, 'impl-nk-pressure'));
    await zoomInAt(page, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, 0.7);
    const source = page.locator('[data-node-id="nk-denunciation"]');
    await source.hover();
    const handle = source.locator('.react-flow__handle[data-handleid="out"]');
    await expect.poll(() => handle.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await drag(
      page,
      await centreOf(handle),
      await centreOf(page.locator('[data-node-id="impl-nk-pressure"] .react-flow__handle[data-handleid="in"]')),
      {
        steps: 20,
      },
    );
    await expect.poll(async () => (await getMap(page)).relations.length).toBe(1);
    const right = (await getMap(page)).relations[0]!;
    expect([right.from, right.to, right.kind]).toEqual(['nk-denunciation', 'impl-nk-pressure', 'opposes']);

    // The wrong kind, with the keyboard: the inspector's "Bears on" field, then its Kind. The key
    // has the first implication support the main claim; the student says it opposes it.
    await clickNode(page, 'impl-hub-spokes');
    const connect = page.getByRole('combobox', { name: 'Bears on (add a relation)' });
    await connect.fill('advance inter-state');
    await connect.press('ArrowDown');
    await connect.press('Enter');
    await expect.poll(async () => (await getMap(page)).relations.length).toBe(2);
    const kind = page.getByLabel('Kind', { exact: true });
    await expect.poll(() => kind.evaluate((el) => el === document.activeElement)).toBe(true);
    await kind.selectOption('opposes');
    const map = await getMap(page);
    const wrong = map.relations.find((r) => r.id !== right.id)!;
    expect([wrong.from, wrong.to, wrong.kind]).toEqual(['impl-hub-spokes', 'claim-main', 'opposes']);

    // Check.
    await banner.getByRole('button', { name: 'Check my map' }).click();
    await expect.poll(() => panel(page).isVisible()).toBe(true);
    expect(await panel(page).getByRole('heading', { level: 3 }).textContent()).toBe('Checked against the key');
    await expect.poll(() => edgePath(page, right.id).getAttribute('class')).toContain('verdict-correct');
    expect(await edgePath(page, wrong.id).getAttribute('class')).toContain('verdict-wrongKind');
    expect(await page.locator(`.react-flow__edge[data-id="${right.id}"] .edge-verdict`).textContent()).toBe('✓');
    expect(await page.locator(`.react-flow__edge[data-id="${wrong.id}"] .edge-verdict`).textContent()).toBe('≠');
    expect(await page.locator(`.react-flow__edge[data-id="${wrong.id}"]`).getAttribute('aria-label')).toMatch(
      /Compared with the key: wrong kind\.$/,
    );
    // Every statement is the key's, of the key's kind: all green, each with its words.
    expect(await page.locator('.arg-node[data-verdict="correct"]').count()).toBe(46);
    expect(await nodeLocator(page, 'hb-main').getAttribute('aria-label')).toMatch(/Compared with the key: as in the key\.$/);
    const chipOf = (id: string) => page.locator(`[data-node-id="${id}"]`).evaluate((el) => getComputedStyle(el, '::after'));
    expect((await chipOf('hb-main')).content).toBe('"✓"');
    // Every relation not drawn is a dashed ghost, with its kind; the two drawn are not.
    const expected = compareMaps(key, await getMap(page));
    const missing = key.relations.length - 2;
    expect(expected.counts.relations).toMatchObject({ correct: 1, wrongKind: 1, missing });
    await expect.poll(() => page.locator('.ghost-line').count()).toBe(missing);
    expect(await page.locator('.ghost-line-label').count()).toBe(missing);
    expect(
      await page.locator('.ghost-line[data-ghost-id="ghost:r-hub-main"], .ghost-line[data-ghost-id="ghost:r-nk-denunciation"]').count(),
    ).toBe(0);
    expect(await page.locator('.ghost-line[data-ghost-id="ghost:r-close-long-term"]').count()).toBe(1);
    // The scores, as the engine gives them.
    const s = expected.scores;
    expect(await scoresShown(page)).toEqual({
      statements: [s.statements.precision, s.statements.recall, s.statements.f1].map((n) => n.toFixed(3)),
      relations: [s.relations.precision, s.relations.recall, s.relations.f1].map((n) => n.toFixed(3)),
      kinds: [s.kinds.precision, s.kinds.recall, s.kinds.f1].map((n) => n.toFixed(3)),
    });
    expect((await scoresShown(page)).relations?.[0]).toBe('0.500');
    expect(await figure(page, 'combined')).toBe(s.combined.toFixed(3));
    expect(await counted(page, 'missing')).toContain(`${missing} missing`);

    // Both themes: the marks in the theme's verdict colours, readable on its canvas.
    for (const theme of ['light', 'dark'] as Theme[]) {
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const canvas = THEME_SURFACES[theme].canvas;
      const green = await strokeOf(edgePath(page, right.id));
      const amber = await strokeOf(edgePath(page, wrong.id));
      expect(green, `${theme}: correct`).toBe(VERDICT_COLORS.correct[theme].line);
      expect(amber, `${theme}: wrong kind`).toBe(VERDICT_COLORS.wrongKind[theme].line);
      const chip = hex((await chipOf('hb-main')).color);
      expect(chip).toBe(VERDICT_COLORS.correct[theme].color);
      const ghost = await strokeOf(page.locator('.ghost-line').first());
      expect(ghost).toBe(VERDICT_COLORS.missing[theme].line);
      for (const line of [green, amber, ghost]) expect(contrastRatio(line, canvas)).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
      expect(contrastRatio(chip, canvas)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }

    // Editing while checking recomputes: the wrong relation, found in the list, set right turns green.
    await panel(page).locator(`button.difference[data-difference-id="relation:wrongKind:r-hub-main:${wrong.id}"]`).click();
    expect(await page.evaluate(() => window.argmap!.store.getState().selectedRelationIds)).toEqual([wrong.id]);
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await page.getByLabel('Kind', { exact: true }).selectOption('supports');
    await expect.poll(() => edgePath(page, wrong.id).getAttribute('class')).toContain('verdict-correct');
    await checkTab(page).click();
    const fixed = compareMaps(key, await getMap(page)).scores.relations;
    expect(fixed.precision).toBe(1);
    await expect
      .poll(async () => (await scoresShown(page)).relations)
      .toEqual([fixed.precision, fixed.recall, fixed.f1].map((n) => n.toFixed(3)));

    // Escape in the list (or Close) leaves the view: no marks, no ghosts.
    await panel(page).locator('button.difference').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-verdict]').count()).toBe(0);
    expect(await page.locator('.ghost-line, .ghost-node').count()).toBe(0);
  });
});

describe('the teacher compares a submission with the key', () => {
  test('Compare with… the GSOMIA key: the report’s figures, and the keyboard steps through the differences while the canvas selection follows', async () => {
    const report = await readFile(REPORT, 'utf8');
    const { page } = await suite.open({ noFilePickers: true });
    await openMapFile(page, SUBMISSION, 'claim-main');
    // The student's file is an exercise without the key: the banner says to hand it in, no Check.
    const banner = page.getByRole('region', { name: 'Exercise' });
    await expect.poll(() => banner.textContent()).toMatch(/hand it in/);
    expect(await banner.getByRole('button').count()).toBe(0);

    await checkTab(page).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Compare with a key…' }).click(),
    ]);
    await chooser.setFiles(KEY);
    await expect.poll(() => panel(page).isVisible()).toBe(true);
    expect(await panel(page).getByRole('heading', { level: 3 }).textContent()).toBe('Compared with gsomia-2012.json');

    // The figures of maps/exercises/gsomia-relations.sample-report.md (argmap compare).
    const row = (layer: string) => report.match(new RegExp(`^\\| ${layer} \\| ([\\d.]+) \\| ([\\d.]+) \\| ([\\d.]+) \\|$`, 'm'))!.slice(1);
    const cell = (name: string) => report.match(new RegExp(`^\\| ${name} \\| ([\\d.]+) \\|$`, 'm'))![1]!;
    expect(await scoresShown(page)).toEqual({ statements: row('statements'), relations: row('relations'), kinds: row('kinds') });

    expect(await figure(page, 'kappa-statements')).toBe(cell('κ statement kinds'));
    expect(await figure(page, 'kappa-relations')).toBe(cell('κ relation kinds'));
    expect(await figure(page, 'combined')).toBe(cell('combined'));
    for (const [verdict, name] of [
      ['correct', 'correct'],
      ['wrongKind', 'wrong kind'],
      ['reversed', 'reversed'],
      ['extra', 'extra'],
      ['missing', 'missing'],
    ] as const)
      expect(await counted(page, verdict)).toContain(`${cell(name)} ${name}`);
    // The differences, in the report's order and words.
    const listed = report
      .split('## Differences')[1]!
      .match(/^\d+\. .*$/gm)!
      .map((l) => l.replace(/^\d+\. /, ''));
    const items = panel(page).locator('button.difference');
    expect(await items.locator('span:last-child').allTextContents()).toEqual(listed);
    // The missing relations are ghosts between the student's statements; the extra one is red.
    await expect.poll(() => page.locator('.ghost-line').count()).toBe(2);
    const submission = await getMap(page);
    const c = compareMaps(mapOf(await readFile(KEY, 'utf8')), submission);
    const extra = c.relations.find((r) => r.verdict === 'extra')!.submissionId!;
    expect(await edgePath(page, extra).getAttribute('class')).toContain('verdict-extra');
    expect(await strokeOf(edgePath(page, extra))).toBe(VERDICT_COLORS.extra.light.line);

    const selection = () => page.evaluate(() => window.argmap!.store.getState().selectedRelationIds);
    const current = () => panel(page).locator('button.difference[aria-current="true"]');
    const steps = c.differences;

    // F8 from the canvas: the first difference, selected on the canvas, said aloud.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F8');
    await expect.poll(() => current().getAttribute('data-difference-id')).toBe(steps[0]!.id);
    expect(await selection()).toEqual([steps[0]!.submissionId]);
    await expect
      .poll(() => page.getByTestId('comparison-announcer').textContent())
      .toBe(`Difference 1 of ${steps.length}: ${steps[0]!.message}`);

    // In the list: ↓, N, P, End, Home; the selection follows, the keyboard stays on the item.
    await current().focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => current().getAttribute('data-difference-id')).toBe(steps[1]!.id);
    expect(await current().evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await selection()).toEqual([steps[1]!.submissionId]);
    await page.keyboard.press('n');
    await expect.poll(() => current().getAttribute('data-difference-id')).toBe(steps[2]!.id);
    await page.keyboard.press('p');
    await expect.poll(() => current().getAttribute('data-difference-id')).toBe(steps[1]!.id);
    expect(await page.evaluate(() => window.argmap!.store.getState().presentationStep)).toBeNull();
    // The first missing relation: its ghost is marked, its two statements selected and in view.
    const m = steps.findIndex((d) => d.verdict === 'missing');
    expect(m).toBeGreaterThan(1);
    for (let i = 1; i < m; i++) await page.keyboard.press('ArrowDown');
    const missing = steps[m]!;
    await expect.poll(() => current().getAttribute('data-difference-id')).toBe(missing.id);
    await expect.poll(() => page.locator(`.ghost-line.is-current[data-ghost-id="ghost:${missing.keyId}"]`).count()).toBe(1);
    const ghostEnds = await selectedNodeIds(page);
    expect(ghostEnds).toHaveLength(2);
    await waitForStillView(page);
    const box = await nodeLocator(page, ghostEnds[0]!).boundingBox();
    const view = (await page.locator('.react-flow').boundingBox())!;
    expect(box!.x + box!.width / 2).toBeGreaterThan(view.x);
    expect(box!.x + box!.width / 2).toBeLessThan(view.x + view.width);
    expect(box!.y + box!.height / 2).toBeGreaterThan(view.y);
    expect(box!.y + box!.height / 2).toBeLessThan(view.y + view.height);
    const last = steps.length - 1;
    expect(steps[last]!.verdict).toBe('extra');
    await page.keyboard.press('End');
    await expect.poll(() => current().getAttribute('data-difference-id')).toBe(steps[last]!.id);
    expect(await selection()).toEqual([extra]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => current().getAttribute('data-difference-id')).toBe(steps[0]!.id);
    // Shift+F8 from anywhere goes back round.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+F8');
    await expect.poll(() => current().getAttribute('data-difference-id')).toBe(steps[last]!.id);

    // Enter on an item puts the keyboard on its statement.
    await current().focus();
    await page.keyboard.press('Home');
    await expect.poll(() => current().getAttribute('data-difference-id')).toBe(steps[0]!.id);
    await page.keyboard.press('Enter');
    const from = submission.relations.find((r) => r.id === steps[0]!.submissionId)!.from;
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe(from);

    // axe finds nothing serious in the view (marks, ghosts, the panel and the banner), in both themes.
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect({ theme, found: await seriousViolations(page) }).toEqual({ theme, found: [] });
    }

    // Close leaves the view; the map was never changed by comparing.
    await page.getByRole('region', { name: 'Comparison with the key' }).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('[data-verdict]').count()).toBe(0);
    expect((await getMap(page)).relations).toEqual(submission.relations);
  });
});

describe('ghosts of missing statements', () => {
  test('a statement deleted from the key’s map comes back as a dashed card beside its neighbour, clear of the statements; clicking it shows its difference', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    // The compare engine and the teaching views load when first used, not with the page.
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? ''));
    expect((await loaded()).filter((name) => /comparisonView|GhostLayer|TeachingOverlay/.test(name))).toEqual([]);
    await clickNode(page, 'hb-dokdo');
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await getMap(page)).nodes.some((n) => n.id === 'hb-dokdo')).toBe(false);

    // Compare with… from the keyboard (Shift+K).
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('body').press('Shift+K')]);
    await chooser.setFiles(KEY);
    const ghost = page.locator('.ghost-node[data-ghost-id="ghost:hb-dokdo"]');
    await expect.poll(() => ghost.count()).toBe(1);
    expect((await loaded()).some((name) => name.startsWith('comparisonView'))).toBe(true);
    expect(await ghost.textContent()).toMatch(/^\? Missing evidence/);
    // Its relation to the statement it backs is a dashed line too.
    const key = mapOf(await readFile(KEY, 'utf8'));
    const backs = key.relations.filter((r) => r.from === 'hb-dokdo' || r.to === 'hb-dokdo');
    expect(backs.length).toBeGreaterThan(0);
    for (const r of backs) expect(await page.locator(`.ghost-line[data-ghost-id="ghost:${r.id}"]`).count()).toBe(1);

    // Clicking it makes its difference the current one; it covers no statement.
    await page.keyboard.press('f');
    await waitForStillView(page);
    await ghost.click();
    await expect
      .poll(() => panel(page).locator('button.difference[aria-current="true"]').getAttribute('data-difference-id'))
      .toBe('statement:missing:hb-dokdo:');
    await waitForStillView(page);
    const g = (await ghost.boundingBox())!;
    const boxes = await page.locator('.react-flow__node-arg').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    const overlapping = boxes.filter((b) => b.x < g.x + g.width && g.x < b.x + b.width && b.y < g.y + g.height && g.y < b.y + b.height);
    expect(overlapping).toEqual([]);
    // In view, where the canvas was asked to centre it.
    const view = (await page.locator('.react-flow').boundingBox())!;
    expect(g.x + g.width / 2).toBeGreaterThan(view.x);
    expect(g.x + g.width / 2).toBeLessThan(view.x + view.width);
    expect(g.y + g.height / 2).toBeGreaterThan(view.y);
    expect(g.y + g.height / 2).toBeLessThan(view.y + view.height);
  });
});
