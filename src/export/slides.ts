// Slides from a presentation: one per presentation step (model/slides.ts says what each shows,
// slideLayout.ts where it goes), drawn with the image export's own renderer (renderSvg), so a
// slide's picture matches the PNG, SVG and PDF exports.
// - 'slides-pdf': one 16:9 page per step (jsPDF + svg2pdf, as the PDF export): the step and
//   the statement's kind, the statement, the map as it appears at that step (the statement
//   ringed, earlier ones faint), and the source quote at the foot; all text is real text in Inter.
// - 'pptx': a PowerPoint file (PptxGenJS) of one slide per step: the step and the statement as
//   the slide's text, the map as a picture (PNG), the source quote and citation in the notes.
// Loaded on first use, with jsPDF or PptxGenJS only when that format is asked for.
import type { ArgMap } from '../model/types.ts';
import { NOTHING_TO_PRESENT, slideDeck, speakerNotes, type Slide } from '../model/slides.ts';
import { NODE_STYLES } from '../model/theme/colors.ts';
import { EXPORT_COLORS } from '../model/theme/exportColors.ts';
import { parseMapText } from '../model/format/load.ts';
import { FONT_FAMILY, renderSvg, wrapNodeText, type FontSpec, type RenderedSvg, type TextMetrics, type TextRun } from './renderSvg.ts';
import { canvasMetrics, embeddedFontCss, loadFonts, toBase64, ttfFonts } from './fonts.ts';
import { planPng, renderPng, warmFonts } from './png.ts';
import { fontRuns, registerFonts, svgElement } from './pdf.ts';
import { escapeXml } from './escape.ts';
import { frameView, layoutSlide, SLIDE, type SlideLayout, type TextBlock, type View } from './slideLayout.ts';
import { progressReporter, type Progress } from './progress.ts';
import { isSlideFormat, SLIDE_MIME, type SlideFormat } from './slideFormats.ts';

export interface SlidesContext {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface SlidesResult {
  blob: Blob;
  mime: string;
  /** Pages or slides made: one per presentation step. */
  slides: number;
}

/** What the map's picture is drawn with (as the Export dialog's defaults, without title and legend). */
const PICTURE = { background: 'white', padding: 16, legend: false } as const;
/** Picture pixels per slide point in the PowerPoint file (about 144 dpi). */
const PX_PER_PT = 2;
/** The PowerPoint text's font: one every copy of PowerPoint and LibreOffice has (Inter is in the picture). */
const PPTX_FONT = 'Arial';
const INK = EXPORT_COLORS.ink;
const MUTED = EXPORT_COLORS.muted;

/** "3 / 46 · " and the kind: the header line of a slide. */
const headerParts = (slide: Slide): [string, string] => [
  `${slide.step} / ${slide.total}  ·  `,
  NODE_STYLES[slide.kind].label.toUpperCase(),
];

export async function exportSlides(map: ArgMap, format: SlideFormat, ctx: SlidesContext = {}): Promise<SlidesResult> {
  if (!isSlideFormat(format)) throw new Error(`Unknown slide format "${String(format)}": use slides-pdf or pptx.`);
  const deck = slideDeck(map);
  if (!deck.total) throw new Error(NOTHING_TO_PRESENT);
  const { report } = progressReporter(ctx);

  await report(0, 'Loading fonts');
  const slideText =
    '0123456789 /·…“”—¶' +
    Object.values(NODE_STYLES)
      .map((s) => s.label.toUpperCase())
      .join('');
  const allText = `${map.meta.title}${slideText}${map.nodes.map((n) => `${n.text}${n.source?.paragraph ?? ''}${n.source?.document ?? ''}${n.source?.section ?? ''}${n.anchor?.quote?.exact ?? n.source?.quote ?? ''}`).join('')}`;
  await loadFonts(allText);
  const metrics = canvasMetrics();
  const measure = (text: string, font: FontSpec) => metrics.measure(text, font);
  // Each card's lines, once: a statement's card is the same on every slide it is on.
  const lines = new Map(map.nodes.map((n) => [n.id, wrapNodeText(n, metrics)]));

  const steps = async (draw: (slide: Slide) => Promise<void>) => {
    for (let step = 1; step <= deck.total; step++) {
      await draw(deck.at(step));
      await report(0.1 + (0.85 * step) / deck.total, `Drawing slide ${step} of ${deck.total}`);
    }
  };
  const pictureOf = (slide: Slide, extra: { textRuns?: (t: string) => TextRun[]; fontCss?: string }) =>
    renderSvg(slide.map, { ...PICTURE, ...extra, dimmed: slide.dimmed, highlight: slide.nodeId }, metrics, lines);

  if (format === 'slides-pdf') {
    await report(0.05, 'Preparing fonts for the PDF');
    const fonts = await ttfFonts(allText);
    const runs = fontRuns(fonts);
    const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
    const doc = new jsPDF({ unit: 'pt', format: [SLIDE.width, SLIDE.height], orientation: 'landscape', compress: true });
    doc.setProperties({ title: map.meta.title, subject: `${deck.total} slides`, creator: 'Argmap' });
    registerFonts(doc, fonts);
    await steps(async (slide) => {
      const picture = pictureOf(slide, { textRuns: runs });
      const layout = layoutSlide(slide, headerParts(slide).join(''), measure, { quoteOnSlide: true });
      if (slide.step > 1) doc.addPage([SLIDE.width, SLIDE.height], 'landscape');
      const page = pageSvg(slide, layout, picture, viewOf(picture, slide, layout), metrics, runs);
      await svg2pdf(svgElement(page), doc, { x: 0, y: 0, width: SLIDE.width, height: SLIDE.height });
    });
    const blob = doc.output('blob');
    await report(1, 'Done');
    return { blob, mime: SLIDE_MIME['slides-pdf'], slides: deck.total };
  }

  await report(0.05, 'Embedding fonts');
  const fonts = await embeddedFontCss(allText);
  await warmFonts(fonts);
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in: SLIDE's 960 × 540 pt
  pptx.title = map.meta.title;
  pptx.subject = `${deck.total} slides`;
  pptx.company = 'Argmap';
  const inch = (pt: number) => pt / 72;
  await steps(async (slide) => {
    const picture = pictureOf(slide, { fontCss: fonts.css });
    const layout = layoutSlide(slide, headerParts(slide).join(''), measure, { quoteOnSlide: false });
    const view = viewOf(picture, slide, layout);
    const cropped = cropSvg(picture, view);
    const png = await renderPng(cropped, planPng(cropped.width, cropped.height, { scale: view.scale * PX_PER_PT }));
    const page = pptx.addSlide();
    page.background = { color: hex(EXPORT_COLORS.white) };
    const [count, kind] = headerParts(slide);
    const box = (block: TextBlock) => ({
      x: inch(SLIDE.margin),
      y: inch(block.y),
      w: inch(SLIDE.width - 2 * SLIDE.margin),
      h: inch(block.lines.length * block.lineHeight + 4),
      margin: 0,
      valign: 'top' as const,
      fontFace: PPTX_FONT,
      fontSize: block.font.size,
    });
    page.addText(
      [
        { text: count, options: { color: hex(MUTED) } },
        { text: kind, options: { color: hex(NODE_STYLES[slide.kind].color), bold: true } },
      ],
      { ...box(layout.header), objectName: 'Step' },
    );
    page.addText(slide.statement.trim() || '(empty)', {
      ...box(layout.statement),
      bold: true,
      color: hex(INK),
      fit: 'shrink',
      objectName: 'Statement',
    });
    page.addImage({
      data: `image/png;base64,${toBase64(await png.arrayBuffer())}`,
      x: inch(view.placed.x),
      y: inch(view.placed.y),
      w: inch(view.placed.width),
      h: inch(view.placed.height),
      altText: `The map at step ${slide.step} of ${slide.total}`,
      objectName: 'Map',
    });
    const notes = speakerNotes(slide);
    if (notes) page.addNotes(notes);
  });
  await report(0.97, 'Writing the PowerPoint file');
  const blob = (await pptx.write({ outputType: 'blob', compression: true })) as Blob;
  await report(1, 'Done');
  return { blob: new Blob([blob], { type: SLIDE_MIME.pptx }), mime: SLIDE_MIME.pptx, slides: deck.total };
}

/** For scripts and the command line: file text in, file bytes (base64) out. Throws with a reason. */
export async function exportSlidesText(fileText: string, format: SlideFormat) {
  const loaded = parseMapText(fileText);
  if (!loaded.ok) throw new Error(loaded.error);
  const result = await exportSlides(loaded.map, format);
  return {
    mime: result.mime,
    base64: toBase64(await result.blob.arrayBuffer()),
    slides: result.slides,
    repairs: loaded.repairs,
    notes: [] as string[],
  };
}

const hex = (color: string) => color.replace(/^#/, '').toUpperCase();

/** What of the picture the slide shows: all of it, or a window on the statement and what it bears on. */
function viewOf(picture: RenderedSvg, slide: Slide, layout: SlideLayout): View {
  const box = (id: string | undefined) => picture.nodes.find((n) => n.id === id);
  return frameView({ x: 0, y: 0, width: picture.width, height: picture.height }, layout.area, box(slide.nodeId), box(slide.parentId));
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** The picture's own document cut to the view's window (its root's size and viewBox), for the PNG. */
function cropSvg(picture: RenderedSvg, view: View): RenderedSvg {
  const root = `width="${picture.width}" height="${picture.height}" viewBox="0 0 ${picture.width} ${picture.height}"`;
  if (!picture.svg.includes(root)) throw new Error('The map picture could not be cut to the slide.');
  const { x, y, width, height } = view.crop;
  const svg = picture.svg.replace(
    root,
    `width="${fmt(width)}" height="${fmt(height)}" viewBox="${fmt(x)} ${fmt(y)} ${fmt(width)} ${fmt(height)}"`,
  );
  return { svg, width, height, nodes: picture.nodes };
}

/** The picture's content without its root element and title, to place inside a page. */
function innerOf(svg: string): string {
  const open = svg.indexOf('>', svg.indexOf('<svg')) + 1;
  return svg.slice(open, svg.lastIndexOf('</svg>')).replace(/<title>[\s\S]*?<\/title>/, '');
}

function fontAttrs(font: FontSpec): string {
  return `font-size="${font.size}" font-weight="${font.weight}"${font.letterSpacing ? ` letter-spacing="${font.letterSpacing}"` : ''}`;
}

/** Lines of text at `x`, each placed on its line box's baseline, split into font runs (the PDF has no font fallback). */
function textSvg(block: TextBlock, x: number, fill: string, metrics: TextMetrics, runs: (t: string) => TextRun[]): string {
  const { size } = block.font;
  const baseline = (block.lineHeight - (metrics.ascent + metrics.descent) * size) / 2 + metrics.ascent * size;
  const tspans = block.lines
    .map((line, i) => {
      let at = x;
      return runs(line)
        .map((run) => {
          const out = `<tspan x="${fmt(at)}" y="${fmt(block.y + i * block.lineHeight + baseline)}"${run.family ? ` font-family="${escapeXml(run.family)}"` : ''}>${escapeXml(run.text)}</tspan>`;
          at += metrics.measure(run.text, block.font);
          return out;
        })
        .join('');
    })
    .join('');
  return `<text ${fontAttrs(block.font)} fill="${fill}">${tspans}</text>`;
}

/** One PDF page: header, statement, the picture clipped to its window, the quote at the foot. */
function pageSvg(
  slide: Slide,
  layout: SlideLayout,
  picture: RenderedSvg,
  view: View,
  metrics: TextMetrics,
  runs: (t: string) => TextRun[],
): string {
  const { width: W, height: H, margin: M } = SLIDE;
  const [count, kind] = headerParts(slide);
  const countWidth = metrics.measure(count, layout.header.font);
  const { crop, scale, placed } = view;
  const parts = [
    `<rect width="${W}" height="${H}" fill="${EXPORT_COLORS.white}"/>`,
    `<defs><clipPath id="slide-map"><rect x="${fmt(placed.x)}" y="${fmt(placed.y)}" width="${fmt(placed.width)}" height="${fmt(placed.height)}"/></clipPath></defs>`,
    `<g clip-path="url(#slide-map)"><g transform="translate(${fmt(placed.x)} ${fmt(placed.y)}) scale(${scale}) translate(${fmt(-crop.x)} ${fmt(-crop.y)})">${innerOf(picture.svg)}</g></g>`,
    textSvg({ ...layout.header, lines: [count] }, M, MUTED, metrics, runs),
    textSvg({ ...layout.header, lines: [kind] }, M + countWidth, NODE_STYLES[slide.kind].color, metrics, runs),
    textSvg(layout.statement, M, INK, metrics, runs),
    layout.quote ? textSvg(layout.quote, M, MUTED, metrics, runs) : '',
  ];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT_FAMILY}" xml:space="preserve" style="white-space:pre">` +
    `${parts.join('')}</svg>`
  );
}
