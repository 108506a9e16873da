// Exports maps as PNG, SVG or PDF from the command line, with the editor's own code: it
// serves the built app, opens it in headless Chromium and calls `window.argmap.exportMap`
// for each file, so the files match what the editor's Export dialog makes.
//
//   npm run export -- maps/gsomia-2012.json --format png --scale 2 --out out/gsomia.png
//   npm run export -- maps --format png,svg,pdf --out out/
//
// Run with --help for every option. Exit code: 0 all exported, 1 some file failed (the
// others are still exported), 2 bad usage or the app/browser could not start.
import { readdir, readFile, stat, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eachArg, expandFolders } from './cli.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FORMATS = ['png', 'svg', 'pdf'];

const HELP = `Usage: npm run export -- <map.json | folder>... [options]

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
  --padding PX         space around the map (default: 24)
  --page SIZE          PDF page: fit (sized to the map), a4 or letter (default: fit)
  --out PATH           output file (one map, one format) or folder (default: out/)
  --app-url URL        use an Argmap already served at URL (no build, no server)
  --no-build           serve dist/ as it is, even if older than the sources
  -h, --help           this text

A folder stands for the .json files in it. A file that is missing, unreadable or not an
Argmap map is reported and skipped; the others are still exported (exit code 1).`;

class UsageError extends Error {}

export function parseArgs(argv) {
  const opts = { inputs: [], formats: [], export: {}, out: undefined, appUrl: process.env.ARGMAP_APP_URL, build: true, help: false };
  const number = (v, name) => {
    const n = Number(v);
    if (!Number.isFinite(n)) throw new UsageError(`${name} must be a number (got "${v}").`);
    return n;
  };
  eachArg(
    argv,
    (flag, take, arg) => {
      switch (flag) {
        case '-h':
        case '--help':
          opts.help = true;
          break;
        case '--format':
          for (const f of take().split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
            if (!FORMATS.includes(f)) throw new UsageError(`Unknown format "${f}": use png, svg or pdf.`);
            if (!opts.formats.includes(f)) opts.formats.push(f);
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
    },
    (message) => new UsageError(message),
  );
  if (!opts.formats.length) opts.formats.push('png');
  return opts;
}

/** Where each (file, format) goes. */
function planOutputs(files, formats, out) {
  const outIsFile = out !== undefined && FORMATS.includes(extname(out).slice(1).toLowerCase());
  if (outIsFile && (files.length > 1 || formats.length > 1))
    throw new UsageError(`--out ${out} is one file, but there are ${files.length} map(s) in ${formats.length} format(s): give a folder instead.`);
  if (outIsFile && extname(out).slice(1).toLowerCase() !== formats[0])
    throw new UsageError(`--out ${out} does not end in .${formats[0]}, the format asked for.`);
  const folder = out ?? 'out';
  return files.flatMap((file) =>
    formats.map((format) => ({ file, format, target: outIsFile ? out : join(folder, `${basename(file).replace(/(\.argmap)?\.json$/i, '') || 'map'}.${format}`) })),
  );
}

async function readMapFile(file) {
  try {
    return { text: await readFile(file, 'utf8') };
  } catch (e) {
    const reason =
      e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a folder' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.message;
    return { error: `cannot read the file (${reason})` };
  }
}

async function newestMtime(paths) {
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
async function serveApp(build) {
  const vite = await import('vite');
  const dist = join(ROOT, 'dist');
  const builtAt = await stat(join(dist, 'index.html')).then((s) => s.mtimeMs, () => 0);
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
  const server = await vite.preview({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  const address = server.httpServer.address();
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((r) => server.httpServer.close(r)) };
}

async function openApp(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.argmap?.exportMap === 'function', undefined, { timeout: 30_000 });
  return page;
}

/** Runs one export in the page; the bytes come back in slices (a big PNG is large for one message). */
async function exportInPage(page, text, options) {
  const info = await page.evaluate(
    async ({ text, options }) => {
      const result = await window.argmap.exportMap(text, options);
      window.__argmapExport = result.base64;
      return { mime: result.mime, width: result.width, height: result.height, repairs: result.repairs, notes: result.notes, length: result.base64.length };
    },
    { text, options },
  );
  const SLICE = 8 * 1024 * 1024;
  const parts = [];
  for (let at = 0; at < info.length; at += SLICE) parts.push(Buffer.from(await page.evaluate(([a, n]) => window.__argmapExport.slice(a, a + n), [at, SLICE]), 'base64'));
  await page.evaluate(() => delete window.__argmapExport);
  return { ...info, bytes: Buffer.concat(parts) };
}

const size = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1e3))} kB`);
// "page.evaluate: Error: reason" → "reason" (the page's error class name is dropped too).
const cleanError = (e) => String(e?.message ?? e).replace(/^page\.evaluate: /, '').replace(/^[A-Za-z]\w*: /, '').split('\n')[0];

export async function main(argv) {
  let opts;
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

  const files = await expandFolders(opts.inputs, (name) => name.endsWith('.json'), (folder) => console.warn(`! ${folder}: no .json files in this folder`));
  let jobs;
  try {
    jobs = planOutputs(files, opts.formats, opts.out);
  } catch (e) {
    console.error(`export: ${e.message}`);
    return 2;
  }

  const started = Date.now();
  let server = null;
  let browser = null;
  const failed = new Set();
  let written = 0;
  try {
    let url = opts.appUrl;
    if (!url) {
      server = await serveApp(opts.build);
      url = server.url;
    }
    const { launchChromium } = await import('./chromium.mjs');
    browser = await launchChromium();
    let page = await openApp(browser, url);
    const texts = new Map();
    for (const job of jobs) {
      const name = relative(process.cwd(), job.file) || job.file;
      if (!texts.has(job.file)) texts.set(job.file, await readMapFile(job.file));
      const input = texts.get(job.file);
      if (input.error) {
        if (!failed.has(job.file)) console.error(`✗ ${name}: ${input.error}`);
        failed.add(job.file);
        continue;
      }
      const t0 = Date.now();
      try {
        const result = await exportInPage(page, input.text, { ...opts.export, format: job.format });
        await mkdir(dirname(resolve(job.target)), { recursive: true });
        await writeFile(job.target, result.bytes);
        written++;
        const dims = job.format === 'png' ? `${result.width} × ${result.height} px` : `${result.width} × ${result.height} px drawing`;
        console.log(`✓ ${name} → ${job.target} (${dims}, ${size(result.bytes.length)}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
        if (result.repairs.length && job.format === opts.formats[0]) console.log(`  opened with ${result.repairs.length} repair(s): ${result.repairs.slice(0, 3).join('; ')}${result.repairs.length > 3 ? '; …' : ''}`);
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
  console.log(`${written} file(s) written; ${failed.size} of ${new Set(jobs.map((j) => j.file)).size} map(s) failed; ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return failed.size ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
