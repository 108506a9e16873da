/**
 * buildBrief: a debater's brief for one side of a statement (the target; by default the main
 * claim). THE RULES (docs/brief.md explains them with the GSOMIA map):
 *
 * 1. Points. A point is a unit of relations, as the evaluation groups them (same kind, target
 *    and `group`): a reason (`supports`; a linked reason is one point), an objection
 *    (`opposes`), a caveat (`qualifies`), an undercut (`undercuts`, an attack on a link; one
 *    statement's undercuts of several links in one list are one point), or a critical question
 *    of the scheme a link follows.
 * 2. The case. For the target: its reasons. Against it: its objections and caveats, and the
 *    undercuts of its reasons' links. The other side's case is the rest of what bears on the
 *    target: for, its objections and caveats; against, its reasons.
 * 3. Replies. What attacks a point: objections and caveats on its statements or on anything
 *    that backs them (reasons, evidence, recursively), undercuts of its links or of its
 *    backing's links, and the critical questions of those links' schemes (open ones as likely
 *    attacks; raised ones are the objection or undercut that raised them; answered ones with
 *    the statement that answers them). The replies to the other side's points are our answers;
 *    the replies to those, their comebacks, and so on.
 * 4. Order: strongest first. A point that holds in the evaluation (given the map's marks)
 *    before an undecided one before one that fails; then objections, undercuts and reasons
 *    before caveats (which never defeat) before open questions; then the higher weight; then
 *    the better balance of its statements (what backs them minus what weighs against them);
 *    then map order. Each point says why it stands where it does.
 * 5. Weak points: the other side's points with no answer in the map (no reply of ours holding
 *    a statement), open critical questions on our links included, most dangerous first (the
 *    same order). One statement's attacks on several links are one weak point.
 *
 * Each point and each statement is expanded once per side: met again, it is marked `repeat`
 * (its replies are listed where it was first met), so the brief stays linear in the map even
 * when statements are shared, and finite when the map has cycles.
 */
import { evaluate, inputFromMap, type Evaluation, type Label } from '../evaluation.ts';
import { relationWeight } from '../balance.ts';
import { formatWeight } from '../formatWeight.ts';
import { mainClaimId } from '../tree.ts';
import type { ArgMap, ArgNode, Relation, RelationKind, SchemeUse } from '../types.ts';
import type {
  Brief,
  BriefBacking,
  BriefPoint,
  BriefQuestion,
  BriefSide,
  BriefStatement,
  Citation,
  PointKind,
  PointTarget,
  QuestionsOf,
  WeakPoint,
} from './types.ts';

export interface BriefOptions {
  side: BriefSide;
  /** The statement the brief is about; default: the map's main claim. */
  target?: string;
  /** The critical questions of each relation's scheme (the scheme catalogue); default: none known. */
  questions?: QuestionsOf;
}

export const NO_QUESTIONS: QuestionsOf = () => [];

/** How deep an exchange of attacks and answers is followed; deeper, the point says there is more in the map. */
export const MAX_DEPTH = 40;

interface Unit {
  key: string;
  kind: RelationKind;
  members: Relation[];
}

/** A point before it is expanded: enough to order it. */
interface Draft {
  key: string;
  kind: PointKind;
  statements: string[];
  /** Units it stands for (an undercut of several links: several). */
  units: Unit[];
  on: PointTarget[];
  question?: BriefQuestion;
  /** An answered critical question: the statement that answers it. */
  answerBy?: string;
  raises?: BriefQuestion[];
  status: Label;
  weight: number;
  pro: number;
  con: number;
  order: number;
}

const KIND_OF: Record<RelationKind, PointKind> = { supports: 'reason', opposes: 'objection', qualifies: 'caveat', undercuts: 'undercut' };
const STATUS_RANK: Record<Label, number> = { in: 0, undec: 1, out: 2 };
const STATUS_WORD: Record<Label, string> = { in: 'holds', undec: 'undecided', out: 'fails' };

/** The citation of a statement: its `source` section and paragraph, and its quote (or its anchor's). */
export function citationOf(node: ArgNode): Citation | undefined {
  const c: Citation = {};
  const s = node.source;
  if (s?.section) c.section = s.section;
  if (s?.paragraph) c.paragraph = s.paragraph;
  const quote = s?.quote || node.anchor?.quote?.exact;
  if (quote) c.quote = quote;
  return Object.keys(c).length ? c : undefined;
}

const and = (a: Label | undefined, b: Label | undefined): Label =>
  a === 'out' || b === 'out' ? 'out' : a === 'in' && b === 'in' ? 'in' : 'undec';

const unique = <T>(items: T[]): T[] => [...new Set(items)];

export function buildBrief(map: ArgMap, options: BriefOptions): Brief {
  const questionsOf = options.questions ?? NO_QUESTIONS;
  const nodes = new Map<string, ArgNode>();
  for (const n of map.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const targetId = options.target ?? mainClaimId(map);
  if (targetId === undefined) throw new Error('The map has no statements: there is nothing to brief.');
  const targetNode = nodes.get(targetId);
  if (!targetNode) throw new Error(`The map has no statement "${targetId}".`);

  // Units, as the evaluation forms them: same kind, same target, same group.
  const relationIds = new Set<string>();
  const relations: Relation[] = [];
  for (const r of map.relations) {
    if (relationIds.has(r.id) || !Object.hasOwn(KIND_OF, r.kind) || !nodes.has(r.from)) continue;
    relationIds.add(r.id);
    relations.push(r);
  }
  const unitsInto = new Map<string, Unit[]>(); // node id → supports, opposes, qualifies units
  const undercutsOf = new Map<string, Unit[]>(); // relation id → undercut units
  const grouped = new Map<string, Unit>();
  for (const r of relations) {
    const isUndercut = r.kind === 'undercuts';
    if (isUndercut ? !relationIds.has(r.to) : !nodes.has(r.to)) continue;
    const groupKey = r.group ? `${r.kind}\u0000${r.to}\u0000${r.group}` : '';
    const existing = groupKey ? grouped.get(groupKey) : undefined;
    if (existing) {
      existing.members.push(r);
      continue;
    }
    const unit: Unit = { key: '', kind: r.kind, members: [r] };
    if (groupKey) grouped.set(groupKey, unit);
    const index = isUndercut ? undercutsOf : unitsInto;
    const list = index.get(r.to);
    if (list) list.push(unit);
    else index.set(r.to, [unit]);
  }
  for (const list of [...unitsInto.values(), ...undercutsOf.values()])
    for (const u of list) u.key = `${u.kind}:${u.members.map((r) => r.id).join('+')}`;

  const evaluation: Evaluation = evaluate(map, inputFromMap(map));
  const labels = evaluation.labels;
  const statement = (id: string): BriefStatement => {
    const n = nodes.get(id)!;
    const s: BriefStatement = { id, kind: n.kind, text: n.text };
    const citation = citationOf(n);
    if (citation) s.citation = citation;
    return s;
  };

  let order = 0;
  const balanceOf = (ids: string[]) => {
    let pro = 0;
    let con = 0;
    for (const id of ids) {
      const b = evaluation.balance[id];
      if (b) {
        pro += b.pro;
        con += b.con;
      }
    }
    return { pro, con };
  };
  const draftOf = (units: Unit[], on: PointTarget[]): Draft => {
    const members = units.flatMap((u) => u.members);
    const statements = unique(members.map((r) => r.from));
    const status = members.reduce<Label>((v, r) => and(v, and(labels[r.from], labels[r.id])), 'in');
    return {
      key: units.map((u) => u.key).join(','),
      kind: KIND_OF[units[0]!.kind],
      statements,
      units,
      on,
      status,
      weight: Math.min(1, ...members.map(relationWeight)),
      ...balanceOf(statements),
      order: order++,
    };
  };
  const unitDraft = (u: Unit): Draft =>
    draftOf([u], u.kind === 'undercuts' ? u.members.map((r) => linkTarget(relationById.get(r.to)!)) : [{ nodeId: u.members[0]!.to }]);
  const relationById = new Map(relations.map((r) => [r.id, r]));
  const linkTarget = (link: Relation): PointTarget => ({ nodeId: link.from, relationId: link.id, to: link.to });

  /** One statement's undercuts of several links become one point. */
  const withUndercutsMerged = (drafts: Draft[]): Draft[] => {
    const out: Draft[] = [];
    const bySource = new Map<string, Draft[]>();
    for (const d of drafts) {
      if (d.kind !== 'undercut') {
        out.push(d);
        continue;
      }
      const key = [...d.statements].sort().join('\u0000');
      const list = bySource.get(key);
      if (list) list.push(d);
      else {
        bySource.set(key, [d]);
        out.push(d);
      }
    }
    return out.map((d) => {
      if (d.kind !== 'undercut') return d;
      const same = bySource.get([...d.statements].sort().join('\u0000'))!;
      return same.length === 1
        ? d
        : {
            ...draftOf(
              same.flatMap((x) => x.units),
              same.flatMap((x) => x.on),
            ),
            order: d.order,
          };
    });
  };

  const rank = (d: Draft) => (d.kind === 'caveat' ? 1 : d.kind === 'question' && !d.statements.length ? 2 : 0);
  const byStrength = (a: Draft, b: Draft) =>
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    rank(a) - rank(b) ||
    b.weight - a.weight ||
    b.pro - b.con - (a.pro - a.con) ||
    a.order - b.order;

  const whyOf = (d: Draft): string => {
    if (d.kind === 'question') {
      const q = d.question!;
      if (q.status === 'open') return 'an open critical question: the map neither raises nor answers it';
      if (q.status === 'answered') return 'a critical question the map answers';
      return d.statements.length
        ? `${STATUS_WORD[d.status]}; raises a critical question`
        : 'a critical question raised without an objection';
    }
    const parts = [
      STATUS_WORD[d.status],
      `weight ${formatWeight(d.weight)}`,
      `balance ${formatWeight(d.pro)} for, ${formatWeight(d.con)} against`,
    ];
    if (d.kind === 'caveat') parts.push('a caveat: it weighs but never defeats');
    return parts.join('; ');
  };

  // ---- What backs a statement, and what attacks a point ----

  /** Every supports unit under these statements, recursively. */
  const backingUnits = (ids: string[]): Unit[] => {
    const seen = new Set<string>(ids);
    const queue = [...ids];
    const found: Unit[] = [];
    while (queue.length) {
      const id = queue.pop()!;
      for (const u of unitsInto.get(id) ?? []) {
        if (u.kind !== 'supports') continue;
        found.push(u);
        for (const r of u.members)
          if (!seen.has(r.from)) {
            seen.add(r.from);
            queue.push(r.from);
          }
      }
    }
    return found;
  };

  const schemeOf = (u: Unit): { use: SchemeUse; relation: Relation } | undefined => {
    const relation = u.members.find((r) => r.scheme && typeof r.scheme.scheme === 'string');
    return relation ? { use: relation.scheme!, relation } : undefined;
  };

  /** The critical questions of a unit's scheme as points against it; raised ones tag the attack that raised them. */
  const questionDrafts = (u: Unit, attacks: Draft[]): Draft[] => {
    const scheme = schemeOf(u);
    if (!scheme) return [];
    const states = scheme.use.questions && typeof scheme.use.questions === 'object' ? scheme.use.questions : {};
    const texts = new Map<string, string>();
    for (const q of questionsOf(scheme.relation, map)) if (!texts.has(q.id)) texts.set(q.id, q.text);
    const ids = unique([...texts.keys(), ...Object.keys(states)]);
    const on: PointTarget[] = [linkTarget(u.members[0]!)];
    const out: Draft[] = [];
    for (const id of ids) {
      const state = Object.hasOwn(states, id) ? states[id] : undefined;
      const status = state?.status === 'answered' || state?.status === 'raised' ? state.status : 'open';
      const question: BriefQuestion = {
        id,
        text: texts.get(id) ?? `Critical question "${id}" of the scheme "${scheme.use.scheme}"`,
        status,
      };
      const by = typeof state?.by === 'string' && nodes.has(state.by) ? state.by : undefined;
      if (status === 'raised' && by) {
        const raiser = attacks.find((a) => a.statements.includes(by));
        if (raiser) {
          (raiser.raises ??= []).push(question);
          continue;
        }
      }
      const statements = status === 'raised' && by ? [by] : [];
      const d: Draft = {
        key: `question:${u.key}:${id}`,
        kind: 'question',
        statements,
        units: [],
        on,
        question,
        status: statements.length ? (labels[by!] ?? 'undec') : 'undec',
        weight: 1,
        ...balanceOf(statements),
        order: order++,
      };
      if (status === 'answered' && by) d.answerBy = by;
      out.push(d);
    }
    return out;
  };

  /** The other side's points against a point: see rule 3. */
  const attacksOn = (d: Draft): Draft[] => {
    if (d.answerBy) {
      const answer: Draft = {
        key: `answer:${d.key}`,
        kind: 'answer',
        statements: [d.answerBy],
        units: [],
        on: d.on,
        status: labels[d.answerBy] ?? 'undec',
        weight: 1,
        ...balanceOf([d.answerBy]),
        order: order++,
      };
      return [answer];
    }
    const own = d.units;
    const backing = backingUnits(d.statements);
    const scope = unique([...d.statements, ...backing.flatMap((u) => u.members.map((r) => r.from))]);
    const attacks: Draft[] = [];
    for (const id of scope)
      for (const u of unitsInto.get(id) ?? []) if (u.kind === 'opposes' || u.kind === 'qualifies') attacks.push(unitDraft(u));
    const links = [...own, ...backing];
    for (const u of links) for (const r of u.members) for (const cut of undercutsOf.get(r.id) ?? []) attacks.push(unitDraft(cut));
    const merged = withUndercutsMerged(attacks);
    const questions = links.flatMap((u) => questionDrafts(u, merged));
    return [...merged, ...questions].sort(byStrength);
  };

  // ---- Expansion ----

  const builtBacking = new Set<string>();
  /** Each supports unit is written out once; met again (shared evidence, a support cycle) it is a repeat. */
  const backingOf = (ids: string[], depth: number): BriefBacking[] => {
    const units: Unit[] = [];
    for (const id of ids) for (const u of unitsInto.get(id) ?? []) if (u.kind === 'supports') units.push(u);
    return units
      .map((u) => draftOf([u], [{ nodeId: u.members[0]!.to }]))
      .sort(byStrength)
      .map((d) => {
        const members = d.units[0]!.members;
        const b: BriefBacking = {
          statements: d.statements.map(statement),
          to: members[0]!.to,
          relationIds: members.map((r) => r.id),
          backing: [],
        };
        if (builtBacking.has(d.key)) b.repeat = true;
        else {
          builtBacking.add(d.key);
          if (depth >= MAX_DEPTH) b.more = true;
          else b.backing = backingOf(d.statements, depth + 1);
        }
        return b;
      });
  };

  const built = new Map<string, BriefPoint>();
  const repeats: BriefPoint[] = [];
  /** Where each of their points was met: the point of ours it attacks (or the target). */
  const metAgainst = new Map<string, { key: string; statements: BriefStatement[] }[]>();
  const TARGET = { key: 'target', statements: [statement(targetId)] };

  const expand = (d: Draft, side: 'ours' | 'theirs', parent: { key: string; statements: BriefStatement[] }, depth: number): BriefPoint => {
    const memo = `${side}|${d.key}`;
    if (side === 'theirs') {
      const list = metAgainst.get(memo);
      if (list) {
        if (!list.some((p) => p.key === parent.key)) list.push(parent);
      } else metAgainst.set(memo, [parent]);
    }
    const point: BriefPoint = {
      key: d.key,
      kind: d.kind,
      side,
      statements: d.statements.map(statement),
      relationIds: d.units.flatMap((u) => u.members.map((r) => r.id)),
      on: d.on,
      status: d.status,
      weight: d.weight,
      why: whyOf(d),
      backing: [],
      replies: [],
    };
    if (d.question) point.question = d.question;
    if (d.raises) point.raises = d.raises;
    if (built.has(memo)) {
      point.repeat = true;
      repeats.push(point);
      return point;
    }
    built.set(memo, point);
    point.backing = backingOf(d.statements, 0);
    if (depth >= MAX_DEPTH) point.more = true;
    else {
      const other = side === 'ours' ? 'theirs' : 'ours';
      // A question has no statement of its own: what answers it is met against the statement whose link it asks about.
      const self = {
        key: d.key,
        statements: point.statements.length ? point.statements : d.on.slice(0, 1).map((o) => statement(o.nodeId)),
      };
      point.replies = attacksOn(d).map((a) => expand(a, other, self, depth + 1));
    }
    if (side === 'theirs')
      point.answered = point.replies.some((r) => r.statements.length > 0) || (d.kind === 'question' && d.question!.status === 'answered');
    return point;
  };

  // ---- The case and the other side's case (rule 2) ----

  const into = unitsInto.get(targetId) ?? [];
  const reasons = into.filter((u) => u.kind === 'supports').map(unitDraft);
  const against = into.filter((u) => u.kind !== 'supports').map(unitDraft);
  const undercuts = into
    .filter((u) => u.kind === 'supports')
    .flatMap((u) => u.members.flatMap((r) => (undercutsOf.get(r.id) ?? []).map(unitDraft)));
  const ours = (options.side === 'for' ? reasons : withUndercutsMerged([...against, ...undercuts])).sort(byStrength);
  const theirs = (options.side === 'for' ? against : reasons).sort(byStrength);

  const casePoints = ours.map((d) => expand(d, 'ours', TARGET, 0));
  const opposing = theirs.map((d) => expand(d, 'theirs', TARGET, 0));
  for (const r of repeats) {
    const first = built.get(`${r.side}|${r.key}`)!;
    if (first.answered !== undefined) r.answered = first.answered;
  }

  // ---- Weak points (rule 5) ----

  const unanswered = [...built].filter(([memo, p]) => memo.startsWith('theirs|') && !p.answered).map(([, p]) => p);
  const strengthOf = (p: BriefPoint, i: number): Draft => ({
    key: p.key,
    kind: p.kind,
    statements: p.statements.map((s) => s.id),
    units: [],
    on: p.on,
    ...(p.question ? { question: p.question } : {}),
    status: p.status,
    weight: p.weight,
    ...balanceOf(p.statements.map((s) => s.id)),
    order: i,
  });
  const sorted = unanswered
    .map((p, i) => ({ p, d: strengthOf(p, i) }))
    .sort((a, b) => byStrength(a.d, b.d))
    .map((x) => x.p);
  const weakPoints: WeakPoint[] = [];
  const bySource = new Map<string, WeakPoint>();
  for (const point of sorted) {
    const against = metAgainst.get(`theirs|${point.key}`) ?? [];
    // One statement's attacks on several links (an undercut of many reasons) are one weak point.
    const source =
      point.kind === 'undercut'
        ? point.statements
            .map((x) => x.id)
            .sort()
            .join('\u0000')
        : '';
    const same = source ? bySource.get(source) : undefined;
    if (same) {
      same.points.push(point);
      for (const a of against) if (!same.against.some((x) => x.key === a.key)) same.against.push(a);
      continue;
    }
    const weak: WeakPoint = { points: [point], against: [...against] };
    if (source) bySource.set(source, weak);
    weakPoints.push(weak);
  }

  return {
    side: options.side,
    target: statement(targetId),
    mainClaim: targetId === mainClaimId(map),
    mapTitle: map.meta.title,
    case: casePoints,
    opposing,
    weakPoints,
  };
}
