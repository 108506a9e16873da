// Argdown (argdown.org), read with @argdown/core and written as plain text.
//
// Reading (see docs/formats.md for the full table):
//   statement [T]: text #kind        → node (id from its data or title; kind from a kind tag,
//                                       else from the structure as for AIF)
//   argument with premises and a conclusion (PCS)
//                                     → each premise supports the conclusion; several premises
//                                       are co-premises (group = the argument's title)
//   argument without a PCS            → a node of its own (its description as text)
//   support / attack / undercut       → supports / opposes / undercuts
//   contrary / contradictory          → opposes; entails → supports
// Writing: every node as a top-level statement with its kind as a tag and its id, notes,
// source and mark as data; plain supports and opposes as relations under their target;
// co-premises, qualifications, undercut reasons and arguments with a scheme as arguments with a
// PCS; an argument's scheme is in its data, `{"scheme": id, "roles": {role: statement title},
// "questions": {question: {"status", "by": statement title}}}`, and reads back onto its relations.
// @argdown/core is large: it is loaded with import() only when an Argdown file is read.
import { NODE_KINDS, type ArgMap, type NodeKind, type QuestionState, type Relation, type RelationKind, type SchemeUse } from '../types.ts';
import { finishImport, idMaker, plural, type DraftNode, type ImportResult } from './types.ts';
import { inferKinds } from './aif.ts';
import { followSchemeRefs } from '../schemes/refs.ts';

// ---- the part of @argdown/core's model this reader uses ---------------------------------
interface AdMember {
  text?: string;
  tags?: string[];
}
interface AdStatement {
  title: string;
  members: AdMember[];
  tags?: string[];
  data?: Record<string, unknown>;
}
interface AdPcsStatement {
  title: string;
  role: string;
}
interface AdArgument {
  title: string;
  members: AdMember[];
  tags?: string[];
  data?: Record<string, unknown>;
  pcs: AdPcsStatement[];
}
interface AdElement {
  type: string;
  title?: string;
  argumentTitle?: string;
}
interface AdRelation {
  relationType: string;
  from?: AdElement;
  to?: AdElement;
}
interface AdError {
  message: string;
  token?: { startLine?: number; startColumn?: number };
  line?: number;
  column?: number;
}
interface AdResponse {
  statements?: Record<string, AdStatement>;
  arguments?: Record<string, AdArgument>;
  relations?: AdRelation[];
  parserErrors?: AdError[];
  lexerErrors?: AdError[];
  exceptions?: Error[];
  frontMatter?: Record<string, unknown>;
  ast?: unknown;
}

type Core = typeof import('./argdownCore.ts');
let corePromise: Promise<Core> | null = null;
const loadCore = () => (corePromise ??= import('./argdownCore.ts'));

export async function parseArgdown(text: string): Promise<ImportResult> {
  let core: Core;
  try {
    core = await loadCore();
  } catch (e) {
    corePromise = null;
    return { ok: false, error: `The Argdown reader could not be loaded (${(e as Error).message}).` };
  }
  try {
    const app = new core.ArgdownApplication();
    app.addPlugin(new core.ParserPlugin(), 'parse-input');
    app.addPlugin(new core.DataPlugin(), 'build-model');
    app.addPlugin(new core.ModelPlugin(), 'build-model');
    const response = app.run({
      input: text.replace(/^\uFEFF/, ''),
      process: ['parse-input', 'build-model'],
      logLevel: 'none',
    }) as unknown as AdResponse;
    return readModel(response);
  } catch (e) {
    return { ok: false, error: `This Argdown file could not be read: ${(e as Error).message}` };
  }
}

const errorLine = (e: AdError) => {
  const line = e.token?.startLine ?? e.line;
  const column = e.token?.startColumn ?? e.column;
  return `${line !== undefined && Number.isFinite(line) ? `Line ${line}, column ${column ?? '?'}` : 'Somewhere'}: ${e.message}`;
};

const KIND_TAGS = new Set<string>(NODE_KINDS);
const RELATION_MAP: Record<string, RelationKind | undefined> = {
  support: 'supports',
  attack: 'opposes',
  undercut: 'undercuts',
  contrary: 'opposes',
  contradictory: 'opposes',
  entails: 'supports',
};

/** The member text without the tags written at its end (the parser keeps them in the text). */
function textOf(members: AdMember[], tags: string[] | undefined): string | undefined {
  const withText = members.filter((m) => typeof m.text === 'string' && m.text.trim());
  const last = withText[withText.length - 1];
  if (!last?.text) return undefined;
  let text = last.text.trim();
  const all = new Set([...(tags ?? []), ...(last.tags ?? [])]);
  for (let changed = true; changed;) {
    changed = false;
    for (const tag of all) {
      for (const written of [`#(${tag})`, `#${tag}`])
        if (text.endsWith(written) && (text.length === written.length || /\s/.test(text[text.length - written.length - 1]!))) {
          text = text.slice(0, -written.length).trimEnd();
          changed = true;
        }
    }
  }
  return text;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function readModel(r: AdResponse): ImportResult {
  const report: string[] = [];
  const errors = [...(r.lexerErrors ?? []), ...(r.parserErrors ?? [])];
  if (!r.ast || !r.statements) {
    const listed = errors.slice(0, 5).map(errorLine);
    return {
      ok: false,
      error: `This Argdown file could not be parsed${listed.length ? `: ${listed.join(' · ')}${errors.length > 5 ? ` (and ${errors.length - 5} more)` : ''}` : '.'}`,
    };
  }
  if (errors.length)
    report.push(
      `${plural(errors.length, 'syntax error')}; opened what the parser could read:`,
      ...errors.slice(0, 50).map((e) => `  ${errorLine(e)}`),
    );
  if (errors.length > 50) report.push(`  … and ${errors.length - 50} more.`);

  const newId = idMaker();
  const drafts: DraftNode[] = [];
  const statementNode = new Map<string, string>();
  const explicitKind = new Set<string>();
  let otherTags = 0;
  const fromData = (node: DraftNode, data: Record<string, unknown> | undefined) => {
    if (!data) return;
    const notes = str(data.notes);
    if (notes) node.notes = notes;
    if (data.mark === 'accepted' || data.mark === 'rejected') node.mark = data.mark;
    if (data.source && typeof data.source === 'object' && !Array.isArray(data.source)) {
      const source = Object.fromEntries(
        Object.entries(data.source).filter(([k, v]) => ['document', 'section', 'paragraph', 'quote'].includes(k) && typeof v === 'string'),
      );
      if (Object.keys(source).length) node.source = source;
    }
  };
  const applyTags = (node: DraftNode, tags: string[] | undefined) => {
    const kindTag = tags?.find((t) => KIND_TAGS.has(t));
    if (kindTag) {
      node.kind = kindTag as NodeKind;
      explicitKind.add(node.id);
    }
    const rest = (tags ?? []).filter((t) => t !== kindTag);
    if (rest.length) {
      otherTags += rest.length;
      const line = `Tags: ${rest.map((t) => (/\s/.test(t) ? `#(${t})` : `#${t}`)).join(' ')}`;
      node.notes = node.notes ? `${node.notes}\n${line}` : line;
    }
  };

  for (const ec of Object.values(r.statements)) {
    const data = ec.data;
    const id = newId(str(data?.id) || ec.title);
    const text = str(data?.text) ?? textOf(ec.members, ec.tags) ?? ec.title;
    const node: DraftNode = { id, kind: 'premise', text };
    fromData(node, data);
    applyTags(node, ec.tags);
    statementNode.set(ec.title, id);
    drafts.push(node);
  }

  const relations: Relation[] = [];
  const relationId = (base: string) => newId(base);
  const argumentEnd = new Map<string, string>(); // argument title → node standing for it
  const argumentInference = new Map<string, string>(); // argument title → a relation of its last inference
  let pcsArguments = 0;
  let plainArguments = 0;
  let schemes = 0;
  let steps = 0;
  const byId = new Map(drafts.map((d) => [d.id, d]));
  for (const arg of Object.values(r.arguments ?? {})) {
    const description = textOf(arg.members, arg.tags);
    const pcs = (arg.pcs ?? []).filter((s) => statementNode.has(s.title));
    const conclusions = pcs.filter((s) => s.role === 'main-conclusion' || s.role === 'intermediary-conclusion');
    if (!conclusions.length) {
      // No premise–conclusion structure: the argument is one node, described by its text.
      const node: DraftNode = { id: newId(str(arg.data?.id) || arg.title), kind: 'premise', text: description ?? arg.title };
      fromData(node, arg.data);
      applyTags(node, arg.tags);
      drafts.push(node);
      byId.set(node.id, node);
      argumentEnd.set(arg.title, node.id);
      plainArguments++;
      continue;
    }
    pcsArguments++;
    const firstRelation = relations.length;
    const declared = str(arg.data?.relation);
    const kind: RelationKind = declared === 'opposes' || declared === 'qualifies' ? declared : 'supports';
    // Each inference step: the statements since the previous conclusion, and that conclusion.
    let premises: string[] = [];
    let stepCount = 0;
    let lastConclusion = '';
    for (const s of pcs) {
      const nodeId = statementNode.get(s.title)!;
      if (s.role !== 'main-conclusion' && s.role !== 'intermediary-conclusion') {
        premises.push(nodeId);
        continue;
      }
      const from = [...new Set(premises)].filter((p) => p !== nodeId);
      if (from.length) {
        stepCount++;
        const group = from.length > 1 ? (stepCount > 1 || conclusions.length > 1 ? `${arg.title} (${stepCount})` : arg.title) : undefined;
        let first = '';
        for (const p of from) {
          const id = relationId(`r: ${arg.title}${from.length > 1 || conclusions.length > 1 ? ` ${relations.length}` : ''}`);
          relations.push({ id, kind, from: p, to: nodeId, ...(group ? { group } : {}) });
          first ||= id;
        }
        argumentInference.set(arg.title, first);
      }
      premises = [nodeId];
      lastConclusion = nodeId;
    }
    if (stepCount > 1) steps += stepCount;
    const scheme = schemeFromData(arg.data?.scheme, arg.data, statementNode);
    if (scheme && stepCount === 1) {
      for (let i = firstRelation; i < relations.length; i++) relations[i] = { ...relations[i]!, scheme };
      schemes++;
    } else if (scheme) report.push(`Argument <${arg.title}> has a scheme but ${stepCount} inference steps; the scheme is not mapped.`);
    argumentEnd.set(arg.title, lastConclusion);
    if (description) {
      const node = byId.get(lastConclusion)!;
      const line = `Argument <${arg.title}>: ${description}`;
      node.notes = node.notes ? `${node.notes}\n${line}` : line;
    }
    if (arg.tags?.length) report.push(`Tags of argument <${arg.title}> (${arg.tags.map((t) => `#${t}`).join(' ')}) not mapped.`);
  }

  const converted = { contrary: 0, contradictory: 0, entails: 0, argumentAttack: 0, argumentSupport: 0 };
  const seen = new Set<string>();
  const endOf = (el: AdElement | undefined): { node?: string; argument?: string; inference?: string } => {
    if (!el) return {};
    if (el.type === 'equivalence-class' && el.title !== undefined) return { node: statementNode.get(el.title) };
    if (el.type === 'argument' && el.title !== undefined)
      return { node: argumentEnd.get(el.title), argument: el.title, inference: argumentInference.get(el.title) };
    if (el.type === 'inference' && el.argumentTitle !== undefined)
      return { inference: argumentInference.get(el.argumentTitle), argument: el.argumentTitle };
    return {};
  };
  for (const rel of r.relations ?? []) {
    let kind = RELATION_MAP[rel.relationType];
    const from = endOf(rel.from);
    const to = endOf(rel.to);
    const label = `${rel.relationType} from ${rel.from?.title ?? '?'} to ${rel.to?.title ?? rel.to?.argumentTitle ?? '?'}`;
    if (!kind) {
      report.push(`Relation "${label}" has a type Argmap does not know; not mapped.`);
      continue;
    }
    if (!from.node) {
      report.push(`Relation "${label}": its source could not be mapped; not mapped.`);
      continue;
    }
    let target = to.node;
    // Attacking an argument that has premises and a conclusion attacks its inference.
    if (kind === 'opposes' && rel.to?.type === 'argument' && to.inference && rel.relationType === 'attack') {
      kind = 'undercuts';
      converted.argumentAttack++;
    } else if (kind === 'supports' && rel.to?.type === 'argument' && to.inference) converted.argumentSupport++;
    if (kind === 'undercuts') target = to.inference;
    if (kind === 'undercuts' && !target && to.node) {
      kind = 'opposes';
      target = to.node;
      report.push(`Relation "${label}" undercuts an argument without premises and conclusion; mapped as "opposes".`);
    }
    if (!target) {
      report.push(`Relation "${label}": its target could not be mapped; not mapped.`);
      continue;
    }
    if (target === from.node) {
      report.push(`Relation "${label}" connects a statement to itself; not mapped.`);
      continue;
    }
    const key = `${from.node}\u0000${kind}\u0000${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (rel.relationType === 'contrary' || rel.relationType === 'contradictory' || rel.relationType === 'entails')
      converted[rel.relationType]++;
    relations.push({ id: relationId(`r${relations.length + 1}`), kind, from: from.node, to: target });
  }

  // Kinds the file did not state come from the structure.
  const implicit = drafts.filter((d) => !explicitKind.has(d.id));
  if (implicit.length) {
    const copy = implicit.map((d) => ({ ...d }));
    inferKinds(copy, relations);
    implicit.forEach((d, i) => (d.kind = copy[i]!.kind));
  }

  const fm = r.frontMatter ?? {};
  const title = str(fm.title) ?? 'Argdown map';
  const description = str(fm.description) ?? str(fm.abstract) ?? str(fm.subTitle) ?? '';
  const summary = [
    `Read ${plural(Object.keys(r.statements).length, 'statement')}, ${plural(pcsArguments, 'argument')} with premises and conclusion (premises → supports, several → co-premises)${plainArguments ? `, ${plural(plainArguments, 'argument')} without them (each a node)` : ''}, ${plural(relations.length, 'relation')}.`,
  ];
  if (implicit.length && implicit.length < drafts.length)
    summary.push(`${plural(implicit.length, 'statement')} had no kind tag (#claim, #premise, …); kind taken from the structure.`);
  else if (implicit.length)
    summary.push(
      'No kind tags (#claim, #premise, …): kinds taken from the structure (unsupported roots are claims, attackers objections).',
    );
  if (otherTags) summary.push(`${plural(otherTags, 'other tag')} kept in notes.`);
  if (schemes) summary.push(`${plural(schemes, 'argumentation scheme')} read from the arguments' data.`);
  if (steps) summary.push(`Arguments with several inference steps: ${plural(steps, 'step')} each mapped as its own reason.`);
  if (converted.contrary || converted.contradictory)
    summary.push(
      `${plural(converted.contrary + converted.contradictory, 'contrary or contradictory relation')} mapped as "opposes" (one direction).`,
    );
  if (converted.entails) summary.push(`${plural(converted.entails, 'entailment')} mapped as "supports".`);
  if (converted.argumentAttack)
    summary.push(`${plural(converted.argumentAttack, 'attack')} on arguments mapped as undercuts of their inference.`);
  if (converted.argumentSupport)
    summary.push(`${plural(converted.argumentSupport, 'support')} of arguments mapped as support of their conclusion.`);
  report.unshift(...summary);
  return finishImport({ title, description }, drafts, relations, report);
}

// ---- writing -------------------------------------------------------------------------

const TEXT_SPECIALS = /[\\[\]<>#*_{}/@]/g;
/** Statement text as Argdown reads it back: markup characters escaped. */
export function escapeArgdownText(text: string): string {
  return text.replace(TEXT_SPECIALS, (c) => `\\${c}`);
}

/** JSON data that Argdown's lexer reads back: braces inside strings would end the block. */
function dataBlock(data: Record<string, unknown>): string {
  if (!Object.keys(data).length) return '';
  return ` ${JSON.stringify(data).replace(/"(?:[^"\\]|\\.)*"/g, (s) => s.replace(/[{}]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`))}`;
}

const SAFE_TITLE = /^[\p{L}\p{N}][\p{L}\p{N} .,'’()-]*$/u;

/** Readable Argdown that @argdown/core parses back into the same graph. */
export function writeArgdown(map: ArgMap): string {
  const out: string[] = [];
  out.push(
    '===',
    `title: ${JSON.stringify(map.meta.title)}`,
    `description: ${JSON.stringify(map.meta.description)}`,
    'generator: Argmap',
    '===',
    '',
  );
  const taken = new Set<string>();
  const unique = (base: string, fallback: string) => {
    // @argdown/core keeps statements in plain objects keyed by title: "valueOf" or
    // "constructor" would collide with Object.prototype, and titles that are numbers would be
    // listed first (integer keys), so those become numbered titles too.
    const usable =
      SAFE_TITLE.test(base) && base === base.trim() && !/^Untitled \d+$/.test(base) && !/^\d+$/.test(base) && !(base in Object.prototype);
    let t = usable ? base : fallback;
    for (let i = 2; taken.has(t); i++) t = `${usable ? base : fallback} ${i}`;
    taken.add(t);
    return t;
  };
  const titles = new Map<string, string>();
  map.nodes.forEach((n, i) => titles.set(n.id, unique(n.id, `s${i + 1}`)));
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const relById = new Map(map.relations.map((r) => [r.id, r]));
  const undercut = new Set(map.relations.filter((r) => r.kind === 'undercuts').map((r) => r.to));
  const unwritable: string[] = [];

  // Relations that need an argument: co-premises, qualifications, and undercut reasons.
  const argumentKey = (r: Relation) => (r.group ? `g\u0000${r.group}\u0000${r.to}\u0000${r.kind}` : `r\u0000${r.id}`);
  const asArgument = (r: Relation) => r.kind !== 'undercuts' && (!!r.group || r.kind === 'qualifies' || undercut.has(r.id) || !!r.scheme);
  const argumentsByKey = new Map<string, Relation[]>();
  const incoming = new Map<string, Relation[]>();
  for (const r of map.relations) {
    if (r.kind === 'undercuts' || !nodeIds.has(r.from) || !nodeIds.has(r.to)) continue;
    if (asArgument(r)) (argumentsByKey.get(argumentKey(r)) ?? argumentsByKey.set(argumentKey(r), []).get(argumentKey(r))!).push(r);
    else (incoming.get(r.to) ?? incoming.set(r.to, []).get(r.to)!).push(r);
  }
  const argTitle = new Map<string, string>();
  let a = 0;
  for (const [key, rels] of argumentsByKey) argTitle.set(key, unique(rels[0]!.group ?? rels[0]!.id, `a${++a}`));

  for (const n of map.nodes) {
    const data: Record<string, unknown> = {};
    if (titles.get(n.id) !== n.id) data.id = n.id;
    // One line shows the text; what a line cannot carry exactly (line breaks, runs of
    // spaces, an empty text) is kept exactly in the data.
    const shown = n.text.replace(/\s+/g, ' ').trim();
    if (shown !== n.text || !shown) data.text = n.text;
    if (n.notes) data.notes = n.notes;
    if (n.source && Object.values(n.source).some(Boolean)) data.source = Object.fromEntries(Object.entries(n.source).filter(([, v]) => v));
    if (n.mark) data.mark = n.mark;
    out.push(`[${titles.get(n.id)}]:${shown ? ` ${escapeArgdownText(shown)}` : ''} #${n.kind}${dataBlock(data)}`, '');
  }
  // Relations after all definitions, so statements are read back in the map's order.
  for (const n of map.nodes) {
    const rels = incoming.get(n.id);
    if (!rels) continue;
    out.push(`[${titles.get(n.id)}]`);
    for (const r of rels) out.push(`  ${r.kind === 'opposes' ? '<-' : '<+'} [${titles.get(r.from)}]`);
    out.push('');
  }

  for (const [key, rels] of argumentsByKey) {
    const title = argTitle.get(key)!;
    const { kind, scheme } = rels[0]!;
    const data: Record<string, unknown> = kind === 'supports' ? {} : { relation: kind };
    if (scheme) Object.assign(data, schemeData(scheme, titles));
    out.push(`<${title}>${dataBlock(data)}`, '');
    rels.forEach((r, i) => out.push(`(${i + 1}) [${titles.get(r.from)}]`));
    out.push('----', `(${rels.length + 1}) [${titles.get(rels[0]!.to)}]`, '');
  }

  // Undercuts attack an argument's inference.
  const undercutsOf = new Map<string, Relation[]>();
  for (const r of map.relations) {
    if (r.kind !== 'undercuts') continue;
    const target = relById.get(r.to);
    if (!target || !nodeIds.has(r.from) || !asArgument(target)) {
      unwritable.push(`${r.id} (undercut of ${target ? `an undercut, ${target.id}` : `a missing relation ${r.to}`})`);
      continue;
    }
    const title = argTitle.get(argumentKey(target))!;
    (undercutsOf.get(title) ?? undercutsOf.set(title, []).get(title)!).push(r);
  }
  for (const [title, rels] of undercutsOf) {
    out.push(`<${title}>`);
    for (const r of rels) out.push(`  <_ [${titles.get(r.from)}]`);
    out.push('');
  }
  if (unwritable.length) out.push(`// Not written (Argdown cannot undercut an undercut): ${unwritable.join(', ')}`, '');
  return out.join('\n');
}

// ---- schemes -------------------------------------------------------------------------

/** An argument's scheme as Argdown data: statements named by their titles. */
const schemeData = (use: SchemeUse, titles: ReadonlyMap<string, string>) => followSchemeRefs(use, (id) => titles.get(id));

/** The scheme in an argument's data, its statement titles made node ids; undefined without one. */
function schemeFromData(
  scheme: unknown,
  data: Record<string, unknown> | undefined,
  statementNode: ReadonlyMap<string, string>,
): SchemeUse | undefined {
  if (typeof scheme !== 'string' || !scheme) return undefined;
  const use: SchemeUse = { scheme };
  const record = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const roles = Object.entries(record(data?.roles)).flatMap(([role, title]) =>
    typeof title === 'string' && statementNode.has(title) ? [[role, statementNode.get(title)!] as const] : [],
  );
  const questions = Object.entries(record(data?.questions)).flatMap(([id, raw]): [string, QuestionState][] => {
    const q = record(raw);
    if (q.status !== 'answered' && q.status !== 'raised') return [];
    const by = typeof q.by === 'string' ? statementNode.get(q.by) : undefined;
    return [[id, by ? { status: q.status, by } : { status: q.status }]];
  });
  if (roles.length) use.roles = Object.fromEntries(roles);
  if (questions.length) use.questions = Object.fromEntries(questions);
  return use;
}
