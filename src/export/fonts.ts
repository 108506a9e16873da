// The Inter font for exports (browser only). The app bundles Inter with @fontsource, split
// into subsets by unicode-range; the @font-face rules in the page's style sheets say where
// each subset's file is. From them:
// - `loadFonts` makes sure the subsets a text needs are loaded, so measuring is exact;
// - `canvasMetrics` measures text with canvas `measureText`, the same shaping as the canvas;
// - `embeddedFontCss` gives @font-face rules with the woff2 files inlined (SVG, PNG);
// - `ttfFonts` gives the same subsets as TrueType (jsPDF embeds only TrueType).
import type { FontSpec, TextMetrics } from './renderSvg.ts';
import { woffToSfnt } from './woff.ts';

export const CSS_FONT_STACK = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const WEIGHTS = [400, 600] as const;

export interface FontFaceSource {
  weight: 400 | 600;
  /** Inclusive code point ranges. */
  ranges: [number, number][];
  /** Raw unicode-range value, to repeat in the embedded rule. */
  unicodeRange: string;
  woff2?: string;
  woff?: string;
}

/** Parses a CSS unicode-range value ("U+0000-00FF,U+0131,U+4??"). */
export function parseUnicodeRange(value: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const part of value.split(',')) {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) continue;
    const lo = parseInt(m[1]!.replace(/\?/g, '0'), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'f'), 16);
    ranges.push([lo, hi]);
  }
  return ranges;
}

export const covers = (ranges: [number, number][], cp: number) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** The Inter @font-face rules of the page (normal style, the weights the cards use). */
export function interFaces(doc: Document = document): FontFaceSource[] {
  const faces: FontFaceSource[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const s = rule.style;
      if (s.getPropertyValue('font-family').replace(/["']/g, '').trim() !== 'Inter') continue;
      if ((s.getPropertyValue('font-style') || 'normal') !== 'normal') continue;
      const weight = Number(s.getPropertyValue('font-weight') || 400);
      if (weight !== 400 && weight !== 600) continue;
      const base = sheet.href ?? doc.baseURI;
      const face: FontFaceSource = { weight, ranges: [], unicodeRange: s.getPropertyValue('unicode-range') || 'U+0-10FFFF' };
      face.ranges = parseUnicodeRange(face.unicodeRange);
      for (const m of s.getPropertyValue('src').matchAll(/url\((["']?)(.*?)\1\)\s*format\((["']?)(woff2?)\3\)/g)) {
        const url = new URL(m[2]!, base).href;
        if (m[4] === 'woff2') face.woff2 = url;
        else face.woff = url;
      }
      faces.push(face);
    }
  }
  return faces;
}

/** The faces whose unicode-range holds a character of `text` (always the Latin ones). */
export function facesFor(faces: FontFaceSource[], text: string): FontFaceSource[] {
  const cps = new Set<number>([0x41]);
  for (const ch of text) cps.add(ch.codePointAt(0)!);
  return faces.filter((f) => [...cps].some((cp) => covers(f.ranges, cp)));
}

/** Loads the Inter subsets that `text` needs, in both weights. */
export async function loadFonts(text: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const sample = Array.from(new Set(text)).join('') || 'A';
  await Promise.all(WEIGHTS.map((w) => document.fonts.load(`${w} 14px Inter`, sample).catch(() => [])));
}

/** Text metrics from a 2D canvas with the page's fonts. */
export function canvasMetrics(): TextMetrics {
  const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(8, 8) : document.createElement('canvas');
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new Error('This browser cannot measure text (no 2D canvas).');
  let current = '';
  const setFont = (font: FontSpec) => {
    const key = `${font.weight} ${font.size}px ${CSS_FONT_STACK}|${font.letterSpacing ?? 0}`;
    if (key === current) return;
    current = key;
    ctx.font = `${font.weight} ${font.size}px ${CSS_FONT_STACK}`;
    if ('letterSpacing' in ctx) ctx.letterSpacing = `${font.letterSpacing ?? 0}px`;
  };
  setFont({ size: 100, weight: 400 });
  const m = ctx.measureText('Hg');
  const ascent = m.fontBoundingBoxAscent ? m.fontBoundingBoxAscent / 100 : 0.96875;
  const descent = m.fontBoundingBoxDescent ? m.fontBoundingBoxDescent / 100 : 0.2421875;
  const cache = new Map<string, number>();
  return {
    ascent,
    descent,
    measure(text, font) {
      const key = `${font.weight}|${font.size}|${font.letterSpacing ?? 0}|${text}`;
      let width = cache.get(key);
      if (width === undefined) {
        setFont(font);
        width = ctx.measureText(text).width;
        if (cache.size > 50_000) cache.clear();
        cache.set(key, width);
      }
      return width;
    },
  };
}

const fileCache = new Map<string, Promise<ArrayBuffer>>();

function fetchFile(url: string): Promise<ArrayBuffer> {
  let p = fileCache.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`Could not load the font ${url} (HTTP ${r.status}).`);
      return r.arrayBuffer();
    });
    p.catch(() => fileCache.delete(url));
    fileCache.set(url, p);
  }
  return p;
}

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < u8.length; i += 0x8000) binary += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface EmbeddedFonts {
  /** @font-face rules with the font files inlined. */
  css: string;
  /** One character of `text` per embedded face, to check that the face has loaded. */
  samples: { weight: 400 | 600; char: string }[];
}

/** @font-face rules with the woff2 files inlined, for the subsets `text` uses. */
export async function embeddedFontCss(text: string): Promise<EmbeddedFonts> {
  const faces = facesFor(interFaces(), text).filter((f) => f.woff2 ?? f.woff);
  const chars = Array.from(new Set(`A${text}`));
  const rules = await Promise.all(
    faces.map(async (f) => {
      const url = (f.woff2 ?? f.woff)!;
      const format = f.woff2 ? 'woff2' : 'woff';
      const data = toBase64(await fetchFile(url));
      return `@font-face{font-family:'Inter';font-style:normal;font-weight:${f.weight};src:url(data:font/${format};base64,${data}) format('${format}');unicode-range:${f.unicodeRange};}`;
    }),
  );
  const samples = faces.flatMap((f) => {
    const char = chars.find((c) => /\S/.test(c) && covers(f.ranges, c.codePointAt(0)!));
    return char ? [{ weight: f.weight, char }] : [];
  });
  return { css: rules.join(''), samples };
}

export interface TtfFont {
  weight: 400 | 600;
  ranges: [number, number][];
  /** base64 of the TrueType file. */
  data: string;
}

/** The subsets `text` uses, as TrueType (converted from the bundled woff files). */
export async function ttfFonts(text: string): Promise<TtfFont[]> {
  // Latin first: it is the default family, the others hold what Latin lacks.
  const faces = facesFor(interFaces(), text)
    .filter((f) => f.woff)
    .sort((a, b) => Number(covers(b.ranges, 0x41)) - Number(covers(a.ranges, 0x41)));
  return Promise.all(
    faces.map(async (f) => ({ weight: f.weight, ranges: f.ranges, data: toBase64(await woffToSfnt(await fetchFile(f.woff!))) })),
  );
}
