// What comparing a student's map with the key gives: plain data (arrays and numbers, no
// Maps or classes) so the editor can show it and the command line can print it as JSON.
// The rules that produce it are in docs/grading.md.
import type { NodeKind, RelationKind } from '../types.ts';

/** How a statement or relation of one map stands against the other. */
export type Verdict = 'correct' | 'wrongKind' | 'reversed' | 'extra' | 'missing';

/** Why two statements were taken to be the same (see matching.ts). */
export type MatchReason = 'id' | 'anchor' | 'text' | 'structure';

/** A key statement and the student's statement taken to be the same one. */
export interface StatementMatch {
  keyId: string;
  submissionId: string;
  by: MatchReason;
  /** The measure of the reason, 0..1: passage overlap for `anchor`, text similarity otherwise. */
  score: number;
  /** Text similarity of the two statements, 0..1 (see similarity.ts). */
  text: number;
  /** Passage overlap (shared characters over characters of either passage), when both are anchored in one text. */
  overlap?: number;
  /** One sentence saying why, for people. */
  detail: string;
}

export interface StatementVerdict {
  verdict: Exclude<Verdict, 'reversed'>;
  /** Absent for `extra`. */
  keyId?: string;
  /** Absent for `missing`. */
  submissionId?: string;
  keyKind?: NodeKind;
  submissionKind?: NodeKind;
}

export interface RelationVerdict {
  verdict: Verdict;
  /** Absent for `extra`. */
  keyId?: string;
  /** Absent for `missing`. */
  submissionId?: string;
  keyKind?: RelationKind;
  submissionKind?: RelationKind;
  /** For paired relations: whether their co-premises agree (see relations.ts). */
  grouping?: 'same' | 'different';
  /** One sentence saying what differs (empty for `correct`). */
  detail: string;
}

/** One thing the student's map does differently, in the order a teacher would go through them. */
export interface Difference {
  /** Stable: the same difference has the same id in every comparison of the same two maps. */
  id: string;
  subject: 'statement' | 'relation';
  verdict: Exclude<Verdict, 'correct'>;
  keyId?: string;
  submissionId?: string;
  message: string;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface StatementCounts {
  key: number;
  submission: number;
  matched: number;
  missing: number;
  extra: number;
  /** How many matches each reason made. */
  by: Record<MatchReason, number>;
}

export interface KindCounts {
  key: number;
  submission: number;
  correct: number;
  wrongKind: number;
  missing: number;
  extra: number;
}

export interface RelationCounts {
  key: number;
  submission: number;
  correct: number;
  wrongKind: number;
  reversed: number;
  missing: number;
  extra: number;
}

export interface Scores {
  /** Segmentation: matched statements over the student's (precision) and the key's (recall). */
  statements: Score;
  /** Correct relations over the student's and the key's. */
  relations: Score;
  /** Statements matched and of the right kind over the student's and the key's. */
  kinds: Score;
  /** Cohen's κ over matched pairs; null when there is nothing to agree on. */
  kappa: { statementKinds: number | null; relationKinds: number | null };
  /** The mean of the three F1 scores (docs/grading.md). */
  combined: number;
}

/** A comment of the submission, as the report lists it (comments.ts). */
export interface ReportComment {
  id: string;
  author: string;
  /** When it was written, ISO 8601 (as the file has it). */
  created: string;
  text: string;
  resolved: boolean;
  /** What it is on: a statement, a relation or the whole map (also one whose statement was deleted). */
  subject: 'statement' | 'relation' | 'map';
  /** In words: "on the statement “…”", "was on … , since deleted". */
  on: string;
  /** The commented statement or relation in the submission. */
  submissionId?: string;
  /** The key statement the commented statement was matched to. */
  keyId?: string;
  replies: { author: string; created: string; text: string }[];
}

export interface Comparison {
  /** One-to-one, in the order they were made (the strongest evidence first). */
  matches: StatementMatch[];
  /** Every key statement in the key's reading order, then the student's extra statements in theirs. */
  statements: StatementVerdict[];
  /** Every key relation in the key's order, then the student's extra relations in theirs. */
  relations: RelationVerdict[];
  counts: { statements: StatementCounts; kinds: KindCounts; relations: RelationCounts };
  scores: Scores;
  differences: Difference[];
  /** The submission's comments, in its order (a teacher's feedback, a student's questions). */
  comments: ReportComment[];
}

export interface CompareOptions {
  /** Let identical ids count as a match reason (when the texts agree too). Default true. */
  ids?: boolean;
}
