// The outline as Markdown (the Outline panel's export). Pure.
import type { ArgMap, MapComment, NodeKind } from './types.ts';
import { outlineItems, RELATION_MARKERS } from './outline.ts';
import { targetLabel } from './comments.ts';

const defaultLabel = (kind: NodeKind) => kind.charAt(0).toUpperCase() + kind.slice(1);

/**
 * The outline as Markdown: a nested list, each statement marked with how it bears on the
 * one above (+ supports, − opposes, ~ qualifies, × undercuts that link) and its kind.
 * User text is escaped, so it comes through literally. With `comments`, each statement
 * says which comments are on it or on its link ([1], [2]) and a Comments section lists them.
 */
export function outlineToMarkdown(
  map: ArgMap,
  labelOf: (kind: NodeKind) => string = defaultLabel,
  opts: { comments?: boolean } = {},
): string {
  const comments = opts.comments ? (map.comments ?? []) : [];
  const refs = new Map<string, number[]>();
  comments.forEach((c, i) => c.target !== undefined && refs.set(c.target, [...(refs.get(c.target) ?? []), i + 1]));
  const lines = [`# ${escapeMarkdown(map.meta.title.replace(/\s+/g, ' ').trim() || 'Untitled map')}`, ''];
  if (map.meta.description.trim()) lines.push(escapeMarkdownBlock(map.meta.description), '');
  lines.push('*Marks: + supports, − opposes, ~ qualifies, × undercuts the link above it.*', '');
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  for (const item of outlineItems(map)) {
    const node = nodes.get(item.nodeId) ?? item.node;
    const marker = item.relation ? `${RELATION_MARKERS[item.relation.kind]} ` : '';
    const text = escapeMarkdown(node.text.replace(/\s+/g, ' ').trim()) || '*(empty)*';
    const cite = node.source?.paragraph ? ` (¶${escapeMarkdown(node.source.paragraph.trim())})` : '';
    const numbers = [...(refs.get(node.id) ?? []), ...(item.relation ? (refs.get(item.relation.id) ?? []) : [])];
    const noted = numbers.length ? ` ${numbers.map((n) => `\\[${n}\\]`).join(' ')}` : '';
    lines.push(`${'  '.repeat(item.depth)}- **${marker}${escapeMarkdown(labelOf(node.kind))}:** ${text}${cite}${noted}`);
  }
  if (comments.length) lines.push('', `## Comments (${comments.length})`, '', ...comments.flatMap((c, i) => commentLines(map, c, i + 1)));
  return `${lines.join('\n')}\n`;
}

/** "1. **Ms Tan**, 2026-12-07, on the statement “…”, resolved: words", its replies under it. */
function commentLines(map: ArgMap, c: MapComment, n: number): string[] {
  const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? `, ${iso.slice(0, 10)}` : '');
  const words = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());
  const on = c.wasOn ? `was on ${c.wasOn}, since deleted` : `on ${targetLabel(map, c.target)}`;
  return [
    `${n}. **${words(c.author || 'Unknown')}**${day(c.created)}, ${words(on)}${c.resolved ? ', resolved' : ''}: ${words(c.text)}`,
    ...(c.replies ?? []).map((r) => `   - **${words(r.author || 'Unknown')}**${day(r.created)}: ${words(r.text)}`),
  ];
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
