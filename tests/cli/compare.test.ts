// `npm run compare` as a teacher runs it: a child process, real files in and out. The figures
// of the worked example are those of docs/grading.md.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { argmap } from './runArgmap.ts';
import { compareMaps } from '../../src/model/compare/compare.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { EXAMPLE_KEY, EXAMPLE_STUDENT, gsomia } from '../model/compare-fixtures.ts';
import { studentCopy } from '../model/compare-student.ts';

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);
const save = (path: string, map: ArgMap) => writeFile(path, serializeMap(map));

const HOSTILE = '<script>alert("pwned")</script> & <img src=x onerror=alert(1)> both face North Korea.';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-compare-'));
  await mkdir(at('class'));
  await save(at('key.json'), { ...EXAMPLE_KEY, meta: { title: 'Key', description: '' } });
  await save(at('class', 'a-key.json'), { ...EXAMPLE_KEY, meta: { title: 'The key itself', description: '' } });
  await save(at('class', 'b-student.json'), { ...EXAMPLE_STUDENT, meta: { title: 'Alice, "draft" 2', description: '' } });
  const hostile = structuredClone(EXAMPLE_STUDENT);
  hostile.meta.title = '<script>alert(1)</script> Mallory';
  hostile.nodes.find((n) => n.id === 's8')!.text = HOSTILE;
  await mkdir(at('hostile'));
  await save(at('hostile', 'mallory.json'), hostile);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (args: string[]) => argmap(['compare', ...args]);

const HEADER =
  'file,title,statements P,statements R,statements F1,relations P,relations R,relations F1,kinds P,kinds R,kinds F1,' +
  'kappa statement kinds,kappa relation kinds,combined,correct,wrong kind,reversed,extra,missing';

// Each run starts Node and Vite's module runner: seconds on a busy machine.
describe('npm run compare', { timeout: 60_000 }, () => {
  test('CSV: a header, then a row per submission: the key itself all 1.000, the worked example its figures', async () => {
    const csv = at('grades.csv');
    const r = await run([at('key.json'), at('class'), '--csv', csv]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 of 2 submission\(s\) graded: grades in .*grades\.csv\./);
    const lines = (await readFile(csv, 'utf8')).split('\r\n');
    expect(lines).toEqual([
      HEADER,
      `${at('class', 'a-key.json')},The key itself,${Array(12).fill('1.000').join(',')},15,0,0,0,0`,
      // Statements 7/8, relations 2/7, kinds 6/8, κ 29/36 and 2/3, combined 0.637; over statements
      // and relations: 6 + 2 correct, 1 + 3 of the wrong kind, 1 reversed, 1 + 1 extra, 1 + 1 missing.
      `${at('class', 'b-student.json')},"Alice, ""draft"" 2",0.875,0.875,0.875,0.286,0.286,0.286,0.750,0.750,0.750,0.806,0.667,0.637,8,4,1,2,2`,
      '',
    ]);
  });

  test('without --csv: a table on stdout', async () => {
    const r = await run([at('key.json'), at('class', 'a-key.json'), at('class', 'b-student.json')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^file +title +stmt F1 +rel F1 +kind F1 +κ stmt +κ rel +combined +differences$/);
    expect(lines[2]).toMatch(/a-key\.json +The key itself +1\.000 +1\.000 +1\.000 +1\.000 +1\.000 +1\.000 +0$/);
    expect(lines[3]).toMatch(/b-student\.json +Alice, "draft" 2 +0\.875 +0\.286 +0\.750 +0\.806 +0\.667 +0\.637 +9$/);
  });

  test('Markdown reports: the scores and the differences in the engine’s order', async () => {
    const reports = at('reports-md');
    const r = await run([at('key.json'), at('class'), '--report', reports]);
    expect(r.code).toBe(0);
    expect((await readdir(reports)).sort()).toEqual(['a-key.md', 'b-student.md']);
    expect(await readFile(join(reports, 'a-key.md'), 'utf8')).toMatch(/## Differences \(0\)\n\nNone: this map is the key\./);
    const report = await readFile(join(reports, 'b-student.md'), 'utf8');
    expect(report).toMatch(/^# Alice, "draft" 2\n/);
    expect(report).toContain('| relations | 0.286 | 0.286 | 0.286 |');
    expect(report).toContain('| combined | 0.637 |');
    const messages = compareMaps(EXAMPLE_KEY, EXAMPLE_STUDENT).differences.map((d) => d.message);
    expect(messages).toHaveLength(9);
    const listed = [...report.matchAll(/^(\d+)\. (.*)$/gm)].map((m) => m[2]!.replace(/\\(.)/g, '$1'));
    expect(listed).toEqual(messages);
    expect(listed[0]).toMatch(/^The wrong way round/);
  });

  test('HTML reports: a page of its own, the hostile text escaped', async () => {
    const reports = at('reports-html');
    const r = await run([at('key.json'), at('class'), at('hostile'), '--report', reports, '--format', 'html']);
    expect(r.code).toBe(0);
    expect((await readdir(reports)).sort()).toEqual(['a-key.html', 'b-student.html', 'mallory.html']);
    const page = await readFile(join(reports, 'mallory.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<style>');
    expect(page).not.toMatch(/<script|<img|onerror=alert\(1\)>|<link|src="http/i);
    expect(page).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &lt;img');
    expect(page).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; Mallory</h1>');
    expect(page.match(/<li>/g)).toHaveLength(9);
    const student = await readFile(join(reports, 'b-student.html'), 'utf8');
    expect(student).toContain('<h1>Alice, &quot;draft&quot; 2</h1>');
    expect(student).toContain('The wrong way round');
  });

  test('CSV: a title a spreadsheet would run as a formula is made inert', async () => {
    const csv = at('formula.csv');
    await save(at('formula.json'), { ...EXAMPLE_STUDENT, meta: { title: '=HYPERLINK("http://x","y")', description: '' } });
    const r = await run([at('key.json'), at('formula.json'), '--csv', csv]);
    expect(r.code).toBe(0);
    expect((await readFile(csv, 'utf8')).split('\r\n')[1]).toContain(',"\'=HYPERLINK(""http://x"",""y"")",');
  });

  test('a bad file is named and skipped, the others graded; exit 1', async () => {
    const csv = at('bad.csv');
    const r = await run([
      at('key.json'),
      at('class', 'b-student.json'),
      'tests/fixtures/not-json.txt',
      'tests/fixtures/not-argmap.json',
      at('nowhere.json'),
      '--csv',
      csv,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/✗ tests\/fixtures\/not-json\.txt: This file is not valid JSON/);
    expect(r.stderr).toMatch(/✗ tests\/fixtures\/not-argmap\.json: .+/);
    expect(r.stderr).toMatch(/✗ .*nowhere\.json: ENOENT/);
    expect(r.stdout).toMatch(/1 of 4 submission\(s\) graded/);
    expect((await readFile(csv, 'utf8')).split('\r\n')).toHaveLength(3);

    const badKey = await run(['tests/fixtures/not-json.txt', at('class')]);
    expect(badKey.code).toBe(1);
    expect(badKey.stderr).toMatch(/✗ tests\/fixtures\/not-json\.txt \(the key\): /);
  });

  test('bad usage exits 2 with a hint: no key, no submissions, an unknown flag or format', async () => {
    for (const args of [
      [],
      [at('key.json')],
      [at('key.json'), at('class'), '--bogus'],
      [at('key.json'), at('class'), '--format', 'pdf'],
      [at('key.json'), at('class'), '--csv'],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/see --help|use md or html|needs a value/);
    }
  });

  // Its speed (issue 19: under 10 s) is measured in tests/cli/compare.bench.ts.
  test('thirty GSOMIA-sized submissions: a row and a report each', async () => {
    const key = gsomia();
    await mkdir(at('gsomia'));
    await save(at('gsomia-key.json'), key);
    for (let seed = 1; seed <= 30; seed++)
      await save(at('gsomia', `student-${String(seed).padStart(2, '0')}.json`), studentCopy(key, seed));
    const csv = at('gsomia.csv');
    const r = await run([at('gsomia-key.json'), at('gsomia'), '--csv', csv, '--report', at('gsomia-reports'), '--format', 'html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = (await readFile(csv, 'utf8')).trimEnd().split('\r\n');
    expect(rows).toHaveLength(31);
    // The row of student 7 has the engine's combined score.
    const seven = compareMaps(key, studentCopy(key, 7));
    expect(rows[7]!.split(',').at(-6)).toBe(seven.scores.combined.toFixed(3));
    expect(await readdir(at('gsomia-reports'))).toHaveLength(30);
  });
});
