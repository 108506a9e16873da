// The lenient reader's part for comments (format version 4). A comment is somebody's words:
// it is never dropped for a fixable fault. One on a missing statement or relation is kept as
// a comment on the whole map; a broken reply is skipped only when it holds no text at all.
import type { CommentReply, MapComment } from '../types.ts';
import { CommentReplySchema, CommentSchema } from './schema.ts';
import { makeId } from '../ids.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);

export function restoreComments(raw: unknown, targets: ReadonlySet<string>, repairs: string[]): MapComment[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    repairs.push(`The file's "comments" field was ${JSON.stringify(raw)?.slice(0, 40)}, not a list; opened without comments.`);
    return [];
  }
  const seen = new Set<string>(targets);
  const comments: MapComment[] = [];
  raw.forEach((item, index) => {
    const comment = restoreComment(item, index, repairs);
    if (!comment) return;
    if (seen.has(comment.id)) {
      const renamed = makeId('c', seen);
      repairs.push(`Comment "${comment.id}" had the same id as something else in the map; renamed to "${renamed}".`);
      comment.id = renamed;
    }
    seen.add(comment.id);
    if (comment.target !== undefined && !targets.has(comment.target)) {
      repairs.push(`Comment "${comment.id}" was on "${comment.target}", which is not in the map; kept as a comment on the whole map.`);
      delete comment.target;
    }
    comments.push(comment);
  });
  return comments;
}

function restoreComment(raw: unknown, index: number, repairs: string[]): MapComment | undefined {
  const parsed = CommentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const reply = restoreReply(raw, `Comment #${index + 1}`, repairs);
  if (!reply || !isRecord(raw)) return undefined;
  const comment: MapComment = reply;
  if (typeof raw.target === 'string' && raw.target) comment.target = raw.target;
  else if (typeof raw.wasOn === 'string' && raw.wasOn) comment.wasOn = raw.wasOn;
  if (raw.resolved === true) comment.resolved = true;
  if (Array.isArray(raw.replies)) {
    const replies = raw.replies.flatMap((r, i) => restoreReply(r, `Reply #${i + 1} to comment "${reply.id}"`, repairs) ?? []);
    if (replies.length) comment.replies = replies;
  }
  return comment;
}

function restoreReply(raw: unknown, where: string, repairs: string[]): CommentReply | undefined {
  const parsed = CommentReplySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (!isRecord(raw) || typeof raw.text !== 'string') {
    repairs.push(`${where} was ${JSON.stringify(raw)?.slice(0, 40)}, with no text; skipped.`);
    return undefined;
  }
  const reply = {
    id: str(raw.id, '') || makeId('c', () => false),
    author: str(raw.author, 'Unknown'),
    created: str(raw.created, ''),
    text: raw.text,
  };
  repairs.push(`${where} had invalid parts (author, time or id); kept its text.`);
  return reply;
}
