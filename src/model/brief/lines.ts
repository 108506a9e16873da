// A brief as an outline of lines: what the Markdown and PDF files and the Brief dialog all show,
// in one order with one wording. A line that shows a statement carries it (its id and citation),
// so the dialog can make it a button that finds the statement on the canvas.
import type { Brief, BriefBacking, BriefPoint, BriefStatement, Citation, PointKind } from './types.ts';

export type LineType = 'title' | 'section' | 'heading' | 'item' | 'note';

export interface BriefLine {
  type: LineType;
  /** Nesting of an item or note under its heading (0: directly under it). */
  depth: number;
  /** A bold lead-in: "Objection", "Answer", "Backed by". */
  label?: string;
  /** The statement the line shows. */
  statement?: BriefStatement;
  /** Text of a line without a statement (a title, a section, a note, an open question). */
  text?: string;
  /** A remark after the statement: what it attacks, "weak point", "see above". */
  remark?: string;
  /** An attack with no answer in the map. */
  weak?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const THEIR_LABEL: Record<PointKind, string> = {
  reason: 'Reason',
  objection: 'Objection',
  caveat: 'Caveat',
  undercut: 'Undercut',
  question: 'Critical question',
  answer: 'Answer',
};
const OUR_LABEL: Record<PointKind, string> = {
  reason: 'Answer: a reason',
  objection: 'Rebuttal',
  caveat: 'Answer: a caveat',
  undercut: 'Answer: an undercut',
  question: 'You may ask',
  answer: 'Answer',
};

/** An objection made by a statement the map calls a rebuttal is one. */
const theirLabel = (p: BriefPoint) => (p.kind === 'objection' && p.statements[0]?.kind === 'rebuttal' ? 'Rebuttal' : THEIR_LABEL[p.kind]);

/** "Implications of …, ¶ 2: “quote”". */
export function citationText(c: Citation | undefined): string {
  if (!c) return '';
  const place = [c.section, c.paragraph ? `¶ ${c.paragraph}` : ''].filter(Boolean).join(', ');
  const quote = c.quote ? `“${c.quote}”` : '';
  return place && quote ? `${place}: ${quote}` : place || quote;
}

export const sideWord = (brief: Brief) => (brief.side === 'for' ? 'for' : 'against');

export function briefLines(brief: Brief): BriefLine[] {
  const lines: BriefLine[] = [];
  const push = (line: BriefLine) => lines.push(line);
  const targetId = brief.target.id;
  const what = brief.mainClaim ? 'the main claim' : 'the statement';
  const byId = new Map<string, BriefStatement>();
  const remember = (s: BriefStatement) => byId.set(s.id, s);
  remember(brief.target);
  const collect = (p: BriefPoint) => {
    p.statements.forEach(remember);
    const walk = (b: BriefBacking) => {
      b.statements.forEach(remember);
      b.backing.forEach(walk);
    };
    p.backing.forEach(walk);
    p.replies.forEach(collect);
  };
  [...brief.case, ...brief.opposing].forEach(collect);

  push({ type: 'title', depth: 0, text: `Brief ${sideWord(brief)}: ${brief.target.text}` });
  push({
    type: 'note',
    depth: 0,
    text:
      `The case ${sideWord(brief)} ${what} of “${brief.mapTitle}”, as the map holds it: ` +
      `its points strongest first, each with the attacks to expect and the map's answers; ` +
      `what the other side will say; and the weak points, attacks the map has no answer to.`,
  });
  push({ type: 'item', depth: 0, label: brief.mainClaim ? 'Main claim' : 'Statement', statement: brief.target });

  const statementsOf = (depth: number, label: string, statements: BriefStatement[], remark?: string, weak?: boolean) => {
    statements.forEach((s, i) => {
      remember(s);
      const line: BriefLine = { type: 'item', depth, label: i === 0 ? label : 'together with', statement: s };
      if (i === statements.length - 1) {
        if (remark) line.remark = remark;
        if (weak) line.weak = true;
      }
      push(line);
    });
  };

  /** Backing under `under`; when that is several statements (a linked reason), each item says which it backs. */
  const backing = (items: BriefBacking[], depth: number, under: BriefStatement[]) => {
    for (const b of items) {
      const remarks = [under.length > 1 ? `backs ${nameOf(b.to)}` : '', b.repeat ? 'backing listed above' : ''].filter(Boolean);
      statementsOf(depth, b.statements.length > 1 ? 'Linked' : '', b.statements, remarks.join('; ') || undefined);
      if (b.more) push({ type: 'note', depth: depth + 1, text: 'More backing in the map.' });
      if (!b.repeat) backing(b.backing, depth + 1, b.statements);
    }
  };

  const linkName = (from: string, to: string | undefined) => `the link from ${nameOf(from)}${to === undefined ? '' : ` to ${nameOf(to)}`}`;
  const nameOf = (id: string) =>
    id === targetId ? (brief.mainClaim ? 'the main claim' : 'the statement') : `“${short(byId.get(id)?.text ?? id)}”`;

  /** What a reply attacks, when it is not plainly the point above it. */
  const aimOf = (reply: BriefPoint, parent: BriefPoint): string => {
    const parentIds = new Set(parent.statements.map((s) => s.id));
    const aims: string[] = [];
    for (const on of reply.on) {
      if (on.relationId) aims.push(linkName(on.nodeId, on.to));
      else if (!parentIds.has(on.nodeId)) aims.push(`${nameOf(on.nodeId)}, which backs it`);
    }
    return aims.length ? `against ${unique(aims).join('; ')}` : '';
  };

  const replies = (point: BriefPoint, depth: number) => {
    if (point.more) push({ type: 'note', depth, text: 'The exchange goes on in the map.' });
    for (const reply of point.replies) {
      const ours = reply.side === 'ours';
      const label = ours ? OUR_LABEL[reply.kind] : theirLabel(reply);
      const weak = !ours && reply.answered === false;
      const remarks = [aimOf(reply, point)];
      if (reply.raises?.length) remarks.push(`raises the critical question ${reply.raises.map((q) => `“${q.text}”`).join(', ')}`);
      if (reply.repeat) remarks.push(ours ? 'met above' : weak ? 'met above' : 'met above, with its answers');
      const remark = remarks.filter(Boolean).join('; ');
      if (reply.kind === 'question' && !reply.statements.length) {
        const line: BriefLine = { type: 'item', depth, label, text: reply.question!.text };
        if (remark) line.remark = remark;
        if (weak) line.weak = true;
        push(line);
      } else {
        const questionLabel = reply.question ? `${label} “${reply.question.text}”` : label;
        statementsOf(depth, questionLabel, reply.statements, remark || undefined, weak);
      }
      if (reply.repeat) continue;
      if (reply.backing.length) {
        push({ type: 'note', depth: depth + 1, label: 'Backed by' });
        backing(reply.backing, depth + 2, reply.statements);
      }
      replies(reply, depth + 1);
    }
  };

  const points = (list: BriefPoint[], title: string, repliesLabel: string) => {
    push({ type: 'section', depth: 0, text: title });
    if (!list.length) push({ type: 'note', depth: 0, text: 'None in the map.' });
    list.forEach((p, i) => {
      const label = theirLabel(p);
      push({ type: 'heading', depth: 0, text: `${i + 1}. ${p.statements.length > 1 ? `Linked ${label.toLowerCase()}` : label}` });
      statementsOf(
        0,
        '',
        p.statements,
        p.kind === 'undercut' ? `undercuts ${p.on.map((o) => linkName(o.nodeId, o.to)).join('; ')}` : undefined,
      );
      push({ type: 'note', depth: 0, label: i === 0 ? 'Why first' : 'Why here', text: `${p.why}.` });
      if (p.repeat) {
        push({ type: 'note', depth: 0, text: 'Listed above, with its replies.' });
        return;
      }
      if (p.backing.length) {
        push({ type: 'note', depth: 0, label: 'Backed by' });
        backing(p.backing, 1, p.statements);
      }
      const weak = p.side === 'theirs' && p.answered === false;
      push({
        type: 'note',
        depth: 0,
        label: repliesLabel,
        ...(p.replies.length ? {} : { text: 'none in the map.' }),
        ...(weak ? { weak: true } : {}),
      });
      replies(p, 1);
    });
  };

  const caseTitle =
    brief.side === 'for'
      ? `The case: ${plural(brief.case.length, 'reason')}, strongest first`
      : `The case: ${plural(brief.case.length, 'point')} against it, strongest first`;
  points(brief.case, caseTitle, 'Attacks to expect');
  const opposingTitle =
    brief.side === 'for'
      ? `What the other side will say: ${plural(brief.opposing.length, 'objection or caveat', 'objections and caveats')} against it`
      : `What the other side will say: ${plural(brief.opposing.length, 'reason')} for it`;
  points(brief.opposing, opposingTitle, 'Our answers');

  push({ type: 'section', depth: 0, text: `Weak points: ${plural(brief.weakPoints.length, 'attack')} with no answer in the map` });
  if (!brief.weakPoints.length) push({ type: 'note', depth: 0, text: 'None: the map answers every attack it holds.' });
  brief.weakPoints.forEach((w, i) => {
    const first = w.points[0]!;
    const label = `${i + 1}. ${theirLabel(first)}`;
    const against = w.against.map((a) => (a.key === 'target' ? nameOf(targetId) : a.statements.map((s) => nameOf(s.id)).join(' + ')));
    const remark = `against ${unique(against).join('; ')}`;
    if (!first.statements.length) push({ type: 'item', depth: 0, label, text: first.question?.text ?? '', remark });
    else statementsOf(0, label, first.statements, remark);
  });
  return lines;
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** The first words of a text, for saying what a line attacks. */
export function short(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
