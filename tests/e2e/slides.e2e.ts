// Slides from a presentation, as a person makes them: Export… → Slides → PDF slides… or
// PowerPoint…, and `argmap export --to slides-pdf,pptx`. The PDF is read back with pdf.js (a page
// per presentation step, each with its step, statement and quote as text) and drawn with
// pdftoppm; the .pptx is unzipped (a slide per step with its statement as text, the quote in its
// notes, a picture of the map that is not blank) and converted back to PDF by LibreOffice, whose
// pages are counted and drawn. pdftoppm and LibreOffice come from Debian's packages
// (poppler-utils, libreoffice-impress): without them those checks are skipped with one line
// saying how to get them, and fail under CI=true (.ci/run installs them).
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { baseUrl, getMap, setupBrowser } from './helpers.ts';
import { slideDeck, type Slide } from '../../src/model/slides.ts';
import { parseMapText } from '../../src/model/format/load.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import type { ArgMap } from '../../src/model/types.ts';
import type { ScriptExportResult } from '../../src/export/exportMap.ts';

const suite = setupBrowser();
const root = fileURLToPath(new URL('../../', import.meta.url));
let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'argmap-slides-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** A program from Debian's packages; the test that needs it is skipped (one line) where it is missing, except in CI. */
const PACKAGES = { pdftoppm: 'poppler-utils', libreoffice: 'libreoffice-impress' } as const;
const programOf = (name: keyof typeof PACKAGES) => ['/usr/bin', '/usr/local/bin'].map((d) => join(d, name)).find((p) => existsSync(p));
function skipWithout(name: keyof typeof PACKAGES): boolean {
  if (programOf(name) || process.env.CI) return false;
  console.warn(
    `Slide check skipped: ${name} not found. Install it with: sudo apt-get install -y --no-install-recommends ${PACKAGES[name]} (or run .ci/run, which does)`,
  );
  return true;
}
const run = (name: keyof typeof PACKAGES, args: string[]) => {
  const program = programOf(name);
  expect(program, `${name} (${PACKAGES[name]}) is installed`).toBeTruthy();
  const r = spawnSync(program!, args, { encoding: 'utf8', timeout: 170_000 });
  expect(r.status, `${name} ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r;
};

const squash = (s: string) => s.replace(/\s+/g, '');
/** The start of a statement as it appears on a slide (a long one may be cut with "…"). */
const opening = (text: string) => squash(text).slice(0, 40);
const stepsOf = (map: ArgMap): Slide[] => {
  const deck = slideDeck(map);
  return Array.from({ length: deck.total }, (_, i) => deck.at(i + 1));
};
const gsomia = (() => {
  const loaded = parseMapText(readFileSync(join(root, 'maps/gsomia-2012.json'), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.map;
})();

/** Each page's size and text, read back with pdf.js. */
async function pdfPages(bytes: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false })
    .promise;
  const pages: { view: number[]; text: string }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push({ view: page.view, text: content.items.map((item) => ('str' in item ? item.str : '')).join('') });
  }
  return pages;
}

/** How many of an image's pixels are clearly not background (white or transparent). */
function inked(png: PNG): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
    if (a > 128 && (r < 200 || g < 200 || b < 200)) count++;
  }
  return count;
}

/** Draws pages of a PDF with pdftoppm (50 dpi) and returns them decoded. */
async function drawPages(pdf: string, pages: number[]): Promise<PNG[]> {
  const drawn: PNG[] = [];
  for (const n of pages) {
    const prefix = join(out, `drawn-${n}-${Date.now()}`);
    run('pdftoppm', ['-r', '50', '-f', String(n), '-l', String(n), '-png', '-singlefile', pdf, prefix]);
    drawn.push(PNG.sync.read(await readFile(`${prefix}.png`)));
  }
  return drawn;
}

/** Clicks one of the Export dialog's slide buttons and returns the downloaded file. */
async function saveSlidesFromDialog(page: Page, button: 'PDF slides…' | 'PowerPoint…') {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  const slides = dialog.getByRole('group', { name: 'Presentation slides' });
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await slides.getByRole('button', { name: button }).click();
  const file = await download;
  await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(false);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** `window.argmap.exportMap` with a slide format: what the command line calls. */
async function slidesIn(page: Page, map: ArgMap, format: 'slides-pdf' | 'pptx') {
  const r = await page.evaluate(
    ([text, format]) =>
      (window as unknown as { argmap: { exportMap: (t: string, o: object) => Promise<ScriptExportResult> } }).argmap.exportMap(text, {
        format,
      }),
    [serializeMap(map), format] as const,
  );
  return { ...r, bytes: Buffer.from(r.base64, 'base64') };
}

/** Checks a .pptx: a slide per step with its step and statement as text, the quote in its notes, a picture that is not blank. */
async function checkPptx(bytes: Uint8Array, steps: Slide[]) {
  const zip = await JSZip.loadAsync(bytes);
  const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slideFiles).toHaveLength(steps.length);
  const presentation = await zip.file('ppt/presentation.xml')!.async('string');
  // 16:9, 13.333 × 7.5 in (EMU), as SLIDE's 960 × 540 pt.
  expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  const textOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!).join(' ');
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  for (const [i, step] of steps.entries()) {
    const n = i + 1;
    const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    const text = squash(unescape(textOf(xml)));
    expect(text, `slide ${n}`).toContain(squash(`${n} / ${steps.length}`));
    expect(text, `slide ${n}`).toContain(squash(step.statement));
    // The picture, and the notes with the quote and its citation.
    const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
    const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
    expect(media, `slide ${n} has a picture`).toBeTruthy();
    const picture = PNG.sync.read(Buffer.from(await zip.file(`ppt/media/${media}`)!.async('uint8array')));
    expect(inked(picture), `slide ${n}'s picture is not blank`).toBeGreaterThan(500);
    const notesName = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const notes = squash(unescape(textOf(await zip.file(`ppt/notesSlides/${notesName}`)!.async('string'))));
    if (step.quote) expect(notes, `slide ${n}'s notes`).toContain(squash(`“${step.quote}”`));
    if (step.citation) expect(notes, `slide ${n}'s notes`).toContain(squash(step.citation));
  }
}

describe('slides from a presentation', () => {
  test('Export… → PDF slides…: a 16:9 page per presentation step, with its step, statement and quote', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const steps = stepsOf(await getMap(page));
    expect(steps).toHaveLength(46);
    const { name, bytes } = await saveSlidesFromDialog(page, 'PDF slides…');
    expect(name).toBe('gsomia-2012-slides.pdf');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: `Exported ${name}` })
          .isVisible(),
      )
      .toBe(true);
    expect(await page.getByRole('status').filter({ hasText: '46 slides' }).count()).toBe(1);
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(steps.length);
    for (const [i, p] of pages.entries()) {
      const step = steps[i]!;
      expect(p.view).toEqual([0, 0, 960, 540]);
      const text = squash(p.text);
      expect(text, `page ${i + 1}`).toContain(squash(`${i + 1} / 46`));
      expect(text, `page ${i + 1}`).toContain(opening(step.statement));
      // The quote's first words at the foot (a long one is cut after two lines).
      if (step.quote) expect(text, `page ${i + 1}`).toContain(squash(`“${step.quote}`).slice(0, 20));
    }
  });

  test('Export… → PowerPoint…: a slide per step, the statement as its text, the map as a picture, the quote in the notes', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const steps = stepsOf(await getMap(page));
    const { name, bytes } = await saveSlidesFromDialog(page, 'PowerPoint…');
    expect(name).toBe('gsomia-2012.pptx');
    await checkPptx(bytes, steps);
  });

  test('the slides follow what the presentation shows: folded statements are left out', async () => {
    const { page } = await suite.open();
    const folded: ArgMap = { ...gsomia, nodes: gsomia.nodes.map((n) => (n.id === 'claim-main' ? n : { ...n, collapsed: true })) };
    const steps = stepsOf(folded);
    expect(steps.length).toBeLessThan(gsomia.nodes.length);
    const pdf = await slidesIn(page, folded, 'slides-pdf');
    expect(pdf.slides).toBe(steps.length);
    const pages = await pdfPages(pdf.bytes);
    expect(pages).toHaveLength(steps.length);
    for (const [i, p] of pages.entries()) {
      expect(squash(p.text)).toContain(`${i + 1}/${steps.length}`);
      expect(squash(p.text)).toContain(opening(steps[i]!.statement));
    }
    const pptx = await slidesIn(page, folded, 'pptx');
    await checkPptx(pptx.bytes, steps);
    // A map with nothing to present says so.
    await expect(slidesIn(page, { ...gsomia, nodes: [], relations: [] }, 'pptx')).rejects.toThrow(/Nothing to present/);
  });

  test.skipIf(skipWithout('pdftoppm'))('the PDF slides draw: pdftoppm shows each page’s statement and map', async () => {
    const { page } = await suite.open();
    const pdf = await slidesIn(page, gsomia, 'slides-pdf');
    const file = join(out, 'drawn.pdf');
    await writeFile(file, pdf.bytes);
    const [first, last] = await drawPages(file, [1, 46]);
    for (const png of [first!, last!]) {
      expect([png.width, png.height]).toEqual([667, 375]); // 960 × 540 pt at 50 dpi
      // Ink in the statement's band (the top quarter) and in the map's (the middle).
      const band = (y0: number, y1: number) => {
        const part = new PNG({ width: png.width, height: y1 - y0 });
        png.data.copy(part.data, 0, y0 * png.width * 4, y1 * png.width * 4);
        return inked(part);
      };
      expect(band(20, 90)).toBeGreaterThan(300);
      expect(band(120, 320)).toBeGreaterThan(300);
    }
  });

  test.skipIf(skipWithout('libreoffice'))(
    'the .pptx opens in LibreOffice: converted back to PDF it has a page per step, with the statements, and draws',
    { timeout: 180_000 },
    async () => {
      const { page } = await suite.open();
      const steps = stepsOf(gsomia);
      const pptx = await slidesIn(page, gsomia, 'pptx');
      const file = join(out, 'converted.pptx');
      await writeFile(file, pptx.bytes);
      // A profile of its own, so a LibreOffice the user has open (or another test) does not take the conversion.
      const profile = `file://${join(out, 'lo-profile')}`;
      run('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file]);
      const converted = await readFile(join(out, 'converted.pdf'));
      const pages = await pdfPages(converted);
      expect(pages).toHaveLength(steps.length);
      for (const [i, p] of pages.entries()) expect(squash(p.text), `page ${i + 1}`).toContain(opening(steps[i]!.statement));
      if (!skipWithout('pdftoppm')) {
        const [drawn] = await drawPages(join(out, 'converted.pdf'), [1]);
        expect(inked(drawn!)).toBeGreaterThan(1000);
      }
    },
  );

  test('argmap export --to slides-pdf,pptx writes both files, a page and a slide per step', { timeout: 180_000 }, async () => {
    const dir = join(out, 'cli');
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ['bin/argmap.mjs', 'export', 'maps/gsomia-2012.json', '--to', 'slides-pdf,pptx', '--out', dir, '--app-url', baseUrl()],
        { cwd: root, env: { ...process.env, ARGMAP_APP_URL: '' }, maxBuffer: 16 * 1024 * 1024, timeout: 170_000 },
        (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['gsomia-2012-slides.pdf', 'gsomia-2012.pptx']);
    expect(r.stdout).toMatch(/gsomia-2012\.json → .*gsomia-2012-slides\.pdf \(46 slides, /);
    expect(r.stdout).toMatch(/gsomia-2012\.json → .*gsomia-2012\.pptx \(46 slides, /);
    expect(await pdfPages(await readFile(join(dir, 'gsomia-2012-slides.pdf')))).toHaveLength(46);
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'gsomia-2012.pptx')));
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(46);
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain(gsomia.nodes.find((n) => n.id === 'claim-main')!.text);
  });
});
