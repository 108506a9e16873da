// Builds a standalone SVG document of a map that looks like the canvas: the same cards,
// colours, kind labels and wrapped text, the same relation curves, markers and label pills,
// the linked-reason boxes. Pure (no DOM): positions come from the map, each card's height
// from its text wrapped with the injected font metrics, so off-screen nodes and maps of any
// size render. The PNG and PDF exports are made from this document.
//
// Geometry and colours come from src/model/theme (card.ts, colors.ts), as the canvas's do
// (styles.css reads the same numbers as CSS variables), and the linked-reason boxes, undercut
// anchors and lines from model/diagram.ts, as the canvas's; edges attach where React Flow
// puts its handles.
import { getBezierPath, Position } from '@xyflow/system';
import type { ArgMap, ArgNode, NodeKind, RelationKind } from '../model/types.ts';
import { NODE_KINDS, RELATION_KINDS } from '../model/types.ts';
import { DEFEATED_OPACITY, NODE_STYLES, RELATION_STYLES, STATUS_STYLES } from '../model/theme/colors.ts';
import { EXPORT_COLORS } from '../model/theme/exportColors.ts';
import * as G from '../model/theme/card.ts';
import { MARKER_SHAPES, MAX_TEXT_LINES, pillWidth } from '../model/theme/card.ts';
import { linkedReasonBoxes, linksOf, undercutAnchors } from '../model/diagram.ts';
import { evaluate, inputFromMap, type Label } from '../model/evaluation.ts';
import type { Size } from '../model/layout.ts';
import { escapeXml } from './escape.ts';
import { graphemes, wrapText } from './wrap.ts';
import { commentList, commentMarkers } from './commentsSvg.ts';
import type { FontSpec, Rect, TextMetrics } from './svgTypes.ts';

export type { FontSpec, Rect, TextMetrics } from './svgTypes.ts';

export type Background = 'white' | 'transparent' | 'dark';

export interface SvgOptions {
  background: Background;
  /** Space around the content, in px. */
  padding: number;
  /** A title above the map; empty or absent for none. */
  title?: string;
  legend: boolean;
  /**
   * Each statement's computed status, as the canvas shows it with evaluation on: a ring, a
   * chip ("✓ stands", "✕ defeated", "? undecided") and a faded card when defeated.
   */
  evaluation?: boolean;
  /** Statuses computed on the whole map, for an export of a selection (else computed from `map`). */
  statuses?: Readonly<Record<string, Label>>;
  /** The map's comments: numbered markers on what they are on, and their list under the map (commentsSvg.ts). */
  comments?: boolean;
  /** `@font-face` rules to embed (the Inter font as data URLs). */
  fontCss?: string;
  /**
   * Splits a line of user text into runs with their own font family (the PDF has one font
   * per Inter subset and no fallback); each run is then placed at its measured position.
   */
  textRuns?: (text: string) => TextRun[];
  /** Statements drawn faintly, as presentation mode dims those revealed earlier (slides). */
  dimmed?: ReadonlySet<string>;
  /** A statement marked with a ring, as the current step of a presentation (slides). */
  highlight?: string;
}

export interface TextRun {
  text: string;
  /** A font family for this run; absent: the document's. */
  family?: string;
}

export interface NodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RenderedSvg {
  /** The document, at its natural size (1 px per canvas px). */
  svg: string;
  width: number;
  height: number;
  /** Each node's card in document coordinates (for tests and the PNG checks). */
  nodes: NodeBox[];
}

// ---- The card, as the canvas draws it (the numbers are model/theme/card.ts's) ----
export const CARD = {
  width: G.CARD_WIDTH,
  border: G.CARD_BORDER,
  padX: G.CARD_PAD_X,
  padTop: G.CARD_PAD_TOP,
  padBottom: G.CARD_PAD_BOTTOM,
  headerLine: G.CARD_HEADER_LINE,
  headerGap: G.CARD_HEADER_GAP,
  icon: G.CARD_ICON,
  iconGap: G.CARD_ICON_GAP,
  textSize: G.CARD_TEXT_SIZE,
  textLine: G.CARD_TEXT_LINE,
  labelSize: G.CARD_LABEL_SIZE,
  labelTracking: G.CARD_LABEL_TRACKING,
  radius: G.CARD_RADIUS,
  handle: G.CARD_HANDLE,
} as const;
export const CONTENT_WIDTH = CARD.width - 2 * CARD.border - 2 * CARD.padX;
export const TEXT_FONT: FontSpec = { size: CARD.textSize, weight: 400 };
const LABEL_FONT: FontSpec = { size: CARD.labelSize, weight: 600, letterSpacing: CARD.labelTracking };
const CITE_FONT: FontSpec = { size: CARD.labelSize, weight: 400, letterSpacing: CARD.labelTracking };
const PILL_FONT: FontSpec = { size: G.PILL_TEXT_SIZE, weight: 600 };
const TITLE_FONT: FontSpec = { size: 20, weight: 600 };
const LEGEND_FONT: FontSpec = { size: 12, weight: 400 };
const CHIP_FONT: FontSpec = { size: G.STATUS_CHIP_TEXT_SIZE, weight: 600 };

export const FONT_FAMILY = "Inter, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const INK = EXPORT_COLORS.ink;
const MUTED = EXPORT_COLORS.muted;
const LINKED = EXPORT_COLORS.linked;
const PAPER = EXPORT_COLORS.paper;
export const BACKGROUNDS: Record<Background, string | null> = { white: EXPORT_COLORS.white, transparent: null, dark: EXPORT_COLORS.dark };

/** The lines of a node's text as the card shows them: at most MAX_TEXT_LINES, the last one ending in "…" when cut. */
export function wrapNodeText(node: ArgNode, metrics: TextMetrics): string[] {
  const measure = (t: string) => metrics.measure(t, TEXT_FONT);
  return clampLines(wrapText(node.text, CONTENT_WIDTH, measure), CONTENT_WIDTH, measure);
}

/** Keeps the first MAX_TEXT_LINES lines, the last shortened until it fits with an ellipsis (as CSS line-clamp does). */
export function clampLines(lines: string[], maxWidth: number, measure: (t: string) => number): string[] {
  if (lines.length <= MAX_TEXT_LINES) return lines;
  const kept = lines.slice(0, MAX_TEXT_LINES);
  let last = graphemes(kept[MAX_TEXT_LINES - 1]!);
  while (last.length && measure(`${last.join('').trimEnd()}…`) > maxWidth) last = last.slice(0, -1);
  kept[MAX_TEXT_LINES - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}

/** A card's height for its number of text lines. */
export const cardHeight = (lines: number) =>
  2 * CARD.border + CARD.padTop + CARD.headerLine + CARD.headerGap + Math.max(1, lines) * CARD.textLine + CARD.padBottom;

/** Where the baseline sits in a line box of height `line` (CSS half-leading model). */
const baseline = (metrics: TextMetrics, size: number, line: number) =>
  (line - (metrics.ascent + metrics.descent) * size) / 2 + metrics.ascent * size;

const fmt = (n: number) => String(Math.round(n * 100) / 100);

function fontAttrs(font: FontSpec): string {
  return `font-size="${font.size}"${font.weight === 600 ? ' font-weight="600"' : ''}${font.letterSpacing ? ` letter-spacing="${font.letterSpacing}"` : ''}`;
}

/**
 * Renders the map. `lines` holds each node's wrapped text (see `wrapNodeText`; computed
 * beforehand so a caller can spread the work over frames); missing entries are wrapped here.
 */
export function renderSvg(
  map: ArgMap,
  options: SvgOptions,
  metrics: TextMetrics,
  lines: ReadonlyMap<string, string[]> = new Map(),
): RenderedSvg {
  /** A line of user text at (x, y): one tspan, or one per font run. Always escaped. */
  const line: LineWriter = (text, x, y, font) => {
    const runs = options.textRuns?.(text) ?? [{ text }];
    if (runs.length === 1 && !runs[0]!.family) return `<tspan x="${fmt(x)}" y="${fmt(y)}">${escapeXml(text)}</tspan>`;
    let at = x;
    return runs
      .map((run) => {
        const out = `<tspan x="${fmt(at)}" y="${fmt(y)}"${run.family ? ` font-family="${escapeXml(run.family)}"` : ''}>${escapeXml(run.text)}</tspan>`;
        at += metrics.measure(run.text, font);
        return out;
      })
      .join('');
  };
  const textLines = new Map<string, string[]>();
  const sizes: Record<string, Size> = {};
  for (const n of map.nodes) {
    const l = lines.get(n.id) ?? wrapNodeText(n, metrics);
    textLines.set(n.id, l);
    sizes[n.id] = { width: CARD.width, height: cardHeight(l.length) };
  }
  const nodeById = new Map<string, ArgNode>();
  for (const n of map.nodes) if (!nodeById.has(n.id)) nodeById.set(n.id, n);
  const groups = linkedReasonBoxes(map, sizes, (id) => nodeById.get(id));
  const anchors = undercutAnchors(map, sizes, groups, (id) => nodeById.get(id));
  // Where each line can start or end: cards, linked-reason boxes and undercut anchors by id.
  const ends = new Map<string, End>();
  for (const g of [...groups].reverse()) ends.set(g.id, { type: 'group', x: g.x, y: g.y, width: g.width, height: g.height });
  for (const n of map.nodes) ends.set(n.id, { type: 'card', ...n.position, ...sizes[n.id]! });
  for (const a of anchors) ends.set(a.id, { type: 'anchor', x: a.x, y: a.y, width: G.ANCHOR_SIZE, height: G.ANCHOR_SIZE });
  const labels = options.evaluation ? (options.statuses ?? evaluate(map, inputFromMap(map)).labels) : null;

  const bounds = new Bounds();
  const groupsSvg: string[] = [];
  const nodesSvg: string[] = [];
  const edgesSvg: string[] = [];
  const boxes: NodeBox[] = [];
  /** The right end of each relation's label, where its comments' marker goes. */
  const pills = new Map<string, { x: number; y: number }>();

  // Boxes in the order the canvas stacks them (the last one first).
  for (const g of [...groups].reverse()) {
    const r = { x: g.x, y: g.y, width: g.width, height: g.height };
    bounds.add(r);
    groupsSvg.push(linkedReasonBox(r, metrics));
  }
  for (const node of map.nodes) {
    const size = sizes[node.id]!;
    const r = { x: node.position.x, y: node.position.y, ...size };
    bounds.add(r);
    boxes.push({ id: node.id, ...r });
    const status = labels?.[node.id];
    const decor = status ? statusSvg(node, status, r, metrics) : undefined;
    if (decor) bounds.add(decor.bounds);
    const drawn = card(node, r, textLines.get(node.id)!, metrics, line, decor);
    if (options.highlight === node.id) {
      const ring = highlightRing(r);
      bounds.add(ring.bounds);
      nodesSvg.push(drawn, ring.svg);
    } else nodesSvg.push(options.dimmed?.has(node.id) ? `<g opacity="${EXPORT_COLORS.dimmedOpacity}">${drawn}</g>` : drawn);
  }

  for (const link of linksOf(map.relations)) {
    const relation = link.relation;
    const source = ends.get(link.source);
    const target = ends.get(link.target);
    if (!source || !target) continue;
    const from = handlePoint(source, 'source');
    const to = handlePoint(target, 'target');
    const [path, labelX, labelY] = getBezierPath({
      sourceX: from.x,
      sourceY: from.y,
      sourcePosition: Position.Top,
      targetX: to.x,
      targetY: to.y,
      targetPosition: target.type === 'anchor' ? Position.Top : Position.Bottom,
    });
    const controls = bezierPoints(path);
    for (const p of controls) bounds.add({ x: p.x - 8, y: p.y - 8, width: 16, height: 16 });
    const style = RELATION_STYLES[relation.kind];
    const labelWidth = pillWidth(style.label);
    // The pill and its 1 px border.
    const pill = G.PILL_HEIGHT;
    bounds.add({ x: labelX - labelWidth / 2 - 1, y: labelY - pill / 2 - 1, width: labelWidth + 2, height: pill + 2 });
    for (const r of link.relations) pills.set(r.id, { x: labelX + labelWidth / 2, y: labelY });
    const end = controls[3]!;
    const before = controls[2]!;
    const angle =
      end.x === before.x && end.y === before.y
        ? target.type === 'anchor'
          ? 90
          : -90
        : (Math.atan2(end.y - before.y, end.x - before.x) * 180) / Math.PI;
    edgesSvg.push(relationSvg(link.key, relation.kind, path, end, angle, labelX, labelY, labelWidth, metrics));
  }

  const comments = options.comments ? (map.comments ?? []) : [];
  const markers = comments.length ? commentMarkers(comments, new Map(boxes.map((b) => [b.id, b])), pills, metrics) : null;
  for (const r of markers?.bounds ?? []) bounds.add(r);
  const content = bounds.rect() ?? { x: 0, y: 0, width: 0, height: 0 };
  const dark = options.background === 'dark';
  const pad = Math.max(0, options.padding);

  // Title and legend sit above the map, as wide as the map (at least 560 px).
  const headerWidth = Math.max(content.width, 560);
  const header: string[] = [];
  let headerHeight = 0;
  let headerContentWidth = 0;
  const title = options.title?.trim();
  if (title) {
    const titleLines = wrapText(title, headerWidth, (t) => metrics.measure(t, TITLE_FONT));
    const lineHeight = 28;
    const tspans = titleLines
      .map((l, i) => line(l, 0, i * lineHeight + baseline(metrics, TITLE_FONT.size, lineHeight), TITLE_FONT))
      .join('');
    header.push(`<text ${fontAttrs(TITLE_FONT)} fill="${dark ? EXPORT_COLORS.inkOnDark : INK}">${tspans}</text>`);
    headerHeight = titleLines.length * lineHeight + 12;
    headerContentWidth = Math.max(...titleLines.map((l) => metrics.measure(l, TITLE_FONT)));
  }
  if (options.legend) {
    const legend = legendSvg(map, headerWidth, metrics);
    header.push(`<g transform="translate(0 ${headerHeight})">${legend.svg}</g>`);
    headerHeight += legend.height + 16;
    headerContentWidth = Math.max(headerContentWidth, legend.width);
  }

  // The comments' list under the map, at its left: as wide as the map, but no wider than lines that read well.
  const listWidth = Math.min(headerWidth, 760);
  const list = comments.length ? commentList(map, comments, listWidth, metrics, line) : null;
  const footerHeight = list ? list.height + 16 : 0;
  const width = Math.ceil(Math.max(content.width, headerContentWidth, list ? listWidth : 0) + 2 * pad);
  const height = Math.ceil(content.height + headerHeight + footerHeight + 2 * pad);
  const dx = pad - content.x;
  const dy = pad + headerHeight - content.y;
  const background = BACKGROUNDS[options.background];

  const head = [title ? `<title>${escapeXml(title)}</title>` : '', options.fontCss ? `<style>${options.fontCss}</style>` : ''].join('');
  const backgroundSvg = background ? `<rect width="${width}" height="${height}" fill="${background}"/>` : '';
  const headerSvg = header.length ? `<g transform="translate(${pad} ${pad})">${header.join('')}</g>` : '';
  const footerSvg = list
    ? `<g data-comments="${comments.length}" transform="translate(${pad} ${fmt(pad + headerHeight + content.height + 16)})">${list.svg}</g>`
    : '';
  // As on the canvas: linked-reason boxes, then relations, then the cards on top.
  const layers = [groupsSvg, edgesSvg, nodesSvg, ...(markers ? [[markers.svg]] : [])].map((items) => `<g>${items.join('')}</g>`).join('');
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" xml:space="preserve" style="white-space:pre">` +
    `${head}${backgroundSvg}${headerSvg}<g transform="translate(${fmt(dx)} ${fmt(dy)})">${layers}</g>${footerSvg}</svg>\n`;
  return { svg, width, height, nodes: boxes.map((b) => ({ ...b, x: b.x + dx, y: b.y + dy })) };
}

/** A statement card: box, kind icon and label, paragraph cited, wrapped text. */
type LineWriter = (text: string, x: number, y: number, font: FontSpec) => string;

function card(node: ArgNode, r: Rect, lines: string[], metrics: TextMetrics, line: LineWriter, decor?: StatusDecor): string {
  const style = NODE_STYLES[node.kind];
  const left = r.x + CARD.border + CARD.padX;
  const headerTop = r.y + CARD.border + CARD.padTop;
  const labelBase = headerTop + baseline(metrics, CARD.labelSize, CARD.headerLine);
  const iconTop = headerTop + (CARD.headerLine - CARD.icon) / 2;
  const textTop = headerTop + CARD.headerLine + CARD.headerGap;
  const textBase = baseline(metrics, CARD.textSize, CARD.textLine);
  const half = CARD.border / 2;
  const parts = [
    `<g data-node-id="${escapeXml(node.id)}" data-kind="${node.kind}"${decor ? ` data-status="${decor.status}"` : ''}>`,
    // A defeated card fades; its ring and chip do not.
    decor?.status === 'out' ? `<g opacity="${DEFEATED_OPACITY}">` : '',
    `<rect x="${fmt(r.x + half)}" y="${fmt(r.y + half)}" width="${fmt(r.width - CARD.border)}" height="${fmt(r.height - CARD.border)}" rx="${CARD.radius - half}" fill="${style.background}" stroke="${style.color}" stroke-width="${CARD.border}"/>`,
    `<path d="${style.icon}" fill="${style.color}" transform="translate(${fmt(left)} ${fmt(iconTop)}) scale(${CARD.icon / 16})"/>`,
    `<text x="${fmt(left + CARD.icon + CARD.iconGap)}" y="${fmt(labelBase)}" ${fontAttrs(LABEL_FONT)} fill="${style.color}">${escapeXml(style.label.toUpperCase())}</text>`,
  ];
  const paragraph = node.source?.paragraph;
  if (paragraph)
    parts.push(
      `<text x="${fmt(r.x + r.width - CARD.border - CARD.padX)}" y="${fmt(labelBase)}" text-anchor="end" ${fontAttrs(CITE_FONT)} fill="${MUTED}">${escapeXml(`¶${paragraph}`)}</text>`,
    );
  const tspans = lines.map((text, i) => (text ? line(text, left, textTop + i * CARD.textLine + textBase, TEXT_FONT) : '')).join('');
  if (tspans) parts.push(`<text ${fontAttrs(TEXT_FONT)} fill="${INK}" xml:space="preserve">${tspans}</text>`);
  if (decor) parts.push(decor.status === 'out' ? '</g>' : '', decor.svg);
  parts.push('</g>');
  return parts.join('');
}

/**
 * A statement's evaluation status, as styles.css draws it: a 4 px ring 2 px outside the
 * card (an outline), and a chip on the card's top edge, 12 px from its right.
 */
interface StatusDecor {
  status: Label;
  svg: string;
  /** What ring and chip cover, beyond the card. */
  bounds: Rect;
}

function statusSvg(node: ArgNode, status: Label, r: Rect, metrics: TextMetrics): StatusDecor {
  const style = STATUS_STYLES[status];
  const marked = !!node.mark;
  const word = marked ? style.markedWord : style.word;
  const ring = G.STATUS_RING_WIDTH;
  const offset = G.STATUS_RING_OFFSET;
  const out = offset + ring / 2;
  const ringSvg = `<rect x="${fmt(r.x - out)}" y="${fmt(r.y - out)}" width="${fmt(r.width + 2 * out)}" height="${fmt(r.height + 2 * out)}" rx="${CARD.radius + out}" fill="none" stroke="${style.ring}" stroke-width="${ring}"${style.dashed ? ' stroke-dasharray="12 6"' : ''}/>`;
  // The chip (STATUS_CHIP: 20 px high, 8 px padding, a 1.5 px border); the sign drawn (not a
  // glyph, so PDFs show it too), a gap before the word.
  const height = G.STATUS_CHIP_HEIGHT;
  const padX = G.STATUS_CHIP_PAD_X;
  const border = G.STATUS_CHIP_BORDER;
  const gap = G.STATUS_CHIP_GAP;
  const sign = 8;
  const wordWidth = metrics.measure(word, CHIP_FONT);
  const width = border * 2 + padX * 2 + sign + gap + wordWidth;
  const x = r.x + r.width - CARD.border - G.STATUS_CHIP_RIGHT - width;
  const y = r.y + CARD.border - G.STATUS_CHIP_TOP;
  const ink = marked && status !== 'undec' ? PAPER : style.color;
  const fill = marked && status !== 'undec' ? style.color : PAPER;
  const signX = x + border + padX;
  const signY = y + (height - sign) / 2;
  const signSvg =
    status === 'in'
      ? `<path d="M0.5,4.5 L3,7 L7.5,1" fill="none" stroke="${ink}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`
      : status === 'out'
        ? `<path d="M1,1 L7,7 M7,1 L1,7" fill="none" stroke="${ink}" stroke-width="1.6" stroke-linecap="round"/>`
        : `<text x="${fmt(sign / 2)}" y="${fmt(sign / 2 + ((metrics.ascent - metrics.descent) / 2) * CHIP_FONT.size)}" text-anchor="middle" ${fontAttrs(CHIP_FONT)} fill="${ink}">?</text>`;
  const textBase = y + height / 2 + ((metrics.ascent - metrics.descent) / 2) * CHIP_FONT.size;
  const chipSvg =
    `<g data-status-chip="${status}"${marked ? ' data-marked="true"' : ''}>` +
    `<rect x="${fmt(x + border / 2)}" y="${fmt(y + border / 2)}" width="${fmt(width - border)}" height="${fmt(height - border)}" rx="${fmt(height / 2 - border / 2)}" fill="${fill}" stroke="${style.color}" stroke-width="${border}"/>` +
    `<g transform="translate(${fmt(signX)} ${fmt(signY)})">${signSvg}</g>` +
    `<text x="${fmt(signX + sign + gap)}" y="${fmt(textBase)}" ${fontAttrs(CHIP_FONT)} fill="${ink}">${escapeXml(word)}</text>` +
    '</g>';
  const outer = offset + ring;
  return {
    status,
    svg: ringSvg + chipSvg,
    bounds: {
      x: r.x - outer,
      y: Math.min(r.y - outer, y),
      width: r.width + 2 * outer,
      height: r.y + r.height + outer - Math.min(r.y - outer, y),
    },
  };
}

/** The ring around the current statement of a slide: outside the card, where a status ring would be. */
function highlightRing(r: Rect): { svg: string; bounds: Rect } {
  const width = G.STATUS_RING_WIDTH;
  const out = G.STATUS_RING_OFFSET + width / 2;
  const outer = G.STATUS_RING_OFFSET + width;
  return {
    svg: `<rect data-highlight="true" x="${fmt(r.x - out)}" y="${fmt(r.y - out)}" width="${fmt(r.width + 2 * out)}" height="${fmt(r.height + 2 * out)}" rx="${CARD.radius + out}" fill="none" stroke="${EXPORT_COLORS.highlight}" stroke-width="${width}"/>`,
    bounds: { x: r.x - outer, y: r.y - outer, width: r.width + 2 * outer, height: r.height + 2 * outer },
  };
}

/** The dashed box around co-premises, with its label. */
function linkedReasonBox(r: Rect, metrics: TextMetrics): string {
  const border = G.LINKED_BORDER;
  const labelSize = G.LINKED_LABEL_SIZE;
  const half = border / 2;
  const labelBase = r.y + border + G.LINKED_LABEL_TOP + metrics.ascent * labelSize;
  return (
    `<rect x="${fmt(r.x + half)}" y="${fmt(r.y + half)}" width="${fmt(r.width - border)}" height="${fmt(r.height - border)}" rx="${G.LINKED_RADIUS - half}" fill="${EXPORT_COLORS.linkedFill}" fill-opacity="${EXPORT_COLORS.linkedFillOpacity}" stroke="${LINKED}" stroke-width="${border}" stroke-dasharray="6 4"/>` +
    `<text x="${fmt(r.x + border + G.LINKED_LABEL_LEFT)}" y="${fmt(labelBase)}" font-size="${labelSize}" font-weight="600" fill="${LINKED}">linked reason</text>`
  );
}

/** A marker's path in a colour: filled, or stroked. */
function shapeSvg(shape: G.MarkerShape, color: string): string {
  if (shape.strokeWidth === undefined) return `<path d="${shape.d}" fill="${color}"/>`;
  return `<path d="${shape.d}"${shape.unfilled ? ' fill="none"' : ''} stroke="${color}" stroke-width="${shape.strokeWidth}"/>`;
}

/** A relation's end marker on its grid (MARKER_SHAPES, as RelationEdge draws it), pointing along +x. */
function markerShape(kind: RelationKind): string {
  const style = RELATION_STYLES[kind];
  return shapeSvg(MARKER_SHAPES[style.marker], style.color);
}

function relationSvg(
  id: string,
  kind: RelationKind,
  path: string,
  end: { x: number; y: number },
  angle: number,
  labelX: number,
  labelY: number,
  labelWidth: number,
  metrics: TextMetrics,
): string {
  const style = RELATION_STYLES[kind];
  const dash = style.dashed ? ` stroke-dasharray="${G.RELATION_DASH}"` : '';
  const labelBase = ((metrics.ascent - metrics.descent) / 2) * PILL_FONT.size;
  const pill = G.PILL_HEIGHT;
  return (
    `<g data-edge-id="${escapeXml(id.replace(/\u0000/g, '|'))}" data-relation-kind="${kind}">` +
    `<path d="${path}" fill="none" stroke="${style.color}" stroke-width="${G.RELATION_WIDTH}"${dash}/>` +
    `<g transform="translate(${fmt(end.x)} ${fmt(end.y)}) rotate(${fmt(angle)}) translate(${-G.MARKER_TIP_X} ${-G.MARKER_TIP_Y})">${markerShape(kind)}</g>` +
    `<g transform="translate(${fmt(labelX)} ${fmt(labelY)})">` +
    `<rect x="${fmt(-labelWidth / 2)}" y="${-pill / 2}" width="${fmt(labelWidth)}" height="${pill}" rx="${pill / 2}" fill="${PAPER}" stroke="${style.color}" stroke-width="1"/>` +
    `<text x="0" y="${fmt(labelBase)}" text-anchor="middle" ${fontAttrs(PILL_FONT)} fill="${style.color}">${escapeXml(style.label)}</text>` +
    '</g></g>'
  );
}

/** Something a line starts or ends at. */
interface End extends Rect {
  type: 'card' | 'group' | 'anchor';
}

/** Where React Flow attaches an edge: the handle on the top (source) or bottom (target) edge. */
function handlePoint(node: End, end: 'source' | 'target'): { x: number; y: number } {
  const { x, y, width } = node;
  if (node.type === 'card') {
    // .arg-handle: CARD_HANDLE square, centred on the card's top or bottom edge.
    const half = CARD.handle / 2;
    return end === 'source' ? { x: x + width / 2, y: y - half } : { x: x + width / 2, y: y + node.height + half };
  }
  // .hidden-handle: ANCHOR_HANDLE square on the top edge of an undercut anchor, or of a
  // linked-reason box's padding box (.linked-reason is position: relative, inside its border).
  return { x: x + width / 2, y: y - G.ANCHOR_HANDLE / 2 + (node.type === 'group' ? G.LINKED_BORDER : 0) };
}

/** The four points of a cubic path "M x,y C x1,y1 x2,y2 x,y". */
function bezierPoints(path: string): { x: number; y: number }[] {
  const nums = path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)?.map(Number) ?? [];
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) points.push({ x: nums[i]!, y: nums[i + 1]! });
  return points;
}

/** A legend of the kinds used in the map, in rows no wider than `maxWidth`. */
function legendSvg(map: ArgMap, maxWidth: number, metrics: TextMetrics): { svg: string; width: number; height: number } {
  const usedNodes = new Set(map.nodes.map((n) => n.kind));
  const usedRelations = new Set(map.relations.map((r) => r.kind));
  const hasLinked = map.relations.some((r) => r.group && map.relations.some((o) => o !== r && o.group === r.group && o.to === r.to));
  const items: { width: number; svg: (x: number, y: number) => string }[] = [];
  const label = (text: string, x: number, y: number) =>
    `<text x="${fmt(x)}" y="${fmt(y + baseline(metrics, LEGEND_FONT.size, 20))}" ${fontAttrs(LEGEND_FONT)} fill="${INK}">${escapeXml(text)}</text>`;
  const kinds: NodeKind[] = NODE_KINDS.filter((k) => usedNodes.has(k));
  for (const k of kinds) {
    const s = NODE_STYLES[k];
    items.push({
      width: 26 + metrics.measure(s.label, LEGEND_FONT),
      svg: (x, y) =>
        `<rect x="${fmt(x + 1)}" y="${fmt(y + 3)}" width="18" height="14" rx="3" fill="${s.background}" stroke="${s.color}" stroke-width="2"/>` +
        `<path d="${s.icon}" fill="${s.color}" transform="translate(${fmt(x + 4)} ${fmt(y + 4)}) scale(0.75)"/>` +
        label(s.label, x + 26, y),
    });
  }
  for (const k of RELATION_KINDS.filter((r) => usedRelations.has(r))) {
    const s = RELATION_STYLES[k];
    const marker = shapeSvg(G.LEGEND_MARKERS[s.marker], s.color);
    items.push({
      width: 40 + metrics.measure(s.label, LEGEND_FONT),
      svg: (x, y) =>
        `<g transform="translate(${fmt(x)} ${fmt(y + 5)})"><path d="M1,5 L26,5" stroke="${s.color}" stroke-width="2"${s.dashed ? ` stroke-dasharray="${G.LEGEND_DASH}"` : ''}/>${marker}</g>` +
        label(s.label, x + 40, y),
    });
  }
  if (hasLinked)
    items.push({
      width: 26 + metrics.measure('linked reason', LEGEND_FONT),
      svg: (x, y) =>
        `<rect x="${fmt(x + 1)}" y="${fmt(y + 3)}" width="18" height="14" rx="3" fill="${EXPORT_COLORS.linkedFill}" stroke="${LINKED}" stroke-width="2" stroke-dasharray="3 2"/>` +
        label('linked reason', x + 26, y),
    });
  const gap = 18;
  const pad = 10;
  const rowHeight = 22;
  let x = 0;
  let y = 0;
  let widest = 0;
  const placed: string[] = [];
  for (const item of items) {
    if (x > 0 && x + item.width > maxWidth - 2 * pad) {
      x = 0;
      y += rowHeight;
    }
    placed.push(item.svg(pad + x, pad + y));
    x += item.width + gap;
    widest = Math.max(widest, x - gap);
  }
  const width = Math.ceil(widest + 2 * pad);
  const height = y + rowHeight + 2 * pad - 2;
  return {
    svg: `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="8" fill="${PAPER}" stroke="${EXPORT_COLORS.legendBorder}"/>${placed.join('')}`,
    width,
    height,
  };
}

class Bounds {
  private minX = Infinity;
  private minY = Infinity;
  private maxX = -Infinity;
  private maxY = -Infinity;
  add(r: Rect) {
    this.minX = Math.min(this.minX, r.x);
    this.minY = Math.min(this.minY, r.y);
    this.maxX = Math.max(this.maxX, r.x + r.width);
    this.maxY = Math.max(this.maxY, r.y + r.height);
  }
  rect(): Rect | null {
    return this.minX === Infinity ? null : { x: this.minX, y: this.minY, width: this.maxX - this.minX, height: this.maxY - this.minY };
  }
}
