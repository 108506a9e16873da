// What becomes of a comment when the statement or relation it is on is deleted: it stays, as
// a comment on the whole map that says what it was on (`wasOn`), so nobody's words vanish
// because someone else deleted a statement (in a shared room the one who deleted it is often
// not the one who wrote the remark). Undo of the delete puts it back on its statement, since
// undo restores the whole map as it was. Small: it is part of every delete.
import type { ArgMap, MapComment } from './types.ts';

const clip = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/** "the statement “…”" or "the relation from “…” to “…”"; undefined when the id is neither. */
export function describeTarget(map: ArgMap, id: string): string | undefined {
  const text = (nodeId: string) => {
    const node = map.nodes.find((n) => n.id === nodeId);
    return node ? `“${clip(node.text)}”` : 'a relation';
  };
  if (map.nodes.some((n) => n.id === id)) return `the statement ${text(id)}`;
  const r = map.relations.find((x) => x.id === id);
  return r && `the relation (${r.kind}) from ${text(r.from)} to ${text(r.to)}`;
}

/** The comments after `gone` (node and relation ids) are deleted from `map`; the same array when none was on them. */
export function detachComments(map: ArgMap, gone: ReadonlySet<string>): MapComment[] | undefined {
  const comments = map.comments;
  if (!comments?.some((c) => c.target !== undefined && gone.has(c.target))) return comments;
  return comments.map((c) => {
    if (c.target === undefined || !gone.has(c.target)) return c;
    const { target, ...rest } = c;
    return { ...rest, wasOn: describeTarget(map, target) ?? target };
  });
}

/** Open comments per statement or relation id (comments on the whole map are not counted here): the canvas's markers. */
export function openCommentCounts(comments: readonly MapComment[] | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of comments ?? []) if (c.target !== undefined && !c.resolved) counts.set(c.target, (counts.get(c.target) ?? 0) + 1);
  return counts;
}
