// Builds the app once (production build, in a temporary folder so `dist/` is left alone),
// serves it with `vite preview` on a free loopback port, and hands the URL to the browser
// tests through `inject('baseUrl')`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { requireChromium } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  interface ProvidedContext {
    baseUrl: string;
    /** The built app, for tests that serve it themselves (the sync server). */
    distDir: string;
  }
}

const root = new URL('../..', import.meta.url).pathname;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // No browser: stop here with one line saying how to get one, not a failure per test.
  const browser = await requireChromium();
  console.log(`Browser tests use ${browser.executablePath} (${browser.source})`);
  const outDir = await mkdtemp(join(tmpdir(), 'argmap-e2e-'));
  // vitest sets NODE_ENV=test, which would give React's development build.
  const previousEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = previousEnv;
  }

  let server: PreviewServer | undefined;
  try {
    server = await preview({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    });
  } catch (e) {
    await rm(outDir, { recursive: true, force: true });
    throw e;
  }
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error(`vite preview gave no TCP address (${String(address)})`);
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('distDir', outDir);

  return async () => {
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
