// Comments in a shared document, without Yjs (binding.ts does the Yjs side): each comment is
// an entry of its own in a `comments` root map and each reply one in a `replies` root map
// (naming its comment), so two people commenting, replying or resolving at once all keep
// their change: nobody's list overwrites the other's. Reading builds the map's comments back
// from those entries, and checks each as hostile input (a peer may write anything).
import type { CommentReply, MapComment } from '../model/types.ts';

type Fields = Record<string, unknown>;
export type Entry = Fields & { id: string };

const flatCache = new WeakMap<readonly MapComment[], { comments: Entry[]; replies: Entry[] }>();
const NO_ENTRIES = { comments: [] as Entry[], replies: [] as Entry[] };

/** The entries to write for a map's comments: the comments without their replies, and the replies with their comment's id, in order. */
export function commentEntries(comments: readonly MapComment[] | undefined): { comments: Entry[]; replies: Entry[] } {
  if (!comments?.length) return NO_ENTRIES;
  let flat = flatCache.get(comments);
  if (!flat) {
    flat = { comments: [], replies: [] };
    for (const { replies, ...comment } of comments) {
      flat.comments.push(comment as unknown as Entry);
      for (const r of replies ?? []) flat.replies.push({ ...r, comment: comment.id } as unknown as Entry);
    }
    flatCache.set(comments, flat);
  }
  return flat;
}

const str = (v: unknown): v is string => typeof v === 'string';

/** A reply's or comment's own words as the editor can show them; null without any text. */
function remark(e: Entry): CommentReply | null {
  if (!str(e.text)) return null;
  return { id: e.id, author: str(e.author) ? e.author : 'Unknown', created: str(e.created) ? e.created : '', text: e.text };
}

/**
 * The map's comments from the doc's entries (each list in order): only known fields, of the
 * right types; a comment without text is left out, a reply without text or without its comment
 * too; a comment on something not in the map (deleted meanwhile) shows as one on the whole map.
 * `prev`: the comments shown before, whose objects are kept where nothing changed.
 */
export function readComments(
  rawComments: readonly Entry[],
  rawReplies: readonly Entry[],
  isTarget: (id: string) => boolean,
  prev: readonly MapComment[] | undefined,
): MapComment[] | undefined {
  const replies = new Map<string, CommentReply[]>();
  for (const e of rawReplies) {
    const r = remark(e);
    if (!r || !str(e.comment)) continue;
    const list = replies.get(e.comment);
    if (list) list.push(r);
    else replies.set(e.comment, [r]);
  }
  const before = new Map(prev?.map((c) => [c.id, c]));
  const out: MapComment[] = [];
  for (const e of rawComments) {
    const r = remark(e);
    if (!r) continue;
    const c: MapComment = r;
    if (str(e.target) && e.target && isTarget(e.target)) c.target = e.target;
    else if (str(e.wasOn) && e.wasOn) c.wasOn = e.wasOn;
    if (e.resolved === true) c.resolved = true;
    const thread = replies.get(c.id);
    if (thread) c.replies = thread;
    const old = before.get(c.id);
    out.push(old && sameComment(old, c) ? old : c);
  }
  if (!out.length) return undefined;
  return prev && prev.length === out.length && out.every((c, i) => c === prev[i]) ? (prev as MapComment[]) : out;
}

function sameRemark(a: CommentReply, b: CommentReply): boolean {
  return a.id === b.id && a.author === b.author && a.created === b.created && a.text === b.text;
}

function sameComment(a: MapComment, b: MapComment): boolean {
  const ra = a.replies ?? [];
  const rb = b.replies ?? [];
  return (
    sameRemark(a, b) &&
    a.target === b.target &&
    a.wasOn === b.wasOn &&
    !!a.resolved === !!b.resolved &&
    ra.length === rb.length &&
    ra.every((r, i) => sameRemark(r, rb[i]!)) &&
    Object.keys(a).length === Object.keys(b).length
  );
}
