import { describe, expect, it } from 'vitest';
import { fontRuns, MAX_PAGE_PT, pageLayout } from '../../src/export/pdf.ts';
import { renderSvg } from '../../src/export/renderSvg.ts';
import { fakeMetrics } from './helpers.ts';
import type { TtfFont } from '../../src/export/fonts.ts';

describe('pageLayout', () => {
  it('sizes the page to the map (1 px = 0.75 pt)', () => {
    expect(pageLayout(800, 600, 'fit')).toEqual({ width: 600, height: 450, x: 0, y: 0, scale: 0.75 });
  });
  it('keeps within the largest page readers accept', () => {
    const p = pageLayout(177_000, 3150, 'fit');
    expect(p.width).toBeCloseTo(MAX_PAGE_PT);
    expect(p.height).toBeCloseTo((3150 * MAX_PAGE_PT) / 177_000);
  });
  it('fits the map on A4 or Letter, turned to match, centred with a margin', () => {
    const a4 = pageLayout(7488, 1038, 'a4');
    expect([a4.width, a4.height]).toEqual([841.89, 595.28]);
    expect(a4.x).toBeCloseTo(28);
    expect(a4.y).toBeCloseTo((595.28 - 1038 * a4.scale) / 2);
    const letter = pageLayout(300, 900, 'letter');
    expect([letter.width, letter.height]).toEqual([612, 792]);
    expect(letter.y).toBeCloseTo(28);
  });
});

describe('fontRuns', () => {
  const fonts: TtfFont[] = [
    { weight: 400, ranges: [[0, 0xff]], data: '' },
    { weight: 400, ranges: [[0x100, 0x24f]], data: '' },
    { weight: 600, ranges: [[0, 0xff]], data: '' },
  ];
  it('puts characters the Latin subset lacks into runs of their own font', () => {
    const runs = fontRuns(fonts);
    expect(runs('a<b>')).toEqual([{ text: 'a<b>' }]);
    expect(runs('Łódź & co')).toEqual([
      { text: 'Ł', family: 'Inter-1' },
      { text: 'ód' },
      { text: 'ź', family: 'Inter-1' },
      { text: ' & co' },
    ]);
    expect(runs('👍')).toEqual([{ text: '👍' }]);
  });
  it('places each run at its measured position in the SVG, escaped', () => {
    const map = {
      meta: { title: 't', description: '' },
      nodes: [{ id: 'n', kind: 'claim' as const, text: 'Łx<', position: { x: 0, y: 0 } }],
      relations: [],
    };
    const { svg } = renderSvg(map, { background: 'white', padding: 0, legend: false, textRuns: fontRuns(fonts) }, fakeMetrics);
    expect(svg).toContain('<tspan x="12" y="45.09" font-family="Inter-1">Ł</tspan><tspan x="19.7" y="45.09">x&lt;</tspan>');
  });
});
