// Compares a student's argument map with the teacher's key (issue 19, "Teach with it"): which
// statements are the same (matching.ts), how their relations compare (relations.ts), the
// scores (scores.ts) and the differences to go through (differences.ts). Pure: two maps in,
// plain data out (types.ts); neither map is changed. The rules, with a worked example, are in
// docs/grading.md.
import type { ArgMap, NodeKind } from '../types.ts';
import { listDifferences } from './differences.ts';
import { matchStatements } from './matching.ts';
import { compareRelations } from './relations.ts';
import { cohensKappa, combinedScore, score } from './scores.ts';
import { makeSide } from './side.ts';
import { reportComments } from './comments.ts';
import { Vocabulary } from './similarity.ts';
import type { CompareOptions, Comparison, KindCounts, MatchReason, StatementCounts, StatementVerdict } from './types.ts';

export function compareMaps(key: ArgMap, submission: ArgMap, options: CompareOptions = {}): Comparison {
  const vocabulary = new Vocabulary();
  const keySide = makeSide(key, vocabulary);
  const studentSide = makeSide(submission, vocabulary);
  const matching = matchStatements(keySide, studentSide, vocabulary, { ids: options.ids ?? true });
  const relations = compareRelations(keySide, studentSide, matching);

  const statements: StatementVerdict[] = [];
  const kindPairs: [NodeKind, NodeKind][] = [];
  const kinds: KindCounts = {
    key: keySide.nodes.length,
    submission: studentSide.nodes.length,
    correct: 0,
    wrongKind: 0,
    missing: 0,
    extra: 0,
  };
  for (const k of keySide.order) {
    const node = keySide.nodes[k]!;
    const s = matching.keyToSubmission[k]!;
    if (s === -1) {
      kinds.missing++;
      statements.push({ verdict: 'missing', keyId: node.id, keyKind: node.kind });
      continue;
    }
    const theirs = studentSide.nodes[s]!;
    kindPairs.push([node.kind, theirs.kind]);
    const verdict = node.kind === theirs.kind ? 'correct' : 'wrongKind';
    kinds[verdict]++;
    statements.push({ verdict, keyId: node.id, submissionId: theirs.id, keyKind: node.kind, submissionKind: theirs.kind });
  }
  for (const s of studentSide.order) {
    if (matching.submissionToKey[s] !== -1) continue;
    const node = studentSide.nodes[s]!;
    kinds.extra++;
    statements.push({ verdict: 'extra', submissionId: node.id, submissionKind: node.kind });
  }

  const by: Record<MatchReason, number> = { id: 0, anchor: 0, text: 0, structure: 0 };
  for (const m of matching.matches) by[m.by]++;
  const matched = matching.matches.length;
  const statementCounts: StatementCounts = {
    key: keySide.nodes.length,
    submission: studentSide.nodes.length,
    matched,
    missing: keySide.nodes.length - matched,
    extra: studentSide.nodes.length - matched,
    by,
  };
  const r = relations.counts;
  const statementScore = score(matched, statementCounts.submission, statementCounts.key);
  const relationScore = score(r.correct, r.submission, r.key);
  const kindScore = score(kinds.correct, kinds.submission, kinds.key);
  return {
    matches: matching.matches,
    statements,
    relations: relations.verdicts,
    counts: { statements: statementCounts, kinds, relations: r },
    scores: {
      statements: statementScore,
      relations: relationScore,
      kinds: kindScore,
      kappa: { statementKinds: cohensKappa(kindPairs), relationKinds: cohensKappa(relations.kindPairs) },
      combined: combinedScore(statementScore, relationScore, kindScore),
    },
    differences: listDifferences(keySide, studentSide, matching, statements, relations),
    comments: reportComments(submission, matching.matches),
  };
}
