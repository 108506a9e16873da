// Argumentation schemes as a debater uses them, in the built app in Chromium: give an argument
// a scheme from the keyboard, see its badge and premise roles, answer one critical question with
// a statement, raise another as an objection, find the open ones in the structure check, save
// and reopen, and carry the scheme through Argdown and AIF.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { clickNode, emptyCanvasPoint, getMap, MOD, openMapFile, setupBrowser, type ArgMap, type Point } from './helpers.ts';

const suite = setupBrowser();

/** A small debate, with no scheme yet. */
const DEBATE = {
  format: 'argmap',
  version: 4,
  meta: { title: 'School start times', description: '' },
  nodes: [
    { id: 'claim', kind: 'claim', text: 'Secondary schools should start at 8:30 or later.', position: { x: 0, y: 0 } },
    {
      id: 'aap',
      kind: 'premise',
      text: 'The American Academy of Pediatrics recommends a start at 8:30 or later.',
      position: { x: -320, y: 220 },
    },
    {
      id: 'study',
      kind: 'evidence',
      text: 'A 2017 study of 30,000 pupils found better grades after later starts.',
      position: { x: -320, y: 440 },
    },
    { id: 'buses', kind: 'objection', text: 'Later starts would cost districts more in buses.', position: { x: 320, y: 220 } },
  ],
  relations: [
    { id: 'r-aap', kind: 'supports', from: 'aap', to: 'claim' },
    { id: 'r-study', kind: 'supports', from: 'study', to: 'aap' },
    { id: 'r-buses', kind: 'opposes', from: 'buses', to: 'claim' },
  ],
};

async function openDebate(page: Page) {
  const dir = await mkdtemp(join(tmpdir(), 'argmap-schemes-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, 'school-start.argmap.json');
  await writeFile(path, JSON.stringify(DEBATE));
  await openMapFile(page, path, 'claim');
  return dir;
}

const xyOf = (p: Point): [number, number] => [p.x, p.y];
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const relationOf = async (page: Page, id: string) => (await getMap(page)).relations.find((r) => r.id === id)!;
const badge = (page: Page, relationId: string) => page.locator(`.react-flow__edge[data-id="${relationId}"] .scheme-badge`);
/** The critical question whose text starts so, in the inspector. */
const question = (page: Page, start: string) => inspector(page).locator('li.scheme-question').filter({ hasText: start });

/** Selects a relation as a person does: a click on its label on the canvas. */
async function clickRelation(page: Page, id: string) {
  await page.locator(`.react-flow__edge[data-id="${id}"] .relation-label`).click();
  await expect.poll(() => page.evaluate(() => window.argmap!.store.getState().selectedRelationIds)).toEqual([id]);
}

/** Gives the selected argument a scheme by keyboard: S, type, Enter. */
async function chooseScheme(page: Page, typed: string) {
  await page.keyboard.press('s');
  const picker = inspector(page).getByRole('combobox', { name: /^Scheme/ });
  await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(typed);
  await expect
    .poll(() => inspector(page).getByRole('listbox', { name: 'Argumentation schemes' }).getByRole('option').count())
    .toBeGreaterThan(0);
  await page.keyboard.press('Enter');
}

/** Dispatches a file drop on the canvas, as dragging it from the desktop does. */
async function dropFile(page: Page, name: string, text: string) {
  await page.evaluate(
    ({ text, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name));
      const pane = document.querySelector('.react-flow__pane')!;
      pane.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      pane.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    { text, name },
  );
}

/** The scheme of the relation from the statement that starts with `from`, its statements named by their text. */
function schemeByText(map: ArgMap, from: string) {
  const text = (id: string | undefined) => map.nodes.find((n) => n.id === id)?.text;
  const rel = map.relations.find((r) => text(r.from)?.startsWith(from) && r.kind !== 'undercuts')!;
  const use = rel.scheme!;
  return {
    scheme: use.scheme,
    roles: Object.fromEntries(Object.entries(use.roles ?? {}).map(([k, v]) => [k, text(v)])),
    questions: Object.fromEntries(Object.entries(use.questions ?? {}).map(([k, q]) => [k, { status: q.status, by: text(q.by) }])),
  };
}

describe('argumentation schemes', () => {
  test('a debater gives an argument a scheme, fills a role, answers one question, raises another; the check lists the open ones; save and reopen keep it all', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await openDebate(page);

    // S on the selected relation: the picker has the focus; typing filters; Enter chooses.
    await clickRelation(page, 'r-aap');
    await chooseScheme(page, 'expert');
    await expect.poll(async () => (await relationOf(page, 'r-aap')).scheme).toEqual({ scheme: 'expert-opinion' });
    await expect.poll(() => badge(page, 'r-aap').textContent()).toBe('Expert opinion');
    expect(await page.locator(`.react-flow__edge[data-id="r-aap"]`).getAttribute('aria-label')).toMatch(/Scheme: Expert opinion$/);
    expect(await badge(page, 'r-buses').count()).toBe(0);
    // One undo step takes it back, and redo gives it again (from the canvas: in the picker, Ctrl+Z undoes typing).
    await page.mouse.click(...xyOf(await emptyCanvasPoint(page)));
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => badge(page, 'r-aap').count()).toBe(0);
    await page.keyboard.press(`${MOD}+Shift+z`);
    await expect.poll(() => badge(page, 'r-aap').count()).toBe(1);
    await clickRelation(page, 'r-aap');

    // The premise roles, each with a hint while no statement fills it.
    const roles = inspector(page).getByRole('group', { name: 'Premises' });
    await expect.poll(() => roles.getByRole('combobox').count()).toBe(2);
    expect(await roles.locator('.role-hint').count()).toBe(2);
    expect(await roles.textContent()).toContain('No statement says this yet: “E asserts that A is true.”');
    await roles.getByRole('combobox', { name: 'Assertion' }).selectOption('aap');
    await expect.poll(async () => (await relationOf(page, 'r-aap')).scheme?.roles).toEqual({ assertion: 'aap' });
    await expect.poll(() => roles.locator('.role-hint').count()).toBe(1);

    // Six critical questions, in the argument's own words.
    const questions = inspector(page).getByRole('group', { name: /Critical questions/ });
    await expect.poll(() => questions.locator('li').count()).toBe(6);
    expect(await questions.textContent()).toContain(
      'Is the source an expert in the field that “Secondary schools should start at 8:30 or later” belongs to?',
    );
    expect(await questions.getByRole('heading').textContent()).toContain('6 of 6 open');
    // Readable and named in both themes, the picker's list open (axe: no serious or critical WCAG 2.2 AA violation).
    await inspector(page)
      .getByRole('combobox', { name: /^Scheme/ })
      .click();
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }

    // Q goes to the questions; the first one's state has the focus.
    await page.mouse.click(...xyOf(await emptyCanvasPoint(page)));
    await clickRelation(page, 'r-aap');
    await page.keyboard.press('q');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Question 1');

    // Answered by a statement: the study backs the assertion with evidence.
    const evidence = question(page, 'Is the assertion in');
    await evidence.getByRole('combobox', { name: /^Question \d+$/ }).selectOption('answered');
    await evidence.getByRole('combobox', { name: /answered by/ }).selectOption('study');
    await expect
      .poll(async () => (await relationOf(page, 'r-aap')).scheme?.questions)
      .toEqual({ evidence: { status: 'answered', by: 'study' } });

    // Raised as an objection: a new statement, worded as the question, connected, open for editing.
    const before = await getMap(page);
    await question(page, 'Do other experts agree').getByRole('button', { name: 'Raise as objection' }).click();
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(before.nodes.length + 1);
    const after = await getMap(page);
    const added = after.nodes.find((n) => !before.nodes.some((b) => b.id === n.id))!;
    expect(added).toMatchObject({
      kind: 'objection',
      text: 'Do other experts agree that “Secondary schools should start at 8:30 or later”?',
    });
    expect(after.relations.find((r) => r.from === added.id)).toMatchObject({ kind: 'opposes', to: 'claim' });
    expect(after.relations.find((r) => r.id === 'r-aap')!.scheme!.questions!.consistent).toEqual({ status: 'raised', by: added.id });
    await expect.poll(() => page.locator(`[data-node-id="${added.id}"] textarea`).count()).toBe(1);
    expect(await page.locator(`[data-node-id="${added.id}"] textarea`).inputValue()).toBe(added.text);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`[data-node-id="${added.id}"] .arg-node-text`).textContent()).toBe(added.text);

    // An inference question becomes an undercut of the link.
    await clickRelation(page, 'r-aap');
    await question(page, 'Is the source personally reliable').getByRole('button', { name: 'Raise as undercut' }).click();
    await expect.poll(async () => (await getMap(page)).relations.filter((r) => r.kind === 'undercuts' && r.to === 'r-aap').length).toBe(1);
    await page.keyboard.press('Escape');

    // The structure check lists the argument with its 3 open questions; the item opens it in the inspector.
    await page.getByRole('tab', { name: /^Check/ }).click();
    const hint = page.locator('#panel-check button.structure-item').filter({ hasText: 'Open critical questions' });
    await expect.poll(() => hint.count()).toBe(1);
    expect(await hint.textContent()).toContain(
      'The expert opinion argument from the reason “The American Academy of Pediatrics…” to the claim “Secondary schools',
    );
    expect(await hint.textContent()).toContain('has 3 open critical questions');
    await hint.click();
    await expect.poll(() => page.evaluate(() => window.argmap!.store.getState().selectedRelationIds)).toEqual(['r-aap']);
    await expect
      .poll(() =>
        inspector(page)
          .getByRole('group', { name: /Critical questions/ })
          .getByRole('heading')
          .textContent(),
      )
      .toContain('3 of 6 open');

    // Saved, the file has it; opened again, the editor shows it again.
    const expected = schemeByText(await getMap(page), 'The American Academy');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(`${MOD}+s`)]);
    const dir = await mkdtemp(join(tmpdir(), 'argmap-schemes-saved-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const saved = JSON.parse(await readFile(path, 'utf8')) as ArgMap & { version: number };
    expect(saved.version).toBe(4);
    expect(schemeByText(saved, 'The American Academy')).toEqual(expected);
    expect(expected).toMatchObject({
      scheme: 'expert-opinion',
      roles: { assertion: 'The American Academy of Pediatrics recommends a start at 8:30 or later.' },
      questions: {
        evidence: { status: 'answered', by: 'A 2017 study of 30,000 pupils found better grades after later starts.' },
        consistent: { status: 'raised', by: 'Do other experts agree that “Secondary schools should start at 8:30 or later”?' },
      },
    });
    await page.evaluate(() => window.argmap!.store.getState().newMap());
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(0);
    await openMapFile(page, path, 'claim');
    expect(schemeByText(await getMap(page), 'The American Academy')).toEqual(expected);
    await expect.poll(() => badge(page, 'r-aap').textContent()).toBe('Expert opinion');
    await clickRelation(page, 'r-aap');
    await expect
      .poll(() =>
        inspector(page)
          .getByRole('group', { name: /Critical questions/ })
          .getByRole('heading')
          .textContent(),
      )
      .toContain('3 of 6 open');
  });

  test('Argdown and AIF exported from the Export dialog and opened again keep the schemes', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await openDebate(page);
    await clickRelation(page, 'r-buses');
    await chooseScheme(page, 'negative cons');
    await expect.poll(async () => (await relationOf(page, 'r-buses')).scheme).toEqual({ scheme: 'negative-consequences' });
    await inspector(page)
      .getByRole('group', { name: 'Premises' })
      .getByRole('combobox', { name: 'Bad consequences' })
      .selectOption('buses');
    await clickRelation(page, 'r-study');
    await chooseScheme(page, 'example');
    await question(page, 'Are there counter-examples')
      .getByRole('combobox', { name: /^Question \d+$/ })
      .selectOption('raised');
    await expect.poll(async () => (await relationOf(page, 'r-study')).scheme?.questions).toEqual({ counter: { status: 'raised' } });
    const map = await getMap(page);
    const expected = [schemeByText(map, 'Later starts'), schemeByText(map, 'A 2017 study')];

    for (const [button, name] of [
      ['Argdown', 'school-start.argdown'],
      ['AIF JSON (OVA)', 'school-start.aif.json'],
    ] as const) {
      await page.getByRole('toolbar', { name: 'Editor toolbar' }).getByRole('button', { name: 'Export…' }).click();
      const group = page.getByRole('group', { name: 'Export for other tools' });
      const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: button }).click()]);
      expect(download.suggestedFilename()).toBe(name);
      const text = await readFile(await download.path(), 'utf8');
      expect(text).toContain(button === 'Argdown' ? '"scheme":"negative-consequences"' : '"text":"Negative Consequences"');
      await page.keyboard.press('Escape');
      await dropFile(page, name, text);
      // The map on screen has unsaved changes: opening another asks first.
      await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
      await expect
        .poll(() =>
          page
            .locator('.notice')
            .filter({ hasText: `Imported ${name}` })
            .count(),
        )
        .toBe(1);
      await expect.poll(async () => (await getMap(page)).meta.title).toBe('School start times');
      const back = await getMap(page);
      expect([schemeByText(back, 'Later starts'), schemeByText(back, 'A 2017 study')], button).toEqual(expected);
      await expect
        .poll(() => page.locator('.scheme-badge').allTextContents())
        .toEqual(expect.arrayContaining(['Negative consequences', 'Example']));
      // Back to the map the exports were made of, for the next format.
      await page.keyboard.press(`${MOD}+z`);
      await expect.poll(async () => (await getMap(page)).nodes.map((n) => n.id)).toEqual(map.nodes.map((n) => n.id));
    }
  });

  test('the GSOMIA map opens with its schemes: badges on the implications, questions answered and raised by the commentary’s statements', async () => {
    const { page } = await suite.open();
    await expect.poll(() => badge(page, 'r-hub-main').textContent()).toBe('Cause to effect');
    expect(await badge(page, 'r-ctx-sealed').textContent()).toBe('Position to know');
    // On a map this size the labels are small: the relation is reached from its statement's inspector, as by keyboard.
    await clickNode(page, 'impl-hub-spokes');
    await inspector(page)
      .getByRole('button', { name: /^supports: First: the two allies.*→ Closer/ })
      .click();
    await expect.poll(() => page.evaluate(() => window.argmap!.store.getState().selectedRelationIds)).toEqual(['r-hub-main']);
    const questions = inspector(page).getByRole('group', { name: /Critical questions/ });
    await expect.poll(() => questions.getByRole('heading').textContent()).toContain('none open');
    expect(await inspector(page).getByRole('group', { name: 'Premises' }).getByRole('combobox', { name: 'Causal rule' }).inputValue()).toBe(
      'impl-hub-spokes',
    );
    // The raised question leads to the statement that raises it: the historical baggage.
    const interference = question(page, 'Could other factors interfere');
    expect(await interference.getByRole('combobox', { name: /^Question \d+$/ }).inputValue()).toBe('raised');
    await interference.getByRole('button', { name: 'Show it' }).click();
    await expect.poll(() => page.evaluate(() => window.argmap!.store.getState().selectedNodeIds)).toEqual(['hb-main']);
  });

  test('the shortcuts list has the scheme commands', async () => {
    const { page } = await suite.open();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.getByRole('row', { name: /^S Give the selected argument a scheme$/ }).count()).toBe(1);
    expect(await dialog.getByRole('row', { name: /^Q Go to the selected argument's critical questions$/ }).count()).toBe(1);
  });
});
