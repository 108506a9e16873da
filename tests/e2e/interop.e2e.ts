// Other tools' formats in a real browser: Argdown and AIF files dropped on the canvas open
// as maps with an import report; the Export dialog writes Argdown and AIF that read back
// into the same graph.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { getMap, setupBrowser, waitForMap } from './helpers.ts';
import { parseArgdown } from '../../src/model/interop/argdown.ts';
import { parseAif } from '../../src/model/interop/aif.ts';
import { signature } from '../model/interop/roundtrip.ts';

const suite = setupBrowser();
const fixture = (name: string) => readFile(new URL(`../fixtures/interop/${name}`, import.meta.url), 'utf8');

/** Drops a file on the canvas as a person dragging it from the desktop would. */
async function dropFile(page: Page, name: string, text: string, type: string) {
  await page.evaluate(
    ({ text, name, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type }));
      const pane = document.querySelector('.react-flow__pane')!;
      pane.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      pane.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    { text, name, type },
  );
}

describe('importing', () => {
  test('an Argdown file dropped on the canvas opens as a map, with the import report', async () => {
    const { page } = await suite.open();
    await dropFile(page, 'debate.argdown', await fixture('debate.argdown'), '');
    await expect.poll(async () => (await getMap(page)).meta.title).toBe('Should cities ban cars from their centres?');
    await waitForMap(page, 'Ban');
    expect(await page.locator('[data-node-id="Ban"] .arg-node-text').textContent()).toBe('City centres should be closed to private cars.');
    const map = await getMap(page);
    expect(map.nodes).toHaveLength(11);
    expect(map.relations.filter((r) => r.group === 'Health')).toHaveLength(2);
    expect(map.relations.some((r) => r.kind === 'undercuts')).toBe(true);
    const notice = page.locator('.notice').filter({ hasText: 'Imported debate.argdown (Argdown)' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(/Read 10 statements, 1 argument with premises and conclusion/);
    // Saved as Argmap, never over the Argdown file: a new name, and unsaved work.
    expect(await page.locator('.toolbar .file-name').textContent()).toBe('debate.argmap.json (unsaved)');
    // Opening is one undo step.
    await page.getByRole('toolbar', { name: 'Editor toolbar' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await getMap(page)).nodes.some((n) => n.id === 'claim-main')).toBe(true);
  });

  test('an AIFdb file dropped on the canvas opens as a map; dialogue nodes are reported', async () => {
    const { page } = await suite.open();
    await dropFile(page, 'aifdb.json', await fixture('aifdb.json'), 'application/json');
    await waitForMap(page, '101');
    const map = await getMap(page);
    expect(map.nodes.map((n) => n.text)).toContain('The minister should resign.');
    expect(map.relations.filter((r) => r.to === '101' && r.group)).toHaveLength(2);
    const notice = page.locator('.notice').filter({ hasText: 'Imported aifdb.json (AIF JSON (AIFdb / OVA))' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(/Dialogue structure not mapped: 1 L, 1 YA, 1 TA/);
  });

  test('a Kialo export dropped on the canvas opens as a map', async () => {
    const { page } = await suite.open();
    await dropFile(page, 'discussion.txt', await fixture('discussion.txt'), 'text/plain');
    await waitForMap(page, 'k1');
    expect((await getMap(page)).meta.title).toBe('Should homework be abolished in primary schools?');
  });
});

describe('examples in other formats', () => {
  test('the Examples list opens the Argdown, OVA and Kialo examples through their importers', async () => {
    const { page } = await suite.open();
    const examples = page.getByRole('combobox', { name: 'Open an example map' });
    await examples.selectOption('car-free-centres.argdown');
    await waitForMap(page, 'Ban');
    expect((await getMap(page)).meta.title).toBe('Should cities ban cars from their centres?');
    await expect.poll(() => page.locator('.notice').filter({ hasText: 'Imported car-free-centres.argdown (Argdown)' }).count()).toBe(1);
    // The import is unsaved work: the next example asks first.
    await examples.selectOption('homework.kialo');
    await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
    await waitForMap(page, 'k1');
    expect((await getMap(page)).meta.title).toBe('Should homework be abolished in primary schools?');
    await examples.selectOption('city-trees.ova');
    await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
    await expect.poll(async () => (await getMap(page)).nodes.map((n) => n.text)).toContain('We should plant more trees in the city.');
  });
});

describe('hostile and broken files', () => {
  test('markup and scripts in an AIF file stay text; broken parts are reported', async () => {
    const { page } = await suite.open();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await dropFile(page, 'hostile.aif.json', await fixture('hostile.aif.json'), 'application/json');
    await waitForMap(page, '1');
    expect(await page.locator('[data-node-id="1"] .arg-node-text').textContent()).toBe(
      "<script>alert('x')</script><img src=x onerror=alert(1)>",
    );
    expect(await page.locator('[data-node-id="1"] script, [data-node-id="1"] img').count()).toBe(0);
    const notice = page.locator('.notice').filter({ hasText: 'Imported hostile.aif.json' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(/cycle of CA nodes/);
    expect(dialogs).toEqual([]);
  });

  test('an Argdown file the parser cannot recover from is refused with line and column; the map stays', async () => {
    const { page } = await suite.open();
    const before = await getMap(page);
    await dropFile(page, 'broken.argdown', await fixture('broken.argdown'), '');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not open broken.argdown' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toMatch(/Line 6, column \d+: Missing inference/);
    expect(await getMap(page)).toEqual(before);
  });
});

describe('exporting', () => {
  async function exportFrom(page: Page, button: string) {
    await page.getByRole('toolbar', { name: 'Editor toolbar' }).getByRole('button', { name: 'Export…' }).click();
    const group = page.getByRole('group', { name: 'Export for other tools' });
    const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: button }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  test('Argdown and AIF from the Export dialog read back into the same graph', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const map = await getMap(page);

    const argdown = await exportFrom(page, 'Argdown');
    expect(argdown.name).toBe('gsomia-2012.argdown');
    expect(argdown.text).toMatch(/^===\ntitle: "Japan–South Korea military cooperation/);
    const fromArgdown = await parseArgdown(argdown.text);
    if (!fromArgdown.ok) throw new Error(fromArgdown.error);
    expect(signature(fromArgdown.map, 'exact')).toEqual(signature(map, 'exact'));

    const aif = await exportFrom(page, 'AIF JSON (OVA)');
    expect(aif.name).toBe('gsomia-2012.aif.json');
    const doc = JSON.parse(aif.text) as { AIF: { nodes: { type: string }[] } };
    expect(new Set(doc.AIF.nodes.map((n) => n.type))).toEqual(new Set(['I', 'RA', 'CA']));
    const fromAif = parseAif(aif.text);
    if (!fromAif.ok) throw new Error(fromAif.error);
    expect(signature(fromAif.map, 'exact')).toEqual(signature(map, 'exact'));

    // And the exported Argdown opens in the editor again.
    await dropFile(page, argdown.name, argdown.text, '');
    await expect.poll(async () => signature(await getMap(page), 'exact')).toEqual(signature(map, 'exact'));
  });
});
