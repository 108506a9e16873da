// `argmap export`: maps as PNG, SVG or PDF, and their presentation as slides (a PDF of one page
// per step, or PowerPoint), with the editor's own code. It serves the built app, opens it in
// headless Chromium and calls `window.argmap.exportMap` for each file, so the files match what
// the editor's Export dialog makes. As an interactive page (--to html) it needs neither:
// exportPage.ts.
//
//   npm run export -- maps/gsomia-2012.json --format png --scale 2 --out out/gsomia.png
//   npx argmap export maps --format png,svg,pdf --out out/
//   npx argmap export maps/gsomia-2012.json --to slides-pdf,pptx --out out/
//   npx argmap export maps/gsomia-2012.json --to html --out gsomia.html
//
// Exit code: 0 all exported, 1 some file failed (the others are still exported), 2 bad usage or
// the app/browser could not start. Vite and Chromium are loaded only when there is work to do.
import { readdir, readFile, stat, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { eachArg, expandFolders, listOf, UsageError } from './args.ts';
import { isSlideFormat, SLIDE_FILE_ENDINGS } from '../src/export/slideFormats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FORMATS = ['png', 'svg', 'pdf', 'slides-pdf', 'pptx', 'html'] as const;
type Format = (typeof FORMATS)[number];
/** How each format's file ends: slides are `name-slides.pdf` (beside the map's own PDF) and `name.pptx`. */
const endingOf = (format: Format) => (isSlideFormat(format) ? SLIDE_FILE_ENDINGS[format] : `.${format}`);
/** The extension a single --out file must have for a format. */
const extensionOf = (format: Format) => endingOf(format).split('.').pop()!;

export const HELP = `Usage: npm run export -- <map.json | folder>... [options]
       npx argmap export <map.json | folder>... [options]

Exports Argmap maps as images, or their presentation as slides, with the editor's own
renderer (built app, headless Chromium), or as interactive pages: one HTML file each that
shows the map read-only in any browser, with no network (html: no browser needed; the viewer
is built on first use and kept).

Options:
  --format LIST        png, svg, pdf, slides-pdf, pptx, html, or several: png,svg,pdf (default: png)
  --to LIST            the same as --format
                       slides-pdf: one PDF page per presentation step (name-slides.pdf)
                       pptx: one PowerPoint slide per step, the source quote in its notes
                       html: an interactive page, read-only, in one file
  --scale N            PNG scale, e.g. 1, 2, 3 (default: 2)
  --width PX           PNG width in pixels (instead of --scale)
  --background BG      white, transparent or dark (default: white; PDF: no transparent)
  --title              draw the map's title above it
  --title-text TEXT    draw TEXT as the title
  --legend             draw a legend of the kinds used
  --evaluation         show each statement's computed status (stands, defeated, undecided)
  --comments           include the comments: numbered markers and their list under the map
  --padding PX         space around the map (default: 24)
  --page SIZE          PDF page: fit (sized to the map), a4 or letter (default: fit)
                       (slides are 16:9 and take none of the image options)
  --out PATH           output file (one map, one format) or folder (default: out/)
  --app-url URL        use an Argmap already served at URL (no build, no server)
  --no-build           serve dist/ as it is, even if older than the sources
  -h, --help           this text

A folder stands for the .json files in it. A file that is missing, unreadable or not an
Argmap map is reported and skipped; the others are still exported (exit code 1).`;

/** What the page's exporter takes: the Export dialog's options, as given on the command line. */
interface PageExportOptions {
  format?: Format;
  scale?: number;
  width?: number;
  background?: string;
  title?: boolean;
  titleText?: string;
  legend?: boolean;
  evaluation?: boolean;
  comments?: boolean;
  padding?: number;
  page?: string;
}

interface Options {
  inputs: string[];
  formats: Format[];
  export: PageExportOptions;
  out: string | undefined;
  appUrl: string | undefined;
  build: boolean;
  help: boolean;
}

export function parseArgs(argv: string[]): Options {
  const opts: Options = {
    inputs: [],
    formats: [],
    export: {},
    out: undefined,
    appUrl: process.env.ARGMAP_APP_URL,
    build: true,
    help: false,
  };
  const number = (v: string, name: string) => {
    const n = Number(v);
    if (!Number.isFinite(n)) throw new UsageError(`${name} must be a number (got "${v}").`);
    return n;
  };
  eachArg(argv, (flag, take, arg) => {
    switch (flag) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '--format':
      case '--to':
        for (const f of listOf(take())) {
          if (!(FORMATS as readonly string[]).includes(f))
            throw new UsageError(`Unknown format "${f}": use png, svg, pdf, slides-pdf, pptx or html.`);
          if (!opts.formats.includes(f as Format)) opts.formats.push(f as Format);
        }
        break;
      case '--scale':
        opts.export.scale = number(take(), '--scale');
        break;
      case '--width':
        opts.export.width = number(take(), '--width');
        break;
      case '--background':
        opts.export.background = take();
        break;
      case '--title':
        opts.export.title = true;
        break;
      case '--title-text':
        opts.export.title = true;
        opts.export.titleText = take();
        break;
      case '--legend':
        opts.export.legend = true;
        break;
      case '--evaluation':
        opts.export.evaluation = true;
        break;
      case '--comments':
        opts.export.comments = true;
        break;
      case '--padding':
        opts.export.padding = number(take(), '--padding');
        break;
      case '--page':
        opts.export.page = take();
        break;
      case '--out':
        opts.out = take();
        break;
      case '--app-url':
        opts.appUrl = take();
        break;
      case '--no-build':
        opts.build = false;
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg} (see --help).`);
        opts.inputs.push(arg);
    }
  });
  if (!opts.formats.length) opts.formats.push('png');
  return opts;
}

interface Job {
  file: string;
  format: Format;
  target: string;
}

/** Where each (file, format) goes. */
export function planOutputs(files: string[], formats: Format[], out: string | undefined): Job[] {
  const outIsFile = out !== undefined && FORMATS.map(extensionOf).includes(extname(out).slice(1).toLowerCase());
  if (outIsFile && (files.length > 1 || formats.length > 1))
    throw new UsageError(
      `--out ${out} is one file, but there are ${files.length} map(s) in ${formats.length} format(s): give a folder instead.`,
    );
  if (outIsFile && extname(out).slice(1).toLowerCase() !== extensionOf(formats[0]!))
    throw new UsageError(`--out ${out} does not end in .${extensionOf(formats[0]!)}, the format asked for.`);
  const folder = out ?? 'out';
  return files.flatMap((file) =>
    formats.map((format) => ({
      file,
      format,
      target: outIsFile ? out : join(folder, `${basename(file).replace(/(\.argmap)?\.json$/i, '') || 'map'}${endingOf(format)}`),
    })),
  );
}

interface MapInput {
  text?: string;
  error?: string;
  /** The loader refused it: said once, not once per format. */
  refused?: boolean;
}

async function readMapFile(file: string): Promise<MapInput> {
  try {
    return { text: await readFile(file, 'utf8') };
  } catch (e) {
    const { code, message } = e as NodeJS.ErrnoException;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : message;
    return { error: `cannot read the file (${reason})` };
  }
}

async function newestMtime(paths: string[]): Promise<number> {
  let newest = 0;
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      continue;
    }
    if (info.isDirectory()) newest = Math.max(newest, await newestMtime((await readdir(p)).map((n) => join(p, n))));
    else newest = Math.max(newest, info.mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than the sources, then serves it. */
async function serveApp(build: boolean): Promise<{ url: string; close(): Promise<void> }> {
  const vite = await import('vite');
  const dist = join(ROOT, 'dist');
  const builtAt = await stat(join(dist, 'index.html')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const sourcesAt = await newestMtime(['src', 'maps', 'index.html', 'package.json', 'vite.config.ts'].map((p) => join(ROOT, p)));
  if (!builtAt || (build && sourcesAt > builtAt)) {
    const started = Date.now();
    process.stderr.write(builtAt ? 'dist/ is older than the sources: building the app… ' : 'Building the app… ');
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await vite.build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
    } finally {
      process.env.NODE_ENV = previous;
    }
    process.stderr.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const server = await vite.preview({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise<void>((r) => server.httpServer.close(() => r())) };
}

/** What the page offers the command line (src/export/lazy.ts, exportMapForScripts). */
interface ScriptWindow {
  argmap?: {
    exportMap?(
      text: string,
      options: PageExportOptions,
    ): Promise<{ mime: string; width: number; height: number; repairs: string[]; notes: string[]; base64: string; slides?: number }>;
  };
  __argmapExport?: string;
}

async function openApp(browser: Browser, url: string): Promise<Page> {
  // No service worker: it would keep a copy of the app for offline use, which an export never needs.
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as ScriptWindow).argmap?.exportMap === 'function', undefined, {
    timeout: 30_000,
  });
  return page;
}

/** Runs one export in the page; the bytes come back in slices (a big PNG is large for one message). */
async function exportInPage(page: Page, text: string, options: PageExportOptions) {
  const info = await page.evaluate(
    async ({ text, options }) => {
      const w = window as unknown as ScriptWindow;
      const result = await w.argmap!.exportMap!(text, options);
      w.__argmapExport = result.base64;
      return {
        mime: result.mime,
        width: result.width,
        height: result.height,
        slides: result.slides,
        repairs: result.repairs,
        notes: result.notes,
        length: result.base64.length,
      };
    },
    { text, options },
  );
  const SLICE = 8 * 1024 * 1024;
  const parts: Buffer[] = [];
  for (let at = 0; at < info.length; at += SLICE)
    parts.push(
      Buffer.from(
        await page.evaluate(([a, n]) => (window as unknown as ScriptWindow).__argmapExport!.slice(a, a + n), [at, SLICE] as const),
        'base64',
      ),
    );
  await page.evaluate(() => delete (window as unknown as ScriptWindow).__argmapExport);
  return { ...info, bytes: Buffer.concat(parts) };
}

const size = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1e3))} kB`);
// "page.evaluate: Error: reason" → "reason" (the page's error class name is dropped too).
const cleanError = (e: unknown): string =>
  String((e as Error | undefined)?.message ?? e)
    .replace(/^page\.evaluate: /, '')
    .replace(/^[A-Za-z]\w*: /, '')
    .split('\n')[0]!;

export async function run(argv: string[]): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(argv);
    if (opts.help) {
      console.log(HELP);
      return 0;
    }
    if (!opts.inputs.length) throw new UsageError('Name at least one map file or folder (see --help).');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`export: ${e.message}`);
    return 2;
  }

  const files = await expandFolders(
    opts.inputs,
    (name) => name.endsWith('.json'),
    (folder) => console.warn(`! ${folder}: no .json files in this folder`),
  );
  let jobs: Job[];
  try {
    jobs = planOutputs(files, opts.formats, opts.out);
  } catch (e) {
    console.error(`export: ${(e as Error).message}`);
    return 2;
  }

  const started = Date.now();
  let server: { url: string; close(): Promise<void> } | null = null;
  let browser: Browser | null = null;
  const failed = new Set<string>();
  let written = 0;
  const texts = new Map<string, MapInput>();
  const inputOf = async (file: string) => {
    if (!texts.has(file)) texts.set(file, await readMapFile(file));
    return texts.get(file)!;
  };
  let phase = 'build the interactive page viewer';
  const nameOf = (job: Job) => relative(process.cwd(), job.file) || job.file;
  /** A file that cannot be read, or that the loader refuses, is said once, not once per format. */
  const refuse = (job: Job, input: MapInput, message: string, refused: boolean) => {
    if (!input.refused) console.error(`✗ ${nameOf(job)}${opts.formats.length > 1 && !refused ? ` (${job.format})` : ''}: ${message}`);
    failed.add(job.file);
    if (refused) input.refused = true;
  };
  const done = async (job: Job, bytes: Buffer | string, t0: number, dims: string, repairs: string[]) => {
    await mkdir(dirname(resolve(job.target)), { recursive: true });
    await writeFile(job.target, bytes);
    written++;
    const length = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
    console.log(`✓ ${nameOf(job)} → ${job.target} (${dims}${size(length)}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    if (repairs.length && job.format === opts.formats[0])
      console.log(`  opened with ${repairs.length} repair(s): ${repairs.slice(0, 3).join('; ')}${repairs.length > 3 ? '; …' : ''}`);
  };
  try {
    // Interactive pages first: they need no app and no browser.
    const pageJobs = jobs.filter((j) => j.format === 'html');
    const { loadViewer, pageForMap } = await import('./exportPage.ts');
    const viewer = pageJobs.length ? await loadViewer() : null;
    for (const job of pageJobs) {
      const input = await inputOf(job.file);
      if (input.error !== undefined) {
        refuse(job, input, input.error, true);
        continue;
      }
      const t0 = Date.now();
      try {
        const page = pageForMap(input.text!, viewer!);
        if ('error' in page) refuse(job, input, page.error, true);
        else await done(job, page.html, t0, '', page.repairs);
      } catch (e) {
        refuse(job, input, cleanError(e), false);
      }
    }
    phase = 'start the app or the browser';
    const imageJobs = jobs.filter((j) => j.format !== 'html');
    if (!imageJobs.length) return finish();
    let url = opts.appUrl;
    if (!url) {
      server = await serveApp(opts.build);
      url = server.url;
    }
    const { launchChromium } = await import('../scripts/chromium.mjs');
    browser = await launchChromium();
    let page = await openApp(browser, url);
    for (const job of imageJobs) {
      const input = await inputOf(job.file);
      if (input.error !== undefined) {
        refuse(job, input, input.error, true);
        continue;
      }
      const t0 = Date.now();
      try {
        const result = await exportInPage(page, input.text!, { ...opts.export, format: job.format });
        const dims =
          result.slides !== undefined
            ? `${result.slides} slides, `
            : job.format === 'png'
              ? `${result.width} × ${result.height} px, `
              : `${result.width} × ${result.height} px drawing, `;
        await done(job, result.bytes, t0, dims, result.repairs);
        for (const note of result.notes) console.log(`  ${note}`);
      } catch (e) {
        const message = cleanError(e);
        // A file the loader refuses fails the same way in every format: say it once.
        refuse(job, input, message, /not valid JSON|not an Argmap map|newer Argmap|invalid format version|could not be read/.test(message));
        if (page.isClosed()) page = await openApp(browser, url);
      }
    }
  } catch (e) {
    console.error(`export: could not ${phase}: ${cleanError(e)}`);
    return 2;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
  }
  return finish();

  function finish(): number {
    console.log(
      `${written} file(s) written; ${failed.size} of ${new Set(jobs.map((j) => j.file)).size} map(s) failed; ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return failed.size ? 1 : 0;
  }
}
