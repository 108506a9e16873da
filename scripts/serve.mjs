// `npm run serve`: builds the app if it is missing or older than its sources, builds the
// server (vite build --ssr: TypeScript to one ESM file, dependencies left in node_modules),
// then runs it. One command after `npm install`.
import { build } from 'vite';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const newest = (path) => {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
};
const sourcesTime = (paths) => Math.max(...paths.filter(existsSync).map(newest));

const quiet = { logLevel: 'warn' };
const dist = process.env.ARGMAP_DIST || 'dist';
if (!existsSync(join(dist, 'index.html')) || statSync(join(dist, 'index.html')).mtimeMs < sourcesTime(['src', 'index.html', 'public'])) {
  console.log('Building the app…');
  process.env.NODE_ENV = 'production';
  await build({ ...quiet, build: { outDir: dist } });
}
if (!existsSync('dist-server/main.js') || statSync('dist-server/main.js').mtimeMs < sourcesTime(['server', 'src/sync', 'src/model'])) {
  await build({ ...quiet, build: { ssr: 'server/main.ts', outDir: 'dist-server', emptyOutDir: true } });
}
const { runFromEnv } = await import(pathToFileURL('dist-server/main.js').href);
await runFromEnv();
