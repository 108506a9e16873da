// A brief as Markdown: the outline of lines.ts, each statement with its id and its citation
// (section, paragraph, quote). The map's texts are escaped, so they show as written.
import { briefLines, citationText, type BriefLine } from './lines.ts';
import type { Brief } from './types.ts';

/** Backslash-escapes what Markdown would read as formatting, links or HTML; a line break becomes a space. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>~|#]/g, (c) => `\\${c}`);
}

function itemText(line: BriefLine): string {
  const parts: string[] = [];
  if (line.label) parts.push(line.text || line.statement ? `**${escapeMarkdown(line.label)}:**` : `**${escapeMarkdown(line.label)}**`);
  if (line.statement) {
    const s = line.statement;
    parts.push(`${escapeMarkdown(s.text)} \`${s.id.replace(/`/g, "'")}\``);
    const cite = citationText(s.citation);
    if (cite) parts.push(`— *${escapeMarkdown(cite)}*`);
  } else if (line.text) parts.push(escapeMarkdown(line.text));
  let text = parts.join(' ');
  if (line.remark) text += ` (${escapeMarkdown(line.remark)})`;
  if (line.weak) text += ' **⚠ Weak point: no answer in the map.**';
  return text;
}

export function briefMarkdown(brief: Brief): string {
  const out: string[] = [];
  let inList = false;
  const blank = () => {
    if (out.length && out[out.length - 1] !== '') out.push('');
  };
  for (const line of briefLines(brief)) {
    switch (line.type) {
      case 'title':
        out.push(`# ${escapeMarkdown(line.text ?? '')}`, '');
        inList = false;
        break;
      case 'section':
        blank();
        out.push(`## ${escapeMarkdown(line.text ?? '')}`, '');
        inList = false;
        break;
      case 'heading':
        blank();
        out.push(`### ${escapeMarkdown(line.text ?? '')}`, '');
        inList = false;
        break;
      default: {
        // Top-level notes outside a list are paragraphs; everything else is a list item at its depth.
        if (line.type === 'note' && line.depth === 0 && !line.label && !line.statement) {
          blank();
          out.push(itemText(line), '');
          inList = false;
          break;
        }
        if (!inList) blank();
        out.push(`${'  '.repeat(line.depth)}- ${itemText(line)}`);
        inList = true;
      }
    }
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
