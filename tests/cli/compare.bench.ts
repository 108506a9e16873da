// `argmap compare` grading a class as a teacher runs it: a child process (Node, Vite's module
// runner, the program), thirty GSOMIA-sized submissions in, a CSV and thirty HTML reports out.
// Issue 19 asks for under 10 seconds. npx vitest bench --run --project unit tests/cli/compare.bench.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { serializeMap } from '../../src/model/format/save.ts';
import { gsomia } from '../model/compare-fixtures.ts';
import { studentCopy } from '../model/compare-student.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'argmap-compare-bench-'));
const key = gsomia();
writeFileSync(join(dir, 'key.json'), serializeMap(key));
mkdirSync(join(dir, 'class'));
for (let seed = 1; seed <= 30; seed++)
  writeFileSync(join(dir, 'class', `student-${String(seed).padStart(2, '0')}.json`), serializeMap(studentCopy(key, seed)));

describe('argmap compare, a class of thirty', () => {
  bench(
    `30 GSOMIA submissions (${key.nodes.length} statements), CSV and HTML reports, the whole program`,
    () =>
      void execFileSync(
        process.execPath,
        [
          'bin/argmap.mjs',
          'compare',
          join(dir, 'key.json'),
          join(dir, 'class'),
          '--csv',
          join(dir, 'grades.csv'),
          '--report',
          join(dir, 'reports'),
          '--format',
          'html',
        ],
        { cwd: root, stdio: 'ignore' },
      ),
    { iterations: 3, warmupIterations: 0 },
  );
});
