// Which of the student's statements is which of the key's: a one-to-one matching, made in
// phases from the strongest evidence to the weakest; each phase only pairs statements the
// earlier ones left (docs/grading.md, "Matching statements"):
//   id         the same id (a map made from the teacher's file keeps them), when the texts
//              also agree at least in part (≥ ID_TEXT_FLOOR) or the passages overlap: a
//              node whose text was rewritten into another statement is not kept by its id.
//   anchor     passages of the same source that overlap, when they overlap by at least half
//              (ANCHOR_ALONE) or the texts also agree in part (≥ STRUCTURE_FLOOR); best first
//              by overlap + text similarity, so among several passages over the same words
//              the one saying the same thing wins.
//   text       text similarity ≥ TEXT_THRESHOLD (similarity.ts), best first: the same text
//              first, then the same words (similarity 1), then the rest.
//   structure  texts that agree in part (≥ STRUCTURE_FLOOR), when the two statements are
//              joined to statements already matched to each other (the same parent, the
//              same reason under them); repeated while it finds more.
// Within a phase, pairs are taken greedily, best first. Where several pairs are equally
// good, the structure decides: first the pairs that are the only candidates of both their
// statements, then the pair with the most neighbours already matched to each other (marked
// `structure`), then reading order. Deterministic; the cost is linear in the statements plus
// the candidate pairs, and text candidates come from an index of stems (pairs with no stem in
// common are never matched by text).
import type { MatchReason, StatementMatch } from './types.ts';
import { anchorOverlaps } from './anchors.ts';
import type { Side } from './side.ts';
import { combine, dice, sameWordsKey, type Vocabulary } from './similarity.ts';

/** Same id counts when the texts agree at least this much (or the passages overlap). */
export const ID_TEXT_FLOOR = 0.3;
/** Passage overlap that matches two anchored statements whatever their texts say. */
export const ANCHOR_ALONE = 0.5;
/** Text similarity that matches two statements on its own. */
export const TEXT_THRESHOLD = 0.45;
/** Text similarity that the structure can confirm (and that lets a smaller passage overlap count). */
export const STRUCTURE_FLOOR = 0.3;

const EPSILON = 1e-9;
/** Above this many equally good pairs, ties are settled in one pass instead of one pair at a time. */
const TIE_STEP_LIMIT = 2000;

export interface Matching {
  matches: StatementMatch[];
  /** Key statement index → student's statement index, or -1. */
  keyToSubmission: Int32Array;
  /** Student's statement index → key statement index, or -1. */
  submissionToKey: Int32Array;
}

interface Candidate {
  key: number;
  submission: number;
  /** What the phase ranks by. */
  rank: number;
  score: number;
  text: number;
  overlap?: number;
}

export function matchStatements(key: Side, submission: Side, vocabulary: Vocabulary, options: { ids: boolean }): Matching {
  const state: Matching = {
    matches: [],
    keyToSubmission: new Int32Array(key.nodes.length).fill(-1),
    submissionToKey: new Int32Array(submission.nodes.length).fill(-1),
  };
  const similarity = (k: number, s: number) => {
    const a = key.nodes[k]!.text;
    if (a === submission.nodes[s]!.text && /[\p{L}\p{N}]/u.test(a)) return 1; // the same text: no need to prepare it
    return vocabulary.similarity(key.text(k), submission.text(s));
  };
  const free = (c: Candidate) => state.keyToSubmission[c.key] === -1 && state.submissionToKey[c.submission] === -1;
  const take = (c: Candidate, by: MatchReason, detail: string) => {
    state.keyToSubmission[c.key] = c.submission;
    state.submissionToKey[c.submission] = c.key;
    const match: StatementMatch = {
      keyId: key.nodes[c.key]!.id,
      submissionId: submission.nodes[c.submission]!.id,
      by,
      score: round(c.score),
      text: round(c.text),
      detail,
    };
    if (c.overlap !== undefined) match.overlap = round(c.overlap);
    state.matches.push(match);
  };
  const agreement = (k: number, s: number) => sharedNeighbours(key, submission, state, k, s);
  const assign = (candidates: Candidate[], by: MatchReason, describe: (c: Candidate) => string) =>
    assignGreedy(candidates, key, submission, free, agreement, (c, tie) => {
      if (tie === 0) take(c, by, describe(c));
      else
        take(
          c,
          'structure',
          `${describe(c)} Equally close to another statement; this one is joined to ${tie} statement${tie === 1 ? '' : 's'} already matched to its partner's.`,
        );
    });

  const overlaps = anchorOverlaps(key, submission);

  // 1. Same id, texts or passages agreeing.
  if (options.ids) {
    const overlapOf = new Map(overlaps.map((p) => [`${p.key}:${p.submission}`, p.overlap]));
    key.nodes.forEach((node, k) => {
      const s = submission.nodeIndex.get(node.id);
      if (s === undefined) return;
      const text = similarity(k, s);
      const overlap = overlapOf.get(`${k}:${s}`);
      if (text < ID_TEXT_FLOOR && overlap === undefined) return;
      const detail =
        text === 1
          ? 'Same id and the same words.'
          : text >= ID_TEXT_FLOOR
            ? `Same id, and the texts agree (${fixed(text)}).`
            : `Same id, and the passages overlap (${percent(overlap!)}).`;
      take({ key: k, submission: s, rank: 0, score: text, text, ...(overlap === undefined ? {} : { overlap }) }, 'id', detail);
    });
  }

  // 2. Overlapping passages.
  const anchorCandidates: Candidate[] = [];
  for (const p of overlaps) {
    if (state.keyToSubmission[p.key] !== -1 || state.submissionToKey[p.submission] !== -1) continue;
    const text = similarity(p.key, p.submission);
    if (p.overlap < ANCHOR_ALONE && text < STRUCTURE_FLOOR) continue;
    anchorCandidates.push({ key: p.key, submission: p.submission, rank: p.overlap + text, score: p.overlap, text, overlap: p.overlap });
  }
  assign(anchorCandidates, 'anchor', (c) =>
    c.overlap === 1
      ? `The same passage of the source (texts agree ${fixed(c.text)}).`
      : `Overlapping passages of the source (${percent(c.overlap!)} shared; texts agree ${fixed(c.text)}).`,
  );

  // 3. The same text; then the same words (case, punctuation, stop words or word order aside).
  assign(sameTextCandidates(key, submission, state), 'text', () => 'The same text.');
  assign(sameWordCandidates(key, submission, vocabulary, state), 'text', () => 'The same words.');

  // 4. Similar texts; the pairs that agree only in part are kept for the structure.
  const { similar, partial } = similarCandidates(key, submission, vocabulary, state);
  assign(similar, 'text', (c) => `Similar texts (${fixed(c.text)}).`);

  // 5. Partly similar texts, confirmed by matched neighbours.
  for (;;) {
    const confirmed = partial.filter((c) => free(c) && agreement(c.key, c.submission) > 0);
    if (confirmed.length === 0) break;
    const before = state.matches.length;
    assignGreedy(confirmed, key, submission, free, agreement, (c) => {
      const n = agreement(c.key, c.submission);
      take(
        c,
        'structure',
        `Texts agree in part (${fixed(c.text)}), and both are joined to ${n} statement${n === 1 ? '' : 's'} already matched to each other.`,
      );
    });
    if (state.matches.length === before) break;
  }
  return state;
}

/** Neighbours of key statement k matched to neighbours of the student's statement s. */
function sharedNeighbours(key: Side, submission: Side, state: Matching, k: number, s: number): number {
  const theirs = submission.neighbours[s]!;
  if (theirs.length === 0) return 0;
  const lookup = theirs.length > 16 ? new Set(theirs) : undefined;
  let n = 0;
  for (const x of new Set(key.neighbours[k]!)) {
    const m = state.keyToSubmission[x]!;
    if (m >= 0 && (lookup ? lookup.has(m) : theirs.includes(m))) n++;
  }
  return n;
}

/**
 * Takes candidates best first, each only while both its statements are free. `take` gets the
 * number of matched neighbours that decided a tie, or 0 when no tie had to be decided.
 */
function assignGreedy(
  candidates: Candidate[],
  key: Side,
  submission: Side,
  free: (c: Candidate) => boolean,
  agreement: (k: number, s: number) => number,
  take: (c: Candidate, tie: number) => void,
): void {
  candidates.sort(
    (a, b) => b.rank - a.rank || key.rank[a.key]! - key.rank[b.key]! || submission.rank[a.submission]! - submission.rank[b.submission]!,
  );
  for (let i = 0; i < candidates.length;) {
    let j = i + 1;
    while (j < candidates.length && candidates[i]!.rank - candidates[j]!.rank <= EPSILON) j++;
    settleTies(candidates.slice(i, j), free, agreement, take);
    i = j;
  }
}

/** Equally good candidates: the unambiguous ones first, then by matched neighbours, then in order. */
function settleTies(
  group: Candidate[],
  free: (c: Candidate) => boolean,
  agreement: (k: number, s: number) => number,
  take: (c: Candidate, tie: number) => void,
): void {
  for (let remaining = group.filter(free); remaining.length > 0; remaining = remaining.filter(free)) {
    const perKey = new Map<number, number>();
    const perSubmission = new Map<number, number>();
    for (const c of remaining) {
      perKey.set(c.key, (perKey.get(c.key) ?? 0) + 1);
      perSubmission.set(c.submission, (perSubmission.get(c.submission) ?? 0) + 1);
    }
    const alone = remaining.filter((c) => perKey.get(c.key) === 1 && perSubmission.get(c.submission) === 1);
    if (alone.length > 0) {
      for (const c of alone) take(c, 0);
      continue;
    }
    // Every remaining pair has a rival: the one with most matched neighbours first (stable: in order).
    const scored = remaining.map((c) => ({ c, n: agreement(c.key, c.submission) }));
    if (remaining.length > TIE_STEP_LIMIT) {
      scored.sort((a, b) => b.n - a.n);
      for (const { c, n } of scored) if (free(c)) take(c, n);
      return;
    }
    let best = scored[0]!;
    for (const x of scored) if (x.n > best.n) best = x;
    const rivals = scored.filter((x) => x !== best && (x.c.key === best.c.key || x.c.submission === best.c.submission));
    take(best.c, rivals.some((x) => x.n < best.n) ? best.n : 0);
  }
}

/** Free statements grouped by their exact text (statements with no words left out). */
function byWording(side: Side, free: (i: number) => boolean): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  side.nodes.forEach((n, i) => {
    if (!free(i) || !/[\p{L}\p{N}]/u.test(n.text)) return;
    const group = groups.get(n.text);
    if (group) group.push(i);
    else groups.set(n.text, [i]);
  });
  return groups;
}

/** Pairs of free statements with exactly the same text. */
function sameTextCandidates(key: Side, submission: Side, state: Matching): Candidate[] {
  const theirs = byWording(submission, (s) => state.submissionToKey[s] === -1);
  const out: Candidate[] = [];
  for (const [text, group] of byWording(key, (k) => state.keyToSubmission[k] === -1)) {
    for (const k of group) for (const s of theirs.get(text) ?? []) out.push({ key: k, submission: s, rank: 1, score: 1, text: 1 });
  }
  return out;
}

/**
 * Pairs of free statements whose texts differ but have similarity 1 (case, punctuation, stop
 * words, word order): their stems and trigrams hash alike, checked. One text per wording is prepared.
 */
function sameWordCandidates(key: Side, submission: Side, vocabulary: Vocabulary, state: Matching): Candidate[] {
  const byHash = new Map<string, number[][]>();
  for (const group of byWording(submission, (s) => state.submissionToKey[s] === -1).values()) {
    const id = sameWordsKey(submission.text(group[0]!));
    if (id !== undefined) byHash.set(id, [...(byHash.get(id) ?? []), group]);
  }
  const out: Candidate[] = [];
  for (const group of byWording(key, (k) => state.keyToSubmission[k] === -1).values()) {
    const t = key.text(group[0]!);
    const id = sameWordsKey(t);
    for (const theirs of (id !== undefined && byHash.get(id)) || []) {
      if (vocabulary.similarity(t, submission.text(theirs[0]!)) !== 1) continue;
      for (const k of group) for (const s of theirs) out.push({ key: k, submission: s, rank: 1, score: 1, text: 1 });
    }
  }
  return out;
}

/** Free pairs with similar texts (≥ TEXT_THRESHOLD) and with partly similar ones (≥ STRUCTURE_FLOOR). */
function similarCandidates(
  key: Side,
  submission: Side,
  vocabulary: Vocabulary,
  state: Matching,
): { similar: Candidate[]; partial: Candidate[] } {
  const similar: Candidate[] = [];
  const partial: Candidate[] = [];
  const postings = new Map<number, number[]>();
  submission.nodes.forEach((_, s) => {
    if (state.submissionToKey[s] !== -1) return;
    for (const id of submission.text(s).stems) {
      const list = postings.get(id);
      if (list) list.push(s);
      else postings.set(id, [s]);
    }
  });
  const shared = new Int32Array(submission.nodes.length);
  const touched: number[] = [];
  key.nodes.forEach((_, k) => {
    if (state.keyToSubmission[k] !== -1) return;
    const a = key.text(k);
    if (a.stems.length === 0) return;
    vocabulary.markText(a);
    for (const id of a.stems) {
      for (const s of postings.get(id) ?? []) {
        if (shared[s] === 0) touched.push(s);
        shared[s]!++;
      }
    }
    for (const s of touched) {
      const b = submission.text(s);
      const word = dice(shared[s]!, a.stems.length, b.stems.length);
      // The trigram Dice can be at most what the two sizes allow: skip pairs that cannot reach the floor.
      const most = (2 * Math.min(a.trigrams.length, b.trigrams.length)) / (a.trigrams.length + b.trigrams.length);
      if ((word + most) / 2 < STRUCTURE_FLOOR) continue;
      const text = combine(shared[s]!, vocabulary.sharedTrigrams(b), a, b);
      if (text < STRUCTURE_FLOOR) continue;
      const c: Candidate = { key: k, submission: s, rank: text, score: text, text };
      (text >= TEXT_THRESHOLD ? similar : partial).push(c);
    }
    for (const s of touched) shared[s] = 0;
    touched.length = 0;
  });
  return { similar, partial };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Two decimals, cut rather than rounded (so 0.447 does not read as the 0.45 threshold). */
function fixed(x: number): string {
  return (Math.floor(x * 100 + 1e-9) / 100).toFixed(2);
}

function percent(x: number): string {
  return `${Math.round(x * 100)} %`;
}
