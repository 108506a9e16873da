// PNG from the exported SVG: the browser draws the SVG (fonts embedded) onto a canvas at
// the chosen scale. A canvas has limits (Chromium: 16,384 px per side and 268 million
// pixels); an image above them is drawn in strips of tiles (the same SVG image, drawn
// shifted) and encoded as it goes (pngEncode.ts). Past a hard cap on the total
// size the export is refused with the largest scale that works.
import type { RenderedSvg } from './renderSvg.ts';
import { encodePngStreaming } from './pngEncode.ts';
import { escapeXml } from './escape.ts';
import type { EmbeddedFonts } from './fonts.ts';

export interface CanvasLimits {
  /** Largest canvas side, px. */
  maxSide: number;
  /** Largest canvas area, px². */
  maxArea: number;
  /** Largest image this exporter makes at all (tiled), px². */
  maxTotal: number;
}

/** Pixels of one strip of tiles held at once (RGBA bytes). */
const STRIP_BYTES = 128 * 1024 * 1024;

export const CANVAS_LIMITS: CanvasLimits = { maxSide: 16_384, maxArea: 268_435_456, maxTotal: 1_000_000_000 };

export interface PngSize {
  /** Scale from canvas px to image px. */
  scale: number;
  /** A pixel width (takes precedence over scale). */
  width?: number;
}

export interface PngPlan {
  scale: number;
  width: number;
  height: number;
  /** Drawn in tiles (above one canvas's limits). */
  tiled: boolean;
  tiles: number;
  stripRows: number;
  tileWidth: number;
}

export class ExportTooLarge extends Error {
  constructor(
    message: string,
    readonly largestScale: number,
  ) {
    super(message);
    this.name = 'ExportTooLarge';
  }
}

const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
/** The largest scale, rounded down to 0.1 (0.01 below 1), at which an image fits `maxPixels`. */
export function largestScale(width: number, height: number, maxPixels: number, maxSide = Infinity): number {
  const exact = Math.min(Math.sqrt(maxPixels / (width * height)), maxSide / width, maxSide / height);
  const step = exact >= 1 ? 10 : 100;
  return Math.floor(exact * step) / step;
}

/** Decides the pixel size and whether tiles are needed; throws ExportTooLarge past the cap. */
export function planPng(svgWidth: number, svgHeight: number, size: PngSize, limits: CanvasLimits = CANVAS_LIMITS): PngPlan {
  if (!(svgWidth > 0 && svgHeight > 0)) throw new Error('There is nothing to draw.');
  const scale = size.width ? size.width / svgWidth : size.scale;
  if (!(scale > 0) || !Number.isFinite(scale))
    throw new Error(`The PNG scale must be a positive number (got ${size.width ? `width ${size.width}` : scale}).`);
  const width = Math.max(1, Math.round(svgWidth * scale));
  const height = Math.max(1, Math.round(svgHeight * scale));
  if (width * height > limits.maxTotal) {
    const best = largestScale(svgWidth, svgHeight, limits.maxTotal);
    throw new ExportTooLarge(
      `A PNG at ${+scale.toFixed(2)}× would be ${fmtInt(width)} × ${fmtInt(height)} px (${fmtInt((width * height) / 1e6)} million pixels), ` +
        `more than the ${fmtInt(limits.maxTotal / 1e6)} million this exporter makes. The largest scale that works is ${best}× ` +
        `(${fmtInt(svgWidth * best)} px wide); or export SVG or PDF, which have no such limit.`,
      best,
    );
  }
  const fits = width <= limits.maxSide && height <= limits.maxSide && width * height <= limits.maxArea;
  if (fits) return { scale, width, height, tiled: false, tiles: 1, stripRows: height, tileWidth: width };
  // Tiles: columns no wider than a canvas, strips of rows small enough to hold in memory.
  const tileWidth = Math.min(width, limits.maxSide);
  const stripRows = Math.max(
    1,
    Math.min(limits.maxSide, 4096, Math.floor(limits.maxArea / tileWidth), Math.floor(STRIP_BYTES / (width * 4))),
  );
  const tiles = Math.ceil(width / tileWidth) * Math.ceil(height / stripRows);
  return { scale, width, height, tiled: true, tiles, stripRows, tileWidth };
}

async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    return img;
  } catch {
    throw new Error('The browser could not draw the exported SVG.');
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

function newCanvas(width: number, height: number) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx || canvas.width !== width || canvas.height !== height)
    throw new Error(`The browser could not make a ${width} × ${height} px canvas.`);
  return { canvas, ctx };
}

/**
 * An SVG image loads its fonts after it has "loaded", and draws text invisibly until they
 * arrive: a first draw can miss all text. Chromium keeps the font files of data URLs in its
 * memory cache, so we draw a small probe with one character per embedded face until every
 * character shows ink (loaded, or failed and drawn in a fallback font); the export's own
 * image then finds its fonts ready.
 */
export async function warmFonts(fonts: EmbeddedFonts, timeoutMs = 5000): Promise<void> {
  if (!fonts.samples.length) return;
  const cell = 40;
  const texts = fonts.samples
    .map(
      (s, i) => `<text x="${i * cell + 4}" y="30" font-family="Inter" font-size="24" font-weight="${s.weight}">${escapeXml(s.char)}</text>`,
    )
    .join('');
  const width = cell * fonts.samples.length;
  const probe = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${cell}"><style>${fonts.css}</style>${texts}</svg>`;
  const img = await loadSvgImage(probe);
  const { canvas, ctx } = newCanvas(width, cell);
  const started = performance.now();
  for (;;) {
    ctx.clearRect(0, 0, width, cell);
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, width, cell).data;
    const inked = fonts.samples.every((_, i) => {
      for (let y = 0; y < cell; y++) for (let x = i * cell; x < (i + 1) * cell; x++) if (data[(y * width + x) * 4 + 3]! > 0) return true;
      return false;
    });
    if (inked || performance.now() - started > timeoutMs) break;
    await new Promise((r) => setTimeout(r, 16));
  }
  canvas.width = canvas.height = 0;
}

/**
 * Draws the region [x, y, w, h] (image px) of the SVG into a fresh canvas. Chromium draws an
 * SVG image onto a canvas as vectors, so the scale in the transform costs no sharpness,
 * and only what falls inside the canvas is rasterised.
 */
function drawRegion(img: HTMLImageElement, scale: number, x: number, y: number, w: number, h: number) {
  const { canvas, ctx } = newCanvas(w, h);
  ctx.setTransform(scale, 0, 0, scale, -x, -y);
  ctx.drawImage(img, 0, 0);
  return { canvas, ctx };
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG (out of memory?).'))), 'image/png'),
  );
}

export async function renderPng(
  rendered: RenderedSvg,
  plan: PngPlan,
  onProgress: (fraction: number, note?: string) => Promise<void> | void = () => undefined,
): Promise<Blob> {
  const img = await loadSvgImage(rendered.svg);
  if (!plan.tiled) {
    const { canvas } = drawRegion(img, plan.scale, 0, 0, plan.width, plan.height);
    await onProgress(0.7, 'Encoding the PNG');
    const blob = await canvasToBlob(canvas);
    canvas.width = canvas.height = 0; // free the pixels now
    return blob;
  }
  let done = 0;
  const rowBytes = plan.width * 4 + 1;
  return encodePngStreaming(plan.width, plan.height, plan.stripRows, async (y0, rows, strip) => {
    for (let x0 = 0; x0 < plan.width; x0 += plan.tileWidth) {
      const w = Math.min(plan.tileWidth, plan.width - x0);
      const { canvas, ctx } = drawRegion(img, plan.scale, x0, y0, w, rows);
      const tile = ctx.getImageData(0, 0, w, rows).data;
      canvas.width = canvas.height = 0;
      for (let r = 0; r < rows; r++) strip.set(tile.subarray(r * w * 4, (r + 1) * w * 4), r * rowBytes + 1 + x0 * 4);
      done++;
      await onProgress(done / plan.tiles, `Drawing tile ${done} of ${plan.tiles}`);
    }
  });
}
