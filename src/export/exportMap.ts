// Export, start to end: the part of the map asked for → fonts loaded → text measured and
// wrapped (in steps, yielding to the page) → SVG → PNG or PDF. Used by the dialog, by
// `window.argmap.exportMap` and so by the command line: one code path for all of them.
import { evaluate, inputFromMap } from '../model/evaluation.ts';
import type { ArgMap } from '../model/types.ts';
import { parseMapText } from '../model/format/load.ts';
import { partOfMap } from '../model/partOfMap.ts';
import { renderSvg, wrapNodeText, type RenderedSvg, type TextMetrics } from './renderSvg.ts';
import { canvasMetrics, embeddedFontCss, loadFonts, toBase64, ttfFonts } from './fonts.ts';
import { planPng, renderPng, warmFonts, type CanvasLimits, CANVAS_LIMITS, type PngPlan } from './png.ts';
import { fontRuns, svgToPdf } from './pdf.ts';
import { MIME, normalizeOptions, type ExportFormat, type ExportOptions } from './options.ts';
import { isSlideFormat, type SlideFormat } from './slideFormats.ts';
import { SLIDE } from './slideLayout.ts';
import { progressReporter, type Progress } from './progress.ts';
import { commentsForPart } from './commentsSvg.ts';

export { ExportCancelled, type Progress } from './progress.ts';

export interface ExportContext {
  /** Node ids for scope 'selection'. */
  selection?: readonly string[];
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /** For tests: smaller canvas limits, to exercise tiling. */
  limits?: CanvasLimits;
}

export interface ExportResult {
  blob: Blob;
  mime: string;
  /** Size of the image in px (PNG), of the drawing in px (SVG, PDF). */
  width: number;
  height: number;
  /** Node boxes in the drawing's coordinates (canvas px, before scaling). */
  nodes: RenderedSvg['nodes'];
  /** Something the user should know (e.g. drawn in tiles). */
  notes: string[];
}

/** The selected nodes, the relations among them, and undercuts of those relations. */
export const selectedPart = (map: ArgMap, nodeIds: readonly string[]): ArgMap => partOfMap(map, nodeIds);

export async function exportMap(fullMap: ArgMap, input: Partial<ExportOptions>, ctx: ExportContext = {}): Promise<ExportResult> {
  const options = normalizeOptions(input);
  const { report } = progressReporter(ctx);

  const part = options.scope === 'selection' ? selectedPart(fullMap, ctx.selection ?? []) : fullMap;
  // Comments only when asked for, and only those on what is drawn.
  const { comments: _all, ...bare } = part;
  const comments = options.comments ? commentsForPart(fullMap, part) : [];
  const map: ArgMap = comments.length ? { ...bare, comments } : bare;
  if (!map.nodes.length)
    throw new Error(
      options.scope === 'selection'
        ? 'Nothing is selected: select the nodes to export, or export the whole map.'
        : 'The map is empty: there is nothing to export.',
    );
  const title = options.title ? (options.titleText ?? map.meta.title).trim() : '';

  await report(0, 'Loading fonts');
  const commentText = comments.map(
    (c) => `${c.author}${c.text}${c.wasOn ?? ''}${(c.replies ?? []).map((r) => r.author + r.text).join('')}`,
  );
  const allText = `${title}${map.nodes.map((n) => `${n.text}${n.source?.paragraph ?? ''}`).join('')}${commentText.join('')}`;
  await loadFonts(allText);
  const metrics: TextMetrics = canvasMetrics();

  // Measuring is the heavy part of the SVG: wrap in batches, letting the page update between.
  const lines = new Map<string, string[]>();
  const BATCH = 150;
  for (let i = 0; i < map.nodes.length; i += BATCH) {
    for (const n of map.nodes.slice(i, i + BATCH)) lines.set(n.id, wrapNodeText(n, metrics));
    if (map.nodes.length > BATCH)
      await report(
        0.05 + (0.15 * Math.min(i + BATCH, map.nodes.length)) / map.nodes.length,
        `Measuring text (${Math.min(i + BATCH, map.nodes.length)} of ${map.nodes.length} nodes)`,
      );
  }

  // A selection shows the statuses it has in the whole map, as on the canvas.
  const statuses = options.evaluation ? evaluate(fullMap, inputFromMap(fullMap)).labels : undefined;
  const svgOptions = {
    background: options.background,
    padding: options.padding,
    title,
    legend: options.legend,
    evaluation: options.evaluation,
    statuses,
    comments: comments.length > 0,
  };
  const notes: string[] = [];

  if (options.format === 'pdf') {
    await report(0.2, 'Preparing fonts for the PDF');
    const fonts = await ttfFonts(allText);
    const rendered = renderSvg(map, { ...svgOptions, textRuns: fontRuns(fonts) }, metrics, lines);
    await report(0.35, `Drawing the PDF (${map.nodes.length} nodes)`);
    const blob = await svgToPdf(rendered.svg, rendered.width, rendered.height, fonts, options.page, title || map.meta.title);
    await report(1, 'Done');
    return { blob, mime: MIME.pdf, width: rendered.width, height: rendered.height, nodes: rendered.nodes, notes };
  }

  await report(0.2, 'Embedding fonts');
  const fonts = await embeddedFontCss(allText);
  const rendered = renderSvg(map, { ...svgOptions, fontCss: fonts.css }, metrics, lines);
  if (options.format === 'svg') {
    await report(1, 'Done');
    return {
      blob: new Blob([rendered.svg], { type: MIME.svg }),
      mime: MIME.svg,
      width: rendered.width,
      height: rendered.height,
      nodes: rendered.nodes,
      notes,
    };
  }

  const plan: PngPlan = planPng(
    rendered.width,
    rendered.height,
    { scale: options.scale, width: options.width },
    ctx.limits ?? CANVAS_LIMITS,
  );
  if (plan.tiled)
    notes.push(
      `The image is ${plan.width.toLocaleString('en-US')} × ${plan.height.toLocaleString('en-US')} px, above what one browser canvas holds, so it was drawn in ${plan.tiles} tiles.`,
    );
  await report(0.25, 'Loading fonts into the image');
  await warmFonts(fonts);
  await report(0.3, plan.tiled ? `Drawing ${plan.tiles} tiles` : 'Drawing the image');
  const blob = await renderPng(rendered, plan, (f, note) => report(0.3 + 0.65 * f, note ?? 'Drawing the image'));
  await report(1, 'Done');
  return { blob, mime: MIME.png, width: plan.width, height: plan.height, nodes: rendered.nodes, notes };
}

/** For scripts and the command line: file text in, file bytes (base64) out. Throws with a reason. */
export interface ScriptExportResult {
  mime: string;
  base64: string;
  width: number;
  height: number;
  /** Node cards in drawing px (multiply by the PNG's scale for image px). */
  nodes: RenderedSvg['nodes'];
  repairs: string[];
  notes: string[];
  /** Slides: how many pages or slides (one per presentation step). */
  slides?: number;
}

/** What scripts may ask for: an image (ExportOptions) or the presentation's slides (only the format counts). */
export type ScriptExportOptions = Partial<Omit<ExportOptions, 'format'>> & { format?: ExportFormat | SlideFormat };

export async function exportMapText(
  fileText: string,
  options: ScriptExportOptions,
  testing: { limits?: CanvasLimits } = {},
): Promise<ScriptExportResult> {
  if (isSlideFormat(options.format)) {
    // The slides load with their own libraries (PptxGenJS), only when asked for.
    const slides = await (await import('./slides.ts')).exportSlidesText(fileText, options.format);
    return { ...slides, width: SLIDE.width, height: SLIDE.height, nodes: [] };
  }
  const loaded = parseMapText(fileText);
  if (!loaded.ok) throw new Error(loaded.error);
  const result = await exportMap(loaded.map, { ...options, format: options.format, scope: 'all' }, { limits: testing.limits });
  return {
    mime: result.mime,
    base64: toBase64(await result.blob.arrayBuffer()),
    width: result.width,
    height: result.height,
    nodes: result.nodes,
    repairs: loaded.repairs,
    notes: result.notes,
  };
}
