// The practice drill's questions: every attack on the chosen side that the brief holds, as the
// other side would put it, with the map's answers (issue 20, part 3). Weak points (no answer in
// the map) first, most dangerous first; then the rest in the brief's order.
import type { Brief, BriefBacking, BriefPoint, BriefStatement, PointKind } from '../brief/types.ts';

export interface DrillAnswer {
  /** "Rebuttal", "Undercut" …: how the answer meets the attack. */
  label: string;
  statements: BriefStatement[];
  /** What backs the answer (its reasons and evidence, one level). */
  backing: BriefStatement[];
}

export interface DrillItem {
  /** Stable while the map's relations stay: the key results are kept under. */
  key: string;
  kind: PointKind;
  /** The attack's statements; none for an open critical question. */
  statements: BriefStatement[];
  /** An open critical question's text. */
  question?: string;
  /** Our statements it attacks (or the target). */
  against: BriefStatement[];
  /** The map's answers; empty for a weak point. */
  answers: DrillAnswer[];
  weak: boolean;
}

export const ATTACK_LABEL: Record<PointKind, string> = {
  reason: 'Their reason',
  objection: 'Objection',
  caveat: 'Caveat',
  undercut: 'Undercut',
  question: 'Critical question',
  answer: 'Answer',
};

const ANSWER_LABEL: Record<PointKind, string> = {
  reason: 'A reason',
  objection: 'A rebuttal',
  caveat: 'A caveat',
  undercut: 'An undercut',
  question: 'A critical question',
  answer: 'The answer',
};

/** One statement's undercuts of several links are one question; otherwise each point is its own. */
const itemKey = (p: BriefPoint) =>
  p.kind === 'undercut'
    ? `undercut-by:${p.statements
        .map((s) => s.id)
        .sort()
        .join('+')}`
    : p.key;

const backingStatements = (items: BriefBacking[]): BriefStatement[] => items.flatMap((b) => b.statements);

export function drillItems(brief: Brief): DrillItem[] {
  const items = new Map<string, DrillItem>();
  const answersOf = (p: BriefPoint): DrillAnswer[] =>
    p.replies
      .filter((r) => r.statements.length > 0)
      .map((r) => ({ label: ANSWER_LABEL[r.kind], statements: r.statements, backing: backingStatements(r.backing) }));
  const add = (p: BriefPoint, against: BriefStatement[]) => {
    const key = itemKey(p);
    const known = items.get(key);
    if (known) {
      // The same statement undercutting another link: what it attacks and how that is answered add up.
      for (const s of against) if (!known.against.some((a) => a.id === s.id)) known.against.push(s);
      for (const a of answersOf(p)) if (!known.answers.some((k) => k.statements[0]!.id === a.statements[0]!.id)) known.answers.push(a);
      known.weak &&= p.answered === false;
      return;
    }
    const item: DrillItem = {
      key,
      kind: p.kind,
      statements: p.statements,
      against: [...against],
      answers: answersOf(p),
      weak: p.answered === false,
    };
    if (p.kind === 'question' && !p.statements.length) item.question = p.question!.text;
    items.set(key, item);
  };
  /** Their points under (and including) `p`, each first met in full (repeats carry nothing new). */
  const walk = (p: BriefPoint, parent: BriefStatement[]) => {
    if (p.side === 'theirs') add(p, parent);
    if (!p.repeat) for (const r of p.replies) walk(r, p.statements);
  };
  for (const p of brief.case) walk(p, [brief.target]);
  for (const p of brief.opposing) walk(p, [brief.target]);

  // Weak points first, in the brief's order of danger.
  const weakOrder = new Map<string, number>();
  brief.weakPoints.forEach((w, i) => w.points.forEach((p) => weakOrder.has(itemKey(p)) || weakOrder.set(itemKey(p), i)));
  const all = [...items.values()];
  return [
    ...all.filter((i) => i.weak).sort((a, b) => (weakOrder.get(a.key) ?? 1e9) - (weakOrder.get(b.key) ?? 1e9)),
    ...all.filter((i) => !i.weak),
  ];
}
