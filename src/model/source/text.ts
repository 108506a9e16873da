// A source text cut into sections and numbered paragraphs, with offsets into the text.
//
// The rule (the one the GSOMIA map's citations follow):
// - Blocks are separated by blank lines.
// - A block is a heading when it is a Markdown heading (`# …`), a block wholly in bold
//   (`**…**`), or, in plain text, a single line of at most 90 characters that does not end
//   like a sentence (with . , ; or :, optionally followed by a closing quote or bracket).
//   A Markdown heading line followed at once by text heads the paragraph under it.
// - Every other block is a paragraph. Paragraphs are numbered from 1 within their section,
//   the section being the nearest heading above; paragraphs before the first heading belong
//   to no section ("") and are numbered the same way.

export interface Section {
  title: string;
  /** Offsets of the heading's text in the source text. */
  start: number;
  end: number;
}

export interface Paragraph {
  /** Position among all paragraphs, from 0. */
  index: number;
  /** The heading it stands under; "" before the first heading. */
  section: string;
  /** 1-based, within its section. */
  number: number;
  start: number;
  end: number;
}

export interface TextStructure {
  sections: Section[];
  paragraphs: Paragraph[];
}

/** How a text is stored: no BOM, `\n` line ends. Offsets in selectors refer to this form. */
export function normaliseSourceText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const MAX_HEADING = 90;
const SENTENCE_END = /[.,;:]["'”’)\]]?$/;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+(.*?)[ \t#]*$/;
const BOLD_BLOCK = /^\*\*([\s\S]+)\*\*$/;

interface Block {
  start: number;
  end: number;
  text: string;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  let start = -1;
  let end = -1;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const line = m[0].replace(/\n$/, '');
    const lineStart = m.index;
    if (line.trim() === '') {
      if (start >= 0) out.push(trimmed(text, start, end));
      start = -1;
    } else {
      if (start < 0) start = lineStart;
      end = lineStart + line.length;
    }
  }
  if (start >= 0) out.push(trimmed(text, start, end));
  return out;
}

function trimmed(text: string, start: number, end: number): Block {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

function plainHeading(block: Block): boolean {
  if (block.text.includes('\n')) return false;
  if (block.text.length > MAX_HEADING) return false;
  return !SENTENCE_END.test(block.text);
}

export function parseText(text: string): TextStructure {
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  let section = '';
  let number = 0;
  const heading = (title: string, start: number, end: number) => {
    section = title.replace(/\s+/g, ' ').trim();
    number = 0;
    sections.push({ title: section, start, end });
  };
  const paragraph = (start: number, end: number) => {
    paragraphs.push({ index: paragraphs.length, section, number: ++number, start, end });
  };
  for (const block of blocks(text)) {
    const firstLineEnd = block.text.indexOf('\n');
    const firstLine = firstLineEnd < 0 ? block.text : block.text.slice(0, firstLineEnd);
    const md = MARKDOWN_HEADING.exec(firstLine);
    if (md) {
      heading(md[1]!, block.start + firstLine.indexOf(md[1]!), block.start + firstLine.indexOf(md[1]!) + md[1]!.length);
      if (firstLineEnd >= 0) {
        const rest = trimmed(text, block.start + firstLineEnd + 1, block.end);
        if (rest.end > rest.start) paragraph(rest.start, rest.end);
      }
      continue;
    }
    const bold = BOLD_BLOCK.exec(block.text);
    if (bold && !bold[1]!.includes('**')) heading(bold[1]!, block.start + 2, block.end - 2);
    else if (plainHeading(block)) heading(block.text, block.start, block.end);
    else paragraph(block.start, block.end);
  }
  return { sections, paragraphs };
}

/** The paragraph that holds `offset`, or the first one after it (a heading or a gap). */
export function paragraphAt(structure: TextStructure, offset: number): Paragraph | undefined {
  return structure.paragraphs.find((p) => offset < p.end);
}

/** Section and paragraph as a node's citation gives them ("3", not 3). */
export function citationAt(structure: TextStructure, offset: number): { section?: string; paragraph?: string } {
  const p = paragraphAt(structure, offset);
  if (!p) return {};
  return p.section ? { section: p.section, paragraph: String(p.number) } : { paragraph: String(p.number) };
}
