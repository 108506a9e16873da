/// <reference types="vitest/config" />
import { defineConfig, normalizePath, type Plugin } from 'vite';
import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { geometryStyleSheet } from './src/model/theme/cssVariables.ts';
import { offlineApp } from './vite.pwa.ts';
import { viewerBundlePlugin } from './scripts/viewer-bundle.ts';

/**
 * styles.css begins with the card geometry of src/model/theme/card.ts as CSS variables
 * (--card-width and the like), written when the style sheet is built: one source of these
 * numbers for the canvas, the layout and the exporter, at no cost to the page's JavaScript.
 */
function cardGeometryCss(): Plugin {
  const styles = normalizePath(fileURLToPath(new URL('./src/styles.css', import.meta.url)));
  return {
    name: 'argmap-card-geometry',
    transform(code, id) {
      if (normalizePath(id.split('?')[0]!) !== styles) return null;
      return { code: `${geometryStyleSheet()}${code}`, map: null };
    },
  };
}

/**
 * JSZip (which PptxGenJS brings for the .pptx slides) ships as a browserify bundle whose loader
 * falls back to a global `require` it never finds in a browser. Left in, that one free `require`
 * makes the bundler add its require shim to the runtime chunk every page loads (0.2 kB gzip of
 * the initial budget) for a chunk loaded only when slides are made.
 */
function jszipWithoutRequire(): Plugin {
  return {
    name: 'argmap-jszip-without-require',
    transform(code, id) {
      if (!normalizePath(id).endsWith('/node_modules/jszip/dist/jszip.min.js')) return null;
      return { code: code.replaceAll('"function"==typeof require&&require', '!1'), map: null };
    },
  };
}

/** What every browser test project shares: the built app served once per project, long waits. */
const BROWSER_TESTS = {
  globals: true,
  environment: 'node' as const,
  globalSetup: ['tests/e2e/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // The browser tests wait for conditions with expect.poll: give a busy CI machine time.
  expect: { poll: { timeout: 10_000 } },
};
const SCALE_OUT = 'tests/e2e/scale.e2e.ts';

export default defineConfig({
  // viewerBundlePlugin: the interactive page's viewer for Export → Interactive page (scripts/viewer-bundle.ts).
  plugins: [react(), cardGeometryCss(), jszipWithoutRequire(), offlineApp(), viewerBundlePlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Issue 10, initial JavaScript ≤ 180 kB gzipped (npm run bench:bundle): everything the page needs
    // at start in one chunk (split, the same code gzips ~1.5 kB larger); no modulepreload polyfill
    // (es2022 browsers that lack modulepreload still load the chunks, just without the head start).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'editor', tags: ['$initial'] }] } } },
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1' },
  test: {
    // Browser tests spend most of their time waiting on the page, so more test files than cores
    // run at once (each browser file has its own Chromium; the unit files share the rest).
    maxWorkers: Math.max(4, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          globals: true,
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/setup.ts'],
          // Component tests render the whole app in jsdom: 5 s is too tight on a busy 2-core machine.
          testTimeout: 20_000,
          benchmark: { include: ['tests/**/*.bench.ts'] },
        },
      },
      {
        test: {
          ...BROWSER_TESTS,
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: [SCALE_OUT],
        },
      },
      {
        // Two sync servers, PostgreSQL, Redis and Caddy on one machine: run alone, after the
        // other tests, so that a starved instance does not make the proxy route around it.
        test: {
          ...BROWSER_TESTS,
          name: 'e2e-scale',
          include: [SCALE_OUT],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
