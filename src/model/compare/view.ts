// What the editor's comparison view shows of a comparison (docs/grading.md#in-the-editor): a
// mark on each statement and relation of the student's map (the map on screen), the ghosts of
// what it lacks, and the list of differences to step through, each saying what to select and
// where to look. Pure: no React, no store.
import type { ArgMap } from '../types.ts';
import type { Comparison, Difference, Verdict } from './types.ts';
import { ghostId, type Ghosts } from './ghosts.ts';

/** A statement of the student's map: matched with the right kind, matched with another, or not in the key. */
export type StatementMark = 'correct' | 'wrongKind' | 'extra';
/** A relation of the student's map. */
export type RelationMark = Exclude<Verdict, 'missing'>;

export interface ComparisonMarks {
  /** By statement id of the student's map. */
  statements: Map<string, StatementMark>;
  /** By relation id of the student's map. */
  relations: Map<string, RelationMark>;
}

export function marksOf(comparison: Comparison): ComparisonMarks {
  const statements = new Map<string, StatementMark>();
  for (const v of comparison.statements) if (v.submissionId && v.verdict !== 'missing') statements.set(v.submissionId, v.verdict);
  const relations = new Map<string, RelationMark>();
  for (const v of comparison.relations) if (v.submissionId && v.verdict !== 'missing') relations.set(v.submissionId, v.verdict);
  return { statements, relations };
}

/** One difference as the list shows it, and what showing it on the canvas means. */
export interface DifferenceStep extends Difference {
  /** Statements of the student's map to select (the statement, or the ends of a relation). */
  nodeIds: string[];
  /** Relations of the student's map to select. */
  relationIds: string[];
  /** The statement (of the map, or a ghost's id) to centre the view on. */
  centre?: string;
  /** The ghost drawn for it (a missing statement or relation), when ghosts are shown. */
  ghost?: string;
}

/**
 * The differences to step through. Without ghosts (the teacher chose to have missing parts only
 * counted), the missing statements and relations are left out: their messages would give the key away.
 */
export function stepsOf(comparison: Comparison, submission: ArgMap, ghosts: Ghosts | null): DifferenceStep[] {
  const relations = new Map(submission.relations.map((r) => [r.id, r]));
  const nodeIds = new Set(submission.nodes.map((n) => n.id));
  const ghostRelations = new Map(ghosts?.relations.map((g) => [g.id, g]));
  const ghostStatements = new Set(ghosts?.statements.map((g) => g.id));
  const steps: DifferenceStep[] = [];
  for (const d of comparison.differences) {
    if (d.verdict === 'missing') {
      if (!ghosts || !d.keyId) continue;
      const ghost = ghostId(d.keyId);
      if (d.subject === 'statement') {
        steps.push({ ...d, nodeIds: [], relationIds: [], ...(ghostStatements.has(ghost) ? { centre: ghost, ghost } : {}) });
        continue;
      }
      const g = ghostRelations.get(ghost);
      const ends = g ? [g.from, ...(g.toRelation ? [] : [g.to])].filter((id) => nodeIds.has(id)) : [];
      steps.push({ ...d, nodeIds: ends, relationIds: [], ...(g ? { centre: g.from, ghost } : {}) });
      continue;
    }
    if (d.subject === 'statement') {
      const id = d.submissionId!;
      steps.push({ ...d, nodeIds: [id], relationIds: [], centre: id });
      continue;
    }
    const r = relations.get(d.submissionId!);
    steps.push({ ...d, nodeIds: [], relationIds: r ? [r.id] : [], ...(r && nodeIds.has(r.from) ? { centre: r.from } : {}) });
  }
  return steps;
}

/** The step after (delta 1) or before (-1) `current`, going round; the first (or last) when none is current. */
export function stepFrom(steps: readonly { id: string }[], current: string | null, delta: 1 | -1): number {
  if (!steps.length) return -1;
  const at = current === null ? -1 : steps.findIndex((s) => s.id === current);
  if (at < 0) return delta === 1 ? 0 : steps.length - 1;
  return (at + delta + steps.length) % steps.length;
}

/** A score as the command-line report writes it: three decimals; κ may be missing (nothing to agree on). */
export const formatScore = (n: number | null): string => (n === null ? '–' : n.toFixed(3));

/** The verdicts counted over statements and relations together, as the command-line report counts them. */
export function verdictCounts(comparison: Comparison): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { correct: 0, wrongKind: 0, reversed: 0, extra: 0, missing: 0 };
  for (const v of comparison.statements) counts[v.verdict]++;
  for (const v of comparison.relations) counts[v.verdict]++;
  return counts;
}
