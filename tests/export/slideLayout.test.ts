// Where things go on a slide, and what of the map its picture shows (src/export/slideLayout.ts).
import { frameView, layoutSlide, MAX_SCALE, quoteLine, READABLE_SCALE, SLIDE, unionOf, type Box } from '../../src/export/slideLayout.ts';
import { fakeMetrics } from './helpers.ts';

const measure = fakeMetrics.measure;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-9 &&
  inner.y >= outer.y - 1e-9 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-9 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-9;

describe('layoutSlide', () => {
  const page = { x: 0, y: 0, width: SLIDE.width, height: SLIDE.height };

  it('sets a short statement large on one line, the map below it, all inside the margins', () => {
    const layout = layoutSlide({ statement: 'Schools should start later' }, '1 / 5  ·  CLAIM', measure, { quoteOnSlide: true });
    expect(layout.statement.font.size).toBe(28);
    expect(layout.statement.lines).toEqual(['Schools should start later']);
    expect(layout.quote).toBeUndefined();
    expect(layout.statement.y).toBeGreaterThan(layout.header.y);
    expect(layout.area.y).toBeGreaterThanOrEqual(layout.statement.y + layout.statement.lineHeight);
    expect(layout.area.y + layout.area.height).toBeLessThanOrEqual(SLIDE.height - SLIDE.margin);
    expect(inside(layout.area, page)).toBe(true);
  });

  it('shrinks a longer statement until it fits in three lines, and cuts a very long one with an ellipsis', () => {
    const medium = layoutSlide({ statement: 'word '.repeat(40).trim() }, 'h', measure, { quoteOnSlide: false });
    expect(medium.statement.font.size).toBeLessThan(28);
    expect(medium.statement.lines.length).toBeLessThanOrEqual(3);
    expect(medium.statement.lines.join(' ')).toBe('word '.repeat(40).trim());
    const long = layoutSlide({ statement: 'word '.repeat(400).trim() }, 'h', measure, { quoteOnSlide: false });
    expect(long.statement.font.size).toBe(17);
    expect(long.statement.lines).toHaveLength(4);
    expect(long.statement.lines[3]).toMatch(/…$/);
    for (const line of long.statement.lines) expect(measure(line, long.statement.font)).toBeLessThanOrEqual(SLIDE.width - 2 * SLIDE.margin);
    expect(layoutSlide({ statement: '   ' }, 'h', measure, { quoteOnSlide: false }).statement.lines).toEqual(['(empty)']);
  });

  it('puts the quote and its citation at the foot of a PDF page (at most two lines), and the map between', () => {
    const slide = { statement: 'A statement', quote: 'the words '.repeat(60).trim(), citation: 'Doc, ¶2' };
    const pdf = layoutSlide(slide, 'h', measure, { quoteOnSlide: true });
    expect(pdf.quote!.lines.length).toBeLessThanOrEqual(2);
    expect(pdf.quote!.lines[0]!.startsWith('“the words')).toBe(true);
    expect(pdf.quote!.y + pdf.quote!.lines.length * pdf.quote!.lineHeight).toBe(SLIDE.height - SLIDE.margin);
    expect(pdf.area.y + pdf.area.height).toBeLessThan(pdf.quote!.y);
    // A PowerPoint slide has the quote in its notes: the map takes the room.
    const pptx = layoutSlide(slide, 'h', measure, { quoteOnSlide: false });
    expect(pptx.quote).toBeUndefined();
    expect(pptx.area.height).toBeGreaterThan(pdf.area.height);
  });

  it('writes the quote line as “quote” — citation, or either alone', () => {
    expect(quoteLine({ quote: 'q', citation: 'c' })).toBe('“q” — c');
    expect(quoteLine({ quote: 'q' })).toBe('“q”');
    expect(quoteLine({ citation: 'c' })).toBe('c');
    expect(quoteLine({})).toBe('');
  });
});

describe('frameView', () => {
  const area: Box = { x: 36, y: 120, width: 888, height: 384 };

  it('shows a small map whole, centred, never enlarged past MAX_SCALE', () => {
    const content = { x: 0, y: 0, width: 300, height: 150 };
    const view = frameView(content, area, { x: 20, y: 20, width: 260, height: 110 });
    expect(view.crop).toEqual(content);
    expect(view.scale).toBe(MAX_SCALE);
    expect(view.placed.x + view.placed.width / 2).toBeCloseTo(area.x + area.width / 2);
    expect(view.placed.y + view.placed.height / 2).toBeCloseTo(area.y + area.height / 2);
  });

  it('shows a larger map whole when it fits at a readable scale', () => {
    const content = { x: 0, y: 0, width: 1600, height: 600 };
    const view = frameView(content, area, { x: 0, y: 0, width: 260, height: 110 });
    expect(view.crop).toEqual(content);
    expect(view.scale).toBeCloseTo(Math.min(area.width / 1600, area.height / 600));
    expect(view.scale).toBeGreaterThanOrEqual(READABLE_SCALE);
    expect(inside(view.placed, area)).toBe(true);
  });

  it('on a map too large to read whole, frames the statement and what it bears on, at a readable scale, inside the drawing', () => {
    const content = { x: 0, y: 0, width: 6000, height: 1500 };
    const current = { x: 3000, y: 900, width: 260, height: 110 };
    const parent = { x: 3400, y: 400, width: 260, height: 110 };
    const view = frameView(content, area, current, parent);
    expect(view.scale).toBeCloseTo(READABLE_SCALE);
    expect(inside(current, view.crop)).toBe(true);
    expect(inside(parent, view.crop)).toBe(true);
    expect(inside(view.crop, content)).toBe(true);
    expect(inside(view.placed, area)).toBe(true);
    expect(view.placed.width).toBeCloseTo(view.crop.width * view.scale);
  });

  it('frames the statement alone when it and its parent are too far apart to read together', () => {
    const content = { x: 0, y: 0, width: 9000, height: 3000 };
    const current = { x: 200, y: 2600, width: 260, height: 110 };
    const parent = { x: 8500, y: 100, width: 260, height: 110 };
    const view = frameView(content, area, current, parent);
    expect(view.scale).toBeCloseTo(READABLE_SCALE);
    expect(inside(current, view.crop)).toBe(true);
    expect(inside(parent, view.crop)).toBe(false);
    // Kept inside the drawing: the statement is near its bottom-left corner.
    expect(view.crop.x).toBe(0);
    expect(view.crop.y + view.crop.height).toBeCloseTo(3000);
  });

  it('unionOf holds every box, and is undefined for none', () => {
    expect(unionOf([])).toBeUndefined();
    expect(
      unionOf([
        { x: 0, y: 10, width: 5, height: 5 },
        { x: -5, y: 0, width: 2, height: 2 },
      ]),
    ).toEqual({ x: -5, y: 0, width: 10, height: 15 });
  });
});
