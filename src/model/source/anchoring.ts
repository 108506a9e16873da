// Finding an anchor's passage in a text again, as annotation tools do (Hypothesis's
// dom-anchor-text-quote is the model): the position first, then the exact quote, then the
// quote with whitespace ignored, then a bounded approximate search. An anchor that cannot
// be found is reported, never dropped: the node keeps its selectors for a later text.
import type { Anchor, Range } from './selectors.ts';

export type AnchorHow = 'position' | 'quote' | 'whitespace' | 'approximate';

export type AnchorResult =
  | ({ status: 'found'; how: AnchorHow; /** Edits between the quote and the passage found. */ distance: number } & Range)
  | { status: 'lost'; reason: string };

/** Share of a quote's characters that may differ for the approximate search to accept a passage. */
export const MAX_ERROR_RATE = 0.25;
/** The approximate search looks this far around the position hint before it searches the whole text. */
const SEARCH_WINDOW = 4000;
/** Above this many character comparisons the whole-text approximate search is skipped. */
const MAX_WORK = 60_000_000;

export function findAnchor(text: string, anchor: Pick<Anchor, 'position' | 'quote'>): AnchorResult {
  const { position, quote } = anchor;
  const hint = position && position.start >= 0 && position.end <= text.length && position.start <= position.end ? position : undefined;
  if (!quote?.exact) {
    if (hint) return { status: 'found', how: 'position', distance: 0, start: hint.start, end: hint.end };
    return {
      status: 'lost',
      reason: position ? 'its position lies beyond the end of the text, and it has no quote' : 'it has no selector',
    };
  }
  const exact = quote.exact;
  if (hint && text.slice(hint.start, hint.end) === exact)
    return { status: 'found', how: 'position', distance: 0, start: hint.start, end: hint.end };

  const exactHit = bestOccurrence(text, exact, quote.prefix, quote.suffix, hint?.start);
  if (exactHit !== undefined) return { status: 'found', how: 'quote', distance: 0, start: exactHit, end: exactHit + exact.length };

  const folded = foldedText(text);
  const foldedExact = foldWhitespace(exact).text.trim();
  if (!foldedExact) return { status: 'lost', reason: 'its quote is empty' };
  const foldedHint = hint ? folded.fromOriginal(hint.start) : undefined;
  const spaced = bestOccurrence(
    folded.text,
    foldedExact,
    foldWhitespace(quote.prefix ?? '').text,
    foldWhitespace(quote.suffix ?? '').text,
    foldedHint,
  );
  if (spaced !== undefined)
    return { status: 'found', how: 'whitespace', distance: 0, ...folded.toOriginal(spaced, spaced + foldedExact.length) };

  const maxErrors = Math.max(1, Math.floor(foldedExact.length * MAX_ERROR_RATE));
  const haystack = folded.text.toLowerCase();
  const needle = foldedExact.toLowerCase();
  let match: Approximate | undefined;
  if (foldedHint !== undefined) {
    const from = Math.max(0, foldedHint - SEARCH_WINDOW);
    const to = Math.min(haystack.length, foldedHint + needle.length + SEARCH_WINDOW);
    match = approximateSearch(haystack, needle, maxErrors, from, to, foldedHint);
  }
  if (!match && haystack.length * needle.length <= MAX_WORK)
    match = approximateSearch(haystack, needle, maxErrors, 0, haystack.length, foldedHint);
  if (match) return { status: 'found', how: 'approximate', distance: match.errors, ...folded.toOriginal(match.start, match.end) };
  return { status: 'lost', reason: `its quote "${shortQuote(exact)}" is not in the text, even approximately` };
}

function shortQuote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** The occurrence whose context matches best; ties go to the one nearest the hint. */
function bestOccurrence(text: string, exact: string, prefix = '', suffix = '', hint?: number): number | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    const context =
      commonSuffix(text.slice(Math.max(0, i - prefix.length), i), prefix) +
      commonPrefix(text.slice(i + exact.length, i + exact.length + suffix.length), suffix);
    const score = context * 1e7 - (hint === undefined ? 0 : Math.abs(i - hint));
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

// Anchors are found one after another in the same text: fold it once.
let lastFolded: { text: string; folded: ReturnType<typeof foldWhitespace> } | undefined;
function foldedText(text: string) {
  if (lastFolded?.text !== text) lastFolded = { text, folded: foldWhitespace(text) };
  return lastFolded.folded;
}

/** The text with every run of whitespace made one space, and the way back to offsets in the original. */
function foldWhitespace(text: string) {
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const isSpace = /\s/.test(text[i]!);
    if (isSpace && chars[chars.length - 1] === ' ') continue;
    chars.push(isSpace ? ' ' : text[i]!);
    origin.push(i);
  }
  const folded = chars.join('');
  return {
    text: folded,
    fromOriginal(offset: number): number {
      let lo = 0;
      let hi = origin.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (origin[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    toOriginal(start: number, end: number): Range {
      return { start: origin[start] ?? text.length, end: end > start ? origin[end - 1]! + 1 : (origin[start] ?? text.length) };
    },
  };
}

interface Approximate {
  start: number;
  end: number;
  errors: number;
}

/**
 * Sellers' algorithm: the substring of text[from, to) with the fewest edits (insertions,
 * deletions, substitutions) from the pattern, if at most maxErrors. O(pattern × window).
 */
function approximateSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
  hint?: number,
): Approximate | undefined {
  const m = pattern.length;
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    start[i] = from;
  }
  let best: Approximate | undefined;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    nextCost[0] = 0;
    nextStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let value = cost[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let origin = start[i - 1]!;
      if (cost[i]! + 1 < value) {
        value = cost[i]! + 1;
        origin = start[i]!;
      }
      if (nextCost[i - 1]! + 1 < value) {
        value = nextCost[i - 1]! + 1;
        origin = nextStart[i - 1]!;
      }
      nextCost[i] = value;
      nextStart[i] = origin;
    }
    const errors = nextCost[m]!;
    if (errors <= maxErrors) {
      const candidate = { start: nextStart[m]!, end: j + 1, errors };
      if (
        !best ||
        errors < best.errors ||
        (errors === best.errors && hint !== undefined && Math.abs(candidate.start - hint) < Math.abs(best.start - hint))
      )
        best = candidate;
    }
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
  }
  return best;
}
