// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), as
// Hypothesis and other annotation tools use them: a quote with some context around it,
// and character offsets into the text. Both are kept so that an anchor survives edits
// to the text that move it (offsets go stale) or reword it slightly (the quote goes stale).

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offsets into the normalised text (normaliseSourceText), end exclusive. */
  start: number;
  end: number;
}

/** A node's pointer into one source: at least one of the two selectors. */
export interface Anchor {
  source: string;
  position?: TextPositionSelector;
  quote?: TextQuoteSelector;
}

export interface Range {
  start: number;
  end: number;
}

/** Context kept around a quote when the text travels with the map (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

/** Shrinks a range so it neither starts nor ends in whitespace. */
export function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Both selectors for a range, the quote with `context` characters either side. */
export function selectorsFor(text: string, range: Range, context = CONTEXT_LENGTH): Pick<Anchor, 'position' | 'quote'> {
  const { start, end } = trimRange(text, range);
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: text.slice(start, end) };
  const prefix = text.slice(Math.max(0, start - context), start);
  const suffix = text.slice(end, end + context);
  if (prefix) quote.prefix = prefix;
  if (suffix) quote.suffix = suffix;
  return { position: { type: 'TextPositionSelector', start, end }, quote };
}

/**
 * Selectors that quote as little as possible: the exact words, and a prefix or suffix only
 * while the words alone occur more than once (grown a word at a time). For a referenced
 * text, where the map must not carry the text itself.
 */
export function minimalSelectorsFor(text: string, range: Range): Pick<Anchor, 'position' | 'quote'> {
  const { start, end } = trimRange(text, range);
  const exact = text.slice(start, end);
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact };
  let prefixLength = 0;
  let suffixLength = 0;
  const unique = () => countOccurrences(text, text.slice(start - prefixLength, end + suffixLength)) <= 1;
  while (!unique() && (start - prefixLength > 0 || end + suffixLength < text.length)) {
    prefixLength = growToWord(text, start, prefixLength, -1);
    suffixLength = growToWord(text, end, suffixLength, 1);
  }
  if (prefixLength) quote.prefix = text.slice(start - prefixLength, start);
  if (suffixLength) quote.suffix = text.slice(end, end + suffixLength);
  return { position: { type: 'TextPositionSelector', start, end }, quote };
}

function growToWord(text: string, from: number, length: number, direction: -1 | 1): number {
  let n = length;
  const at = (k: number) => text[direction < 0 ? from - k - 1 : from + k];
  while (at(n) !== undefined && /\s/.test(at(n)!)) n++;
  while (at(n) !== undefined && !/\s/.test(at(n)!)) n++;
  return n;
}

function countOccurrences(text: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) count++;
  return count;
}
