// Comments in an exported image, when asked for ("Include comments"; left out by default):
// each comment gets a number; a numbered marker sits on the top-left corner of its statement's
// card or beside its relation's label, and the comments are listed under the map, numbered,
// with author, date, what they are on, whether resolved, and their replies. Pure, like renderSvg.
import type { ArgMap, MapComment } from '../model/types.ts';
import { targetLabel } from '../model/comments.ts';
import { escapeXml } from './escape.ts';
import { wrapText } from './wrap.ts';
import type { FontSpec, Rect, TextMetrics } from './svgTypes.ts';

/** Writes a line of user text at (x, y) (renderSvg's LineWriter: escaped, in font runs for the PDF). */
type LineWriter = (text: string, x: number, y: number, font: FontSpec) => string;

// The editor's accent blue (the canvas's markers), white on it: 6.7:1.
const MARK = '#1d4ed8';
const ON_MARK = '#ffffff';
const INK = '#1e293b';
const MUTED = '#475569';
const PAPER = '#ffffff';
const BORDER = '#cbd5e1';
const MARK_FONT: FontSpec = { size: 11, weight: 600 };
const HEAD_FONT: FontSpec = { size: 12, weight: 600 };
const TEXT_FONT: FontSpec = { size: 12, weight: 400 };
const LINE = 17;
const MARK_HEIGHT = 18;

const fmt = (n: number) => String(Math.round(n * 100) / 100);
const fontAttrs = (f: FontSpec) => `font-size="${f.size}"${f.weight === 600 ? ' font-weight="600"' : ''}`;

/** The comments an export of `part` (the whole map, or a selection of it) shows: those on what it draws; on the whole map only with it all. */
export function commentsForPart(full: ArgMap, part: ArgMap): MapComment[] {
  const drawn = new Set([...part.nodes.map((n) => n.id), ...part.relations.map((r) => r.id)]);
  const whole = part.nodes.length === full.nodes.length;
  return (full.comments ?? []).filter((c) => (c.target === undefined ? whole : drawn.has(c.target)));
}

export interface CommentMarkers {
  svg: string;
  /** What the markers cover, in map coordinates. */
  bounds: Rect[];
}

/**
 * A marker per statement or relation with comments, listing their numbers ("1", "2, 3"):
 * `cards` by node id, `pills` the right end of each relation's label by relation id.
 */
export function commentMarkers(
  comments: readonly MapComment[],
  cards: ReadonlyMap<string, Rect>,
  pills: ReadonlyMap<string, { x: number; y: number }>,
  metrics: TextMetrics,
): CommentMarkers {
  const numbers = new Map<string, number[]>();
  comments.forEach((c, i) => {
    if (c.target === undefined) return;
    const list = numbers.get(c.target);
    if (list) list.push(i + 1);
    else numbers.set(c.target, [i + 1]);
  });
  const parts: string[] = [];
  const bounds: Rect[] = [];
  for (const [target, list] of numbers) {
    const card = cards.get(target);
    const pill = pills.get(target);
    if (!card && !pill) continue;
    const label = list.join(', ');
    const width = Math.max(MARK_HEIGHT, 12 + metrics.measure(label, MARK_FONT));
    // On a card: over its top-left corner, as the canvas's marker; on a relation: right of its label.
    const x = card ? card.x + 8 : pill!.x + 4;
    const y = card ? card.y - MARK_HEIGHT / 2 : pill!.y - MARK_HEIGHT / 2;
    const base = y + MARK_HEIGHT / 2 + ((metrics.ascent - metrics.descent) / 2) * MARK_FONT.size;
    parts.push(
      `<g data-comment-marker="${escapeXml(target)}">` +
        `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(width)}" height="${MARK_HEIGHT}" rx="${MARK_HEIGHT / 2}" fill="${MARK}"/>` +
        `<text x="${fmt(x + width / 2)}" y="${fmt(base)}" text-anchor="middle" ${fontAttrs(MARK_FONT)} fill="${ON_MARK}">${escapeXml(label)}</text>` +
        '</g>',
    );
    bounds.push({ x, y, width, height: MARK_HEIGHT });
  }
  return { svg: parts.join(''), bounds };
}

/** The day a comment was written, as written (ISO), or nothing for a time that is not one. */
const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : '');

/** The numbered list of comments and their replies, in a box `width` wide; its SVG at (0, 0) and its height. */
export function commentList(
  map: ArgMap,
  comments: readonly MapComment[],
  width: number,
  metrics: TextMetrics,
  line: LineWriter,
): { svg: string; height: number } {
  const pad = 12;
  const indent = 28;
  const parts: string[] = [];
  let y = pad;
  const baseline = (font: FontSpec) => (LINE - (metrics.ascent + metrics.descent) * font.size) / 2 + metrics.ascent * font.size;
  const write = (text: string, x: number, font: FontSpec, color: string) => {
    for (const l of wrapText(text, width - x - pad, (t) => metrics.measure(t, font))) {
      if (l) parts.push(`<text ${fontAttrs(font)} fill="${color}">${line(l, x, y + baseline(font), font)}</text>`);
      y += LINE;
    }
  };
  parts.push(
    `<text ${fontAttrs(HEAD_FONT)} fill="${INK}">${line(`Comments (${comments.length})`, pad, y + baseline(HEAD_FONT), HEAD_FONT)}</text>`,
  );
  y += LINE + 6;
  comments.forEach((c, i) => {
    const top = y;
    parts.push(`<g data-comment="${i + 1}">`);
    const on = c.wasOn ? `was on ${c.wasOn}, since deleted` : `on ${targetLabel(map, c.target)}`;
    write(
      [c.author || 'Unknown', day(c.created), on, c.resolved ? 'resolved' : ''].filter(Boolean).join(' · '),
      pad + indent,
      HEAD_FONT,
      MUTED,
    );
    write(c.text, pad + indent, TEXT_FONT, INK);
    for (const r of c.replies ?? []) {
      write(`Reply by ${[r.author || 'Unknown', day(r.created)].filter(Boolean).join(' · ')}`, pad + indent + 14, HEAD_FONT, MUTED);
      write(r.text, pad + indent + 28, TEXT_FONT, INK);
    }
    const number = String(i + 1);
    const markWidth = Math.max(MARK_HEIGHT, 12 + metrics.measure(number, MARK_FONT));
    const markBase = top + MARK_HEIGHT / 2 + ((metrics.ascent - metrics.descent) / 2) * MARK_FONT.size;
    parts.push(
      `<rect x="${pad}" y="${fmt(top)}" width="${fmt(markWidth)}" height="${MARK_HEIGHT}" rx="${MARK_HEIGHT / 2}" fill="${MARK}"/>`,
      `<text x="${fmt(pad + markWidth / 2)}" y="${fmt(markBase)}" text-anchor="middle" ${fontAttrs(MARK_FONT)} fill="${ON_MARK}">${number}</text>`,
      '</g>',
    );
    y += 8;
  });
  const height = Math.ceil(y + pad - 8);
  return {
    svg: `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="8" fill="${PAPER}" stroke="${BORDER}"/>${parts.join('')}`,
    height,
  };
}
