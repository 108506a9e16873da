// Which statements of the two maps render the same or overlapping passages of the same
// source text. The rules (docs/grading.md, "Matching statements"):
// - Sources: a student's source is the key's when they have the same id and title, else the
//   same title (case, accents and punctuation ignored), else the same id. One to one.
// - Passages: where either map carries the text, every anchor of both maps is found again in
//   it (anchoring.ts, as the Source pane does), so both sides' passages are offsets into one
//   text. Where neither does, an anchor's position is used as saved, if it agrees with its
//   quote (same length); two positions that overlap must also quote the same characters
//   where they overlap, else the positions come from different versions of the text.
// - Overlap of two passages = shared characters / characters in either (Jaccard index of the
//   two ranges), 0..1.
// - Passages with no usable position are compared by their quotes (whitespace and case
//   ignored): one inside the other, or the end of one the start of the other (whole words),
//   measured the same way on the quotes' characters.
import type { SourceDoc } from '../types.ts';
import { findAnchor } from '../source/anchoring.ts';
import type { Anchor, Range } from '../source/selectors.ts';
import type { Side } from './side.ts';
import { words } from './similarity.ts';

export interface AnchorPair {
  key: number;
  submission: number;
  overlap: number;
}

/** For each of the student's sources, the key's source that is the same document. */
export function pairSources(key: readonly SourceDoc[] = [], submission: readonly SourceDoc[] = []): Map<string, SourceDoc> {
  const paired = new Map<string, SourceDoc>();
  const taken = new Set<string>();
  const title = (s: SourceDoc) => words(s.title ?? '').join(' ');
  const rules: ((k: SourceDoc, s: SourceDoc) => boolean)[] = [
    (k, s) => k.id === s.id && title(k) === title(s),
    (k, s) => title(k) !== '' && title(k) === title(s),
    (k, s) => k.id === s.id,
  ];
  for (const rule of rules) {
    for (const s of submission) {
      if (paired.has(s.id)) continue;
      const k = key.find((candidate) => !taken.has(candidate.id) && rule(candidate, s));
      if (!k) continue;
      paired.set(s.id, k);
      taken.add(k.id);
    }
  }
  return paired;
}

interface Passage {
  node: number;
  range?: Range;
  /** The quote, whitespace folded and lower case; '' when there is none. */
  quote: string;
  /** The quote as saved. */
  exact: string;
  /** The range came from the saved position without a text to check it against. */
  unchecked: boolean;
}

function normaliseQuote(text: string | undefined): string {
  return (text ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function passageOf(node: number, anchor: Anchor, text: string | undefined): Passage {
  const exact = anchor.quote?.exact ?? '';
  const quote = normaliseQuote(exact);
  if (text !== undefined) {
    const found = findAnchor(text, anchor);
    if (found.status === 'found') return { node, range: { start: found.start, end: found.end }, quote, exact, unchecked: false };
    return { node, quote, exact, unchecked: false };
  }
  const p = anchor.position;
  const fits = p && p.end > p.start && (!exact || exact.length === p.end - p.start);
  return fits ? { node, range: { start: p.start, end: p.end }, quote, exact, unchecked: true } : { node, quote, exact, unchecked: false };
}

/** Every pair of a key statement and a student's statement whose passages overlap, with the overlap. */
export function anchorOverlaps(key: Side, submission: Side): AnchorPair[] {
  const sources = pairSources(key.map.sources, submission.map.sources);
  if (sources.size === 0) return [];
  const out: AnchorPair[] = [];
  for (const keySource of new Set(sources.values())) {
    const studentIds = new Set([...sources].filter(([, k]) => k === keySource).map(([id]) => id));
    const studentText = submission.map.sources?.find((s) => studentIds.has(s.id) && s.text !== undefined)?.text;
    const text = keySource.text ?? studentText;
    const keyPassages = passages(key, (id) => id === keySource.id, text);
    const studentPassages = passages(submission, (id) => studentIds.has(id), text);
    if (keyPassages.length && studentPassages.length) comparePassages(keyPassages, studentPassages, out);
  }
  return out;
}

function passages(side: Side, inSource: (id: string) => boolean, text: string | undefined): Passage[] {
  const out: Passage[] = [];
  side.nodes.forEach((n, i) => {
    if (n.anchor && inSource(n.anchor.source)) out.push(passageOf(i, n.anchor, text));
  });
  return out;
}

function comparePassages(key: Passage[], student: Passage[], out: AnchorPair[]): void {
  const seen = new Set<string>();
  const add = (k: Passage, s: Passage, overlap: number) => {
    const id = `${k.node}:${s.node}`;
    if (overlap <= 0 || seen.has(id)) return;
    seen.add(id);
    out.push({ key: k.node, submission: s.node, overlap });
  };
  // Ranges: a sweep over both sides' passages by start, each meeting the other side's open ones.
  type Open = { p: Passage; side: 0 | 1 };
  const events: Open[] = [
    ...key.filter((p) => p.range).map((p) => ({ p, side: 0 as const })),
    ...student.filter((p) => p.range).map((p) => ({ p, side: 1 as const })),
  ].sort((a, b) => a.p.range!.start - b.p.range!.start || a.side - b.side);
  const open: [Passage[], Passage[]] = [[], []];
  for (const { p, side } of events) {
    const start = p.range!.start;
    const others = open[side === 0 ? 1 : 0];
    let keep = 0;
    for (const o of others) {
      if (o.range!.end <= start) continue; // closed before this one opens: drop it
      others[keep++] = o;
      const [k, s] = side === 0 ? [p, o] : [o, p];
      if (k.unchecked && s.unchecked && !sameCharacters(k, s)) {
        add(k, s, quoteOverlap(k.quote, s.quote));
      } else add(k, s, rangeOverlap(k.range!, s.range!));
    }
    others.length = keep;
    open[side].push(p);
  }
  // Quotes: passages with no usable range, against every quoted passage of the other side.
  const byWord = (list: Passage[]) => {
    const index = new Map<string, Passage[]>();
    for (const p of list) for (const w of new Set(p.quote.split(' '))) if (w) index.set(w, [...(index.get(w) ?? []), p]);
    return index;
  };
  const keyWords = byWord(key.filter((p) => p.quote));
  const studentWords = byWord(student.filter((p) => p.quote));
  const candidates = (p: Passage, index: Map<string, Passage[]>) => new Set(p.quote.split(' ').flatMap((w) => index.get(w) ?? []));
  for (const s of student) if (!s.range && s.quote) for (const k of candidates(s, keyWords)) add(k, s, quoteOverlap(k.quote, s.quote));
  for (const k of key) if (!k.range && k.quote) for (const s of candidates(k, studentWords)) add(k, s, quoteOverlap(k.quote, s.quote));
}

/** Shared characters over characters in either range. */
export function rangeOverlap(a: Range, b: Range): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** Two saved positions that overlap quote the same characters where they overlap (else they come from different texts). */
function sameCharacters(k: Passage, s: Passage): boolean {
  if (!k.exact || !s.exact) return true; // nothing to check against (a saved range always fits its quote)
  const start = Math.max(k.range!.start, s.range!.start);
  const end = Math.min(k.range!.end, s.range!.end);
  return k.exact.slice(start - k.range!.start, end - k.range!.start) === s.exact.slice(start - s.range!.start, end - s.range!.start);
}

/** Overlap of two normalised quotes: one inside the other, or one's end the other's start (whole words). */
export function quoteOverlap(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  if (a.includes(b)) return b.length / a.length;
  if (b.includes(a)) return a.length / b.length;
  const k = Math.max(endStartOverlap(a, b), endStartOverlap(b, a));
  return k === 0 ? 0 : k / (a.length + b.length - k);
}

/** Length of the longest end of `a` that starts `b`, made of whole words. */
function endStartOverlap(a: string, b: string): number {
  for (let k = Math.min(a.length, b.length) - 1; k > 0; k--) {
    if (a[a.length - k - 1] !== ' ' || b[k] !== ' ') continue;
    if (a.endsWith(b.slice(0, k)) && b.slice(0, k).trim() !== '') return k;
  }
  return 0;
}
