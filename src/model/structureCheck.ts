// The structure check: what a teacher would point out on a map, as a list of findings.
// Pure and linear (one pass each over nodes and relations, plus the argument tree, a
// union–find and an iterative Tarjan), so a map of thousands of nodes checks at once.
//
// Rules, by severity ("Structure check" in docs/user-guide.md lists them for users):
//   error    claim-no-reason      a claim that no relation supports
//            support-cycle        statements that support each other in a circle
//            unattached           an objection, caveat or rebuttal that bears on nothing
//            empty-text           a statement with no words
//   warning  no-main-claim        the top of the argument is not a claim
//            disconnected         a part of the map not connected to the main claim
//                                 (one finding per part, i.e. weakly connected component)
//            duplicate-text       the same statement written more than once
//   hint     premise-no-evidence  a reason with nothing backing it
//            open-questions       an argument with a scheme whose critical questions are not all answered or raised
//            unmapped-paragraph   a paragraph of an attached text that no statement is anchored in
import type { ArgMap, ArgNode, NodeKind, Relation } from './types.ts';
import { argumentTreeOf, type ArgumentTree } from './tree.ts';
import { resolveSource } from './source/resolve.ts';
import { openQuestions, questionText, schemeById } from './schemes/schemes.ts';
import { coPremiseKey } from './tree.ts';

export type Severity = 'error' | 'warning' | 'hint';

export type Rule =
  | 'claim-no-reason'
  | 'support-cycle'
  | 'unattached'
  | 'empty-text'
  | 'no-main-claim'
  | 'disconnected'
  | 'duplicate-text'
  | 'premise-no-evidence'
  | 'open-questions'
  | 'unmapped-paragraph';

export interface Finding {
  /** Stable across recomputations while the same problem stays: rule and first node. */
  id: string;
  severity: Severity;
  rule: Rule;
  message: string;
  /** What to select; the first is the one to centre on. Empty only for a paragraph finding. */
  nodeIds: string[];
  relationIds?: string[];
  /** For `unmapped-paragraph`: the source and the paragraph's index in it. */
  passage?: { sourceId: string; paragraph: number };
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'hint'];

/** Every rule with its severity and a short title, in the order findings are listed. */
export const RULES: Record<Rule, { severity: Severity; title: string }> = {
  'claim-no-reason': { severity: 'error', title: 'Claim without a reason' },
  'support-cycle': { severity: 'error', title: 'Circular support' },
  unattached: { severity: 'error', title: 'Attached to nothing' },
  'empty-text': { severity: 'error', title: 'Empty statement' },
  'no-main-claim': { severity: 'warning', title: 'No main claim' },
  disconnected: { severity: 'warning', title: 'Not connected to the main claim' },
  'duplicate-text': { severity: 'warning', title: 'Same text twice' },
  'premise-no-evidence': { severity: 'hint', title: 'Reason without evidence' },
  'open-questions': { severity: 'hint', title: 'Open critical questions' },
  'unmapped-paragraph': { severity: 'hint', title: 'Paragraph not mapped' },
};

/** Rules are listed by severity in RULES, so this order is errors, warnings, hints. */
const RULE_ORDER = Object.keys(RULES) as Rule[];

/** Nouns for messages (the model cannot import the UI's labels). */
const NOUN: Record<NodeKind, string> = {
  claim: 'claim',
  premise: 'reason',
  objection: 'objection',
  rebuttal: 'rebuttal',
  caveat: 'caveat',
  evidence: 'evidence',
  context: 'background statement',
};

/** What an unattached node should be connected to. */
const ATTACH_TO: Partial<Record<NodeKind, string>> = {
  objection: 'the claim or reason it argues against',
  caveat: 'the claim or reason it qualifies',
  rebuttal: 'the objection it answers',
};

/** Kinds that back a reason when they support it. */
const BACKING: ReadonlySet<NodeKind> = new Set<NodeKind>(['evidence', 'premise', 'context', 'claim']);

/**
 * `sourceTexts` adds the texts of referenced sources the user supplied; embedded texts are
 * in the map. Each paragraph of a text with no anchored statement gets a hint. `tree` is the
 * map's argument tree, when the caller has it already.
 */
export function checkStructure(
  map: ArgMap,
  sourceTexts: Readonly<Record<string, string>> = {},
  tree: ArgumentTree = argumentTreeOf(map),
): Finding[] {
  const { nodes, index } = tree;
  const n = nodes.length;
  if (n === 0) return [];

  // Reading order (the outline's pre-order) ranks findings within a rule.
  const rank = new Int32Array(n);
  tree.order.forEach((v, i) => (rank[v] = i));

  const relById = new Map<string, Relation>();
  for (const rel of map.relations) if (!relById.has(rel.id)) relById.set(rel.id, rel);
  /** The node a relation bears on: its target, or for an undercut the attacked link's reason (as in tree.ts). */
  const targetOf = (rel: Relation): number | undefined => {
    const attacked = relById.get(rel.to);
    if (rel.kind === 'undercuts' && attacked) return index.get(attacked.from);
    return index.get(rel.to) ?? (attacked ? index.get(attacked.from) : undefined);
  };

  const findings: Finding[] = [];
  const add = (rule: Rule, message: string, nodeIdx: number[], relationIds?: string[], id = `${rule}:${nodes[nodeIdx[0]!]!.id}`) => {
    const finding: Finding = {
      id,
      severity: RULES[rule].severity,
      rule,
      message,
      nodeIds: nodeIdx.map((v) => nodes[v]!.id),
    };
    if (relationIds?.length) finding.relationIds = relationIds;
    findings.push(finding);
  };

  // One pass over relations: what bears on what, supports as adjacency, components.
  const attached = new Uint8Array(n); // bears on an existing node or link
  const supported = new Uint8Array(n); // some statement supports it
  const backed = new Uint8Array(n); // evidence, a reason, background or a claim supports it
  const supportFrom: number[] = []; // supports edges between distinct nodes, for Tarjan
  const supportTo: number[] = [];
  const supportRel: string[] = [];
  const selfSupport = new Map<number, string[]>();
  const uf = new UnionFind(n);
  for (const rel of map.relations) {
    const from = index.get(rel.from);
    const to = targetOf(rel);
    if (from === undefined || to === undefined) continue;
    if (from === to) {
      if (rel.kind === 'supports' && index.has(rel.to)) selfSupport.set(from, [...(selfSupport.get(from) ?? []), rel.id]);
      continue;
    }
    attached[from] = 1;
    uf.union(from, to);
    if (rel.kind === 'supports' && index.has(rel.to)) {
      supported[to] = 1;
      if (BACKING.has(nodes[from]!.kind)) backed[to] = 1;
      supportFrom.push(from);
      supportTo.push(to);
      supportRel.push(rel.id);
    }
  }

  // Per-node rules.
  const words = nodes.map((node) => normalise(node.text));
  /** "the reason “Japan and…”", or "an empty reason". */
  const named = (v: number) => (words[v] ? `the ${NOUN[nodes[v]!.kind]} ${quote(nodes[v]!)}` : `an empty ${NOUN[nodes[v]!.kind]}`);
  const unattached = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    const node = nodes[v]!;
    if (node.kind === 'claim' && !supported[v])
      add('claim-no-reason', `No reason supports ${named(v)}. Why should a reader accept it? Add a reason that supports it.`, [v]);
    const attachTo = ATTACH_TO[node.kind];
    if (attachTo && !attached[v]) {
      unattached[v] = 1;
      add('unattached', `${capital(named(v))} is attached to nothing. Connect it to ${attachTo}.`, [v]);
    }
    if (!words[v])
      add(
        'empty-text',
        node.text.trim()
          ? `The ${NOUN[node.kind]} “${shorten(node.text, 40)}” says nothing. Write the statement it stands for, or delete it.`
          : `${capital(withArticle(NOUN[node.kind]))} is empty. Write the statement it stands for, or delete it.`,
        [v],
      );
    if (node.kind === 'premise' && !backed[v])
      add('premise-no-evidence', `Nothing backs ${named(v)} yet. Add evidence: a fact, an example or a source.`, [v]);
  }

  // Support cycles: strongly connected components of the supports graph.
  const { comp, cycles } = supportCycles(n, supportFrom, supportTo);
  const cycleRels: string[][] = cycles.map(() => []);
  supportRel.forEach((id, i) => {
    const c = comp[supportFrom[i]!]!;
    if (c !== -1 && c === comp[supportTo[i]!]) cycleRels[c]!.push(id);
  });
  for (const [v, ids] of selfSupport) {
    if (comp[v] !== -1) cycleRels[comp[v]!]!.push(...ids);
    else {
      cycles.push([v]);
      cycleRels.push(ids);
    }
  }
  for (const [c, members] of cycles.entries()) {
    members.sort((a, b) => rank[a]! - rank[b]!);
    const relIds = cycleRels[c]!;
    const names = members.map(named);
    const text =
      members.length === 1
        ? `${names[0]} supports itself`
        : members.length === 2
          ? `${names[0]} and ${names[1]} support each other`
          : `${listNames(names)} support each other in a circle`;
    add(
      'support-cycle',
      `Circular reasoning: ${text}. A reason cannot rest on what it is meant to prove; break the circle.`,
      members,
      relIds,
    );
  }

  // The main claim, and the parts of the map not connected to it.
  const main = tree.roots[0]!;
  const mainNode = nodes[main]!;
  if (mainNode.kind !== 'claim')
    add(
      'no-main-claim',
      `The map has no main claim: the statement at the top of the argument is ${named(main)}. Make the conclusion the map argues for a claim.`,
      [main],
    );
  const mainRoot = uf.find(main);
  const parts = new Map<number, number[]>(); // component root → members in reading order
  for (const v of tree.order) {
    const r = uf.find(v);
    if (r === mainRoot) continue;
    const part = parts.get(r);
    if (part) part.push(v);
    else parts.set(r, [v]);
  }
  const mainName =
    mainNode.kind === 'claim' ? `the main claim${words[main] ? ` ${quote(mainNode)}` : ''}` : `the top of the argument, ${named(main)}`;
  for (const part of parts.values()) {
    const top = part[0]!;
    if (part.length === 1 && unattached[top]) continue; // "attached to nothing" already says it
    const what = capital(named(top));
    const message =
      part.length === 1
        ? `${what} is not connected to ${mainName}. Connect it to the argument, or delete it if it does not belong.`
        : `${what} and the ${part.length - 1} statement${part.length === 2 ? '' : 's'} attached to it are not connected to ${mainName}. Connect them to the argument, or delete them if they do not belong.`;
    add('disconnected', message, part);
  }

  // The same text more than once.
  const byText = new Map<string, number[]>();
  for (const v of tree.order) {
    const key = words[v]!;
    if (!key) continue;
    const same = byText.get(key);
    if (same) same.push(v);
    else byText.set(key, [v]);
  }
  for (const same of byText.values()) {
    if (same.length < 2) continue;
    const first = nodes[same[0]!]!;
    const kinds = [...new Set(same.map((v) => NOUN[nodes[v]!.kind]))];
    const as = kinds.length > 1 ? ` (as ${listNames(kinds.map(withArticle))})` : '';
    add(
      'duplicate-text',
      `The same statement appears ${times(same.length)}${as}: ${quote(first)}. Keep one and connect it wherever it is needed, or reword the others if they mean something different.`,
      same,
    );
  }

  // Arguments with a scheme whose critical questions are still open: one finding per argument.
  const seenArguments = new Set<string>();
  for (const rel of map.relations) {
    const open = openQuestions(rel.scheme);
    const key = coPremiseKey(rel) ?? rel.id;
    const to = index.get(rel.to);
    if (!open.length || seenArguments.has(key) || to === undefined) continue;
    seenArguments.add(key);
    const members = rel.group ? map.relations.filter((r) => coPremiseKey(r) === key) : [rel];
    const from = members.map((r) => index.get(r.from)).filter((v): v is number => v !== undefined);
    if (!from.length) continue;
    const scheme = schemeById(rel.scheme!.scheme)!;
    const first = questionText(scheme, open[0]!, map, rel, 40);
    const one = open.length === 1;
    add(
      'open-questions',
      `The ${scheme.name.toLowerCase()} argument from ${named(from[0]!)} to ${named(to)} has ${one ? 'an open critical question' : `${open.length} open critical questions; the first`}: ${first} Answer ${one ? 'it' : 'them'} with a statement, or raise ${one ? 'it as an objection' : 'them as objections'}.`,
      [...from, to],
      members.map((r) => r.id),
      `open-questions:${rel.id}`,
    );
  }

  // Sort once on precomputed keys: severity, rule, reading order of the first node, id.
  const keyed = findings.map((f) => ({ f, rule: RULE_ORDER.indexOf(f.rule), at: rank[index.get(f.nodeIds[0]!)!]! }));
  keyed.sort((a, b) => a.rule - b.rule || a.at - b.at || (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0));
  return [...keyed.map((k) => k.f), ...unmappedParagraphs(map, sourceTexts)];
}

/** The last rule: in text order, source by source. */
function unmappedParagraphs(map: ArgMap, sourceTexts: Readonly<Record<string, string>>): Finding[] {
  const findings: Finding[] = [];
  for (const source of map.sources ?? []) {
    const text = source.text ?? sourceTexts[source.id];
    if (text === undefined) continue;
    const { coverage } = resolveSource(map, source, text);
    for (const p of coverage.unmapped) {
      const where = p.section ? `Paragraph ${p.number} of “${p.section}”` : `Paragraph ${p.number}`;
      const words = text.slice(p.start, p.end).replace(/\s+/g, ' ');
      findings.push({
        id: `unmapped-paragraph:${source.id}:${p.index}`,
        severity: 'hint',
        rule: 'unmapped-paragraph',
        message: `${where} in ${source.title || 'the source'} has no statement anchored in it (“${shorten(words, 60)}”). Map it, or leave it if it adds nothing to the argument.`,
        nodeIds: [],
        passage: { sourceId: source.id, paragraph: p.index },
      });
    }
  }
  return findings;
}

/** Errors and warnings: what the "Check" tab's badge counts. */
export function problemCount(findings: readonly Finding[]): number {
  let count = 0;
  for (const f of findings) if (f.severity !== 'hint') count++;
  return count;
}

/** Text for comparing statements: case, spacing and punctuation do not count. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A node named by a short quote of its text, e.g. “Closer Japan–South Korea defence…”. */
export function quote(node: ArgNode): string {
  return `“${shorten(node.text, 40)}”`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** The first words of a text, cut at a word boundary near `max` characters. */
export function shorten(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max + 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= max / 2 ? head.slice(0, space) : chars.slice(0, max).join('');
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

function listNames(names: string[]): string {
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

function times(k: number): string {
  return k === 2 ? 'twice' : `${k} times`;
}

/**
 * Tarjan's strongly connected components, iterative (a 100,000-long chain must not blow
 * the stack). Returns each component of two or more nodes (a cycle) and, per node, the
 * index of its cycle or -1.
 */
export function supportCycles(n: number, from: number[], to: number[]): { comp: Int32Array; cycles: number[][] } {
  // Adjacency in compressed rows.
  const start = new Int32Array(n + 1);
  for (const f of from) start[f + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const adj = new Int32Array(from.length);
  from.forEach((f, i) => (adj[fill[f]!++] = to[i]!));

  const order = new Int32Array(n).fill(-1); // discovery index
  const low = new Int32Array(n);
  const next = new Int32Array(n); // next edge to look at, per node on the call stack
  const onStack = new Uint8Array(n);
  const comp = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  const calls: number[] = [];
  const cycles: number[][] = [];
  let counter = 0;

  for (let s = 0; s < n; s++) {
    if (order[s] !== -1) continue;
    order[s] = low[s] = counter++;
    next[s] = start[s]!;
    stack.push(s);
    onStack[s] = 1;
    calls.push(s);
    while (calls.length) {
      const v = calls[calls.length - 1]!;
      if (next[v]! < start[v + 1]!) {
        const w = adj[next[v]!++]!;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          next[w] = start[w]!;
          stack.push(w);
          onStack[w] = 1;
          calls.push(w);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      calls.pop();
      if (calls.length) {
        const u = calls[calls.length - 1]!;
        low[u] = Math.min(low[u]!, low[v]!);
      }
      if (low[v] !== order[v]) continue;
      const members: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        members.push(w);
      } while (w !== v);
      if (members.length > 1) {
        for (const m of members) comp[m] = cycles.length;
        cycles.push(members);
      }
    }
  }
  return { comp, cycles };
}

class UnionFind {
  private readonly up: Int32Array;
  constructor(n: number) {
    this.up = new Int32Array(n).map((_, i) => i);
  }
  find(v: number): number {
    let r = v;
    while (this.up[r] !== r) r = this.up[r]!;
    while (this.up[v] !== r) {
      const next = this.up[v]!;
      this.up[v] = r;
      v = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.up[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
