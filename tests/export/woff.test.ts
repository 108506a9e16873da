import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../src/export/woff.ts';
import { parseUnicodeRange, covers } from '../../src/export/fonts.ts';

const require = createRequire(import.meta.url);

describe('woffToSfnt', () => {
  it('turns the bundled Inter woff into a TrueType file with the same tables', async () => {
    const file = require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff');
    const woff = readFileSync(file);
    const ttf = await woffToSfnt(woff.buffer.slice(woff.byteOffset, woff.byteOffset + woff.byteLength));
    const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
    expect(view.getUint32(0)).toBe(0x00010000); // TrueType outlines
    const numTables = view.getUint16(4);
    expect(numTables).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
    const tags = new Map<string, { offset: number; length: number }>();
    for (let i = 0; i < numTables; i++) {
      const at = 12 + i * 16;
      tags.set(String.fromCharCode(...ttf.subarray(at, at + 4)), { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
    }
    for (const t of ['cmap', 'glyf', 'head', 'hmtx', 'loca', 'name']) expect(tags.has(t)).toBe(true);
    const head = tags.get('head')!;
    expect(view.getUint32(head.offset + 12)).toBe(0x5f0f3cf5); // head.magicNumber
    expect(view.getUint32(0x40)).toBeGreaterThan(0);
    for (const { offset, length } of tags.values()) expect(offset + length).toBeLessThanOrEqual(ttf.length);
  });
  it('refuses what is not WOFF', async () => {
    await expect(woffToSfnt(new ArrayBuffer(64))).rejects.toThrow(/Not a WOFF/);
  });
});

describe('parseUnicodeRange', () => {
  it('reads single code points, ranges and wildcards', () => {
    const r = parseUnicodeRange('U+0000-00FF, U+0131,U+4??');
    expect(r).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
    expect(covers(r, 0x41)).toBe(true);
    expect(covers(r, 0x132)).toBe(false);
  });
});
