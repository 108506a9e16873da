// The interactive page's weight: the page with an empty map (the viewer's script and style
// sheet, fonts inlined, and the page around them), gzipped, against its 250 kB budget (issue
// 21: the viewer ≤ 250 kB gzipped, plus the map). Also the GSOMIA map's page, for scale.
// Exits 1 when over budget.
//
//   npm run bench:bundle      (builds the app, which builds the viewer, then measures both)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { viewerBundle } from './viewer-bundle.ts';
import { interactivePage } from '../src/export/interactivePage.ts';
import { emptyMap } from '../src/model/types.ts';
import { parseMapText } from '../src/model/format/load.ts';

const BUDGET_KB = 250;

const viewer = await viewerBundle(() => process.stderr.write('Building the interactive page viewer…\n'));
const gzip = (text: string) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
const kB = (n: number) => (n / 1000).toFixed(1).padStart(7);
const row = (text: string, what: string) => console.log(`${kB(Buffer.byteLength(text))} kB ${kB(gzip(text))} kB gzip  ${what}`);

const page = interactivePage(viewer, emptyMap());
const gsomia = parseMapText(readFileSync(new URL('../maps/gsomia-2012.json', import.meta.url), 'utf8'));
console.log('Interactive page (Export → Interactive page, argmap export --to html)');
row(viewer.script, 'viewer script');
row(viewer.style, 'style sheet (Inter, Latin, 400 and 600, inlined)');
const total = gzip(page);
const met = total / 1000 <= BUDGET_KB;
row(page, `the page without a map (target ≤ ${BUDGET_KB} kB gzip: ${met ? 'met' : 'NOT met'})`);
if (gsomia.ok) row(interactivePage(viewer, gsomia.map), 'the GSOMIA map’s page, for scale');
process.exitCode = met ? 0 : 1;
