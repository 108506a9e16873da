// Where things go on a slide (16:9, 960 × 540 pt, PowerPoint's widescreen size): a header
// line (the step and the statement's kind), the statement, the map, and on a PDF page the
// source quote at the foot (a PowerPoint slide has it in its notes). And what part of the map
// the picture shows: the whole map revealed so far when it fits readably, else a window on the
// current statement and what it bears on, as presentation mode's camera frames it. Pure: text
// is measured by an injected function.
import type { FontSpec } from './renderSvg.ts';
import { graphemes, wrapText } from './wrap.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const SLIDE = { width: 960, height: 540, margin: 36 } as const;
export const HEADER_FONT: FontSpec = { size: 12, weight: 600, letterSpacing: 0.6 };
const HEADER_LINE = 16;
export const QUOTE_FONT: FontSpec = { size: 12, weight: 400 };
const QUOTE_LINE = 16;
const QUOTE_LINES = 2;
/** Statement sizes tried, largest first, until the statement fits in STATEMENT_LINES lines. */
const STATEMENT_SIZES = [28, 24, 20, 17];
const STATEMENT_LINES = 3;
/** The smallest size may take one line more; beyond that the statement is cut with "…". */
const LAST_SIZE_LINES = 4;
const GAP = 14;

/** The picture: at most this many pt per drawing px (a card 260 pt wide), and zoomed in to at least this where the map is larger. */
export const MAX_SCALE = 1;
export const READABLE_SCALE = 0.45;

export interface TextBlock {
  font: FontSpec;
  lineHeight: number;
  lines: string[];
  /** Top of the first line box. */
  y: number;
}

export interface SlideLayout {
  header: TextBlock;
  statement: TextBlock;
  quote?: TextBlock;
  /** Where the map's picture may go. */
  area: Box;
}

type MeasureFont = (text: string, font: FontSpec) => number;

/** Cuts `lines` to `max`, the last one shortened until it fits with an ellipsis. */
function clamp(lines: string[], max: number, width: number, measure: (t: string) => number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = graphemes(kept[max - 1]!);
  while (last.length && measure(`${last.join('').trimEnd()}…`) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}

export function layoutSlide(
  slide: { statement: string; quote?: string; citation?: string },
  header: string,
  measure: MeasureFont,
  opts: { quoteOnSlide: boolean },
): SlideLayout {
  const { width: W, height: H, margin: M } = SLIDE;
  const textWidth = W - 2 * M;
  const headerBlock: TextBlock = { font: HEADER_FONT, lineHeight: HEADER_LINE, lines: [header], y: M };

  const statementText = slide.statement.trim() || '(empty)';
  let statement: TextBlock | undefined;
  for (const size of STATEMENT_SIZES) {
    const font: FontSpec = { size, weight: 600 };
    const fit = (t: string) => measure(t, font);
    const lines = wrapText(statementText, textWidth, fit);
    const last = size === STATEMENT_SIZES[STATEMENT_SIZES.length - 1];
    if (lines.length <= STATEMENT_LINES || last) {
      statement = {
        font,
        lineHeight: Math.round(size * 1.25),
        lines: clamp(lines, last ? LAST_SIZE_LINES : STATEMENT_LINES, textWidth, fit),
        y: 0,
      };
      break;
    }
  }
  statement!.y = M + HEADER_LINE + 8;
  const statementBottom = statement!.y + statement!.lines.length * statement!.lineHeight;

  let quote: TextBlock | undefined;
  let bottom = H - M;
  const quoteText = quoteLine(slide);
  if (opts.quoteOnSlide && quoteText) {
    const fit = (t: string) => measure(t, QUOTE_FONT);
    const lines = clamp(wrapText(quoteText, textWidth, fit), QUOTE_LINES, textWidth, fit);
    quote = { font: QUOTE_FONT, lineHeight: QUOTE_LINE, lines, y: H - M - lines.length * QUOTE_LINE };
    bottom = quote.y - GAP;
  }
  const area = { x: M, y: statementBottom + GAP, width: textWidth, height: Math.max(40, bottom - statementBottom - GAP) };
  const layout: SlideLayout = { header: headerBlock, statement: statement!, area };
  if (quote) layout.quote = quote;
  return layout;
}

/** “quote” — citation (or either alone), one line of text. */
export function quoteLine(slide: { quote?: string; citation?: string }): string {
  const quote = slide.quote ? `“${slide.quote}”` : '';
  return [quote, slide.citation].filter(Boolean).join(' — ');
}

export interface View {
  /** The part of the drawing shown, in drawing px. */
  crop: Box;
  /** Slide pt per drawing px. */
  scale: number;
  /** Where the picture goes on the slide (inside the area, centred). */
  placed: Box;
}

/**
 * What the picture shows of a drawing whose content is `content`: all of it when it fits in
 * `area` at READABLE_SCALE or more; else, as presentation mode's camera, a window on the
 * current statement and its parent when both fit readably, on the statement alone otherwise,
 * at READABLE_SCALE (less where the statement alone needs it), kept inside the drawing.
 */
export function frameView(content: Box, area: Box, current?: Box, parent?: Box): View {
  const fit = (b: Box) => Math.min(area.width / b.width, area.height / b.height);
  const whole = Math.min(fit(content), MAX_SCALE);
  let scale = whole;
  let crop = content;
  if (whole < READABLE_SCALE && current) {
    const both = parent && unionOf([current, parent]);
    const focus = both && fit(both) >= READABLE_SCALE ? both : current;
    scale = Math.max(whole, Math.min(READABLE_SCALE, fit(focus)));
    const width = Math.min(area.width / scale, content.width);
    const height = Math.min(area.height / scale, content.height);
    const place = (centre: number, size: number, from: number, span: number) =>
      Math.min(Math.max(centre - size / 2, from), from + span - size);
    crop = {
      x: place(focus.x + focus.width / 2, width, content.x, content.width),
      y: place(focus.y + focus.height / 2, height, content.y, content.height),
      width,
      height,
    };
  }
  const placed = {
    width: crop.width * scale,
    height: crop.height * scale,
    x: area.x + (area.width - crop.width * scale) / 2,
    y: area.y + (area.height - crop.height * scale) / 2,
  };
  return { crop, scale, placed };
}

/** The smallest box holding all of `boxes` (undefined for none). */
export function unionOf(boxes: readonly Box[]): Box | undefined {
  if (!boxes.length) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
}
