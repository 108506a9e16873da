// The lenient reader's part for argumentation schemes on relations (format version 4): a
// broken scheme keeps what is readable, references to missing statements are cut, and the
// relations of one co-premise group are made to carry the same scheme. Each change is a repair.
import type { QuestionState, Relation, SchemeUse } from '../types.ts';
import { QuestionStateSchema, SchemeUseSchema } from './schema.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** A relation's `scheme` field as far as it can be read; undefined (and a repair) when nothing can. */
export function restoreSchemeField(raw: unknown, relationId: string, repairs: string[]): SchemeUse | undefined {
  const parsed = SchemeUseSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (!isRecord(raw) || typeof raw.scheme !== 'string' || !raw.scheme) {
    repairs.push(`Relation "${relationId}": its scheme ${JSON.stringify(raw)?.slice(0, 40)} names no scheme; removed.`);
    return undefined;
  }
  const use: SchemeUse = { scheme: raw.scheme };
  const dropped: string[] = [];
  if (isRecord(raw.roles)) {
    const roles = Object.entries(raw.roles).filter(([, v]) => typeof v === 'string' && v);
    if (roles.length) use.roles = Object.fromEntries(roles) as Record<string, string>;
    if (roles.length < Object.keys(raw.roles).length) dropped.push('roles not filled by a statement id');
  } else if (raw.roles !== undefined) dropped.push('its roles');
  if (isRecord(raw.questions)) {
    const questions = Object.entries(raw.questions).flatMap(([id, q]): [string, QuestionState][] => {
      const state = QuestionStateSchema.safeParse(q);
      return state.success ? [[id, state.data]] : [];
    });
    if (questions.length) use.questions = Object.fromEntries(questions);
    if (questions.length < Object.keys(raw.questions).length) dropped.push('critical questions with an unknown state (they are open)');
  } else if (raw.questions !== undefined) dropped.push('its critical question states (they are open)');
  const unknown = Object.keys(raw).filter((k) => !Object.hasOwn(SchemeUseSchema.shape, k));
  if (unknown.length) dropped.push(`unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')}`);
  repairs.push(`Relation "${relationId}": its scheme "${use.scheme}" had invalid parts; removed ${dropped.join(', ') || 'them'}.`);
  return use;
}

/** Cuts role fillers and question answers that name missing statements; makes co-premise groups agree. */
export function checkSchemes(relations: Relation[], nodeIds: ReadonlySet<string>, repairs: string[]): Relation[] {
  const groupScheme = new Map<string, SchemeUse | undefined>();
  return relations.map((rel) => {
    let scheme = rel.scheme && withoutMissing(rel, rel.scheme, nodeIds, repairs);
    if (rel.group) {
      const key = `${rel.group}\u0000${rel.to}`;
      if (!groupScheme.has(key)) groupScheme.set(key, scheme);
      else if (JSON.stringify(groupScheme.get(key)) !== JSON.stringify(scheme)) {
        const first = groupScheme.get(key);
        repairs.push(
          `Relation "${rel.id}" is a co-premise of group "${rel.group}" but had a different scheme from the group's first relation; given the group's (${first ? `"${first.scheme}"` : 'none'}).`,
        );
        scheme = first;
      }
    }
    if (scheme === rel.scheme) return rel;
    const { scheme: _old, ...rest } = rel;
    return scheme ? { ...rest, scheme } : rest;
  });
}

function withoutMissing(rel: Relation, use: SchemeUse, nodeIds: ReadonlySet<string>, repairs: string[]): SchemeUse {
  let changed = false;
  const missing = (id: string | undefined, what: string, outcome: string) => {
    if (id === undefined || nodeIds.has(id)) return false;
    repairs.push(`Relation "${rel.id}": ${what} pointed to a missing statement "${id}"; ${outcome}.`);
    changed = true;
    return true;
  };
  const roles = Object.entries(use.roles ?? {}).filter(([role, id]) => !missing(id, `role "${role}"`, 'left unfilled'));
  const questions = Object.entries(use.questions ?? {}).map(([id, q]): [string, QuestionState] =>
    missing(q.by, `critical question "${id}"`, 'kept without it') ? [id, { status: q.status }] : [id, q],
  );
  if (!changed) return use;
  const out: SchemeUse = { scheme: use.scheme };
  if (roles.length) out.roles = Object.fromEntries(roles);
  if (questions.length) out.questions = Object.fromEntries(questions);
  return out;
}
