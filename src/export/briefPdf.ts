// A brief as a PDF: the outline of lines (src/model/brief/lines.ts) set on A4 pages in the Inter
// font, the same TrueType subsets the image exports embed (fonts.ts in the browser, the
// @fontsource files on the command line), as real text. jsPDF is loaded only when a PDF is made.
import type { jsPDF as JsPdf } from 'jspdf';
import { briefLines, citationText, short, sideWord, type BriefLine } from '../model/brief/lines.ts';
import type { Brief } from '../model/brief/types.ts';
import { fontRuns } from './pdf.ts';
import type { TtfFont } from './fonts.ts';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INDENT = 14;
const COLORS = { text: '#111827', muted: '#4b5563', weak: '#b91c1c', rule: '#d1d5db' };

interface Style {
  size: number;
  weight: 400 | 600;
  color: string;
}
const STYLES = {
  title: { size: 16, weight: 600, color: COLORS.text },
  section: { size: 13, weight: 600, color: COLORS.text },
  heading: { size: 11, weight: 600, color: COLORS.text },
  label: { size: 10, weight: 600, color: COLORS.text },
  body: { size: 10, weight: 400, color: COLORS.text },
  small: { size: 8.5, weight: 400, color: COLORS.muted },
  weak: { size: 9, weight: 600, color: COLORS.weak },
} satisfies Record<string, Style>;

interface Span {
  text: string;
  style: Style;
}

/** The text a line is set in, as spans of one style each, and the small print under it. */
function spansOf(line: BriefLine): { main: Span[]; small: Span[] } {
  const main: Span[] = [];
  const small: Span[] = [];
  const style = line.type === 'title' || line.type === 'section' || line.type === 'heading' ? STYLES[line.type] : STYLES.body;
  if (line.label) main.push({ text: line.text || line.statement ? `${line.label}: ` : line.label, style: STYLES.label });
  if (line.statement) {
    main.push({ text: line.statement.text, style });
    const cite = citationText(line.statement.citation);
    small.push({ text: cite ? `${line.statement.id} · ${cite}` : line.statement.id, style: STYLES.small });
  } else if (line.text) main.push({ text: line.text, style });
  if (line.remark) small.push({ text: `${small.length ? ' — ' : ''}${line.remark}`, style: STYLES.small });
  if (line.weak) small.push({ text: `${small.length ? ' — ' : ''}Weak point: no answer in the map.`, style: STYLES.weak });
  return { main, small };
}

interface Piece {
  text: string;
  family: string;
  style: Style;
  width: number;
}

export interface BriefPdfMeta {
  title: string;
}

/** The brief's PDF, as bytes. */
export async function briefPdf(lines: BriefLine[], fonts: TtfFont[], meta: BriefPdfMeta): Promise<ArrayBuffer> {
  const { jsPDF } = await import('jspdf');
  const doc: JsPdf = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true });
  doc.setProperties({ title: meta.title, creator: 'Argmap' });
  const regular = fonts.filter((f) => f.weight === 400);
  fonts.forEach((f, i) => {
    const index = regular.findIndex((r) => r.ranges.join() === f.ranges.join());
    const family = index <= 0 ? 'Inter' : `Inter-${index}`;
    const file = `inter-${i}-${f.weight}.ttf`;
    doc.addFileToVFS(file, f.data);
    doc.addFont(file, family, 'normal', f.weight);
  });
  const runs = fontRuns(fonts);
  const use = (family: string, style: Style) => {
    doc.setFont(family, 'normal', style.weight);
    doc.setFontSize(style.size);
  };

  /** Words (with the space after them) cut into pieces of one font each, measured. */
  const piecesOf = (spans: Span[]): Piece[][] => {
    const words: Piece[][] = [];
    for (const span of spans)
      for (const word of span.text.match(/\S+\s*|\s+/g) ?? []) {
        const pieces = runs(word).map((run) => {
          const family = run.family ?? 'Inter';
          use(family, span.style);
          return { text: run.text, family, style: span.style, width: doc.getTextWidth(run.text) };
        });
        words.push(pieces);
      }
    return words;
  };

  let y = MARGIN;
  const bottom = PAGE.height - MARGIN;
  const newPage = () => {
    doc.addPage();
    y = MARGIN;
  };

  /** Sets spans from `x`, wrapped at the right margin; a word wider than the line is cut. */
  const setText = (spans: Span[], x: number, lineGap = 1.3) => {
    if (!spans.length) return;
    const width = PAGE.width - MARGIN - x;
    const lineHeight = Math.max(...spans.map((s) => s.style.size)) * lineGap;
    let line: Piece[] = [];
    let used = 0;
    const flush = () => {
      if (y + lineHeight > bottom) newPage();
      let at = x;
      for (const p of line) {
        use(p.family, p.style);
        doc.setTextColor(p.style.color);
        doc.text(p.text, at, y + p.style.size, { baseline: 'alphabetic' });
        at += p.width;
      }
      y += lineHeight;
      line = [];
      used = 0;
    };
    for (const word of piecesOf(spans)) {
      const w = word.reduce((sum, p) => sum + p.width, 0);
      const visible = word.reduce((sum, p) => sum + (p === word[word.length - 1] ? measureTrimmed(p) : p.width), 0);
      if (used > 0 && used + visible > width) flush();
      line.push(...word);
      used += w;
    }
    if (line.length) flush();
  };
  const measureTrimmed = (p: Piece) => {
    const trimmed = p.text.trimEnd();
    if (trimmed === p.text) return p.width;
    use(p.family, p.style);
    return doc.getTextWidth(trimmed);
  };

  for (const line of lines) {
    const { main, small } = spansOf(line);
    const x = MARGIN + (line.type === 'item' || line.type === 'note' ? line.depth * INDENT : 0);
    if (line.type === 'title') {
      setText(main, x, 1.25);
      y += 6;
      continue;
    }
    if (line.type === 'section') {
      if (y > MARGIN) y += 12;
      if (y + 60 > bottom) newPage();
      setText(main, x);
      doc.setDrawColor(COLORS.rule);
      doc.line(MARGIN, y + 1, PAGE.width - MARGIN, y + 1);
      y += 8;
      continue;
    }
    if (line.type === 'heading') {
      y += 6;
      if (y + 48 > bottom) newPage();
      setText(main, x);
      y += 2;
      continue;
    }
    const bullet = line.type === 'item' ? 8 : 0;
    if (bullet) {
      if (y + 14 > bottom) newPage();
      use('Inter', STYLES.body);
      doc.setTextColor(COLORS.muted);
      doc.text('•', x, y + STYLES.body.size);
    }
    setText(main, x + bullet);
    if (small.length) setText(small, x + bullet, 1.25);
    y += 3;
  }

  // Page numbers, in the small print's style.
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    use('Inter', STYLES.small);
    doc.setTextColor(COLORS.muted);
    doc.text(`${meta.title} — ${i} / ${pages}`, PAGE.width / 2, PAGE.height - MARGIN / 2, { align: 'center' });
  }
  return doc.output('arraybuffer');
}

/**
 * The brief's PDF, with the Inter subsets its text needs: `fontsFor` gives them (ttfFonts in the
 * browser, the @fontsource files on the command line).
 */
export async function renderBriefPdf(brief: Brief, fontsFor: (text: string) => Promise<TtfFont[]>): Promise<ArrayBuffer> {
  const lines = briefLines(brief);
  const title = `Brief ${sideWord(brief)}: ${short(brief.target.text)}`;
  const text = [
    title,
    ...lines.map((l) => [l.label, l.text, l.remark, l.statement?.text, l.statement?.id, citationText(l.statement?.citation)].join(' ')),
  ].join(' ');
  return briefPdf(lines, await fontsFor(text), { title });
}
