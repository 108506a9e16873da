// The figures of a comparison (docs/grading.md, "Scores"):
// - precision = right / what the student drew; recall = right / what the key has;
//   F1 = 2PR / (P + R). Nothing drawn is precision 1 (nothing wrong was drawn); nothing to
//   find is recall 1; F1 is 0 when both P and R are 0. Two empty maps score 1.
// - Cohen's κ = (p_o − p_e) / (1 − p_e) over paired items labelled by both (the kinds of
//   matched statements, the kinds of paired relations): p_o the share of items with the same
//   label, p_e the agreement expected by chance from each side's label frequencies. null
//   when there is no item; 1 when every item agrees (also when both use one label only,
//   where the formula is 0/0).
// - combined = the mean of the three F1 scores (statements, relations, kinds), in the spirit
//   of CASS (Duthie, Lawrence, Budzynska & Reed 2016), which scores segmentation, relations
//   between propositions and their illocutionary structure apart, then joins them in one figure.
import type { Score } from './types.ts';

export function score(right: number, drawn: number, expected: number): Score {
  const precision = drawn === 0 ? 1 : right / drawn;
  const recall = expected === 0 ? 1 : right / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Cohen's κ of two labellings of the same items, given as pairs (key's label, student's label). */
export function cohensKappa<T>(pairs: readonly (readonly [T, T])[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  let agree = 0;
  const left = new Map<T, number>();
  const right = new Map<T, number>();
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    left.set(a, (left.get(a) ?? 0) + 1);
    right.set(b, (right.get(b) ?? 0) + 1);
  }
  const observed = agree / n;
  if (observed === 1) return 1;
  let chance = 0;
  for (const [label, count] of left) chance += (count / n) * ((right.get(label) ?? 0) / n);
  return (observed - chance) / (1 - chance);
}

export function combinedScore(statements: Score, relations: Score, kinds: Score): number {
  return (statements.f1 + relations.f1 + kinds.f1) / 3;
}
