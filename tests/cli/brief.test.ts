// `npm run brief` as a debater runs it: a child process, real files in and out. Also checks that
// the shipped GSOMIA briefs (docs/briefs/) are what the command writes today, so they cannot go stale.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { argmap, root } from './runArgmap.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildBrief } from '../../src/model/brief/build.ts';
import { briefMarkdown } from '../../src/model/brief/markdown.ts';
import { schemeQuestions } from '../../src/model/brief/questions.ts';
import { gsomia } from '../model/compare-fixtures.ts';

const MAP = 'maps/gsomia-2012.json';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-brief-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function pdfText(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return { pages: doc.numPages, text };
}
const squash = (s: string) => s.replace(/\s+/g, '');

// Each run starts Node and Vite's module runner: seconds on a busy machine.
describe('npm run brief', { timeout: 60_000 }, () => {
  test.each(['for', 'against'] as const)('the shipped GSOMIA brief %s the main claim is what the command writes now', async (side) => {
    const r = await argmap(['brief', MAP, '--side', side]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(briefMarkdown(buildBrief(gsomia(), { side, questions: schemeQuestions })));
    const shipped = await readFile(join(root, `docs/briefs/gsomia-${side}.md`), 'utf8');
    expect(
      shipped,
      `docs/briefs/gsomia-${side}.md is stale: run npm run brief -- ${MAP} --side ${side} --out docs/briefs/gsomia-${side}.md`,
    ).toBe(r.stdout);
  });

  test('--out writes the file; --target briefs another statement', async () => {
    const out = join(dir, 'nk.md');
    const r = await argmap(['brief', MAP, '--side=against', '--target', 'impl-nk-pressure', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Brief against "impl-nk-pressure" of maps\/gsomia-2012\.json written to .*nk\.md\.\n$/);
    const text = await readFile(out, 'utf8');
    expect(text).toBe(briefMarkdown(buildBrief(gsomia(), { side: 'against', target: 'impl-nk-pressure', questions: schemeQuestions })));
    expect(text).toMatch(/^# Brief against: Fourth: a common Japan–South Korea position/);
    // Against it: the denunciation is our case; the long-run reason is theirs.
    expect(text).toContain('`nk-denunciation`');
    expect(text).toContain('## What the other side will say: 1 reason for it');
  });

  test('--format pdf writes an A4 PDF in the Inter font, with the brief as text', async () => {
    const out = join(dir, 'for.pdf');
    const r = await argmap(['brief', MAP, '--side', 'for', '--format', 'pdf', '--out', out]);
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(await readFile(out));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/BaseFont \/Inter/);
    const pdf = await pdfText(bytes);
    expect(pdf.pages).toBeGreaterThan(2);
    const text = squash(pdf.text);
    for (const s of [
      'The case: 5 reasons, strongest first',
      'Weak points:',
      'hs-us-presence',
      '“This does not mean a decrease in US regional influence.”',
    ])
      expect(text).toContain(squash(s));
    // A file name ending in .pdf is enough.
    const implied = await argmap(['brief', MAP, '--side', 'against', '--out', join(dir, 'against.pdf')]);
    expect(implied.code).toBe(0);
    expect((await readFile(join(dir, 'against.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('bad usage exits 2 with a hint; a map or statement that cannot be found exits 1', async () => {
    for (const args of [
      [],
      [MAP],
      [MAP, '--side', 'both'],
      [MAP, '--side'],
      [MAP, MAP, '--side', 'for'],
      [MAP, '--side', 'for', '--format', 'pdf'],
      [MAP, '--side', 'for', '--format', 'docx'],
      [MAP, '--bogus'],
    ]) {
      const r = await argmap(['brief', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/see --help|use for or against|needs a value|needs --out|use md or pdf/);
    }
    const missing = await argmap(['brief', join(dir, 'nope.json'), '--side', 'for']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: ENOENT/);
    const target = await argmap(['brief', MAP, '--side', 'for', '--target', 'no-such-node']);
    expect(target.code).toBe(1);
    expect(target.stderr).toMatch(/The map has no statement "no-such-node"\./);
  });
});
