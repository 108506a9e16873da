// Reading the scheme catalogue against a map: an argument's scheme, its premises and
// conclusion, its critical questions in the argument's own words, and which are still open.
import type { ArgMap, QuestionState, Relation, SchemeUse } from '../types.ts';
import { SCHEMES, type CriticalQuestion, type Scheme } from './catalogue.ts';

const BY_ID = new Map(SCHEMES.map((s) => [s.id, s]));

export function schemeById(id: string): Scheme | undefined {
  return BY_ID.get(id);
}

/** Only supporting, opposing and qualifying arguments have schemes; an undercut is what a question becomes. */
export const canHaveScheme = (rel: Relation): boolean => rel.kind !== 'undercuts';

/** An argument: a relation, or the co-premise group it belongs to (its relations, premises, conclusion). */
export interface Argument {
  relations: Relation[];
  premises: string[];
  conclusion: string;
  scheme: SchemeUse | undefined;
}

export function argumentOf(map: ArgMap, relationId: string): Argument | undefined {
  const rel = map.relations.find((r) => r.id === relationId);
  if (!rel || !canHaveScheme(rel)) return undefined;
  const relations = rel.group ? map.relations.filter((r) => r.group === rel.group && r.to === rel.to) : [rel];
  return { relations, premises: relations.map((r) => r.from), conclusion: rel.to, scheme: rel.scheme };
}

/** Schemes for a picker: those usually used on this side first, then the others, each by name. */
export function schemesFor(kind: Relation['kind']): { usual: Scheme[]; other: Scheme[] } {
  const side = kind === 'opposes' ? 'attack' : 'support';
  const byName = [...SCHEMES].sort((a, b) => a.name.localeCompare(b.name));
  const usual = byName.filter((s) => s.side === side || s.side === 'both');
  return { usual, other: byName.filter((s) => !usual.includes(s)) };
}

/** A statement's words for a question: whole when short, else cut at a word near `max` characters. */
export function quoteText(text: string, max = 90): string {
  const t = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:]+$/, '');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

/**
 * The question in the argument's own terms: `{conclusion}` is the statement the argument bears
 * on, `{role}` the statement that fills the role, each quoted. A role no statement fills yet
 * shows as its label in brackets, a gap to fill. Statements longer than `max` characters are cut.
 */
export function questionText(scheme: Scheme, question: CriticalQuestion, map: ArgMap, relation: Relation, max = 90): string {
  const textOf = (id: string | undefined) => (id === undefined ? undefined : map.nodes.find((n) => n.id === id)?.text);
  const roles = relation.scheme?.scheme === scheme.id ? (relation.scheme.roles ?? {}) : {};
  return question.text.replace(/“\{([a-z-]+)\}”/g, (whole, key: string) => {
    const role = scheme.roles.find((r) => r.id === key);
    const filled = key === 'conclusion' ? textOf(relation.to) : role && textOf(roles[key]);
    if (!filled) return key === 'conclusion' ? 'the conclusion' : role ? `[${role.label}]` : whole;
    const quoted = `“${quoteText(filled, max)}”`;
    if (key !== 'conclusion' || scheme.side === 'attack') return quoted;
    return relation.kind === 'opposes' ? `the opposite of ${quoted}` : relation.kind === 'qualifies' ? `a limit to ${quoted}` : quoted;
  });
}

/** Where a question stands: its state, or undefined when it is open. */
export function questionState(use: SchemeUse | undefined, questionId: string): QuestionState | undefined {
  return use?.questions?.[questionId];
}

/** The questions of a known scheme that no one has answered or raised. */
export function openQuestions(use: SchemeUse | undefined): CriticalQuestion[] {
  const scheme = use && schemeById(use.scheme);
  return scheme ? scheme.questions.filter((q) => !use.questions?.[q.id]) : [];
}

/**
 * Whether raising the question undercuts the argument's link rather than objecting to a statement:
 * it doubts the inference, or it doubts the conclusion of an argument against (or qualifying) a
 * statement, whose conclusion is not a statement of the map.
 */
export function raisesAsUndercut(question: CriticalQuestion, relation: Relation): boolean {
  return question.attacks === 'inference' || (question.attacks === 'conclusion' && relation.kind !== 'supports');
}

/** The statement a raised premise question objects to: the role's statement, else the argument's only premise. */
export function premiseTarget(argument: Argument, question: CriticalQuestion): string | undefined {
  const filled = question.role ? argument.scheme?.roles?.[question.role] : undefined;
  if (filled) return filled;
  return argument.premises.length === 1 ? argument.premises[0] : undefined;
}

/** A scheme name as AIFdb, OVA or a person writes it, compared without case, spacing or "Argument from". */
const nameKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .replace(/^argument (from|for) /, '');
const BY_AIF_NAME = new Map(SCHEMES.flatMap((s) => [[nameKey(s.name), s] as const, [nameKey(s.aifName), s] as const]));

/** The catalogue's scheme for a name on an AIF scheme node ("Expert Opinion", "Argument From Expert Opinion"), if any. */
export function schemeByAifName(name: string): Scheme | undefined {
  return BY_AIF_NAME.get(nameKey(name));
}
