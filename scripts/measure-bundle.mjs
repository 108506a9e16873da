// The editor's initial JavaScript: what the built page loads before it can work. Reads
// dist/index.html, takes its module scripts and modulepreload links, follows the static
// imports of those chunks (not dynamic import(): those load on first use), gzips each file
// and prints the total against the budget. Exits 1 when over budget.
//
//   npm run bench:bundle            (builds, then measures dist/)
//   node scripts/measure-bundle.mjs [distDir]
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue 10: initial JavaScript of the editor at most 180 kB gzipped (1 kB = 1,000 bytes, as Vite prints). */
const BUDGET_KB = 180;

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`))?.[1];
const roots = [];
for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
  if (attribute(tag, 'type') === 'module' && attribute(tag, 'src')) roots.push(attribute(tag, 'src'));
for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) if (attribute(tag, 'rel') === 'modulepreload') roots.push(attribute(tag, 'href'));

/** Static imports and re-exports at the top of a bundled chunk (`import{a}from"./x.js"`, `import"./y.js"`, `export*from"./z.js"`). */
function staticImports(code) {
  const found = [];
  const statement = /^\s*(?:import|export)\s*(?:[^"'`;()]*?\s*from\s*)?["']([^"']+)["']\s*;?/;
  let rest = code.replace(/^#![^\n]*\n/, '');
  for (let m = statement.exec(rest); m; m = statement.exec(rest)) {
    found.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  return found;
}

const chunks = new Map();
const queue = roots.map((src) => posix.normalize(src.replace(/^\//, '')));
while (queue.length) {
  const file = queue.shift();
  if (chunks.has(file)) continue;
  const code = readFileSync(join(dist, file));
  chunks.set(file, { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
  for (const spec of staticImports(code.toString('utf8')))
    if (spec.startsWith('.')) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
}

const kB = (n) => (n / 1000).toFixed(1).padStart(7);
console.log('Initial JavaScript (dist/index.html: module scripts, modulepreloads and their static imports)');
for (const [file, size] of [...chunks].sort((a, b) => b[1].gzip - a[1].gzip))
  console.log(`${kB(size.bytes)} kB ${kB(size.gzip)} kB gzip  ${file}`);
const total = [...chunks.values()].reduce((sum, s) => ({ bytes: sum.bytes + s.bytes, gzip: sum.gzip + s.gzip }), { bytes: 0, gzip: 0 });
const met = total.gzip / 1000 <= BUDGET_KB;
console.log(`${kB(total.bytes)} kB ${kB(total.gzip)} kB gzip  total (target ≤ ${BUDGET_KB} kB gzip: ${met ? 'met' : 'NOT met'})`);
process.exitCode = met ? 0 : 1;
