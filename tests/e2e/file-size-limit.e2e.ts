// A 50 MB file is refused by its size, with a message, before it is read: dropped on the
// canvas and picked with Open…. The time it takes is printed (a figure for docs/robustness.md), not asserted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { getMap, setupBrowser } from './helpers.ts';

const suite = setupBrowser();
const SIZE = 50 * 1000 * 1000;
const MESSAGE = 'huge.argmap.json is 47.7 MB; Argmap opens map files up to 40.0 MB.';

const alertText = (page: Page) =>
  page
    .getByRole('alert')
    .allTextContents()
    .then((t) => t.join(' '));

describe('the file size limit', () => {
  test('a dropped 50 MB file is refused with a message, and the map stays', async () => {
    const { page } = await suite.open();
    const before = await getMap(page);
    const ms = await page.evaluate(
      ({ size, message }) =>
        new Promise<number>((resolve) => {
          const file = new File([new Uint8Array(size).fill(32)], 'huge.argmap.json', { type: 'application/json' });
          const data = new DataTransfer();
          data.items.add(file);
          const start = performance.now();
          const seen = () => document.body.textContent?.includes(message);
          new MutationObserver((_, observer) => {
            if (!seen()) return;
            observer.disconnect();
            resolve(performance.now() - start);
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
          document
            .querySelector('.react-flow__pane')!
            .dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
        }),
      { size: SIZE, message: MESSAGE },
    );
    console.info(`[robustness] 50 MB file dropped: refused with a message in ${ms.toFixed(1)} ms`);
    expect(await alertText(page)).toContain('Could not read huge.argmap.json');
    expect(await alertText(page)).toContain(MESSAGE);
    expect(await getMap(page)).toEqual(before);
  });

  test('a 50 MB file picked with Open… is refused with a message', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const before = await getMap(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    // A real file on disk: the browser gets its path, as when a person picks it.
    const dir = mkdtempSync(join(tmpdir(), 'argmap-huge-'));
    try {
      const path = join(dir, 'huge.argmap.json');
      writeFileSync(path, Buffer.alloc(SIZE, 32));
      await (await chooser).setFiles(path);
      await expect.poll(() => alertText(page)).toContain(MESSAGE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await alertText(page)).toContain('Could not open the file');
    expect(await getMap(page)).toEqual(before);
  });
});
