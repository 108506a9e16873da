// The source text beside the map, in real Chromium: attach the commentary to the GSOMIA
// map and see every node anchored; click a highlight; select a sentence with the mouse and
// make a node of it; drag a selection onto a node; save, open, and see the anchors again;
// a referenced source opened without its text says so and the map still works.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  clickNode,
  getMap,
  historyLength,
  MOD,
  openMapFile,
  selectedNodeIds,
  setupBrowser,
  waitForMap,
  waitForStillView,
  type ArgMap,
} from './helpers.ts';
import { FIXTURE_MAP_PATH, FIXTURE_TEXT_PATH, seedPath, skipGsomiaChecks } from '../seed.ts';

const suite = setupBrowser();
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Editor toolbar' });
const pane = (page: Page) => page.locator('.source-pane');
const coverage = (page: Page) => pane(page).locator('.source-coverage');

async function openSourceTab(page: Page) {
  await page.getByRole('tab', { name: 'Source' }).click();
}

async function giveText(page: Page, path: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    pane(page).getByRole('button', { name: 'Open the text…' }).click(),
  ]);
  await chooser.setFiles(path);
}

// The same walk through a text the repository carries (always) and the GSOMIA commentary (where it is here).
const corpora = [
  {
    name: 'the night-trains test map',
    skip: false,
    open: async (page: Page) => openMapFile(page, FIXTURE_MAP_PATH, 'claim-main'),
    textPath: () => FIXTURE_TEXT_PATH,
    paragraphs: '11 of 15',
    unmapped: 4,
    highlight: 'impl-emissions',
    node: 'em-tenth',
    sentence: 'Track access charges are another hurdle.',
    citation: { section: 'Obstacles', paragraph: '2' },
    drag: { words: 'even half full, it stays well ahead', mark: 'em-tenth', onto: 'impl-emissions' },
    notCarried: 'Ada Example is a fictional analyst',
  },
  {
    name: 'the GSOMIA map',
    skip: skipGsomiaChecks(),
    open: async () => undefined, // the app opens on it
    textPath: seedPath,
    paragraphs: '14 of 17',
    // The masthead, the RSIS notice and the author's note.
    unmapped: 3,
    highlight: 'impl-china',
    node: 'hb-dokdo',
    sentence: 'In the long-term, closer defence relations between Japan and South Korea will be necessary to deal with common threats.',
    citation: { section: 'Whither Japan-South Korea military cooperation?', paragraph: '2' },
    drag: { words: 'pragmatism may extend over wider Northeast Asian cooperation', mark: 'pr-wider-cooperation', onto: 'impl-pragmatism' },
    notCarried: 'Sarah Teo is Senior Analyst',
  },
];

/** How far a node's centre is from the canvas's centre, in screen pixels. */
async function distanceFromCentre(page: Page, id: string): Promise<number> {
  const [node, canvas] = await Promise.all([
    page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox(),
    page.locator('.react-flow').boundingBox(),
  ]);
  if (!node || !canvas) return Infinity;
  return Math.hypot(node.x + node.width / 2 - (canvas.x + canvas.width / 2), node.y + node.height / 2 - (canvas.y + canvas.height / 2));
}

/** The node ids of every highlighted passage. */
const highlighted = (page: Page) =>
  page
    .locator('.source-text mark[data-nodes]')
    .evaluateAll((marks) => [...new Set(marks.flatMap((m) => m.getAttribute('data-nodes')!.split(' ')))].sort());

/** Drags the mouse across the words `words` of the text in the pane, as a reader selects them. */
async function selectWords(page: Page, words: string) {
  const box = await page.locator('.source-text').evaluate((root, words) => {
    // The words may cross highlights: find them in the text of all the pieces together.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; at: number }[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.parentElement as HTMLElement).closest('.source-margin')) continue;
      nodes.push({ node: node as Text, at: all.length });
      all += node.textContent;
    }
    const start = all.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the pane`);
    const locate = (offset: number) => {
      const hit = nodes.filter((n) => n.at <= offset).at(-1)!;
      return { node: hit.node, offset: offset - hit.at };
    };
    const rectOf = (offset: number) => {
      const { node, offset: o } = locate(offset);
      const range = document.createRange();
      range.setStart(node, o);
      range.setEnd(node, o + 1);
      return range.getBoundingClientRect();
    };
    (locate(start).node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const first = rectOf(start);
    const last = rectOf(start + words.length - 1);
    return { x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 1, y1: last.top + last.height / 2 };
  }, words);
  await page.mouse.move(box.x0, box.y0);
  await page.mouse.down();
  await page.mouse.move((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { steps: 4 });
  await page.mouse.move(box.x1, box.y1, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => document.getSelection()!.toString().replace(/\s+/g, ' '))).toBe(words);
}

async function saveByDownload(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(`${MOD}+s`)]);
  const dir = await mkdtemp(join(tmpdir(), 'argmap-source-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { path, doc: JSON.parse(await readFile(path, 'utf8')) as ArgMap & { version: number } };
}

for (const c of corpora) {
  describe.skipIf(c.skip)(`the source text of ${c.name}`, () => {
    test('attaching the text anchors every node; highlights and nodes lead to each other', async () => {
      const { page } = await suite.open({ noFilePickers: true });
      await c.open(page);
      const nodeIds = (await getMap(page)).nodes.map((n) => n.id).sort();
      await openSourceTab(page);
      await expect.poll(() => pane(page).getByRole('status').first().textContent()).toMatch(/references this text but does not carry it/);
      await giveText(page, c.textPath());
      await expect
        .poll(() => coverage(page).textContent())
        .toBe(`${c.paragraphs} paragraphs mapped · ${nodeIds.length} of ${nodeIds.length} statements anchored`);
      expect(await highlighted(page)).toEqual(nodeIds);
      expect(await pane(page).locator('.source-paragraph.is-unmapped').count()).toBe(c.unmapped);

      // Click a highlight: its node is selected and centred.
      await pane(page).locator(`mark[data-nodes="${c.highlight}"]`).click();
      await expect.poll(() => selectedNodeIds(page)).toEqual([c.highlight]);
      expect(await page.evaluate(() => window.argmap!.store.getState().centerRequest?.nodeId)).toBe(c.highlight);
      // Select a node on the canvas once the camera has centred the first and stopped: its passage is marked.
      await expect.poll(() => distanceFromCentre(page, c.highlight)).toBeLessThan(2);
      await waitForStillView(page);
      await clickNode(page, c.node);
      await expect.poll(() => selectedNodeIds(page)).toEqual([c.node]);
      await expect.poll(() => pane(page).locator('mark.is-current').getAttribute('data-nodes')).toBe(c.node);
      await expect
        .poll(() =>
          pane(page)
            .locator('mark.is-current')
            .evaluate((m) => {
              const r = m.getBoundingClientRect();
              const p = m.closest('.side-body')!.getBoundingClientRect();
              return r.top >= p.top && r.bottom <= p.bottom;
            }),
        )
        .toBe(true);
    });

    test('a sentence selected with the mouse becomes a node; save and open keep the anchors; opened without its text the map says so and works', async () => {
      const { page } = await suite.open({ noFilePickers: true });
      await c.open(page);
      await openSourceTab(page);
      await giveText(page, c.textPath());
      await expect.poll(() => coverage(page).textContent()).toMatch(new RegExp(`^${c.paragraphs}`));
      const before = (await getMap(page)).nodes.length;
      const steps = await historyLength(page);

      await selectWords(page, c.sentence);
      await pane(page)
        .getByRole('toolbar', { name: 'Selection' })
        .getByRole('button', { name: /^Evidence/ })
        .click();
      await expect.poll(async () => (await getMap(page)).nodes.length).toBe(before + 1);
      const made = (await getMap(page)).nodes.at(-1)!;
      expect(made).toMatchObject({ kind: 'evidence', text: c.sentence, source: c.citation });
      expect(await selectedNodeIds(page)).toEqual([made.id]);
      await expect.poll(() => page.locator(`.react-flow__node[data-id="${made.id}"]`).isVisible()).toBe(true);
      expect(await historyLength(page)).toBe(steps + 1);

      // Drag a selection onto a node: it becomes a child of the kind the pane says (a reason).
      await selectWords(page, c.drag.words);
      const dt = await page.evaluateHandle(() => new DataTransfer());
      await page.locator(`.source-text mark[data-nodes~="${c.drag.mark}"]`).first().dispatchEvent('dragstart', { dataTransfer: dt });
      const target = page.locator(`.react-flow__node[data-id="${c.drag.onto}"]`);
      await target.dispatchEvent('dragover', { dataTransfer: dt });
      await target.dispatchEvent('drop', { dataTransfer: dt });
      await expect.poll(async () => (await getMap(page)).nodes.length).toBe(before + 2);
      const child = (await getMap(page)).nodes.at(-1)!;
      expect(child).toMatchObject({ kind: 'premise', text: c.drag.words });
      expect((await getMap(page)).relations.find((r) => r.from === child.id)).toMatchObject({ kind: 'supports', to: c.drag.onto });

      // Save: the source stays referenced (no text in the file), every node keeps its anchor.
      const { path, doc } = await saveByDownload(page);
      expect(doc.sources).toHaveLength(1);
      expect(doc.sources![0]!.text).toBeUndefined();
      expect(doc.nodes.every((n) => n.anchor?.source === doc.sources![0]!.id)).toBe(true);
      expect(JSON.stringify(doc)).not.toContain(c.notCarried);

      // Open it in a fresh page: the pane says the text is missing; the map works.
      const other = (await suite.open({ noFilePickers: true })).page;
      await openMapFile(other, path, made.id);
      expect((await getMap(other)).nodes).toHaveLength(before + 2);
      await openSourceTab(other);
      await expect
        .poll(() => pane(other).getByRole('status').first().textContent())
        .toMatch(new RegExp(`does not carry it\\. ${before + 2} statements point into it`));
      await clickNode(other, made.id);
      await expect.poll(() => selectedNodeIds(other)).toEqual([made.id]);
      // Given the text, every anchor is found again, the new ones included.
      await giveText(other, c.textPath());
      await expect
        .poll(() => coverage(other).textContent())
        .toBe(`${c.paragraphs} paragraphs mapped · ${before + 2} of ${before + 2} statements anchored`);
      await expect.poll(() => other.locator(`.source-text mark[data-nodes~="${made.id}"]`).count()).toBeGreaterThan(0);
    });
  });
}

describe('the source text', () => {
  test('a pasted text starts a new map that carries the text: save and open show its passages at once', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await openSourceTab(page);
    await pane(page).getByRole('button', { name: 'Attach source…' }).click();
    await pane(page)
      .getByLabel(/Text \(paste it here/)
      .fill('# Night trains\n\nNight trains are clean. They are slow.\n\n## Objections\n\nSleeper cars are expensive to run.\n');
    await pane(page).getByRole('button', { name: 'New map from a text' }).click();
    await expect.poll(async () => (await getMap(page)).meta.title).toBe('Night trains');
    await expect.poll(() => coverage(page).textContent()).toBe('0 of 2 paragraphs mapped');
    await selectWords(page, 'Night trains are clean.');
    await page.keyboard.press('r');
    await expect
      .poll(async () => (await getMap(page)).nodes.map((n) => [n.kind, n.text]))
      .toEqual([['premise', 'Night trains are clean.']]);
    await expect.poll(() => coverage(page).textContent()).toBe('1 of 2 paragraphs mapped · 1 of 1 statements anchored');

    const { path, doc } = await saveByDownload(page);
    expect(doc.sources![0]!.text).toContain('Sleeper cars');
    const other = (await suite.open({ noFilePickers: true })).page;
    const [chooser] = await Promise.all([other.waitForEvent('filechooser'), toolbar(other).getByRole('button', { name: /^Open/ }).click()]);
    await chooser.setFiles(path);
    await waitForMap(other, doc.nodes[0]!.id);
    await openSourceTab(other);
    await expect.poll(() => coverage(other).textContent()).toBe('1 of 2 paragraphs mapped · 1 of 1 statements anchored');
    expect(await other.locator(`.source-text mark[data-nodes="${doc.nodes[0]!.id}"]`).textContent()).toBe('Night trains are clean.');
  });
});
