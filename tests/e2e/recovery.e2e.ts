// Never losing work, in a real browser: the question before a map with unsaved work is
// replaced, the recent maps kept for recovery, one recovery record per tab, undoing an
// Open gives back the file Save writes to, and text being typed survives a reload.
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clickNode, getMap, MOD, selectedNodeIds, setupBrowser, waitForMap, type ArgMap } from './helpers.ts';

const suite = setupBrowser();
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Editor toolbar' });
const fileNameShown = (page: Page) => page.locator('.toolbar .file-name').textContent();
const hasText = (map: ArgMap, text: string) => map.nodes.some((n) => n.text === text);

interface KeptRecord {
  id: string;
  title: string;
  /** The texts of the record's statements, one a line. */
  map: string;
  draft: { nodeId: string; text: string } | null;
  dirty: boolean;
  fileName: string;
}

/** The recovery records in the page's IndexedDB (read after the app has opened it). */
const keptRecords = (page: Page): Promise<KeptRecord[]> =>
  page.evaluate(
    () =>
      new Promise<KeptRecord[]>((resolve, reject) => {
        const open = indexedDB.open('argmap-recovery');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('records')) return resolve([]);
          const tx = db.transaction(['records', 'nodes']);
          const heads = tx.objectStore('records').getAll();
          const nodes = tx.objectStore('nodes').getAll();
          tx.oncomplete = () => {
            db.close();
            const parts = nodes.result as { record: string; value: { text: string } }[];
            resolve(
              (heads.result as Omit<KeptRecord, 'map'>[]).map((h) => ({
                ...h,
                map: parts
                  .filter((p) => p.record === h.id)
                  .map((p) => p.value.text)
                  .join('\n'),
              })),
            );
          };
        };
      }),
  );

/** Selects the main claim, adds a reason with R and types its text (Enter commits). */
async function addReason(page: Page, text: string) {
  await clickNode(page, 'claim-main');
  await expect.poll(() => selectedNodeIds(page)).toEqual(['claim-main']);
  await page.keyboard.press('r');
  await expect.poll(() => page.locator('textarea.node-editor').evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect.poll(async () => hasText(await getMap(page), text)).toBe(true);
}

const replaceDialog = (page: Page) => page.getByRole('dialog', { name: /^Replace the unsaved map/ });

async function waitForApp(page: Page) {
  await page.waitForFunction(() => !!window.argmap, undefined, { timeout: 20_000 });
}

describe('replacing a map with unsaved work', () => {
  test('New asks first (keyboard: Escape cancels, focus returns); the replaced map stays recoverable after the tab closes, as an undoable load', async () => {
    const { page, context } = await suite.open();
    await addReason(page, 'Important unsaved work');
    await expect.poll(() => fileNameShown(page)).toBe('gsomia-2012.json (unsaved)');
    const edited = await getMap(page);

    const newButton = toolbar(page).getByRole('button', { name: 'New' });
    await newButton.click();
    const dialog = replaceDialog(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('aria-label')).toBe(`Replace the unsaved map “${edited.meta.title}”?`);
    // The safe choice has the focus; Escape cancels and gives the focus back to New.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Save first');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => newButton.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await getMap(page)).toEqual(edited);

    // Cancel, by the keyboard too: Tab to it and press Enter.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await getMap(page)).toEqual(edited);

    await newButton.click();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(0);
    // Both maps are kept: the replaced one and the new one, each in its own record.
    await expect.poll(async () => (await keptRecords(page)).length).toBe(2);
    const kept = await keptRecords(page);
    expect(kept.some((r) => r.map.includes('Important unsaved work') && r.dirty)).toBe(true);

    // Close the tab (the empty map has nothing unsaved: no question) and open the editor again.
    await page.close({ runBeforeUnload: true });
    const { page: again } = await suite.openIn(context, { waitFor: 'none' });
    await waitForApp(again);
    await expect.poll(async () => (await getMap(again)).nodes.length).toBe(0);
    const recoverButton = toolbar(again).getByRole('button', { name: 'Recover…' });
    await recoverButton.click();
    const recover = again.getByRole('dialog', { name: 'Recover a recent map' });
    const entry = recover.getByRole('button', { name: /GSOMIA/ });
    await expect.poll(() => entry.isVisible()).toBe(true);
    expect(await entry.textContent()).toMatch(/47 statements · gsomia-2012\.json · unsaved/);
    await entry.click();
    await waitForMap(again, 'claim-main');
    expect(await getMap(again)).toEqual(edited);
    expect(await fileNameShown(again)).toBe('gsomia-2012.json (unsaved)');
    // Restoring is one undo step: the empty map comes back.
    await again.keyboard.press(`${MOD}+z`);
    await expect.poll(async () => (await getMap(again)).nodes.length).toBe(0);
  });

  test('Open, an example and a dropped file ask too; Save first saves, then replaces', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await addReason(page, 'Work to keep');
    const edited = await getMap(page);

    // Open…: Cancel leaves the map and shows no file chooser.
    let chose = false;
    page.on('filechooser', () => (chose = true));
    await toolbar(page).getByRole('button', { name: /^Open/ }).click();
    await replaceDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => replaceDialog(page).count()).toBe(0);
    expect(chose).toBe(false);

    // A dropped file: Cancel keeps the map.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(
        new File(['{"format":"argmap","version":1,"meta":{"title":"D","description":""},"nodes":[],"relations":[]}'], 'dropped.json'),
      );
      document
        .querySelector('.react-flow__pane')!
        .dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    });
    await replaceDialog(page).getByRole('button', { name: 'Cancel' }).click();
    expect(await getMap(page)).toEqual(edited);

    // An example: Save first downloads the map, then the example replaces it, counted as saved.
    await page.getByLabel('Open an example map').selectOption('gsomia-2012');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      replaceDialog(page).getByRole('button', { name: 'Save first' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('gsomia-2012.json');
    await expect.poll(async () => hasText(await getMap(page), 'Work to keep')).toBe(false);
    expect(await fileNameShown(page)).toBe('gsomia-2012.json');
  });
});

describe('tabs', () => {
  test('each tab keeps its own record; a second tab does not take over the first tab’s map and is told; both come back after closing', async () => {
    const { page: first, context } = await suite.open();
    await addReason(first, 'First tab work');
    await expect.poll(async () => (await keptRecords(first)).some((r) => r.map.includes('First tab work'))).toBe(true);

    // The second tab starts with the example, not with the first tab's map, and says why.
    const { page: second } = await suite.openIn(context);
    expect(hasText(await getMap(second), 'First tab work')).toBe(false);
    expect(await fileNameShown(second)).toBe('gsomia-2012.json');
    await expect.poll(() => second.getByText('Your recent map is open in another tab').count()).toBe(1);
    await toolbar(second).getByRole('button', { name: 'New' }).click();
    await toolbar(second).getByRole('button', { name: 'Add node' }).click();
    await expect.poll(() => second.locator('textarea.node-editor').evaluate((el) => el === document.activeElement)).toBe(true);
    await second.keyboard.type('Second tab work');
    await second.keyboard.press('Enter');
    await expect.poll(async () => (await keptRecords(second)).some((r) => r.map.includes('Second tab work'))).toBe(true);

    // Recover… in the second tab lists the first tab's map as open elsewhere; restoring it makes a copy.
    await toolbar(second).getByRole('button', { name: 'Recover…' }).click();
    const entry = second.getByRole('dialog', { name: 'Recover a recent map' }).getByRole('button', { name: /GSOMIA/ });
    await expect.poll(() => entry.textContent()).toMatch(/open in another tab/);
    await entry.click();
    await expect.poll(() => second.getByRole('dialog', { name: /^Replace the unsaved map/ }).isVisible()).toBe(true);
    await second.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(() => second.getByText(/GSOMIA.*” is open in another tab/).count()).toBe(1);
    await waitForMap(second, 'claim-main');
    await addReason(second, 'Edit in the copy');
    // The first tab's record is untouched by the copy's edits.
    await expect.poll(async () => (await keptRecords(second)).some((r) => r.map.includes('Edit in the copy'))).toBe(true);
    const records = await keptRecords(second);
    const firstRecord = records.find((r) => r.map.includes('First tab work') && !r.map.includes('Edit in the copy'));
    expect(firstRecord).toBeDefined();
    // Undo the text, the new reason and the restore: the second tab's own new map is back.
    for (let i = 0; i < 3; i++) await toolbar(second).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => hasText(await getMap(second), 'Second tab work')).toBe(true);
    await expect.poll(async () => (await keptRecords(second)).filter((r) => r.map.includes('Second tab work')).length).toBeGreaterThan(0);

    first.on('dialog', (d) => void d.accept());
    second.on('dialog', (d) => void d.accept());
    await first.close({ runBeforeUnload: true });
    await second.close({ runBeforeUnload: true });

    // Reopen: one tab's map comes back, the other is in Recover….
    const { page: third } = await suite.openIn(context, { waitFor: 'none' });
    await waitForApp(third);
    await expect.poll(() => third.getByText('Restored your last map from this browser').count()).toBe(1);
    const restored = await getMap(third);
    const other = hasText(restored, 'Second tab work') ? 'First tab work' : 'Second tab work';
    await toolbar(third).getByRole('button', { name: 'Recover…' }).click();
    const list = third.getByRole('dialog', { name: 'Recover a recent map' }).getByRole('list', { name: 'Recent maps' });
    await expect.poll(() => list.isVisible()).toBe(true);
    // The other tab's map is listed; choosing it brings it back.
    const otherTitle = other === 'First tab work' ? /GSOMIA/ : /^Untitled map/;
    await list.getByRole('button', { name: otherTitle }).first().click();
    // The restored map has unsaved work: the editor asks before replacing it.
    await replaceDialog(third).getByRole('button', { name: 'Replace' }).click();
    await expect.poll(async () => hasText(await getMap(third), other)).toBe(true);
  });
});

describe('upgrading', () => {
  test('the map autosaved by the earlier version (one localStorage slot) is restored and kept in a record', async () => {
    const { page } = await suite.open();
    const legacy = {
      meta: { title: 'From the old slot', description: '' },
      nodes: [{ id: 'old-claim', kind: 'claim', text: 'Autosaved before the upgrade', position: { x: 0, y: 0 } }],
      relations: [],
    };
    await page.evaluate((map) => {
      const text = JSON.stringify({ format: 'argmap', version: 1, ...map });
      localStorage.setItem(
        'argmap:autosave',
        JSON.stringify({ savedAt: new Date().toISOString(), fileName: 'old.argmap.json', dirty: true, map: text }),
      );
    }, legacy);
    await page.reload();
    await waitForMap(page, 'old-claim');
    expect(await getMap(page)).toEqual(legacy);
    expect(await fileNameShown(page)).toBe('old.argmap.json (unsaved)');
    await expect
      .poll(async () => (await keptRecords(page)).some((r) => r.map.includes('Autosaved before the upgrade') && r.dirty))
      .toBe(true);
  });
});

describe('the same file in two tabs', () => {
  test('the second tab to open it is told that it is open in another tab', async () => {
    const { page: first, context } = await suite.open({ noFilePickers: true });
    const { page: second } = await suite.openIn(context, { noFilePickers: true });
    const openFixture = async (page: Page) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), toolbar(page).getByRole('button', { name: /^Open/ }).click()]);
      await chooser.setFiles(fixture('v1-map.json'));
      await expect.poll(() => fileNameShown(page)).toBe('v1-map.json');
    };
    await openFixture(first);
    expect(await first.getByText('v1-map.json is also open in another tab').count()).toBe(0);
    await openFixture(second);
    await expect.poll(() => second.getByText('v1-map.json is also open in another tab').count()).toBe(1);
  });
});

describe('undoing an Open', () => {
  test('gives back the file name and saved state: Save then writes the previous map under its own name, not into the opened file', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const gsomia = await getMap(page);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), toolbar(page).getByRole('button', { name: /^Open/ }).click()]);
    await chooser.setFiles(fixture('v1-map.json'));
    await expect.poll(() => fileNameShown(page)).toBe('v1-map.json');
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => getMap(page)).toEqual(gsomia);
    expect(await fileNameShown(page)).toBe('gsomia-2012.json');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(`${MOD}+s`)]);
    expect(download.suggestedFilename()).toBe('gsomia-2012.json');
    // Redo: the opened file again, unchanged and saved.
    await page.keyboard.press(`${MOD}+Shift+z`);
    await expect.poll(() => fileNameShown(page)).toBe('v1-map.json');
  });

  test('with the File System Access API, Save after undoing an Open does not write into the opened file', async () => {
    const { page, context } = await suite.open({ waitFor: 'none' });
    await page.close();
    const mocked = await context.newPage();
    const errors: Error[] = [];
    mocked.on('pageerror', (e) => errors.push(e));
    await mocked.addInitScript(() => {
      const writes: { file: string; text: string }[] = [];
      (window as unknown as { fileWrites: typeof writes }).fileWrites = writes;
      const handle = (name: string, text: string) => ({
        name,
        getFile: async () => new File([text], name),
        createWritable: async () => ({
          write: async (data: string) => void writes.push({ file: name, text: data }),
          close: async () => undefined,
        }),
      });
      const small =
        '{"format":"argmap","version":1,"meta":{"title":"Small","description":""},"nodes":[{"id":"s1","kind":"claim","text":"Small claim","position":{"x":0,"y":0}}],"relations":[]}';
      Object.assign(window, {
        showOpenFilePicker: async () => [handle('small.json', small)],
        showSaveFilePicker: async (opts: { suggestedName: string }) => handle(opts.suggestedName, ''),
      });
    });
    await mocked.goto(page.url());
    await waitForMap(mocked, 'claim-main');
    const gsomia = await getMap(mocked);
    await toolbar(mocked).getByRole('button', { name: /^Open/ }).click();
    await expect.poll(() => fileNameShown(mocked)).toBe('small.json');
    await mocked.keyboard.press(`${MOD}+z`);
    await expect.poll(() => getMap(mocked)).toEqual(gsomia);
    await mocked.keyboard.press(`${MOD}+s`);
    await expect.poll(() => mocked.evaluate(() => (window as unknown as { fileWrites: { file: string }[] }).fileWrites.length)).toBe(1);
    const writes = await mocked.evaluate(() => (window as unknown as { fileWrites: { file: string; text: string }[] }).fileWrites);
    expect(writes[0]!.file).toBe('gsomia-2012.json');
    // Redo: Save writes back into small.json through its handle again (no picker).
    await mocked.keyboard.press(`${MOD}+Shift+z`);
    await expect.poll(() => fileNameShown(mocked)).toBe('small.json');
    await mocked.keyboard.press(`${MOD}+s`);
    await expect.poll(() => mocked.evaluate(() => (window as unknown as { fileWrites: unknown[] }).fileWrites.length)).toBe(2);
    const second = (await mocked.evaluate(() => (window as unknown as { fileWrites: { file: string; text: string }[] }).fileWrites))[1]!;
    expect(second.file).toBe('small.json');
    expect(second.text).toContain('Small claim');
    expect(errors).toEqual([]);
  });
});

describe('text being typed', () => {
  test('counts as unsaved (the browser asks before a reload) and comes back in the editor after it', async () => {
    const { page } = await suite.open();
    const original = (await getMap(page)).nodes.find((n) => n.id === 'claim-main')!.text;
    await page.locator('[data-node-id="claim-main"] .arg-node-text').dblclick();
    const editor = page.locator('[data-node-id="claim-main"] textarea.node-editor');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press(`${MOD}+a`);
    await page.keyboard.type('Typed but not yet committed');
    await expect.poll(() => fileNameShown(page)).toBe('gsomia-2012.json (unsaved)');

    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.accept();
      }),
    );
    await page.reload();
    expect(await asked).toBe('beforeunload');
    await waitForMap(page, 'claim-main');
    const restoredEditor = page.locator('[data-node-id="claim-main"] textarea.node-editor');
    await expect.poll(() => restoredEditor.inputValue()).toBe('Typed but not yet committed');
    // Still a draft: the map holds the old text until the user commits.
    expect((await getMap(page)).nodes.find((n) => n.id === 'claim-main')!.text).toBe(original);
    await expect.poll(() => restoredEditor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getMap(page)).nodes.find((n) => n.id === 'claim-main')!.text).toBe('Typed but not yet committed');
  });

  test('text being typed in the outline counts as unsaved and comes back after a reload', async () => {
    const { page } = await suite.open();
    await page.getByRole('tab', { name: 'Outline' }).click();
    const item = page.locator('[role="treeitem"][data-node-id="impl-china"]');
    await item.click();
    await page.keyboard.press('F2');
    const box = item.locator('textarea');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press(`${MOD}+a`);
    await page.keyboard.type('Typed in the outline');
    await expect.poll(() => fileNameShown(page)).toBe('gsomia-2012.json (unsaved)');
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await waitForMap(page, 'claim-main');
    // The text comes back in the node's editor on the canvas.
    await expect.poll(() => page.locator('[data-node-id="impl-china"] textarea.node-editor').inputValue()).toBe('Typed in the outline');
  });

  test('a new reason being typed comes back with its text', async () => {
    const { page } = await suite.open();
    await clickNode(page, 'claim-main');
    await expect.poll(() => selectedNodeIds(page)).toEqual(['claim-main']);
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('textarea.node-editor').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('A reason typed just before the reload');
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await waitForMap(page, 'claim-main');
    await expect.poll(() => page.locator('textarea.node-editor').inputValue()).toBe('A reason typed just before the reload');
    expect((await getMap(page)).nodes).toHaveLength(47);
  });
});
