// Text changes as splices, for text that two people edit at once: what one keystroke changed
// (so only that is sent), and how a change from elsewhere moves the text being typed and its
// caret (so nobody's characters are lost and the caret stays where its owner was typing).

/** `removed` characters at `start` replaced by `inserted`. */
export interface Splice {
  start: number;
  removed: number;
  inserted: string;
}

/** Where a node's text was just typed: the caret after the change (see spliceOf). */
export interface TextCaret {
  nodeId: string;
  at: number;
}

/** A selection in a text field: anchor and focus may be in either order. */
export interface TextSelection {
  start: number;
  end: number;
}

/**
 * The one change that turns `before` into `after`. Where that is ambiguous (typing an "a" next
 * to an "a"), `caret`, the caret in `after` just after the change, says where it happened.
 */
export function spliceOf(before: string, after: string, caret?: number): Splice {
  const max = Math.min(before.length, after.length);
  const same = (i: number, j: number) => before.charCodeAt(i) === after.charCodeAt(j);
  let start = 0;
  let end = 0;
  if (caret === undefined) {
    while (start < max && same(start, start)) start++;
    while (end < max - start && same(before.length - 1 - end, after.length - 1 - end)) end++;
  } else {
    // The change ends at the caret: what follows it is unchanged.
    const suffixLimit = Math.max(0, Math.min(max, after.length - caret));
    while (end < suffixLimit && same(before.length - 1 - end, after.length - 1 - end)) end++;
    while (start < max - end && same(start, start)) start++;
  }
  return { start, removed: before.length - start - end, inserted: after.slice(start, after.length - end) };
}

export const applySplice = (text: string, s: Splice): string => text.slice(0, s.start) + s.inserted + text.slice(s.start + s.removed);

/**
 * Where a position goes when `s` is applied. A position inside the removed part goes to its
 * start; an insertion exactly at the position stays after it only with `after` (someone
 * else's typing at my caret goes after my caret, so my next key lands next to my own text).
 */
export function mapPosition(pos: number, s: Splice, after = false): number {
  if (pos < s.start || (pos === s.start && !after && s.removed === 0)) return pos;
  if (pos <= s.start + s.removed)
    return s.removed === 0 ? pos + s.inserted.length : s.start + (pos === s.start + s.removed ? s.inserted.length : 0);
  return pos + s.inserted.length - s.removed;
}

/** A selection moved through splices applied one after another. */
export function mapSelectionThrough(selection: TextSelection, splices: readonly Splice[]): TextSelection {
  let { start, end } = selection;
  for (const s of splices) {
    start = mapPosition(start, s);
    end = mapPosition(end, s);
  }
  return { start, end };
}

export interface Rebased {
  text: string;
  selection: TextSelection;
}

/**
 * Someone else changed `base` into `remote` while this field showed `local` (base plus what
 * was typed here and not yet sent): the text to show now, both changes in it, and the caret
 * moved along. Where both changed the same characters, both insertions are kept.
 */
export function rebaseText(base: string, local: string, remote: string, selection: TextSelection): Rebased {
  if (local === remote) return { text: remote, selection };
  const theirs = spliceOf(base, remote);
  if (local === base) return { text: remote, selection: mapSelection(selection, theirs) };
  const mine = spliceOf(base, local, selection.end);
  // My change, moved past theirs; what they removed of what I would have removed is gone already.
  const start = mapPosition(mine.start, theirs);
  const end = Math.max(start, mapPosition(mine.start + mine.removed, theirs));
  const moved: Splice = { start, removed: end - start, inserted: mine.inserted };
  // Positions in `local` are positions in base with my splice applied: undo it, map, redo it.
  const toRemote = (pos: number) => {
    if (pos <= mine.start) return mapPosition(pos, theirs);
    const inMine = pos - mine.start;
    if (inMine <= mine.inserted.length) return moved.start + inMine;
    return mapPosition(pos - mine.inserted.length + mine.removed, theirs) + mine.inserted.length - moved.removed;
  };
  return { text: applySplice(remote, moved), selection: { start: toRemote(selection.start), end: toRemote(selection.end) } };
}

function mapSelection(selection: TextSelection, s: Splice): TextSelection {
  return { start: mapPosition(selection.start, s), end: mapPosition(selection.end, s) };
}
