// How alike two statements' texts are, from 0 (nothing in common) to 1 (the same words).
// Used to match a student's statements to the key's when anchors do not decide (compare).
//
// The measure (docs/grading.md, "Text similarity"):
// 1. Normalise: Unicode NFKD without accents, lower case, possessive 's dropped, every run
//    of characters that are not letters or digits a word break (so "hub-and-spokes" and
//    "Japan–South Korea" are several words).
// 2. Drop stop words (English function words; negations such as "not", "no", "never" are kept,
//    since they turn a statement around).
// 3. Light stemming: plural -s/-es/-ies, then -ing, -ed, -ly, a final -e, then the first
//    STEM_LENGTH letters (truncation stemming): "remilitarise" and "remilitarisation",
//    "cooperating" and "cooperation", "region" and "regional" become one stem.
// 4. word = Dice coefficient of the two sets of stems, 2|A∩B| / (|A| + |B|);
//    chars = Dice coefficient of the two sets of character trigrams of the content words
//    (each word padded with a space either side, so word starts and ends count), which
//    catches spelling variants and words the stemmer misses.
// 5. similarity = (word + chars) / 2.
// A text with no content words (only stop words) is alike only to the same words; an empty
// text is alike to nothing.
// Pure and deterministic. prepareText does the per-text work once (each distinct word once per
// Vocabulary); comparing then only counts shared ids: one text's ids are marked, and the other's
// looked up, in time proportional to their sizes.

/** Letters kept of each word after suffix stripping (truncation stemming). */
export const STEM_LENGTH = 6;

const STOP_WORDS = new Set(
  (
    'a an the and or but if then than so as of at by for from in into onto on to with within about above after again against ' +
    'all any both each few more most other some such own same too very can could will would shall should may might must ' +
    'do does did doing done be been being am is are was were has have had having i me my we our ours you your he him his ' +
    'she her it its they them their theirs this that these those there here what which who whom whose when where why how ' +
    'also just only over under up down out off through during before until while because via per e g eg ie i e etc ' +
    'one ones s t'
  ).split(' '),
);

/** A text made ready for comparison. */
export interface PreparedText {
  /** The normalised words, stop words included. */
  words: string[];
  /** Distinct stem ids and trigram ids (into the Vocabulary that prepared it), unordered. */
  stems: number[];
  trigrams: number[];
  /** Two 32-bit hashes of the stem and trigram sets: texts of similarity 1 have the same. */
  hash: [number, number];
}

/** Ids for stems and trigrams, shared by every text prepared with it, and the marks that count shared ids. */
export class Vocabulary {
  private readonly stems = new Map<string, number>();
  private readonly trigrams = new Map<string, number>();
  /** Each content word's stem id and trigram ids, worked out once. */
  private readonly known = new Map<string, { stem: number; trigrams: number[] }>();
  /** For each stem and trigram id, the last mark it got. */
  private stemMarks: Int32Array = new Int32Array(1024);
  private trigramMarks: Int32Array = new Int32Array(4096);
  private mark = 0;

  prepare(text: string): PreparedText {
    const all = words(text);
    const mark = ++this.mark;
    const stems: number[] = [];
    const trigrams: number[] = [];
    let h1 = 0;
    let h2 = 0;
    for (const w of all) {
      if (STOP_WORDS.has(w)) continue;
      const known = this.word(w);
      if (this.stemMarks[known.stem] !== mark) {
        this.stemMarks[known.stem] = mark;
        stems.push(known.stem);
        h1 = (h1 + mix(known.stem, 0x2545f491)) | 0;
        h2 = (h2 + mix(known.stem, 0x6c8e9cf5)) | 0;
      }
      for (const id of known.trigrams) {
        if (this.trigramMarks[id] === mark) continue;
        this.trigramMarks[id] = mark;
        trigrams.push(id);
        h1 = (h1 + mix(id, 0x1b873593)) | 0;
        h2 = (h2 + mix(id, 0x7feb352d)) | 0;
      }
    }
    return { words: all, stems, trigrams, hash: [h1, h2] };
  }

  /** Marks a text's ids: sharedStems and sharedTrigrams then count another text's ids among them. */
  markText(text: PreparedText): void {
    const mark = ++this.mark;
    for (const id of text.stems) this.stemMarks[id] = mark;
    for (const id of text.trigrams) this.trigramMarks[id] = mark;
  }

  sharedStems(text: PreparedText): number {
    let n = 0;
    for (const id of text.stems) if (this.stemMarks[id] === this.mark) n++;
    return n;
  }

  sharedTrigrams(text: PreparedText): number {
    let n = 0;
    for (const id of text.trigrams) if (this.trigramMarks[id] === this.mark) n++;
    return n;
  }

  /** Similarity of two texts prepared with this vocabulary, 0..1 (the rule at the top). */
  similarity(a: PreparedText, b: PreparedText): number {
    if (a.stems.length === 0 || b.stems.length === 0) return a.words.length > 0 && a.words.join(' ') === b.words.join(' ') ? 1 : 0;
    this.markText(a);
    return combine(this.sharedStems(b), this.sharedTrigrams(b), a, b);
  }

  private word(word: string): { stem: number; trigrams: number[] } {
    let entry = this.known.get(word);
    if (entry) return entry;
    const padded = ` ${word} `;
    const trigrams: number[] = [];
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.push(idOf(this.trigrams, padded.slice(i, i + 3)));
    entry = { stem: idOf(this.stems, stem(word)), trigrams };
    this.known.set(word, entry);
    if (this.stemMarks.length < this.stems.size) this.stemMarks = grown(this.stemMarks, this.stems.size);
    if (this.trigramMarks.length < this.trigrams.size) this.trigramMarks = grown(this.trigramMarks, this.trigrams.size);
    return entry;
  }
}

/** The similarity of two texts with stems, from the numbers of stems and trigrams they share. */
export function combine(sharedStems: number, sharedTrigrams: number, a: PreparedText, b: PreparedText): number {
  return (dice(sharedStems, a.stems.length, b.stems.length) + dice(sharedTrigrams, a.trigrams.length, b.trigrams.length)) / 2;
}

/** Dice coefficient from an intersection size and the two set sizes (two empty sets: 0). */
export function dice(shared: number, sizeA: number, sizeB: number): number {
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

/** A 32-bit integer hash (murmur3's finaliser) of an id with a salt; summed over a set it does not depend on order. */
function mix(id: number, salt: number): number {
  let h = Math.imul(id ^ salt, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}

function grown(array: Int32Array, size: number): Int32Array {
  const next = new Int32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

/** A key that texts of similarity 1 share (other texts rarely do: check); undefined for an empty text. */
export function sameWordsKey(text: PreparedText): string | undefined {
  if (text.stems.length > 0) return `${text.hash[0]} ${text.hash[1]} ${text.stems.length} ${text.trigrams.length}`;
  return text.words.length > 0 ? `w ${text.words.join(' ')}` : undefined;
}

/** The words of a text: accents, case, possessives and punctuation gone. */
export function words(text: string): string[] {
  const ascii = !/[^\x00-\x7f]/.test(text);
  const folded = (ascii ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '')).toLowerCase().replace(/['’](s\b)?/g, '');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** The stem of a lower-case word (see the rule at the top). */
export function stem(word: string): string {
  let w = word;
  if (/\p{N}/u.test(w)) return w; // numbers and dates stay whole
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w.slice(0, STEM_LENGTH);
}

/** The content words of a text (stop words removed). */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => !STOP_WORDS.has(w));
}

/** Similarity of two texts, 0..1. For many pairs, prepare each text once with one Vocabulary. */
export function textSimilarity(a: string, b: string): number {
  const vocabulary = new Vocabulary();
  return vocabulary.similarity(vocabulary.prepare(a), vocabulary.prepare(b));
}
