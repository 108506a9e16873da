// The key's relations against the student's, once the statements are matched
// (docs/grading.md, "Relations"). A relation is known by its ends: a key relation from A to B
// is paired with a student's relation between the statements matched to A and B:
//   1. same direction, same kind;           then
//   2. same direction, another kind         (wrongKind: supports for opposes, …);  then
//   3. the other direction, any kind        (reversed).
// An undercut's target is a relation: it is paired once the relation it attacks is paired (in
// any of the three ways), with a relation of the student's from the matched source to that
// relation (undercuts of undercuts in later rounds). Last, an undercut of the link A → B and
// a relation from the same statement against B itself are paired as wrongKind (the student
// attacked the conclusion where the key attacks the inference, or the other way round).
// Pairing is one to one; what is left is missing (key only) or extra (student only).
//
// Co-premises: relations that share a target and a `group` form one linked reason. A paired
// relation is correct only if it is linked with the same co-premises in both maps, counting
// the co-premises whose relations are paired the same way round in both (a co-premise the
// student left out, or drew the wrong way, is reported on its own relation and not again
// here). Otherwise it is wrongKind: a linked reason drawn as separate ones, or the reverse.
import type { Relation, RelationKind } from '../types.ts';
import { coPremiseKey } from '../tree.ts';
import type { Matching } from './matching.ts';
import { shortText, type Side } from './side.ts';
import type { RelationCounts, RelationVerdict } from './types.ts';

type How = 'same' | 'reversed' | 'cross';

export interface RelationComparison {
  /** Every key relation in the key's order, then the student's extra relations in theirs. */
  verdicts: RelationVerdict[];
  counts: RelationCounts;
  /** Kinds of paired relations (key, student), for Cohen's κ. */
  kindPairs: [RelationKind, RelationKind][];
  /** Key relation index → student's relation index, or -1. */
  keyToSubmission: Int32Array;
  submissionToKey: Int32Array;
}

export function compareRelations(key: Side, submission: Side, matching: Matching): RelationComparison {
  const kR = key.relations;
  const sR = submission.relations;
  const k2s = new Int32Array(kR.length).fill(-1);
  const s2k = new Int32Array(sR.length).fill(-1);
  const how: (How | undefined)[] = new Array(kR.length);
  const pair = (k: number, s: number, h: How) => {
    k2s[k] = s;
    s2k[s] = k;
    how[k] = h;
  };
  const mapNode = (id: string) => {
    const k = key.nodeIndex.get(id);
    const s = k === undefined ? -1 : matching.keyToSubmission[k]!;
    return s >= 0 ? s : undefined;
  };

  // The student's relations by their ends: statement indices, a relation target counted after the statements.
  const width = submission.nodes.length + sR.length;
  const endsOf = (from: number, to: number) => from * width + to;
  const relationEnd = (r: number) => submission.nodes.length + r;
  const byEnds = new Map<number, number | number[]>();
  const undercutsFrom = new Map<number, number[]>(); // statement → its relations that target relations
  sR.forEach((r, s) => {
    const from = submission.nodeIndex.get(r.from);
    if (from === undefined) return;
    const toNode = submission.nodeIndex.get(r.to);
    const toRel = submission.relationIndex.get(r.to);
    const to = toNode ?? (toRel === undefined ? undefined : relationEnd(toRel));
    if (to === undefined) return;
    const ends = endsOf(from, to);
    const known = byEnds.get(ends);
    byEnds.set(ends, known === undefined ? s : typeof known === 'number' ? [known, s] : [...known, s]);
    if (toNode === undefined) undercutsFrom.set(from, [...(undercutsFrom.get(from) ?? []), s]);
  });
  const pick = (ends: number, kind?: RelationKind) => {
    const known = byEnds.get(ends);
    const fits = (s: number) => s2k[s] === -1 && (kind === undefined || sR[s]!.kind === kind);
    if (known === undefined) return undefined;
    if (typeof known === 'number') return fits(known) ? known : undefined;
    return known.find(fits);
  };

  // Key relations between two statements, in three passes.
  const nodeEnds = kR.map((r) => {
    const from = mapNode(r.from);
    const to = key.nodeIndex.has(r.to) ? mapNode(r.to) : undefined;
    return from === undefined || to === undefined ? undefined : { from, to };
  });
  kR.forEach((r, k) => {
    const e = nodeEnds[k];
    const s = e && pick(endsOf(e.from, e.to), r.kind);
    if (s !== undefined) pair(k, s, 'same');
  });
  kR.forEach((_, k) => {
    const e = nodeEnds[k];
    const s = e && k2s[k] === -1 ? pick(endsOf(e.from, e.to)) : undefined;
    if (s !== undefined) pair(k, s, 'same');
  });
  kR.forEach((r, k) => {
    const e = nodeEnds[k];
    if (!e || k2s[k] !== -1) return;
    const s = pick(endsOf(e.to, e.from), r.kind) ?? pick(endsOf(e.to, e.from));
    if (s !== undefined) pair(k, s, 'reversed');
  });

  // Key relations that target relations, once their targets are paired.
  for (let progress = true; progress;) {
    progress = false;
    const ready: { k: number; ends: number }[] = [];
    kR.forEach((r, k) => {
      const target = key.relationIndex.get(r.to);
      if (k2s[k] !== -1 || target === undefined || key.nodeIndex.has(r.to)) return;
      const from = mapNode(r.from);
      if (from !== undefined && k2s[target]! >= 0) ready.push({ k, ends: endsOf(from, relationEnd(k2s[target]!)) });
    });
    for (const { k, ends } of ready) {
      const s = pick(ends, kR[k]!.kind);
      if (s !== undefined) {
        pair(k, s, 'same');
        progress = true;
      }
    }
    for (const { k, ends } of ready) {
      const s = k2s[k] === -1 ? pick(ends) : undefined;
      if (s !== undefined) {
        pair(k, s, 'same');
        progress = true;
      }
    }
  }

  // An undercut of A → B against an attack on B itself, either way.
  kR.forEach((r, k) => {
    if (k2s[k] !== -1) return;
    const from = mapNode(r.from);
    if (from === undefined) return;
    const target = key.relationIndex.get(r.to);
    if (!key.nodeIndex.has(r.to) && target !== undefined) {
      const conclusion = mapNode(kR[target]!.to);
      const s = conclusion === undefined ? undefined : pick(endsOf(from, conclusion));
      if (s !== undefined) pair(k, s, 'cross');
      return;
    }
    const conclusion = mapNode(r.to);
    if (conclusion === undefined) return;
    const s = (undercutsFrom.get(from) ?? []).find((u) => {
      const attacked = sR[submission.relationIndex.get(sR[u]!.to)!]!;
      return s2k[u] === -1 && submission.nodeIndex.get(attacked.to) === conclusion;
    });
    if (s !== undefined) pair(k, s, 'cross');
  });

  // Co-premises, and the verdicts.
  const keyGroups = groupsOf(kR);
  const studentGroups = groupsOf(sR);
  const sameGrouping = (k: number, s: number): boolean => {
    const ours = new Set<number>();
    for (const p of partners(kR, keyGroups, k)) if (how[p] === 'same') ours.add(k2s[p]!);
    const theirs = new Set<number>();
    for (const q of partners(sR, studentGroups, s)) if (s2k[q]! >= 0 && how[s2k[q]!] === 'same') theirs.add(q);
    return ours.size === theirs.size && [...ours].every((q) => theirs.has(q));
  };

  const counts: RelationCounts = { key: kR.length, submission: sR.length, correct: 0, wrongKind: 0, reversed: 0, missing: 0, extra: 0 };
  const kindPairs: [RelationKind, RelationKind][] = [];
  const verdicts: RelationVerdict[] = [];
  const keyText = (r: Relation) => describeRelation(key, r);
  const studentText = (r: Relation) => describeRelation(submission, r);
  kR.forEach((r, k) => {
    const s = k2s[k]!;
    if (s === -1) {
      counts.missing++;
      verdicts.push({ verdict: 'missing', keyId: r.id, keyKind: r.kind, detail: `Missing: ${keyText(r)}.` });
      return;
    }
    const theirs = sR[s]!;
    kindPairs.push([r.kind, theirs.kind]);
    const base = { keyId: r.id, submissionId: theirs.id, keyKind: r.kind, submissionKind: theirs.kind };
    if (how[k] === 'reversed') {
      counts.reversed++;
      verdicts.push({
        verdict: 'reversed',
        ...base,
        detail: `The wrong way round: the key has ${keyText(r)}; this map has ${studentText(theirs)}.`,
      });
      return;
    }
    if (how[k] === 'cross') {
      counts.wrongKind++;
      verdicts.push({
        verdict: 'wrongKind',
        ...base,
        detail: `Wrong kind: the key has ${keyText(r)}; this map has ${studentText(theirs)}.`,
      });
      return;
    }
    const grouping = sameGrouping(k, s) ? 'same' : 'different';
    if (r.kind === theirs.kind && grouping === 'same') {
      counts.correct++;
      verdicts.push({ verdict: 'correct', ...base, grouping, detail: '' });
      return;
    }
    counts.wrongKind++;
    const grouped = grouping === 'same' ? '' : groupingDifference(key, submission, r, theirs, keyGroups, studentGroups);
    const detail =
      r.kind === theirs.kind
        ? `Co-premises differ: the key has ${keyText(r)}, ${grouped}.`
        : `Wrong kind: the key has ${keyText(r)}; this map says ${theirs.kind}${grouped ? `, and ${grouped}` : ''}.`;
    verdicts.push({ verdict: 'wrongKind', ...base, grouping, detail });
  });
  sR.forEach((r, s) => {
    if (s2k[s] !== -1) return;
    counts.extra++;
    verdicts.push({ verdict: 'extra', submissionId: r.id, submissionKind: r.kind, detail: `Not in the key: ${studentText(r)}.` });
  });
  return { verdicts, counts, kindPairs, keyToSubmission: k2s, submissionToKey: s2k };
}

function groupsOf(relations: Relation[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  relations.forEach((r, i) => {
    const key = coPremiseKey(r);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return groups;
}

/** The other relations of a relation's linked reason. */
function partners(relations: Relation[], groups: Map<string, number[]>, i: number): number[] {
  const r = relations[i]!;
  const key = coPremiseKey(r);
  return key === undefined ? [] : (groups.get(key) ?? []).filter((j) => j !== i);
}

/** How the co-premises of a paired relation differ, e.g. "linked with “B”; this map has it on its own". */
function groupingDifference(
  key: Side,
  submission: Side,
  r: Relation,
  theirs: Relation,
  keyGroups: Map<string, number[]>,
  studentGroups: Map<string, number[]>,
): string {
  const names = (side: Side, list: number[]) => list.map((i) => `“${statementText(side, side.relations[i]!.from)}”`).join(', ');
  const ours = partners(key.relations, keyGroups, key.relationIndex.get(r.id)!);
  const their = partners(submission.relations, studentGroups, submission.relationIndex.get(theirs.id)!);
  const inKey = ours.length ? `linked with ${names(key, ours)}` : 'on its own';
  const here = their.length ? `this map links it with ${names(submission, their)}` : 'this map has it on its own';
  return `${inKey}; ${here}`;
}

function statementText(side: Side, id: string): string {
  const i = side.nodeIndex.get(id);
  return i === undefined ? id : shortText(side.nodes[i]!.text, 40);
}

/** “A” supports “B”, or “U” undercuts the link “P” → “C”. */
export function describeRelation(side: Side, r: Relation): string {
  const from = `“${statementText(side, r.from)}”`;
  const target = side.nodeIndex.has(r.to) ? undefined : side.relations[side.relationIndex.get(r.to) ?? -1];
  if (!target) return `${from} ${r.kind} “${statementText(side, r.to)}”`;
  return `${from} ${r.kind} the link “${statementText(side, target.from)}” → “${statementText(side, target.to)}”`;
}
