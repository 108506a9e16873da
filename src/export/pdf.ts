// PDF from the exported SVG: jsPDF draws it as vectors (svg2pdf.js), the text as real text
// in the Inter font (the bundled subsets, converted to TrueType, which is what jsPDF
// embeds). One page, sized to the map, or A4 / Letter with the map fitted on it.
// jsPDF and svg2pdf are loaded only when a PDF is made.
import type { jsPDF } from 'jspdf';
import type { TextRun } from './renderSvg.ts';
import { covers, type TtfFont } from './fonts.ts';

export type PageSize = 'fit' | 'a4' | 'letter';

const PT_PER_PX = 0.75;
/** The largest page side PDF readers accept (Acrobat: 200 in). */
export const MAX_PAGE_PT = 14_400;
const PAGES: Record<Exclude<PageSize, 'fit'>, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
const MARGIN_PT = 28;

export interface PageLayout {
  /** Page size in pt. */
  width: number;
  height: number;
  /** Where the image goes on the page, in pt. */
  x: number;
  y: number;
  scale: number;
}

/** Page size and placement for an image of `width` × `height` px. */
export function pageLayout(width: number, height: number, page: PageSize): PageLayout {
  if (page === 'fit') {
    const scale = Math.min(PT_PER_PX, MAX_PAGE_PT / width, MAX_PAGE_PT / height);
    return { width: width * scale, height: height * scale, x: 0, y: 0, scale };
  }
  const [short, long] = PAGES[page];
  const [pw, ph] = width > height ? [long, short] : [short, long];
  const scale = Math.min((pw - 2 * MARGIN_PT) / width, (ph - 2 * MARGIN_PT) / height);
  return { width: pw, height: ph, x: (pw - width * scale) / 2, y: (ph - height * scale) / 2, scale };
}

/** The jsPDF family name of the i-th font subset. */
const familyOf = (index: number) => `Inter-${index}`;

/**
 * Font runs for the PDF's SVG: characters go to the Inter subset that has them (jsPDF has
 * no font fallback). The Latin subset is the document's family; characters in no subset
 * stay with it.
 */
export function fontRuns(fonts: TtfFont[]): (text: string) => TextRun[] {
  const regular = fonts.filter((f) => f.weight === 400);
  return (text: string) => {
    const runs: TextRun[] = [];
    let current: TextRun | null = null;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const index = regular.findIndex((f) => covers(f.ranges, cp));
      const family = index > 0 ? familyOf(index) : undefined;
      if (!current || current.family !== family) {
        current = family ? { text: '', family } : { text: '' };
        runs.push(current);
      }
      current.text += ch;
    }
    return runs.length ? runs : [{ text }];
  };
}

export async function svgToPdf(svg: string, width: number, height: number, fonts: TtfFont[], page: PageSize, title: string): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const layout = pageLayout(width, height, page);
  const doc = new jsPDF({
    unit: 'pt',
    format: [layout.width, layout.height],
    orientation: layout.width > layout.height ? 'landscape' : 'portrait',
    compress: true,
  });
  doc.setProperties({ title, creator: 'Argmap' });
  registerFonts(doc, fonts);
  await svg2pdf(svgElement(svg), doc, { x: layout.x, y: layout.y, width: width * layout.scale, height: height * layout.scale });
  return doc.output('blob');
}

/** Registers the Inter subsets with a jsPDF document (also used by the slides, slides.ts). */
export function registerFonts(doc: jsPDF, fonts: TtfFont[]) {
  // Subsets are registered per weight; the same index in both weights shares a family.
  const regular = fonts.filter((f) => f.weight === 400);
  fonts.forEach((f, i) => {
    const index = regular.findIndex((r) => r.ranges.join() === f.ranges.join());
    const family = index === 0 ? 'Inter' : familyOf(index < 0 ? i : index);
    const file = `inter-${i}-${f.weight}.ttf`;
    doc.addFileToVFS(file, f.data);
    doc.addFont(file, family, 'normal', f.weight);
  });
}

/** An exported SVG as an element, for svg2pdf. */
export function svgElement(svg: string): Element {
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (element.nodeName !== 'svg') throw new Error('The exported SVG could not be read back for the PDF.');
  return element;
}
