// `npm run export` as a user runs it: a child process, real files in and out. It reuses the
// app served by the browser tests' global setup (--app-url), except in the last test, which
// lets the script serve dist/ itself.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import { baseUrl } from './helpers.ts';
import { parseXml } from '../export/helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'argmap-cli-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

function run(args: string[], appUrl: string | null = baseUrl()): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/argmap.mjs', 'export', ...args, ...(appUrl ? ['--app-url', appUrl] : [])],
      { cwd: root, env: { ...process.env, ARGMAP_APP_URL: '' }, maxBuffer: 16 * 1024 * 1024, timeout: 170_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run export', () => {
  test('exports every map in maps/ (and the hostile-text fixture) as PNG, SVG and PDF', async () => {
    const dir = join(out, 'all');
    const r = await run(['maps', 'tests/fixtures/hostile-text.json', '--format', 'png,svg,pdf', '--scale', '1', '--out', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const maps = (await readdir(join(root, 'maps'))).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
    const expected = [...maps.map((f) => f.replace(/\.json$/, '')), 'hostile-text'].flatMap((b) =>
      ['png', 'svg', 'pdf'].map((e) => `${b}.${e}`),
    );
    expect((await readdir(dir)).sort()).toEqual(expected.sort());
    for (const name of expected) {
      const bytes = await readFile(join(dir, name));
      if (name.endsWith('.png')) expect(PNG.sync.read(bytes).width).toBeGreaterThan(100);
      if (name.endsWith('.svg')) expect(() => parseXml(bytes.toString('utf8'))).not.toThrow();
      if (name.endsWith('.pdf')) expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    expect(r.stdout).toMatch(/gsomia-2012\.json → .*gsomia-2012\.png \(\d+ × \d+ px/);
    expect(r.stdout).toContain(`${expected.length} file(s) written; 0 of ${maps.length + 1} map(s) failed`);
  });

  test('writes one file where --out names it, at the scale asked', async () => {
    const target = join(out, 'one', 'gsomia.png');
    const svgTarget = join(out, 'one', 'gsomia.svg');
    expect((await run(['maps/gsomia-2012.json', '--format', 'svg', '--out', svgTarget])).code).toBe(0);
    const r = await run(['maps/gsomia-2012.json', '--format', 'png', '--scale', '2', '--background', 'transparent', '--out', target]);
    expect(r.code).toBe(0);
    const png = PNG.sync.read(await readFile(target));
    const svg = (await readFile(svgTarget, 'utf8')).match(/<svg[^>]* width="(\d+)" height="(\d+)"/)!;
    expect([png.width, png.height]).toEqual([Number(svg[1]) * 2, Number(svg[2]) * 2]);
    expect(png.data[3]).toBe(0); // transparent corner
  });

  test('a missing, unreadable or broken file fails clearly (exit 1) while the others still export', async () => {
    const dir = join(out, 'mixed');
    const broken = join(out, 'broken.json');
    await writeFile(broken, '{"format": "argmap", "version": 1, "nodes": [');
    const r = await run([
      'maps/gsomia-2012.json',
      'no/such/map.json',
      broken,
      'tests/fixtures/not-argmap.json',
      'tests/fixtures/newer-version.json',
      'tests',
      '--format',
      'svg,pdf',
      '--out',
      dir,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/✗ no\/such\/map\.json: cannot read the file \(no such file\)/);
    expect(r.stderr).toMatch(/✗ .*broken\.json: This file is not valid JSON/);
    expect(r.stderr).toMatch(/✗ tests\/fixtures\/not-argmap\.json: This file is not an Argmap map/);
    expect(r.stderr).toMatch(/✗ tests\/fixtures\/newer-version\.json: This map was saved by a newer Argmap/);
    expect(r.stderr.match(/broken\.json/g)).toHaveLength(1); // said once, not once per format
    expect((await readdir(dir)).sort()).toEqual(['gsomia-2012.pdf', 'gsomia-2012.svg']);
    expect(r.stdout).toMatch(/2 file\(s\) written; 4 of 5 map\(s\) failed/);
  });

  test('bad usage exits 2 with a reason', async () => {
    const r = await run(['maps/gsomia-2012.json', '--format', 'gif']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown format "gif"');
    const two = await run(['maps/gsomia-2012.json', '--format', 'png,svg', '--out', join(out, 'x.png')]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/give a folder instead/);
    expect((await run(['--help'])).stdout).toMatch(/Usage: npm run export/);
  });

  test('serves the built app itself when no URL is given', async () => {
    const dir = join(out, 'own');
    const r = await run(['maps/gsomia-2012.json', '--format', 'svg', '--out', dir], null);
    expect(r.code).toBe(0);
    expect(await readdir(dir)).toEqual(['gsomia-2012.svg']);
  }, 180_000);
});
