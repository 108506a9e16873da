// The interactive page's viewer, built and kept: src/viewer/ as one script and one style sheet
// (vite.viewer.config.ts), made ready to sit inside a page (src/export/interactivePage.ts) and
// hashed for the page's Content-Security-Policy. Built in a Node process of its own (a
// production build, whatever the process asking runs as), once per state of the sources: the
// result is kept in node_modules/.cache/argmap-viewer/ under a hash of every file it is built
// from, so the next build, export or test finds it at once.
//
// Two users: `argmap export --to html` (cli/export.ts) calls viewerBundle(); the editor gets it
// from the module `virtual:argmap-viewer`, which viewerBundlePlugin() (vite.config.ts) fills
// with it, in a chunk of its own that loads only when someone exports a page.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';
import type { ViewerBundle } from '../src/export/interactivePage.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'argmap-viewer');
/** What the viewer is built from, besides the installed packages (package-lock.json stands for them). */
const INPUTS = ['src', 'package-lock.json', 'vite.config.ts', 'vite.viewer.config.ts', 'scripts/viewer-bundle.ts'];

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => null);
  if (!entries) return [path];
  const nested = await Promise.all(entries.map((e) => filesUnder(join(path, e.name))));
  return nested.flat().sort();
}

/** A hash of every file the viewer is built from: it names the kept build. */
export async function viewerSourceKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of INPUTS)
    for (const file of await filesUnder(join(ROOT, input))) {
      hash.update(relative(ROOT, file));
      hash.update(await readFile(file).catch(() => Buffer.alloc(0)));
    }
  return hash.digest('hex').slice(0, 24);
}

/**
 * The built script, made safe to sit between <script> and </script>: "<script", "</script" and
 * "<!--" (which change where the HTML parser ends the element) occur in the bundle only inside
 * string and template literals (React has one), where \x3C reads as the same "<".
 */
export function scriptForPage(code: string): string {
  return code.replace(/<(?=\/?script|!--)/gi, '\\x3C');
}

/** The CSP source that lets exactly this script run. */
export const scriptHashOf = (script: string) => `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;

/** Runs the viewer's build in a Node process of its own, into a new folder; returns the bundle. */
async function build(): Promise<ViewerBundle> {
  await mkdir(CACHE, { recursive: true });
  const out = await mkdtemp(join(CACHE, 'build-'));
  try {
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    await promisify(execFile)(process.execPath, [vite, 'build', '--config', 'vite.viewer.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', ARGMAP_VIEWER_OUT: out },
      maxBuffer: 16 * 1024 * 1024,
    });
    const script = scriptForPage((await readFile(join(out, 'viewer.js'), 'utf8')).trim());
    const style = (await readFile(join(out, 'viewer.css'), 'utf8')).trim();
    return { script, style, scriptHash: scriptHashOf(script) };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

let pending: { key: string; bundle: Promise<ViewerBundle> } | null = null;

/**
 * The viewer for the sources as they are now: the kept build if there is one, else built (a few
 * seconds). `onBuild` is told before a build starts.
 */
export async function viewerBundle(onBuild?: () => void): Promise<ViewerBundle> {
  const key = await viewerSourceKey();
  if (pending?.key === key) return pending.bundle;
  const kept = join(CACHE, `${key}.json`);
  const bundle = readFile(kept, 'utf8').then(
    (text) => JSON.parse(text) as ViewerBundle,
    async () => {
      onBuild?.();
      const built = await build();
      // Written whole, then renamed: another process never reads half a file.
      const temporary = `${kept}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(built));
      await rename(temporary, kept);
      for (const name of await readdir(CACHE))
        if (name.endsWith('.json') && name !== `${key}.json`) await rm(join(CACHE, name), { force: true });
      return built;
    },
  );
  pending = { key, bundle };
  bundle.catch(() => (pending = null));
  return bundle;
}

const VIRTUAL_ID = 'virtual:argmap-viewer';

/** `import('virtual:argmap-viewer')` gives the viewer bundle (src/export/viewerBundle.ts). */
export function viewerBundlePlugin(): Plugin {
  return {
    name: 'argmap-viewer-bundle',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : null),
    // `npm run dev`: a change to the sources makes the next export build the viewer again.
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!INPUTS.some((input) => resolve(file).startsWith(join(ROOT, input)))) return;
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(`\0${VIRTUAL_ID}`);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
      });
    },
    async load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return null;
      const bundle = await viewerBundle(() => this.info?.('building the interactive page viewer (vite.viewer.config.ts)'));
      return `export const viewer = ${JSON.stringify(bundle)};`;
    },
  };
}
