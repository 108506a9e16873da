// Comments on a map (issue 19): a remark on a statement, a relation or the whole map, with
// replies, open or resolved. Pure operations: the time and the author come in from outside
// (no clock here), ids are random like every other id. Each returns the same map when
// nothing changes, so the store records no empty step.
//
// What happens to comments when what they are on goes: commentTargets.ts (statements and
// relations deleted keep their comments, on the whole map). Copy and paste (fragment.ts)
// carry no comments: a pasted statement is a new one, and the remarks were about the original.
import type { ArgMap, CommentReply, MapComment } from './types.ts';
import { makeId } from './ids.ts';
import { describeTarget } from './commentTargets.ts';

export { openCommentCounts } from './commentTargets.ts';

/** What someone wrote: who, when (ISO 8601), and the words. */
export interface Written {
  author: string;
  created: string;
  text: string;
}

/** Every id in the map: comments and replies share the one id space with nodes and relations. */
function takenIds(map: ArgMap): Set<string> {
  const ids = new Set<string>();
  for (const n of map.nodes) ids.add(n.id);
  for (const r of map.relations) ids.add(r.id);
  for (const c of map.comments ?? []) {
    ids.add(c.id);
    for (const r of c.replies ?? []) ids.add(r.id);
  }
  return ids;
}

const withComments = (map: ArgMap, comments: MapComment[]): ArgMap => {
  if (comments.length) return { ...map, comments };
  const { comments: _gone, ...rest } = map;
  return rest;
};

const usable = (w: Written) => w.text.trim() !== '';

/**
 * A new comment, open, at the end of the list. `target`: a node or relation id; absent (or not
 * in the map) for the whole map. Refused (map unchanged, id '') when the text is blank.
 */
export function addComment(map: ArgMap, target: string | undefined, written: Written): { map: ArgMap; id: string } {
  if (!usable(written)) return { map, id: '' };
  const id = makeId('c', takenIds(map));
  const comment: MapComment = { id, author: written.author, created: written.created, text: written.text.trim() };
  if (target !== undefined && isTarget(map, target)) comment.target = target;
  return { map: withComments(map, [...(map.comments ?? []), comment]), id };
}

/** A reply at the end of a comment's thread. Refused when the comment is gone or the text blank. */
export function addReply(map: ArgMap, commentId: string, written: Written): { map: ArgMap; id: string } {
  const comment = map.comments?.find((c) => c.id === commentId);
  if (!comment || !usable(written)) return { map, id: '' };
  const id = makeId('c', takenIds(map));
  const reply: CommentReply = { id, author: written.author, created: written.created, text: written.text.trim() };
  return { map: replaceComment(map, commentId, { ...comment, replies: [...(comment.replies ?? []), reply] }), id };
}

/**
 * New words for a comment or a reply, by its own author only (`author` must be the one it
 * was written by: people edit their own remarks, not each other's). Blank text is refused.
 */
export function editText(map: ArgMap, id: string, text: string, author: string): ArgMap {
  const words = text.trim();
  if (!words) return map;
  const comments = map.comments ?? [];
  for (const c of comments) {
    if (c.id === id) return c.author !== author || c.text === words ? map : replaceComment(map, id, { ...c, text: words });
    const reply = c.replies?.find((r) => r.id === id);
    if (reply) {
      if (reply.author !== author || reply.text === words) return map;
      return replaceComment(map, c.id, { ...c, replies: c.replies!.map((r) => (r.id === id ? { ...r, text: words } : r)) });
    }
  }
  return map;
}

/** Resolves a comment (its thread is done) or opens it again. Anyone may. */
export function setResolved(map: ArgMap, id: string, resolved: boolean): ArgMap {
  const comment = map.comments?.find((c) => c.id === id);
  if (!comment || !!comment.resolved === resolved) return map;
  const next = { ...comment };
  if (resolved) next.resolved = true;
  else delete next.resolved;
  return replaceComment(map, id, next);
}

/**
 * Deletes a comment with its replies, or one reply; by its own author only (the others can
 * resolve it). Undo brings it back.
 */
export function deleteComment(map: ArgMap, id: string, author: string): ArgMap {
  const comments = map.comments ?? [];
  const comment = comments.find((c) => c.id === id);
  if (comment)
    return comment.author === author
      ? withComments(
          map,
          comments.filter((c) => c !== comment),
        )
      : map;
  const parent = comments.find((c) => c.replies?.some((r) => r.id === id));
  const reply = parent?.replies?.find((r) => r.id === id);
  if (!parent || !reply || reply.author !== author) return map;
  const replies = parent.replies!.filter((r) => r !== reply);
  const next: MapComment = { ...parent, replies };
  if (!replies.length) delete next.replies;
  return replaceComment(map, parent.id, next);
}

function replaceComment(map: ArgMap, id: string, next: MapComment): ArgMap {
  return withComments(
    map,
    (map.comments ?? []).map((c) => (c.id === id ? next : c)),
  );
}

const isTarget = (map: ArgMap, id: string) => map.nodes.some((n) => n.id === id) || map.relations.some((r) => r.id === id);

/** The comments on a statement or relation, or (`undefined`) on the whole map, in the order written. */
export function commentsOn(map: ArgMap, target: string | undefined): MapComment[] {
  return (map.comments ?? []).filter((c) => c.target === target);
}

/** What a comment is on, for people: "the statement “…”", "the relation …", "the whole map". */
export function targetLabel(map: ArgMap, target: string | undefined): string {
  if (target === undefined) return 'the whole map';
  return describeTarget(map, target) ?? 'the whole map';
}
