// The store's comment actions: each wraps a pure operation of model/comments.ts and commits
// it as one undo step (sent to the room in a shared map, refused on a view-only link, as every
// change). They load with the Comments panel and the Comment command, not with the editor:
// the store itself only offers `change`. The clock is read here, never in the model.
import { isViewOnly, useEditor } from './store.ts';
import * as comments from '../model/comments.ts';
import type { ArgMap } from '../model/types.ts';

const now = () => new Date().toISOString();
const state = () => useEditor.getState();
/** Commits an addition; its id, or '' when nothing was added (blank text, a view-only link). */
const added = ({ map, id }: { map: ArgMap; id: string }) => {
  if (!id || isViewOnly(state())) return '';
  state().apply(map);
  return id;
};

/** A comment on a statement or relation (`target`), or on the whole map; returns its id ('' if refused). */
export function addComment(target: string | undefined, text: string, author: string): string {
  return added(comments.addComment(state().map, target, { author, created: now(), text }));
}

export function replyTo(commentId: string, text: string, author: string): string {
  return added(comments.addReply(state().map, commentId, { author, created: now(), text }));
}

export function editComment(id: string, text: string, author: string): void {
  state().apply(comments.editText(state().map, id, text, author));
}

export function resolveComment(id: string, resolved: boolean): void {
  state().apply(comments.setResolved(state().map, id, resolved));
}

export function deleteComment(id: string, author: string): void {
  state().apply(comments.deleteComment(state().map, id, author));
}
