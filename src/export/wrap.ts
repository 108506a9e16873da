// Line wrapping as the canvas does it (CSS `white-space: pre-wrap; overflow-wrap: anywhere`),
// with the text width measured by an injected function: canvas `measureText` with the
// loaded Inter font in the browser, a stand-in in tests. Pure, no DOM.
//
// - A newline always starts a new line; an empty paragraph is an empty line.
// - Lines break where Chromium breaks them (see `canBreakBetween`). Spaces at the end of a
//   line hang (they never push a word to the next line).
// - A word that does not fit on a line of its own breaks between graphemes (never inside an
//   emoji or a combining sequence).

export type Measure = (text: string) => number;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

export function graphemes(text: string): string[] {
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

// Where a line may break between two characters, as Chromium decides it:
// - after a run of spaces (never before a space: spaces at a line's end hang);
// - between two printable ASCII characters, by Chromium's own table (kAsciiLineBreakTable in
//   Blink): after "-" and "?" before a letter, digit or most symbols; before "(", "[", "{"
//   and "<" after closing punctuation and most symbols; nowhere else (not after "/");
// - elsewhere by UAX #14 for what prose uses: after hyphens and en dashes (class BA), around
//   em dashes (B2), between CJK characters and emoji (except before closing punctuation).
const WORDLIKE = '%&(*+-0123456789<=>@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\^_`abcdefghijklmnopqrstuvwxyz{|~';
const ASCII_BREAK_BEFORE: Record<string, string> = { '-': `"#'${WORDLIKE}`, '?': `#$${WORDLIKE}` };
for (const c of '!"#%&)*+,.:;=>\\]|}~') ASCII_BREAK_BEFORE[c] = '([{<';
const BREAK_AFTER = new Set(['\u2010', '\u2012', '\u2013', '\u00AD', '\u200B']);
const CJK = /[\u2E80-\u2FFF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;
const CJK_NO_BREAK_BEFORE = new Set(Array.from('、。，．：；！？」』）】〕〉》ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ・'));
const CJK_NO_BREAK_AFTER = new Set(Array.from('「『（【〔〈《'));
// Emoji are class ID like ideographs; modifiers, variation selectors and marks join the previous character.
const EMOJI = /\p{Extended_Pictographic}/u;
const REGIONAL = /[\u{1F1E6}-\u{1F1FF}]/u;
// Ranges of code points (flags, skin tones), not emoji with modifiers: what the rule warns of.
// eslint-disable-next-line no-misleading-character-class
const EMOJI_LIKE = /[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/u;
// eslint-disable-next-line no-misleading-character-class
const JOINS_PREVIOUS = /[\p{M}\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u;
const isSpace = (c: string) => c === ' ' || c === '\u3000';
const isPrintableAscii = (c: string) => c >= '!' && c <= '~';

/** May a line break between `a` and `b`? (`riRun`: how many regional indicators end at `a`.) */
export function canBreakBetween(a: string, b: string, riRun = 0): boolean {
  if (isSpace(b)) return false;
  if (isSpace(a)) return b !== '\u00A0';
  if (a === '\u00A0' || b === '\u00A0' || b === '\u200D' || a === '\u200D' || JOINS_PREVIOUS.test(b)) return false;
  if (isPrintableAscii(a) && isPrintableAscii(b)) return ASCII_BREAK_BEFORE[a]?.includes(b) ?? false;
  if (BREAK_AFTER.has(a)) return true;
  if (a === '\u2014' || b === '\u2014') return a !== b;
  if (REGIONAL.test(a) && REGIONAL.test(b)) return riRun % 2 === 0; // flags are pairs
  if (CJK.test(a) || CJK.test(b) || EMOJI.test(a) || EMOJI.test(b) || EMOJI_LIKE.test(a) || EMOJI_LIKE.test(b))
    return !CJK_NO_BREAK_BEFORE.has(b) && !CJK_NO_BREAK_AFTER.has(a) && !/[)\]}.,:;!?]/.test(b);
  return false;
}

/** Splits a paragraph into pieces that may not be broken inside (except as a last resort). */
export function segments(paragraph: string): string[] {
  const out: string[] = [];
  const chars = Array.from(paragraph);
  let current = '';
  let riRun = 0;
  for (let i = 0; i < chars.length; i++) {
    current += chars[i];
    riRun = REGIONAL.test(chars[i]!) ? riRun + 1 : 0;
    const next = chars[i + 1];
    if (next !== undefined && canBreakBetween(chars[i]!, next, riRun)) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/** Wraps `text` into lines no wider than `maxWidth`. Always at least one line. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n')) {
    let line = '';
    const fits = (candidate: string) => measure(candidate.trimEnd()) <= maxWidth;
    for (const piece of segments(paragraph)) {
      if (fits(line + piece)) {
        line += piece;
        continue;
      }
      if (line.trim()) {
        lines.push(line.trimEnd());
        line = '';
        if (fits(piece)) {
          line = piece;
          continue;
        }
      }
      // Too wide for a line of its own: break anywhere, one grapheme at a time.
      for (const g of graphemes(piece)) {
        if (line && !fits(line + g)) {
          lines.push(line.trimEnd());
          line = '';
        }
        line += g;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
