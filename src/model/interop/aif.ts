// AIF JSON, as AIFdb exports it ({ nodes, edges, locutions }) and as OVA saves it
// ({ AIF: { nodes, edges, … }, OVA: { nodes: [{ nodeID, x, y }], … } }; older OVA files
// put x and y on the nodes themselves).
//
// Reading: I-nodes become statements; an RA node becomes one reason (several premises
// become co-premises); a CA node becomes "opposes", or "undercuts" when it attacks an RA
// or CA node; an MA node (rephrase) becomes a note on the rephrased statement; dialogue
// nodes (L, YA, TA, PA) are counted in the report. Scheme names are kept in notes, and
// Argmap's own "Qualification" scheme reads back as "qualifies".
// Writing: I, RA and CA nodes with edges, and OVA's positions, in OVA's file shape.
import { NODE_KINDS, type ArgMap, type NodeKind, type Relation, type RelationKind } from '../types.ts';
import { finishImport, idMaker, plural, quote, type DraftNode, type ImportResult } from './types.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() && Number.isFinite(Number(v)) ? Number(v) : undefined;

/** The scheme Argmap writes for "qualifies" (AIF has no qualifier relation). */
export const QUALIFIES_SCHEME = 'Qualification';
const DEFAULT_TEXTS = new Set(['default inference', 'default conflict', 'default rephrase', 'ra', 'ca', 'ma', '']);
const DIALOGUE_TYPES = new Set(['L', 'YA', 'TA', 'PA']);

interface AifNode {
  id: string;
  type: string;
  text: string;
  scheme?: string;
  x?: number;
  y?: number;
}

export function parseAif(text: string): ImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `This file is not valid JSON (${(e as Error).message}).` };
  }
  try {
    return readAif(doc);
  } catch (e) {
    return { ok: false, error: `This AIF file could not be read: ${(e as Error).message}` };
  }
}

function readAif(doc: unknown): ImportResult {
  if (!isRecord(doc)) return { ok: false, error: 'This is not an AIF file: it holds no JSON object.' };
  const aif = isRecord(doc.AIF) ? doc.AIF : doc;
  if (!Array.isArray(aif.nodes)) return { ok: false, error: 'This is not an AIF file: it has no "nodes" list.' };
  const rawEdges = Array.isArray(aif.edges) ? aif.edges : [];
  const report: string[] = [];
  if (!Array.isArray(aif.edges)) report.push('The file has no "edges" list; read the nodes only.');

  // OVA 3 keeps positions beside the AIF, by node id.
  const ovaPositions = new Map<string, { x: number; y: number }>();
  // Argmap's own files say each statement's kind there too.
  const argmapKinds = new Map<string, NodeKind>();
  const ova = isRecord(doc.OVA) ? doc.OVA : null;
  if (ova && Array.isArray(ova.nodes))
    for (const n of ova.nodes) {
      if (!isRecord(n)) continue;
      const id = str(n.nodeID) ?? str(n.id);
      const x = num(n.x);
      const y = num(n.y);
      if (id !== undefined && x !== undefined && y !== undefined) ovaPositions.set(id, { x, y });
      if (id !== undefined && typeof n.kind === 'string' && (NODE_KINDS as readonly string[]).includes(n.kind))
        argmapKinds.set(id, n.kind as NodeKind);
    }

  const nodes = new Map<string, AifNode>();
  const unknownTypes = new Map<string, number>();
  const dialogue = new Map<string, number>();
  let badNodes = 0;
  for (const raw of aif.nodes) {
    const id = isRecord(raw) ? (str(raw.nodeID) ?? str(raw.id)) : undefined;
    if (!isRecord(raw) || id === undefined) {
      badNodes++;
      continue;
    }
    const type = (str(raw.type) ?? '').toUpperCase();
    if (nodes.has(id)) {
      report.push(`Node ${id} appears twice; the first one is kept.`);
      continue;
    }
    const node: AifNode = {
      id,
      type,
      text: str(raw.text) ?? '',
      scheme: str(raw.scheme) ?? str(raw.schemeName),
      x: num(raw.x),
      y: num(raw.y),
    };
    const pos = ovaPositions.get(id);
    if (pos) Object.assign(node, pos);
    if (type === 'I' || type === 'RA' || type === 'CA' || type === 'MA') nodes.set(id, node);
    else if (DIALOGUE_TYPES.has(type)) dialogue.set(type, (dialogue.get(type) ?? 0) + 1);
    else unknownTypes.set(type || '(none)', (unknownTypes.get(type || '(none)') ?? 0) + 1);
  }
  if (badNodes) report.push(`${plural(badNodes, 'node')} without an id (nodeID) skipped.`);
  for (const [type, count] of unknownTypes) report.push(`${plural(count, 'node')} of unknown type "${type}" skipped.`);
  if (dialogue.size)
    report.push(
      `Dialogue structure not mapped: ${[...dialogue].map(([t, c]) => `${c} ${t}`).join(', ')} node(s) (locutions, illocutions, transitions; Argmap maps what is argued, not who said it).`,
    );

  // Edges, each end checked.
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  let dangling = 0;
  let dialogueEdges = 0;
  for (const raw of rawEdges) {
    const from = isRecord(raw)
      ? (str(raw.fromID) ?? (isRecord(raw.from) ? (str(raw.from.id) ?? str(raw.from.nodeID)) : str(raw.from)))
      : undefined;
    const to = isRecord(raw) ? (str(raw.toID) ?? (isRecord(raw.to) ? (str(raw.to.id) ?? str(raw.to.nodeID)) : str(raw.to))) : undefined;
    if (from === undefined || to === undefined || !nodes.has(from) || !nodes.has(to)) {
      if (from !== undefined && to !== undefined && (nodes.has(from) || nodes.has(to)) && !(nodes.has(from) && nodes.has(to)))
        dialogueEdges++;
      else dangling++;
      continue;
    }
    (outgoing.get(from) ?? outgoing.set(from, []).get(from)!).push(to);
    (incoming.get(to) ?? incoming.set(to, []).get(to)!).push(from);
  }
  if (dangling) report.push(`${plural(dangling, 'edge')} pointing to no node (or to a skipped node) ignored.`);
  if (dialogueEdges)
    report.push(`${plural(dialogueEdges, 'edge')} between the argument and the dialogue (L, YA, TA) or skipped nodes ignored.`);

  const newId = idMaker();
  const statementIds = new Map<string, string>();
  const aifIdOf = new Map<string, string>();
  const drafts: DraftNode[] = [];
  for (const n of nodes.values()) {
    if (n.type !== 'I') continue;
    const id = newId(n.id);
    statementIds.set(n.id, id);
    aifIdOf.set(id, n.id);
    drafts.push({ id, kind: 'premise', text: n.text, ...(n.x !== undefined && n.y !== undefined ? { position: { x: n.x, y: n.y } } : {}) });
  }
  const draftById = new Map(drafts.map((d) => [d.id, d]));
  const addNote = (nodeId: string, note: string) => {
    const d = draftById.get(nodeId)!;
    d.notes = d.notes ? `${d.notes}\n${note}` : note;
  };

  // Scheme nodes in two passes: RA and MA first, then CA (a CA may attack an RA's relation).
  const relations: Relation[] = [];
  const relationsOfScheme = new Map<string, string[]>();
  const counts = { supports: 0, qualifies: 0, opposes: 0, undercuts: 0, rephrase: 0, schemes: 0 };
  const iEnds = (list: string[] | undefined) => (list ?? []).filter((id) => nodes.get(id)?.type === 'I');
  const describeNode = (n: AifNode) =>
    `${n.type} node ${n.id}${n.text && !DEFAULT_TEXTS.has(n.text.toLowerCase()) ? ` (${quote(n.text, 40)})` : ''}`;
  const schemeName = (n: AifNode) => {
    const name = n.scheme ?? n.text;
    return name && !DEFAULT_TEXTS.has(name.trim().toLowerCase()) ? name.trim() : undefined;
  };

  for (const n of nodes.values()) {
    if (n.type !== 'RA' && n.type !== 'MA') continue;
    const premises = iEnds(incoming.get(n.id));
    const conclusions = iEnds(outgoing.get(n.id));
    const others = [...(incoming.get(n.id) ?? []), ...(outgoing.get(n.id) ?? [])].filter(
      (id) => nodes.get(id)?.type !== 'I' && nodes.get(id)?.type !== 'CA',
    );
    if (others.length)
      report.push(`${describeNode(n)} is linked to other scheme nodes (${others.join(', ')}); those links are not mapped.`);
    if (!premises.length || !conclusions.length) {
      report.push(`${describeNode(n)} has ${!premises.length ? 'no premise' : 'no conclusion'} (I-node); not mapped.`);
      continue;
    }
    if (n.type === 'MA') {
      for (const c of conclusions) for (const p of premises) addNote(statementIds.get(c)!, `Rephrased as: ${nodes.get(p)!.text}`);
      counts.rephrase++;
      continue;
    }
    const scheme = schemeName(n);
    const kind: RelationKind = scheme === QUALIFIES_SCHEME ? 'qualifies' : 'supports';
    const ids: string[] = [];
    for (const c of conclusions) {
      const group = premises.length > 1 ? newId(conclusions.length > 1 ? `${n.id}-${c}` : `g${n.id}`) : undefined;
      for (const p of premises) {
        const id = newId(conclusions.length > 1 || premises.length > 1 ? `${n.id}-${p}-${c}` : n.id);
        relations.push({ id, kind, from: statementIds.get(p)!, to: statementIds.get(c)!, ...(group ? { group } : {}) });
        ids.push(id);
      }
    }
    if (conclusions.length > 1) report.push(`${describeNode(n)} has ${conclusions.length} conclusions; mapped as one reason for each.`);
    if (scheme && kind === 'supports') {
      for (const p of premises) addNote(statementIds.get(p)!, `Scheme: ${scheme}`);
      counts.schemes++;
    }
    counts[kind] += 1;
    relationsOfScheme.set(n.id, ids);
  }

  // CA: conflicts. A CA that attacks a scheme node undercuts that node's relation(s).
  const pendingCa = [...nodes.values()].filter((n) => n.type === 'CA');
  // A CA can attack another CA: resolve in rounds, so order in the file does not matter.
  for (let round = 0; pendingCa.length && round < 50; round++) {
    let progressed = false;
    for (let i = 0; i < pendingCa.length; i++) {
      const n = pendingCa[i]!;
      const attackers = iEnds(incoming.get(n.id));
      const targets = outgoing.get(n.id) ?? [];
      const targetIs = targets.map((t) => nodes.get(t)!);
      const schemeTargets = targetIs.filter((t) => t.type !== 'I');
      if (schemeTargets.some((t) => t.type === 'CA' && !relationsOfScheme.has(t.id) && pendingCa.includes(t))) continue; // wait for it
      pendingCa.splice(i--, 1);
      progressed = true;
      if (!attackers.length || !targets.length) {
        report.push(`${describeNode(n)} has ${!attackers.length ? 'no attacking statement' : 'no target'}; not mapped.`);
        continue;
      }
      const ids: string[] = [];
      for (const t of targetIs) {
        if (t.type === 'I') {
          // Several attackers of one CA form one linked objection, as several premises of one RA do.
          const group = attackers.length > 1 ? newId(targets.length > 1 ? `${n.id}-${t.id}` : `g${n.id}`) : undefined;
          for (const a of attackers) {
            const id = newId(targets.length > 1 || attackers.length > 1 ? `${n.id}-${a}-${t.id}` : n.id);
            relations.push({ id, kind: 'opposes', from: statementIds.get(a)!, to: statementIds.get(t.id)!, ...(group ? { group } : {}) });
            ids.push(id);
          }
          counts.opposes++;
        } else {
          const attacked = relationsOfScheme.get(t.id);
          if (!attacked?.length) {
            report.push(`${describeNode(n)} attacks ${describeNode(t)}, which was not mapped; not mapped either.`);
            continue;
          }
          for (const a of attackers) {
            const id = newId(`${n.id}-${a}-${t.id}`);
            relations.push({ id, kind: 'undercuts', from: statementIds.get(a)!, to: attacked[0]! });
            ids.push(id);
          }
          counts.undercuts++;
        }
      }
      if (attackers.length > 1 && schemeTargets.length)
        report.push(`${describeNode(n)} has ${attackers.length} attacking statements; each mapped as its own undercut.`);
      relationsOfScheme.set(n.id, ids);
    }
    if (!progressed) break;
  }
  for (const n of pendingCa) report.push(`${describeNode(n)} attacks a conflict that attacks it back (a cycle of CA nodes); not mapped.`);

  // Kinds from structure: AIF statements carry no kind (unless Argmap wrote the file).
  const implicit = drafts.filter((d) => !argmapKinds.has(aifIdOf.get(d.id)!));
  const inferred = implicit.map((d) => ({ ...d }));
  inferKinds(inferred, relations);
  implicit.forEach((d, i) => (d.kind = inferred[i]!.kind));
  for (const d of drafts) if (argmapKinds.has(aifIdOf.get(d.id)!)) d.kind = argmapKinds.get(aifIdOf.get(d.id)!)!;
  if (implicit.length)
    report.push(
      `Statement kinds taken from the structure (${plural(implicit.length, 'statement')}): unsupported roots are claims, attackers objections, reasons premises.`,
    );

  const iCount = drafts.length;
  report.unshift(
    `Read ${plural(iCount, 'statement')} (I-nodes), ${plural(counts.supports, 'inference')} (RA) as supports${counts.qualifies ? `, ${plural(counts.qualifies, 'qualification')} (RA "${QUALIFIES_SCHEME}")` : ''}, ${plural(counts.opposes, 'conflict')} (CA) as opposes, ${plural(counts.undercuts, 'undercut')} (CA on an RA or CA)${counts.rephrase ? `, ${plural(counts.rephrase, 'rephrase')} (MA) as notes` : ''}${counts.schemes ? `; ${plural(counts.schemes, 'scheme name')} kept in the premises' notes` : ''}.`,
  );
  const anyPositions = drafts.some((d) => d.position);
  if (anyPositions && !drafts.every((d) => d.position))
    report.push('Some statements had no position; the whole map was laid out as a tidy tree.');
  else if (anyPositions) report.push("Positions taken from the file (OVA's layout).");
  const title = isRecord(doc.text) && typeof doc.text.title === 'string' ? doc.text.title : 'AIF argument map';
  return finishImport({ title, description: 'Imported from AIF JSON.' }, drafts, relations, report);
}

/** Kinds from the structure: unconnected or only supported → claim; attacking → objection. */
export function inferKinds(drafts: DraftNode[], relations: Relation[]) {
  const out = new Map<string, Set<string>>();
  for (const r of relations) (out.get(r.from) ?? out.set(r.from, new Set()).get(r.from)!).add(r.kind);
  const byId = new Map(drafts.map((d) => [d.id, d]));
  for (const d of drafts) {
    const kinds = out.get(d.id);
    let kind: NodeKind = 'claim';
    if (kinds?.has('opposes') || kinds?.has('undercuts')) kind = 'objection';
    else if (kinds?.has('supports')) kind = 'premise';
    else if (kinds?.has('qualifies')) kind = 'caveat';
    d.kind = kind;
  }
  // An objection to an objection answers it: a rebuttal.
  for (const r of relations)
    if (r.kind === 'opposes' && byId.get(r.to)?.kind === 'objection' && byId.get(r.from)?.kind === 'objection' && r.from !== r.to)
      byId.get(r.from)!.kind = 'rebuttal';
}

// ---- writing -------------------------------------------------------------------------

export interface AifNodeOut {
  nodeID: string;
  text: string;
  type: 'I' | 'RA' | 'CA';
  timestamp: string;
  scheme?: string;
}
export interface AifEdgeOut {
  edgeID: string;
  fromID: string;
  toID: string;
  formEdgeID: null;
}
export interface AifFile {
  AIF: { nodes: AifNodeOut[]; edges: AifEdgeOut[]; schemefulfillments: never[]; locutions: never[]; participants: never[] };
  OVA: {
    firstname: string;
    surname: string;
    url: string;
    nodes: { nodeID: string; visible: boolean; x: number; y: number; timestamp: string; kind?: NodeKind }[];
    edges: { fromID: string; toID: string; visible: boolean }[];
  };
  text: { txt: string; title: string };
  /** AIFdb's own upload reads these top-level lists. */
  nodes: AifNodeOut[];
  edges: AifEdgeOut[];
  locutions: never[];
}

/**
 * AIF JSON in OVA's file shape, with AIFdb's top-level lists as well. One RA per reason
 * (per co-premise group), one CA per objection or undercut, scheme "Qualification" for
 * qualifications. Node ids are numbers in strings, as both tools write them.
 */
export function writeAif(map: ArgMap, now = new Date()): string {
  const timestamp = now.toISOString().replace('T', ' ').slice(0, 19);
  const nodes: AifNodeOut[] = [];
  const edges: AifEdgeOut[] = [];
  const positions: AifFile['OVA']['nodes'] = [];
  let next = 1;
  const nodeId = new Map<string, string>();
  const add = (n: Omit<AifNodeOut, 'nodeID' | 'timestamp'>, x: number, y: number, kind?: NodeKind) => {
    const nodeID = String(next++);
    nodes.push({ nodeID, ...n, timestamp });
    positions.push({ nodeID, visible: true, x: Math.round(x), y: Math.round(y), timestamp: '', ...(kind ? { kind } : {}) });
    return nodeID;
  };
  const edge = (fromID: string, toID: string) => edges.push({ edgeID: String(edges.length + 1), fromID, toID, formEdgeID: null });
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  for (const n of map.nodes) nodeId.set(n.id, add({ text: n.text, type: 'I' }, n.position.x, n.position.y, n.kind));

  // One scheme node per reason: grouped relations share theirs.
  const schemeOf = new Map<string, string>(); // relation id → scheme node id
  const groupNode = new Map<string, string>();
  const between = (from: string, to: string) => {
    const a = byId.get(from)?.position ?? { x: 0, y: 0 };
    const b = byId.get(to)?.position ?? { x: 0, y: 0 };
    return [(a.x + b.x) / 2, (a.y + b.y) / 2] as const;
  };
  for (const r of map.relations) {
    if (r.kind === 'undercuts') continue;
    if (!nodeId.has(r.from) || !nodeId.has(r.to)) continue;
    const key = r.group ? `${r.group}\u0000${r.to}\u0000${r.kind}` : null;
    let scheme = key ? groupNode.get(key) : undefined;
    if (!scheme) {
      const [x, y] = between(r.from, r.to);
      scheme =
        r.kind === 'opposes'
          ? add({ text: 'Default Conflict', type: 'CA', scheme: 'Default Conflict' }, x, y)
          : r.kind === 'qualifies'
            ? add({ text: QUALIFIES_SCHEME, type: 'RA', scheme: QUALIFIES_SCHEME }, x, y)
            : add({ text: 'Default Inference', type: 'RA', scheme: 'Default Inference' }, x, y);
      edge(scheme, nodeId.get(r.to)!);
      if (key) groupNode.set(key, scheme);
    }
    edge(nodeId.get(r.from)!, scheme);
    schemeOf.set(r.id, scheme);
  }
  // Undercuts last: they attack a scheme node (an undercut of an undercut attacks its CA).
  const pending = map.relations.filter((r) => r.kind === 'undercuts' && nodeId.has(r.from));
  for (let round = 0; pending.length && round < 50; round++) {
    const before = pending.length;
    for (let i = 0; i < pending.length; i++) {
      const r = pending[i]!;
      const target = schemeOf.get(r.to);
      if (!target) continue;
      pending.splice(i--, 1);
      const at = positions.find((p) => p.nodeID === target)!;
      const from = byId.get(r.from)!.position;
      const ca = add({ text: 'Default Conflict', type: 'CA', scheme: 'Default Conflict' }, (at.x + from.x) / 2, (at.y + from.y) / 2);
      edge(nodeId.get(r.from)!, ca);
      edge(ca, target);
      schemeOf.set(r.id, ca);
    }
    if (pending.length === before) break;
  }
  const file: AifFile = {
    AIF: { nodes, edges, schemefulfillments: [], locutions: [], participants: [] },
    OVA: {
      firstname: '',
      surname: '',
      url: '',
      nodes: positions,
      edges: edges.map((e) => ({ fromID: e.fromID, toID: e.toID, visible: true })),
    },
    text: { txt: map.meta.description, title: map.meta.title },
    nodes,
    edges,
    locutions: [],
  };
  return `${compactJson(file)}\n`;
}

/** JSON with one list item a line: readable and diffable, a third of the size of full indentation. */
function compactJson(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v) => `${indent}  ${JSON.stringify(v)}`).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{\n${entries.map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${compactJson(v, `${indent}  `)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
