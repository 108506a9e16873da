// Everything the student's map does differently, as one list to step through, in the order a
// teacher reads the key: its statements in reading order (the outline's), each followed by
// what is wrong with it, then with the relations that start at it. What the student added
// comes after the key's part it was added to: an extra statement after the subtree of its
// nearest matched ancestor (in the student's reading order), followed by its relations; an
// extra relation from a matched statement with that statement's relations. What the student
// added away from anything matched comes last. Ids are stable: subject, verdict and the ids
// involved.
import type { NodeKind } from '../types.ts';
import type { Matching } from './matching.ts';
import type { RelationComparison } from './relations.ts';
import { shortText, type Side } from './side.ts';
import type { Difference, StatementVerdict } from './types.ts';

const KIND_LABEL: Record<NodeKind, string> = {
  claim: 'a claim',
  premise: 'a reason',
  objection: 'an objection',
  rebuttal: 'a rebuttal',
  caveat: 'a caveat',
  evidence: 'evidence',
  context: 'background',
};

export function kindLabel(kind: NodeKind): string {
  return KIND_LABEL[kind] ?? kind;
}

interface Placed {
  at: [number, number, number, number];
  difference: Difference;
}

export function listDifferences(
  key: Side,
  submission: Side,
  matching: Matching,
  statements: StatementVerdict[],
  relations: RelationComparison,
): Difference[] {
  const placed: Placed[] = [];
  const { submissionToKey } = matching;

  // The last position of each key statement's subtree in reading order.
  const subtreeEnd = Int32Array.from(key.rank);
  for (let i = key.order.length - 1; i >= 0; i--) {
    const v = key.order[i]!;
    const p = key.parent[v]!;
    if (p >= 0 && subtreeEnd[v]! > subtreeEnd[p]!) subtreeEnd[p] = subtreeEnd[v]!;
  }
  // Where each student's statement goes in the key's reading order: after the subtree of its nearest matched ancestor.
  const anchorRank = new Float64Array(submission.nodes.length).fill(NaN);
  const rankOf = (s: number): number => {
    const path: number[] = [];
    let v = s;
    let found = Infinity;
    while (v >= 0) {
      if (!Number.isNaN(anchorRank[v]!)) {
        found = anchorRank[v]!;
        break;
      }
      path.push(v);
      if (submissionToKey[v]! >= 0) {
        found = subtreeEnd[submissionToKey[v]!]!;
        break;
      }
      v = submission.parent[v]!;
    }
    for (const p of path) anchorRank[p] = submissionToKey[p]! >= 0 ? subtreeEnd[submissionToKey[p]!]! : found;
    return anchorRank[s]!;
  };

  for (const v of statements) {
    if (v.verdict === 'correct') continue;
    const k = v.keyId === undefined ? undefined : key.nodeIndex.get(v.keyId)!;
    const s = v.submissionId === undefined ? undefined : submission.nodeIndex.get(v.submissionId)!;
    const node = k !== undefined ? key.nodes[k]! : submission.nodes[s!]!;
    const text = `“${shortText(node.text, 80)}”`;
    const message =
      v.verdict === 'missing'
        ? `Missing: ${kindLabel(v.keyKind!)}, ${text}.`
        : v.verdict === 'extra'
          ? `Not in the key: ${kindLabel(v.submissionKind!)}, ${text}.`
          : `Wrong kind: ${text} is ${kindLabel(v.keyKind!)} in the key, ${kindLabel(v.submissionKind!)} here.`;
    const difference: Difference = {
      id: `statement:${v.verdict}:${v.keyId ?? ''}:${v.submissionId ?? ''}`,
      subject: 'statement',
      verdict: v.verdict,
      message,
    };
    if (v.keyId !== undefined) difference.keyId = v.keyId;
    if (v.submissionId !== undefined) difference.submissionId = v.submissionId;
    const at: Placed['at'] = k !== undefined ? [key.rank[k]!, 0, 0, 0] : [rankOf(s!), 2, submission.rank[s!]!, 0];
    placed.push({ at, difference });
  }

  for (const v of relations.verdicts) {
    if (v.verdict === 'correct') continue;
    const difference: Difference = {
      id: `relation:${v.verdict}:${v.keyId ?? ''}:${v.submissionId ?? ''}`,
      subject: 'relation',
      verdict: v.verdict,
      message: v.detail,
    };
    if (v.keyId !== undefined) difference.keyId = v.keyId;
    if (v.submissionId !== undefined) difference.submissionId = v.submissionId;
    let at: Placed['at'];
    if (v.keyId !== undefined) {
      const r = key.relationIndex.get(v.keyId)!;
      const from = key.nodeIndex.get(key.relations[r]!.from);
      at = [from === undefined ? Infinity : key.rank[from]!, 1, 0, r];
    } else {
      const r = submission.relationIndex.get(v.submissionId!)!;
      const from = submission.nodeIndex.get(submission.relations[r]!.from);
      if (from === undefined) at = [Infinity, 3, Infinity, r];
      else if (submissionToKey[from]! >= 0) at = [key.rank[submissionToKey[from]!]!, 1, 1, r];
      else at = [rankOf(from), 2, submission.rank[from]!, 1 + r];
    }
    placed.push({ at, difference });
  }

  placed.sort((a, b) => {
    for (let i = 0; i < 4; i++) {
      const x = a.at[i]!;
      const y = b.at[i]!;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  return placed.map((p) => p.difference);
}
