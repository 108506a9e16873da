// How many open comments each statement and relation has, for the canvas's markers: counted
// once per comments array (a drag or a text edit keeps the array, so it counts nothing).
import { useEditor } from './store.ts';
import { openCommentCounts } from '../model/commentTargets.ts';
import type { MapComment } from '../model/types.ts';

const NONE: ReadonlyMap<string, number> = new Map();
const cache = new WeakMap<readonly MapComment[], ReadonlyMap<string, number>>();

export function commentCountsOf(comments: readonly MapComment[] | undefined): ReadonlyMap<string, number> {
  if (!comments?.length) return NONE;
  let counts = cache.get(comments);
  if (!counts) cache.set(comments, (counts = openCommentCounts(comments)));
  return counts;
}

export const useCommentCounts = () => useEditor((s) => commentCountsOf(s.map.comments));

/** Open comments on any of these relations (an edge stands for one, or for a linked reason's): a number, so a selector that rarely changes. */
export const useOpenComments = (ids: readonly string[]) =>
  useEditor((s) => {
    const counts = commentCountsOf(s.map.comments);
    let n = 0;
    for (const id of ids) n += counts.get(id) ?? 0;
    return n;
  });
