// `argmap export`: maps as PNG, SVG or PDF with the editor's own code. It serves the built app,
// opens it in headless Chromium and calls `window.argmap.exportMap` for each file, so the files
// match what the editor's Export dialog makes.
//
//   npm run export -- maps/gsomia-2012.json --format png --scale 2 --out out/gsomia.png
//   npx argmap export maps --format png,svg,pdf --out out/
//
// Exit code: 0 all exported, 1 some file failed (the others are still exported), 2 bad usage or
// the app/browser could not start. Vite and Chromium are loaded only when there is work to do.
import { readdir, readFile, stat, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { eachArg, expandFolders, listOf, UsageError } from './args.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FORMATS = ['png', 'svg', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

export const HELP = `Usage: npm run export -- <map.json | folder>... [options]
       npx argmap export <map.json | folder>... [options]

Exports Argmap maps as images with the editor's own renderer (built app, headless Chromium).

Options:
  --format LIST        png, svg, pdf, or several: png,svg,pdf (default: png)
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
        for (const f of listOf(take())) {
          if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`Unknown format "${f}": use png, svg or pdf.`);
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
function planOutputs(files: string[], formats: Format[], out: string | undefined): Job[] {
  const outIsFile = out !== undefined && (FORMATS as readonly string[]).includes(extname(out).slice(1).toLowerCase());
  if (outIsFile && (files.length > 1 || formats.length > 1))
    throw new UsageError(
      `--out ${out} is one file, but there are ${files.length} map(s) in ${formats.length} format(s): give a folder instead.`,
    );
  if (outIsFile && extname(out).slice(1).toLowerCase() !== formats[0])
    throw new UsageError(`--out ${out} does not end in .${formats[0]}, the format asked for.`);
  const folder = out ?? 'out';
  return files.flatMap((file) =>
    formats.map((format) => ({
      file,
      format,
      target: outIsFile ? out : join(folder, `${basename(file).replace(/(\.argmap)?\.json$/i, '') || 'map'}.${format}`),
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
    ): Promise<{ mime: string; width: number; height: number; repairs: string[]; notes: string[]; base64: string }>;
  };
  __argmapExport?: string;
}

async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
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
  try {
    let url = opts.appUrl;
    if (!url) {
      server = await serveApp(opts.build);
      url = server.url;
    }
    const { launchChromium } = await import('../scripts/chromium.mjs');
    browser = await launchChromium();
    let page = await openApp(browser, url);
    const texts = new Map<string, MapInput>();
    for (const job of jobs) {
      const name = relative(process.cwd(), job.file) || job.file;
      if (!texts.has(job.file)) texts.set(job.file, await readMapFile(job.file));
      const input = texts.get(job.file)!;
      if (input.error !== undefined) {
        if (!failed.has(job.file)) console.error(`✗ ${name}: ${input.error}`);
        failed.add(job.file);
        continue;
      }
      const t0 = Date.now();
      try {
        const result = await exportInPage(page, input.text!, { ...opts.export, format: job.format });
        await mkdir(dirname(resolve(job.target)), { recursive: true });
        await writeFile(job.target, result.bytes);
        written++;
        const dims = job.format === 'png' ? `${result.width} × ${result.height} px` : `${result.width} × ${result.height} px drawing`;
        console.log(`✓ ${name} → ${job.target} (${dims}, ${size(result.bytes.length)}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
        if (result.repairs.length && job.format === opts.formats[0])
          console.log(
            `  opened with ${result.repairs.length} repair(s): ${result.repairs.slice(0, 3).join('; ')}${result.repairs.length > 3 ? '; …' : ''}`,
          );
        for (const note of result.notes) console.log(`  ${note}`);
      } catch (e) {
        const message = cleanError(e);
        // A file the loader refuses fails the same way in every format: say it once.
        const refused = /not valid JSON|not an Argmap map|newer Argmap|invalid format version|could not be read/.test(message);
        if (!input.refused) console.error(`✗ ${name}${opts.formats.length > 1 && !refused ? ` (${job.format})` : ''}: ${message}`);
        failed.add(job.file);
        if (refused) input.refused = true;
        if (page.isClosed()) page = await openApp(browser, url);
      }
    }
  } catch (e) {
    console.error(`export: could not start the app or the browser: ${cleanError(e)}`);
    return 2;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
  }
  console.log(
    `${written} file(s) written; ${failed.size} of ${new Set(jobs.map((j) => j.file)).size} map(s) failed; ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return failed.size ? 1 : 0;
}
