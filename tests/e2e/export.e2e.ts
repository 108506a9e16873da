// Export in a real browser: the Export dialog, and `window.argmap.exportMap` (what the
// command line calls). PNGs are decoded and checked pixel by pixel, SVGs parsed as XML and
// drawn by Chromium, PDFs read back with pdf.js.
import { readFileSync } from 'node:fs';
import { createInflate } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { clickNode, MOD, setupBrowser, waitForStillView, getMap } from './helpers.ts';
import { NODE_STYLES } from '../../src/model/theme/colors.ts';
import type { ExportOptions } from '../../src/export/options.ts';
import type { ScriptExportResult } from '../../src/export/exportMap.ts';
import { CANVAS_LIMITS, largestScale, type CanvasLimits } from '../../src/export/png.ts';
import { generateMap } from '../../testkit/generate.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import { activeContent, allElements, parseXml } from '../export/helpers.ts';

const suite = setupBrowser();
const root = new URL('../../', import.meta.url);
const GSOMIA = readFileSync(new URL('maps/gsomia-2012.json', root), 'utf8');
const HOSTILE = readFileSync(new URL('tests/fixtures/hostile-text.json', root), 'utf8');
const gsomia = JSON.parse(GSOMIA) as {
  nodes: { id: string; kind: keyof typeof NODE_STYLES; text: string; position: { x: number; y: number } }[];
};
const hostile = JSON.parse(HOSTILE) as typeof gsomia;

type Result = Omit<ScriptExportResult, 'base64'> & { bytes: Buffer };

async function exportIn(page: Page, text: string, options: Partial<ExportOptions>, testing?: { limits?: CanvasLimits }): Promise<Result> {
  const r = await page.evaluate(
    ([text, options, testing]) =>
      (window as unknown as { argmap: { exportMap: (...a: unknown[]) => Promise<ScriptExportResult> } }).argmap.exportMap(
        text,
        options,
        testing,
      ),
    [text, options, testing] as const,
  );
  return { ...r, bytes: Buffer.from(r.base64, 'base64') };
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
function pixel(png: PNG, x: number, y: number): number[] {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [...png.data.subarray(i, i + 4)];
}
const near = (a: number[], b: number[], tolerance = 10) => b.every((v, i) => Math.abs(a[i]! - v) <= tolerance);

/** Every node's card is in the PNG where the export put it: its kind's fill inside, its border colour on the edge. */
type Sample = { id: string; x: number; y: number; expected: number[]; tolerance: number };

/** Where each card's fill (bottom padding) and left border should be, in image px. */
function cardSamples(r: Result, scale: number, kinds: Map<string, keyof typeof NODE_STYLES>): Sample[][] {
  return r.nodes.map((n) => {
    const style = NODE_STYLES[kinds.get(n.id)!];
    const fill = [0.15, 0.5, 0.85].map((f) => ({
      id: n.id,
      x: (n.x + n.width * f) * scale,
      y: (n.y + n.height - 5) * scale,
      expected: [...hex(style.background), 255],
      tolerance: 10,
    }));
    const border = [0.3, 0.5, 0.7].map((f) => ({
      id: n.id,
      x: (n.x + 1) * scale,
      y: (n.y + n.height * f) * scale,
      expected: [...hex(style.color), 255],
      tolerance: 40,
    }));
    return [...fill, ...border];
  });
}

/** A card is there if most of its fill samples and most of its border samples match (an edge may cross one). */
const cardFound = (samples: Sample[], read: (s: Sample) => number[]) => {
  const ok = samples.map((s) => near(read(s), s.expected, s.tolerance));
  return ok.slice(0, 3).filter(Boolean).length >= 2 && ok.slice(3).filter(Boolean).length >= 2;
};

/** Every node's card is in the PNG where the export put it: its kind's fill inside, its border colour on the edge. */
function expectCardsAt(png: PNG, r: Result, scale: number, kinds: Map<string, keyof typeof NODE_STYLES>) {
  const missing = cardSamples(r, scale, kinds).filter((samples) => !cardFound(samples, (s) => pixel(png, s.x, s.y)));
  expect(missing.map((samples) => `${samples[0]!.id}: ${samples.map((s) => pixel(png, s.x, s.y).join(',')).join(' ')}`)).toEqual([]);
}

/** Fraction of pixels that differ by more than `threshold` in some channel. */
function difference(a: PNG, b: PNG, threshold = 48): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.max(Math.abs(a.data[i]! - b.data[i]!), Math.abs(a.data[i + 1]! - b.data[i + 1]!), Math.abs(a.data[i + 2]! - b.data[i + 2]!)) >
      threshold
    )
      differing++;
  }
  return differing / (a.width * a.height);
}

function crop(png: PNG, x: number, y: number, width: number, height: number): PNG {
  const out = new PNG({ width, height });
  for (let row = 0; row < height; row++)
    png.data.copy(out.data, row * width * 4, ((y + row) * png.width + x) * 4, ((y + row) * png.width + x + width) * 4);
  return out;
}

async function pdfText(bytes: Buffer) {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false })
    .promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str : '')).join('');
  return { pages: doc.numPages, view: page.view, text };
}

const squash = (s: string) => s.replace(/\s+/g, '');
const kindsOf = (map: typeof gsomia) => new Map(map.nodes.map((n) => [n.id, n.kind]));

describe('the Export dialog', () => {
  test('opens from the toolbar and with Ctrl+Shift+E, is modal, closes with Escape', async () => {
    const { page } = await suite.open();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // Modal: focus is inside, and the page behind does not take clicks.
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal') && d.contains(document.activeElement))).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.keyboard.press(`${MOD}+Shift+E`);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    for (const name of ['PNG', 'SVG', 'PDF', 'Whole map (46 nodes)', 'Title', 'Legend'])
      expect(await dialog.getByLabel(name, { exact: true }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  test('saves a PNG of the whole map at the chosen scale, with progress and a notice', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await page.keyboard.press(`${MOD}+Shift+E`);
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('PNG', { exact: true }).check();
    await dialog.getByLabel('Scale factor').selectOption('1');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save PNG…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('gsomia-2012.png');
    const png = PNG.sync.read(readFileSync((await file.path())!));
    const svg = await exportIn(page, GSOMIA, { format: 'svg' });
    expect([png.width, png.height]).toEqual([svg.width, svg.height]);
    expectCardsAt(png, svg, 1, kindsOf(gsomia));
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByText('Exported gsomia-2012.png').count()).toBe(1);
  });

  test('exports only the selection, as SVG with a title and a legend', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    await clickNode(page, 'claim-main');
    await clickNode(page, 'impl-china', { modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('SVG', { exact: true }).check();
    await dialog.getByLabel('Selection (2 nodes)').check();
    await dialog.getByLabel('Title', { exact: true }).check();
    await dialog.getByLabel('Title text').fill('Two <nodes>');
    await dialog.getByLabel('Legend', { exact: true }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save SVG…' }).click();
    const svg = readFileSync((await (await download).path())!, 'utf8');
    const doc = parseXml(svg);
    const ids = allElements(doc.documentElement)
      .map((e) => e.getAttribute('data-node-id'))
      .filter(Boolean);
    expect(ids.sort()).toEqual(['claim-main', 'impl-china']);
    expect(allElements(doc.documentElement).filter((e) => e.getAttribute('data-edge-id'))).toHaveLength(1);
    expect(doc.documentElement!.textContent).toContain('Two <nodes>');
    expect(doc.documentElement!.textContent).toContain('supports');
  });

  test('"Show evaluation" follows the editor\'s Evaluate switch, and the SVG then shows the statuses', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    const show = dialog.getByLabel('Show evaluation', { exact: true });
    await page.keyboard.press(`${MOD}+Shift+E`);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await show.isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const evaluate = page.getByRole('toolbar', { name: 'Editor toolbar' }).getByRole('button', { name: 'Evaluate' });
    await evaluate.click();
    // On once it shows pressed (the first time, the evaluation code may still be arriving).
    await expect.poll(() => evaluate.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press(`${MOD}+Shift+E`);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await show.isChecked()).toBe(true);
    await dialog.getByLabel('SVG', { exact: true }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save SVG…' }).click();
    const doc = parseXml(readFileSync((await (await download).path())!, 'utf8'));
    expect(activeContent(doc.documentElement)).toEqual([]);
    const claim = allElements(doc.documentElement).find((e) => e.getAttribute('data-node-id') === 'claim-main')!;
    expect(claim.getAttribute('data-status')).toBe('out');
    expect(allElements(claim).find((e) => e.getAttribute('data-status-chip'))!.textContent).toBe('defeated');
    const chips = allElements(doc.documentElement).filter((e) => e.getAttribute('data-status-chip'));
    expect(chips).toHaveLength(gsomia.nodes.length);
  });
});

describe('PNG', () => {
  test('decodes at 2× the drawing size, is not blank, and shows every GSOMIA node in its colours where it belongs', async () => {
    const { page } = await suite.open();
    const r = await exportIn(page, GSOMIA, { format: 'png', scale: 2 });
    const png = PNG.sync.read(r.bytes);
    const svg = await exportIn(page, GSOMIA, { format: 'svg' });
    expect([png.width, png.height]).toEqual([svg.width * 2, svg.height * 2]);
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4 * 7) if (png.data[i]! < 200) ink++;
    expect(ink / ((png.width * png.height) / 7)).toBeGreaterThan(0.02);
    expectCardsAt(png, r, 2, kindsOf(gsomia));
  });

  test('looks like the canvas: the same region at zoom 1 matches the editor, pixel for pixel within a tolerance', async () => {
    const { page } = await suite.open();
    const r = await exportIn(page, GSOMIA, { format: 'png', scale: 1, padding: 24 });
    const png = PNG.sync.read(r.bytes);
    const claim = gsomia.nodes.find((n) => n.id === 'claim-main')!;
    const box = r.nodes.find((n) => n.id === 'claim-main')!;
    const offset = { x: box.x - claim.position.x, y: box.y - claim.position.y };
    // Show the map at zoom 1 with the region's top-left at the canvas's top-left; hide the chrome.
    const region = { x: claim.position.x - 700, y: claim.position.y - 10, width: 1000, height: 560 };
    await page.addStyleTag({
      content:
        '.react-flow__background, .react-flow__minimap, .react-flow__controls, .legend, .notices { display: none !important } .arg-node { box-shadow: none !important }',
    });
    await page.evaluate((v) => (window as unknown as { argmap: { flow: { setViewport(v: unknown): void } } }).argmap.flow.setViewport(v), {
      x: -region.x,
      y: -region.y,
      zoom: 1,
    });
    await waitForStillView(page);
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const shot = PNG.sync.read(await page.screenshot({ clip: { x: pane.x, y: pane.y, width: region.width, height: region.height } }));
    const exported = crop(png, region.x + offset.x, region.y + offset.y, region.width, region.height);
    expect(difference(shot, exported)).toBeLessThan(0.01);
  });

  test('above the canvas limit (GSOMIA at 3×, 22,464 px wide) it is drawn in tiles and still complete', async () => {
    const { page } = await suite.open();
    const r = await exportIn(page, GSOMIA, { format: 'png', scale: 3 });
    expect(r.notes.join()).toMatch(/drawn in \d+ tiles/);
    const png = PNG.sync.read(r.bytes);
    expect(png.width).toBeGreaterThan(16_384);
    expectCardsAt(png, r, 3, kindsOf(gsomia));
  });

  test('tiles join without seams: a tiled export equals the one-canvas export', async () => {
    const { page } = await suite.open();
    const whole = PNG.sync.read((await exportIn(page, GSOMIA, { format: 'png', scale: 1 })).bytes);
    const tiled = await exportIn(
      page,
      GSOMIA,
      { format: 'png', scale: 1 },
      { limits: { maxSide: 2000, maxArea: 2000 * 300, maxTotal: 1e9 } },
    );
    expect(tiled.notes.join()).toMatch(/drawn in \d+ tiles/);
    expect(difference(whole, PNG.sync.read(tiled.bytes))).toBeLessThan(0.001);
  });
});

describe('SVG', () => {
  test('parses as XML, holds every node text, has nothing active, and Chromium draws it like the PNG', async () => {
    const { page, context } = await suite.open();
    const r = await exportIn(page, GSOMIA, { format: 'svg' });
    const svg = r.bytes.toString('utf8');
    const doc = parseXml(svg);
    expect(activeContent(doc.documentElement)).toEqual([]);
    const byId = new Map(
      allElements(doc.documentElement)
        .filter((e) => e.getAttribute('data-node-id'))
        .map((e) => [e.getAttribute('data-node-id')!, e]),
    );
    for (const n of gsomia.nodes) {
      const tspans = allElements(byId.get(n.id)).filter((e) => e.nodeName === 'tspan');
      expect(squash(tspans.map((t) => t.textContent).join(''))).toBe(squash(n.text));
    }
    expect(svg).toMatch(/@font-face\{font-family:'Inter';font-style:normal;font-weight:400;src:url\(data:font\/woff2;base64,/);
    // Chromium opens the file on its own (a new page, nothing of the app) and draws what the PNG shows.
    const viewer = await context.newPage();
    await viewer.setViewportSize({ width: 1200, height: 700 });
    await viewer.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
    await viewer.evaluate(() => document.fonts.ready);
    const box = r.nodes.find((n) => n.id === 'claim-main')!;
    await viewer.evaluate(([x, y]) => window.scrollTo(x!, y!), [box.x - 600, 0]);
    const shot = PNG.sync.read(await viewer.screenshot());
    const png = PNG.sync.read((await exportIn(page, GSOMIA, { format: 'png', scale: 1 })).bytes);
    const scrolled = await viewer.evaluate(() => [window.scrollX, window.scrollY]);
    expect(difference(shot, crop(png, scrolled[0]!, scrolled[1]!, 1200, 700))).toBeLessThan(0.005);
  });
});

describe('PDF', () => {
  test('is a one-page vector PDF sized to the map, with the node text as text', async () => {
    const { page } = await suite.open();
    const r = await exportIn(page, GSOMIA, { format: 'pdf' });
    expect(r.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await pdfText(r.bytes);
    expect(pdf.pages).toBe(1);
    expect(pdf.view[2]).toBeCloseTo(r.width * 0.75, 1);
    expect(pdf.view[3]).toBeCloseTo(r.height * 0.75, 1);
    for (const n of gsomia.nodes)
      for (const word of n.text.split(/\s+/).filter((w) => w.length > 3)) expect(squash(pdf.text)).toContain(word);
    expect(r.bytes.toString('latin1')).toMatch(/\/FontFile2/); // Inter embedded as TrueType
  });

  test('fits the map on an A4 or Letter page when asked', async () => {
    const { page } = await suite.open();
    const a4 = await pdfText((await exportIn(page, GSOMIA, { format: 'pdf', page: 'a4' })).bytes);
    expect(a4.view.map((v) => Math.round(v))).toEqual([0, 0, 842, 595]);
    const letter = await pdfText((await exportIn(page, GSOMIA, { format: 'pdf', page: 'letter', background: 'dark' })).bytes);
    expect(letter.view).toEqual([0, 0, 792, 612]);
    expect(letter.pages).toBe(1);
  });
});

describe('hostile text', () => {
  test('shows <script>, <img onerror> and ]]> literally in SVG, PNG and PDF, and the SVG has nothing active', async () => {
    const { page } = await suite.open();
    const errors: string[] = [];
    page.on('dialog', (d) => {
      errors.push(`a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    const svg = (await exportIn(page, HOSTILE, { format: 'svg', title: true, legend: true })).bytes.toString('utf8');
    const doc = parseXml(svg);
    expect(activeContent(doc.documentElement)).toEqual([]);
    const all = doc.documentElement!.textContent!;
    for (const s of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      ']]>',
      '&amp;',
      '" onload="alert(1)" x="',
      'Hostile <text> & "quotes" ]]>',
    ])
      expect(squash(all)).toContain(squash(s));
    // Drawn by Chromium as a page: nothing runs.
    const viewer = await page.context().newPage();
    viewer.on('dialog', (d) => {
      errors.push(`a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
    await viewer.waitForTimeout(200);
    expect(await viewer.evaluate(() => document.querySelectorAll('script, img, [onerror], [onload]').length)).toBe(0);

    const png = await exportIn(page, HOSTILE, { format: 'png', scale: 1 });
    expectCardsAt(PNG.sync.read(png.bytes), png, 1, kindsOf(hostile));

    const pdf = await pdfText((await exportIn(page, HOSTILE, { format: 'pdf' })).bytes);
    for (const s of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', ']]>', 'Łódź', 'Москва'])
      expect(squash(pdf.text)).toContain(squash(s));
    expect(errors).toEqual([]);
  });
});

describe('a 1,000-node map', () => {
  const big = generateMap(1000, 7);
  const text = serializeMap(big);

  test('exports completely as SVG and PDF', async () => {
    const { page } = await suite.open();
    const svg = await exportIn(page, text, { format: 'svg' });
    const doc = parseXml(svg.bytes.toString('utf8'));
    expect(allElements(doc.documentElement).filter((e) => e.getAttribute('data-node-id'))).toHaveLength(1000);
    const pdf = await pdfText((await exportIn(page, text, { format: 'pdf' })).bytes);
    expect(pdf.view[2]).toBeCloseTo(14_400, 0); // the largest page PDF readers open
    expect(squash(pdf.text)).toContain(squash(big.nodes[999]!.text));
  });
});

// A PNG wider than one canvas (16,384 px): drawn in tiles, streamed into one file. npm test uses a
// 100-statement map (18,700 px wide); `npm run test:robustness` (ARGMAP_ROBUSTNESS=full) the
// 1,000-statement one (177,000 px wide), refused at 2× for passing the 1,000-million-pixel cap.
describe('a PNG wider than one canvas', () => {
  const full = process.env.ARGMAP_ROBUSTNESS === 'full';
  const wide = generateMap(full ? 1000 : 100, 7);
  const text = serializeMap(wide);
  const kinds = new Map(wide.nodes.map((n) => [n.id, n.kind]));
  const tooLarge = full ? 2 : 8;

  test(
    `${wide.nodes.length} statements at 1× are drawn in tiles into one PNG showing every node; at ${tooLarge}× it is refused with the largest scale that works`,
    async () => {
      const { page } = await suite.open();
      const r = await exportIn(page, text, { format: 'png', scale: 1 });
      expect(r.width).toBeGreaterThan(CANVAS_LIMITS.maxSide);
      expect(r.notes.join()).toMatch(/tiles/);
      // Read the PNG row by row (2 GB of pixels would not fit a test): its structure, and every
      // card's colours at their places. The encoder writes filter type 0, so rows are raw RGBA.
      const ihdr = r.bytes.subarray(16, 24);
      expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)]).toEqual([r.width, r.height]);
      const idat: Buffer[] = [];
      for (let at = 8; at < r.bytes.length;) {
        const length = r.bytes.readUInt32BE(at);
        const type = r.bytes.subarray(at + 4, at + 8).toString('latin1');
        if (type === 'IDAT') idat.push(r.bytes.subarray(at + 8, at + 8 + length));
        at += length + 12;
      }
      const rowBytes = r.width * 4 + 1;
      const cards = cardSamples(r, 1, kinds);
      const byRow = new Map<number, Sample[]>();
      for (const s of cards.flat()) byRow.set(Math.round(s.y), [...(byRow.get(Math.round(s.y)) ?? []), s]);
      const seen = new Map<Sample, number[]>();
      const filters = new Set<number>();
      const total = await new Promise<number>((resolve, reject) => {
        let n = 0;
        let pending = Buffer.alloc(0);
        let row = 0;
        const inflate = createInflate();
        inflate.on('data', (c: Buffer) => {
          n += c.length;
          pending = Buffer.concat([pending, c]);
          while (pending.length >= rowBytes) {
            filters.add(pending[0]!);
            for (const s of byRow.get(row) ?? []) {
              const at = 1 + Math.round(s.x) * 4;
              seen.set(s, [...pending.subarray(at, at + 4)]);
            }
            pending = pending.subarray(rowBytes);
            row++;
          }
        });
        inflate.on('end', () => resolve(n));
        inflate.on('error', reject);
        for (const chunk of idat) inflate.write(chunk);
        inflate.end();
      });
      expect(total).toBe(r.height * rowBytes);
      expect([...filters]).toEqual([0]);
      const missing = cards.filter((samples) => !cardFound(samples, (s) => seen.get(s) ?? []));
      expect(missing.map((m) => m[0]!.id)).toEqual([]);
      const refusal = await exportIn(page, text, { format: 'png', scale: tooLarge }).then(
        () => 'exported',
        (e: Error) => e.message,
      );
      const best = Number(/largest scale that works is (\d+(?:\.\d+)?)×/.exec(refusal)?.[1]);
      expect(best, refusal).toBeCloseTo(largestScale(r.width, r.height, CANVAS_LIMITS.maxTotal), 1);
      expect(best).toBeGreaterThanOrEqual(1);
      expect(best).toBeLessThan(tooLarge);
    },
    full ? 300_000 : 120_000,
  );
});

describe('the editor state is untouched by exporting', () => {
  test('no history step, no change to the map', async () => {
    const { page } = await suite.open();
    const before = await getMap(page);
    await exportIn(page, GSOMIA, { format: 'svg' });
    expect(await getMap(page)).toEqual(before);
  });
});
