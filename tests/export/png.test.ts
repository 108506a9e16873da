import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { CANVAS_LIMITS, ExportTooLarge, largestScale, planPng } from '../../src/export/png.ts';
import { crc32, encodePngStreaming } from '../../src/export/pngEncode.ts';

describe('planPng', () => {
  it('uses one canvas while the image fits, at the scale or pixel width asked', () => {
    expect(planPng(1000, 500, { scale: 2 })).toMatchObject({ width: 2000, height: 1000, tiled: false, tiles: 1 });
    expect(planPng(1000, 500, { scale: 1, width: 1500 })).toMatchObject({ width: 1500, height: 750, scale: 1.5, tiled: false });
  });
  it('tiles an image above the canvas limits (16,384 px a side, 268 M pixels)', () => {
    const plan = planPng(7488, 1038, { scale: 3 }); // GSOMIA at 3×: 22,464 px wide
    expect(plan).toMatchObject({ width: 22464, height: 3114, tiled: true });
    expect(plan.tileWidth).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
    expect(plan.tileWidth * plan.stripRows).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
    expect(plan.tiles).toBe(Math.ceil(22464 / plan.tileWidth) * Math.ceil(3114 / plan.stripRows));
    // Square but too many pixels for one canvas: tiled too.
    expect(planPng(16000, 16000, { scale: 1.1 }).tiled).toBe(true);
  });
  it('refuses past the total cap and names the largest scale that works', () => {
    let error: unknown;
    try {
      planPng(177_000, 3150, { scale: 2 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExportTooLarge);
    const best = (error as ExportTooLarge).largestScale;
    expect((error as Error).message).toMatch(/354,000 × 6,300 px/);
    expect((error as Error).message).toContain(`largest scale that works is ${best}×`);
    expect(177_000 * best * 3150 * best).toBeLessThanOrEqual(CANVAS_LIMITS.maxTotal);
    expect(() => planPng(177_000, 3150, { scale: best })).not.toThrow();
    expect(() => planPng(177_000, 3150, { scale: best + 0.1 })).toThrow(ExportTooLarge);
  });
  it('rejects nonsense scales', () => {
    expect(() => planPng(100, 100, { scale: 0 })).toThrow(/positive/);
    expect(() => planPng(100, 100, { scale: Number.NaN })).toThrow(/positive/);
  });
  it('largestScale rounds down', () => {
    expect(largestScale(10_000, 10_000, 1e8)).toBe(1);
    expect(largestScale(10_000, 10_000, 0.5e8)).toBe(0.7);
    expect(largestScale(100_000, 100, 1e12, 16_384)).toBe(0.16);
  });
});

describe('encodePngStreaming', () => {
  it('writes a PNG that decodes to the pixels given, strip by strip', async () => {
    const width = 37;
    const height = 23;
    const pixel = (x: number, y: number) => [x * 7, y * 11, (x * y) & 255, 255 - x];
    const blob = await encodePngStreaming(width, height, 5, async (y0, rows, strip) => {
      for (let r = 0; r < rows; r++) for (let x = 0; x < width; x++) strip.set(pixel(x, y0 + r), r * (width * 4 + 1) + 1 + x * 4);
    });
    const png = PNG.sync.read(Buffer.from(await blob.arrayBuffer()));
    expect([png.width, png.height]).toEqual([width, height]);
    for (const [x, y] of [
      [0, 0],
      [36, 22],
      [10, 7],
      [20, 5],
    ] as const)
      expect([...png.data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)]).toEqual(pixel(x, y));
  });
  it('computes the PNG CRC', () => {
    expect((crc32(new TextEncoder().encode('IEND')) ^ 0xffffffff) >>> 0).toBe(0xae426082);
  });
});
