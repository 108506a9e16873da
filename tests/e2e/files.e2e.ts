// Files in a real browser: save (download fallback), open (file chooser fallback), drop,
// autosave across a reload, refusals and repairs of bad files, examples, and the warning
// before closing a tab with unsaved work.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, onTestFinished, test } from 'vitest';
import type { Page } from 'playwright-core';
import { FORMAT_VERSION } from '../../src/model/format/schema.ts';
import {
  centreOf,
  clickNode,
  drag,
  getMap,
  historyLength,
  MOD,
  positionOf,
  selectedNodeIds,
  setupBrowser,
  waitForMap,
  type ArgMap,
} from './helpers.ts';

const suite = setupBrowser();
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Editor toolbar' });
const fileNameShown = (page: Page) => page.locator('.toolbar .file-name').textContent();

/** The map part of a saved file, to compare with the store's map. */
const mapOfFile = (doc: { meta: unknown; nodes: unknown; relations: unknown; sources?: unknown }): ArgMap =>
  ({ meta: doc.meta, nodes: doc.nodes, relations: doc.relations, ...(doc.sources ? { sources: doc.sources } : {}) }) as ArgMap;

/**
 * Opens a file through the Open… button and the browser's file chooser (the <input type=file>
 * fallback). `replacing`: the map on screen has unsaved work, so the editor first asks; answer Replace.
 */
async function openThroughChooser(page: Page, path: string, opts: { replacing?: boolean } = {}) {
  const open = async () => {
    await toolbar(page).getByRole('button', { name: /^Open/ }).click();
    if (opts.replacing)
      await page
        .getByRole('dialog', { name: /^Replace the unsaved map/ })
        .getByRole('button', { name: 'Replace' })
        .click();
  };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open()]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles(path);
}

/** The texts of every statement autosave has written in this browser profile, one a line. */
const recordTexts = (page: Page): Promise<string> =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('argmap-recovery');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('records')) return resolve('');
          const all = db.transaction('nodes').objectStore('nodes').getAll();
          all.onsuccess = () => resolve((all.result as { value: { text: string } }[]).map((p) => p.value.text).join('\n'));
        };
      }),
  );

/** Moves a node with the mouse: a real, user-made change to the map. */
async function dragNode(page: Page, id: string, dx: number, dy: number) {
  const grab = await centreOf(page.locator(`[data-node-id="${id}"] .arg-node-kind`));
  const before = await positionOf(page, id);
  await drag(page, grab, { x: grab.x + dx, y: grab.y + dy });
  await expect.poll(() => positionOf(page, id)).not.toEqual(before);
}

describe('saving and opening', () => {
  test('Ctrl+S downloads the map as an Argmap file, and the Open button reads it back identically in a fresh page', async () => {
    const first = await suite.open({ noFilePickers: true });
    const page = first.page;
    expect(
      await page.evaluate(() => 'showSaveFilePicker' in window && !!(window as unknown as Record<string, unknown>).showSaveFilePicker),
    ).toBe(false);
    await dragNode(page, 'impl-china', 70, 110);
    await expect.poll(() => fileNameShown(page)).toContain('(unsaved)');
    expect(await toolbar(page).getByRole('button', { name: /^Save/ }).textContent()).toBe('Save •');

    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(`${MOD}+s`)]);
    expect(download.suggestedFilename()).toBe('gsomia-2012.json');
    // Keep the file under the name the browser would give it (the download's own path is a random id).
    const dir = await mkdtemp(join(tmpdir(), 'argmap-save-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const text = await readFile(path, 'utf8');
    const doc = JSON.parse(text) as {
      format: string;
      version: number;
      meta: unknown;
      nodes: unknown;
      relations: unknown;
      sources?: unknown;
    };
    expect(doc.format).toBe('argmap');
    expect(doc.version).toBe(FORMAT_VERSION);
    const saved = await getMap(page);
    expect(mapOfFile(doc)).toEqual(saved);
    // The moved node is saved where it was moved to.
    expect((doc.nodes as ArgMap['nodes']).find((n) => n.id === 'impl-china')!.position).toEqual(await positionOf(page, 'impl-china'));
    // The editor now counts the map as saved.
    await expect.poll(() => fileNameShown(page)).toBe('gsomia-2012.json');
    expect(await toolbar(page).getByRole('button', { name: /^Save/ }).textContent()).toBe('Save');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved gsomia-2012.json' }).count()).toBe(1);

    // A fresh context: no shared storage; the default GSOMIA example is on screen first.
    const second = await suite.open({ noFilePickers: true });
    const other = second.page;
    expect(await getMap(other)).not.toEqual(saved);
    await openThroughChooser(other, path);
    await expect.poll(() => getMap(other)).toEqual(saved);
    expect(await fileNameShown(other)).toBe(download.suggestedFilename());
    const positionsShown = await other.evaluate(() => window.argmap!.store.getState().map.nodes.map((n) => n.position));
    expect(positionsShown).toEqual(saved.nodes.map((n) => n.position));
    await waitForMap(other, 'impl-china');
    // No error or warning: the file was clean.
    expect(await other.getByRole('alert').count()).toBe(0);
    expect(await other.locator('.notice.tone-warning').count()).toBe(0);
  });

  test('a file dropped on the canvas opens', async () => {
    const { page } = await suite.open();
    const expected: ArgMap = {
      meta: { title: 'Votes at 16', description: 'Dropped onto the canvas.' },
      nodes: [
        { id: 'c-vote16', kind: 'claim', text: 'The voting age should be lowered to 16.', position: { x: 300, y: 0 } },
        { id: 'p-taxes', kind: 'premise', text: 'Many 16-year-olds work and pay tax.', position: { x: 0, y: 220 } },
        { id: 'o-mature', kind: 'objection', text: 'Most 16-year-olds are not yet interested in politics.', position: { x: 600, y: 220 } },
      ],
      relations: [
        { id: 'r-taxes', kind: 'supports', from: 'p-taxes', to: 'c-vote16' },
        { id: 'r-mature', kind: 'opposes', from: 'o-mature', to: 'c-vote16' },
      ],
    };
    const text = JSON.stringify({ format: 'argmap', version: FORMAT_VERSION, ...expected }, null, 2);
    await page.evaluate(
      ({ text, name }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'application/json' }));
        const pane = document.querySelector('.react-flow__pane')!;
        pane.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: data }));
        pane.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      },
      { text, name: 'votes.argmap.json' },
    );
    // While a file is held over the canvas, the editor says what dropping it will do.
    await expect.poll(() => page.getByText('Drop an Argmap file to open it').isVisible()).toBe(true);
    const prevented = await page.evaluate(
      ({ text, name }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'application/json' }));
        const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data });
        document.querySelector('.react-flow__pane')!.dispatchEvent(drop);
        return drop.defaultPrevented;
      },
      { text, name: 'votes.argmap.json' },
    );
    // The browser must not also navigate to the dropped file.
    expect(prevented).toBe(true);
    await expect.poll(() => getMap(page)).toEqual(expected);
    await waitForMap(page, expected.nodes[0]!.id);
    expect(await page.getByText('Drop an Argmap file to open it').count()).toBe(0);
    await expect.poll(() => fileNameShown(page)).toBe('votes.argmap.json');
    expect(await page.locator('[data-node-id="claim-main"]').count()).toBe(0);
    // Opening is one undo step: the GSOMIA map comes back.
    await toolbar(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await getMap(page)).nodes.some((n) => n.id === 'claim-main')).toBe(true);
  });
});

describe('autosave', () => {
  test('an edit survives a reload of the page', async () => {
    const { page } = await suite.open();
    await clickNode(page, 'impl-nk-pressure');
    await expect.poll(() => selectedNodeIds(page)).toEqual(['impl-nk-pressure']);
    await page.keyboard.press('o');
    await expect.poll(() => page.locator('textarea.node-editor').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Pyongyang may answer with missile tests.');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getMap(page)).nodes.some((n) => n.text === 'Pyongyang may answer with missile tests.')).toBe(true);
    const edited = await getMap(page);
    // Autosave writes shortly after a change: wait until this tab's recovery record holds the edit.
    await expect.poll(() => recordTexts(page), { timeout: 5_000 }).toContain('Pyongyang may answer with missile tests.');

    // The map has unsaved work, so the page asks before unloading: accept.
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await waitForMap(page, 'claim-main');
    expect(await getMap(page)).toEqual(edited);
    const added = edited.nodes.find((n) => n.text === 'Pyongyang may answer with missile tests.')!;
    expect(await page.locator(`[data-node-id="${added.id}"] .arg-node-text`).textContent()).toBe(
      'Pyongyang may answer with missile tests.',
    );
    expect(await page.getByRole('status').filter({ hasText: 'Restored your last map from this browser' }).count()).toBe(1);
    // Still counted as unsaved work (not yet written to a file).
    expect(await fileNameShown(page)).toBe('gsomia-2012.json (unsaved)');
  });

  test('a fresh browser profile starts from the GSOMIA example, not from another test’s autosave', async () => {
    const { page } = await suite.open();
    expect(await recordTexts(page)).toBe('');
    expect((await getMap(page)).nodes).toHaveLength(46);
    expect(await fileNameShown(page)).toBe('gsomia-2012.json');
  });
});

describe('bad files', () => {
  const refusals = [
    { file: 'not-json.txt', problem: /not valid JSON/ },
    { file: 'newer-version.json', problem: new RegExp(`newer Argmap \\(format version \\d+\\).*up to ${FORMAT_VERSION}`) },
    { file: 'not-argmap.json', problem: /not an Argmap map/ },
    { file: 'broken-no-nodes.json', problem: /no list of nodes/ },
  ];

  test('files that cannot be opened are refused with a message naming the problem; the map stays as it was', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await dragNode(page, 'impl-hub-spokes', 40, 60);
    const before = await getMap(page);
    const undoSteps = await historyLength(page);
    for (const { file, problem } of refusals) {
      await openThroughChooser(page, fixture(file), { replacing: true });
      const alert = page.getByRole('alert').filter({ hasText: `Could not open ${file}` });
      await expect.poll(() => alert.count()).toBe(1);
      expect(await alert.isVisible()).toBe(true);
      expect(await alert.textContent()).toMatch(problem);
      expect(await getMap(page)).toEqual(before);
      expect(await historyLength(page)).toBe(undoSteps);
      expect(await page.locator('[data-node-id="claim-main"]').isVisible()).toBe(true);
      expect(await fileNameShown(page)).toBe('gsomia-2012.json (unsaved)');
      // Errors stay until dismissed.
      await alert.getByRole('button', { name: 'Dismiss message' }).click();
      await expect.poll(() => alert.count()).toBe(0);
    }
  });

  test('a broken but repairable file opens with a warning that lists the repairs', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const raw = JSON.parse(await readFile(fixture('broken-missing-node.json'), 'utf8')) as ArgMap;
    await openThroughChooser(page, fixture('broken-missing-node.json'));
    await expect.poll(async () => (await getMap(page)).meta.title).toBe(raw.meta.title);
    const warning = page.locator('.notice.tone-warning').filter({ hasText: 'broken-missing-node.json' });
    await expect.poll(() => warning.count()).toBe(1);
    expect(await warning.textContent()).toMatch(/with \d+ repair/);
    const repairs = await warning.locator('.notice-details li').allTextContents();
    expect(repairs.length).toBeGreaterThan(0);
    expect(repairs.join('\n')).toMatch(/missing node/);
    // What could be kept is on screen.
    const map = await getMap(page);
    expect(map.nodes.map((n) => n.id)).toEqual(raw.nodes.map((n) => n.id));
    expect(map.relations.length).toBeLessThan(raw.relations.length);
    await waitForMap(page, raw.nodes[0]!.id);
    expect(await page.locator('[data-node-id="claim-main"]').count()).toBe(0);
    // A repaired map differs from its file: it counts as unsaved.
    expect(await fileNameShown(page)).toBe('broken-missing-node.json (unsaved)');
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('examples', () => {
  test('the examples menu opens gsomia-2012.json', async () => {
    const { page } = await suite.open();
    await toolbar(page).getByRole('button', { name: 'New' }).click();
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(0);
    expect(await page.locator('.react-flow__node-arg').count()).toBe(0);

    await page.getByLabel('Open an example map').selectOption('gsomia-2012');
    await waitForMap(page, 'claim-main');
    const map = await getMap(page);
    expect(map.nodes).toHaveLength(46);
    const file = JSON.parse(await readFile(fileURLToPath(new URL('../../maps/gsomia-2012.json', import.meta.url)), 'utf8')) as ArgMap;
    const essentials = (m: ArgMap) => ({
      title: m.meta.title,
      nodes: m.nodes.map((n) => ({ id: n.id, kind: n.kind, text: n.text, position: n.position })),
      relations: m.relations.map((r) => ({ id: r.id, kind: r.kind, from: r.from, to: r.to })),
    });
    expect(essentials(map)).toEqual(essentials(file));
    expect(await fileNameShown(page)).toBe('gsomia-2012.json');
    for (const id of ['impl-hub-spokes', 'impl-pragmatism', 'impl-china', 'impl-nk-pressure'])
      expect(await page.locator(`[data-node-id="${id}"]`).isVisible()).toBe(true);
    // The menu goes back to its prompt, ready for the next pick.
    expect(await page.getByLabel('Open an example map').inputValue()).toBe('');
  });
});

describe('closing the tab', () => {
  test('with unsaved work the browser asks before unloading', async () => {
    const { page } = await suite.open();
    await dragNode(page, 'impl-pragmatism', 50, 80);
    await expect.poll(() => fileNameShown(page)).toContain('(unsaved)');
    const dialog = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.accept();
      }),
    );
    const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
    await page.close({ runBeforeUnload: true });
    expect(await dialog).toBe('beforeunload');
    await closed;
  });

  test('with nothing unsaved the tab closes without asking', async () => {
    const { page } = await suite.open();
    // A click gives the page the user activation that a beforeunload prompt needs.
    await clickNode(page, 'impl-pragmatism');
    await expect.poll(() => selectedNodeIds(page)).toEqual(['impl-pragmatism']);
    let asked = false;
    page.on('dialog', (d) => {
      asked = true;
      void d.accept();
    });
    const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(asked).toBe(false);
  });
});
