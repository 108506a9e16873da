// `npm run convert` as a user runs it: a child process, real files in and out.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseMapText } from '../../../src/model/format/load.ts';
import { parseAif } from '../../../src/model/interop/aif.ts';
import { parseArgdown } from '../../../src/model/interop/argdown.ts';
import { signature } from './roundtrip.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'argmap-convert-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/argmap.mjs', 'convert', ...args],
      { cwd: root, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Each run starts Node and Vite's module runner: seconds on a busy machine.
describe('npm run convert', { timeout: 60_000 }, () => {
  test('a folder of mixed files: good ones converted, bad ones reported by name, exit 1', async () => {
    const dir = join(out, 'mixed');
    const r = await run(['tests/fixtures/interop', 'tests/fixtures/not-json.txt', '--to', 'argmap', '--out', dir, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/✗ tests\/fixtures\/interop\/broken\.argdown: .*Line 6, column \d+/);
    expect(r.stderr).toMatch(/✗ tests\/fixtures\/not-json\.txt: This file is in no format Argmap reads/);
    expect(r.stdout).toMatch(/7 of 9 file\(s\) converted\./);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([
      'aifdb.argmap.json',
      'debate.argmap.json',
      'discussion.argmap.json',
      'gap.argmap.json',
      'hostile.argmap.json',
      'ova.argmap.json',
      'recovers.argmap.json',
    ]);
    const debate = parseMapText(await readFile(join(dir, 'debate.argmap.json'), 'utf8'));
    expect(debate.ok && debate.map.nodes.find((n) => n.id === 'Ban')?.kind).toBe('claim');
  });

  test('GSOMIA to Argdown and AIF: both read back into the same graph; exit 0', async () => {
    const dir = join(out, 'gsomia');
    const r = await run(['maps/gsomia-2012.json', '--to', 'argdown,aif', '--out', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const original = parseMapText(await readFile(join(root, 'maps/gsomia-2012.json'), 'utf8'));
    if (!original.ok) throw new Error(original.error);
    const argdown = await parseArgdown(await readFile(join(dir, 'gsomia-2012.argdown'), 'utf8'));
    const aif = parseAif(await readFile(join(dir, 'gsomia-2012.aif.json'), 'utf8'));
    if (!argdown.ok || !aif.ok) throw new Error('not read back');
    expect(signature(argdown.map, 'exact')).toEqual(signature(original.map, 'exact'));
    expect(signature(aif.map, 'exact')).toEqual(signature(original.map, 'exact'));
  });

  test('a file over the size limit is refused by name without being read', async () => {
    const big = join(out, 'big.argdown');
    await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 0x61));
    const r = await run([big, '--to', 'argmap', '--out', join(out, 'big')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/✗ .*big\.argdown: This file is 50\.0 MB; Argmap imports files up to 20\.0 MB/);
  });

  test('usage errors and --help', async () => {
    expect((await run(['--help'])).stdout).toMatch(/Usage: npm run convert/);
    const bad = await run(['maps', '--to', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown format "pdf"/);
    expect((await run(['maps'])).stderr).toMatch(/--to/);
  });
});
