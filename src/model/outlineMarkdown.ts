// The outline as Markdown (the Outline panel's export). Pure.
import type { ArgMap, NodeKind } from './types.ts';
import { outlineItems, RELATION_MARKERS } from './outline.ts';

const defaultLabel = (kind: NodeKind) => kind.charAt(0).toUpperCase() + kind.slice(1);

/**
 * The outline as Markdown: a nested list, each statement marked with how it bears on the
 * one above (+ supports, − opposes, ~ qualifies, × undercuts that link) and its kind.
 * User text is escaped, so it comes through literally.
 */
export function outlineToMarkdown(map: ArgMap, labelOf: (kind: NodeKind) => string = defaultLabel): string {
  const lines = [`# ${escapeMarkdown(map.meta.title.replace(/\s+/g, ' ').trim() || 'Untitled map')}`, ''];
  if (map.meta.description.trim()) lines.push(escapeMarkdownBlock(map.meta.description), '');
  lines.push('*Marks: + supports, − opposes, ~ qualifies, × undercuts the link above it.*', '');
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  for (const item of outlineItems(map)) {
    const node = nodes.get(item.nodeId) ?? item.node;
    const marker = item.relation ? `${RELATION_MARKERS[item.relation.kind]} ` : '';
    const text = escapeMarkdown(node.text.replace(/\s+/g, ' ').trim()) || '*(empty)*';
    const cite = node.source?.paragraph ? ` (¶${escapeMarkdown(node.source.paragraph.trim())})` : '';
    lines.push(`${'  '.repeat(item.depth)}- **${marker}${escapeMarkdown(labelOf(node.kind))}:** ${text}${cite}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Backslash-escapes what Markdown (CommonMark, GFM) would read as markup inside a line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#~&|]/g, '\\$&');
}

/** Escapes a block of lines: inline markup, and what would start a list, quote or heading. */
export function escapeMarkdownBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((raw) => {
      const line = escapeMarkdown(raw.trim());
      if (/^[-+=]/.test(line)) return `\\${line}`;
      return line.replace(/^(\d+)([.)])/, '$1\\$2');
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** `<title>.md`, with characters file systems refuse taken out. */
export function markdownFileName(title: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 120)
    .trim();
  return `${base || 'outline'}.md`;
}
