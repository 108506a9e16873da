// The forgiving reader: takes a document already migrated to the current version and
// restores each part on its own. Every change it makes is reported as a repair.
import type * as z from 'zod/mini';
import {
  EXERCISE_MODES,
  GHOST_MODES,
  LAYOUT_MODES,
  type ArgMap,
  type ArgNode,
  type ExerciseInfo,
  type Relation,
  type SourceDoc,
} from '../types.ts';
import { AnchorSchema, MetaSchema, NodeSchema, PointSchema, RelationSchema, SourceDocSchema, SourceSchema } from './schema.ts';
import { makeId } from '../ids.ts';
import { checkSchemes, restoreSchemeField } from './restoreSchemes.ts';
import { restoreComments } from './restoreComments.ts';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const describe = (v: unknown) => (v === undefined ? 'missing' : `${JSON.stringify(v)?.slice(0, 40)}`);

export class RestoreRefused extends Error {}

export function restoreMap(doc: Json, repairs: string[]): ArgMap {
  const meta = restoreMeta(doc.meta, repairs);
  if (!Array.isArray(doc.nodes)) throw new RestoreRefused(`The file has no list of nodes (field "nodes" is ${describe(doc.nodes)}).`);
  if (doc.relations !== undefined && !Array.isArray(doc.relations))
    throw new RestoreRefused(`The file's "relations" field is not a list (it is ${describe(doc.relations)}).`);
  if (doc.relations === undefined) repairs.push('The file had no "relations" list; opened with no relations.');
  reportUnknownFields(doc, ['format', 'version', 'meta', 'nodes', 'relations', 'sources', 'comments', 'exercise'], 'The file', repairs);

  const sources = restoreSources(doc.sources, repairs);
  const { nodes, relations } = restoreGraph(doc.nodes, (doc.relations as unknown[]) ?? [], sources, repairs);
  const nodeIds = new Set(nodes.map((n) => n.id));
  if (meta.focus !== undefined && !nodeIds.has(meta.focus)) {
    repairs.push(`The map was focused on node "${meta.focus}", which does not exist; showing the whole map.`);
    delete meta.focus;
  }
  const map: ArgMap = { meta, nodes, relations };
  if (sources.length) map.sources = sources;
  const comments = restoreComments(doc.comments, new Set([...nodeIds, ...relations.map((r) => r.id)]), repairs);
  if (comments.length) map.comments = comments;
  const exercise = restoreExercise(doc.exercise, sources, repairs);
  if (exercise) map.exercise = exercise;
  return map;
}

function restoreGraph(rawNodes: unknown[], rawRelations: unknown[], sources: SourceDoc[], repairs: string[]) {
  const nodes = dropUnknownAnchors(restoreNodes(rawNodes, repairs), sources, repairs);
  const nodeIds = new Set(nodes.map((n) => n.id));
  const relations = checkSchemes(restoreRelations(rawRelations, nodeIds, repairs), nodeIds, repairs);
  return { nodes, relations };
}

/** A broken exercise block leaves an ordinary map (said so); a broken key is repaired like a map. */
function restoreExercise(raw: unknown, sources: SourceDoc[], repairs: string[]): ExerciseInfo | undefined {
  if (raw === undefined) return undefined;
  const e = isRecord(raw) ? raw : {};
  const mode = EXERCISE_MODES.find((m) => m === e.mode);
  if (!mode) {
    repairs.push(`The file's exercise settings were ${describe(raw)}, with no exercise mode; opened as an ordinary map.`);
    return undefined;
  }
  const ghosts = GHOST_MODES.find((g) => g === e.ghosts);
  if (!ghosts) repairs.push(`The exercise's ghosts setting was ${describe(e.ghosts)}; missing parts are only counted.`);
  reportUnknownFields(e, ['mode', 'ghosts', 'key'], "The file's exercise settings", repairs);
  const exercise: ExerciseInfo = { mode, ghosts: ghosts ?? 'counted' };
  if (e.key === undefined) return exercise;
  const key = isRecord(e.key) ? e.key : {};
  if (!Array.isArray(key.nodes) || !Array.isArray(key.relations)) {
    repairs.push("The exercise's key has no lists of nodes and relations; Check is not available.");
    return exercise;
  }
  const keyRepairs: string[] = [];
  exercise.key = { meta: restoreMeta(key.meta, keyRepairs), ...restoreGraph(key.nodes, key.relations, sources, keyRepairs) };
  repairs.push(...keyRepairs.map((r) => `In the exercise key: ${r}`));
  return exercise;
}

function restoreSources(raw: unknown, repairs: string[]): SourceDoc[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    repairs.push(`The file's "sources" field was ${describe(raw)}, not a list; opened without sources.`);
    return [];
  }
  const seen = new Set<string>();
  const sources: SourceDoc[] = [];
  raw.forEach((item, index) => {
    const parsed = SourceDocSchema.safeParse(item);
    let source: SourceDoc;
    if (parsed.success) source = parsed.data;
    else if (isRecord(item) && typeof item.id === 'string' && item.id) {
      const kept = Object.fromEntries(
        Object.entries(item).filter(([k, v]) => Object.hasOwn(SourceDocSchema.shape, k) && typeof v === 'string'),
      );
      source = { ...kept, id: item.id, title: typeof item.title === 'string' ? item.title : 'Untitled source' };
      repairs.push(`Source "${item.id}" had invalid parts; kept ${Object.keys(source).join(', ')}.`);
    } else {
      repairs.push(`Source #${index + 1} was ${describe(item)}, without an id; skipped (nodes anchored to it lose their anchor).`);
      return;
    }
    if (seen.has(source.id)) {
      repairs.push(`Source "${source.id}" (#${index + 1}) had the same id as an earlier source; skipped.`);
      return;
    }
    seen.add(source.id);
    sources.push(source);
  });
  return sources;
}

/** An anchor into a source the file does not have cannot be shown: removed, and said so. */
function dropUnknownAnchors(nodes: ArgNode[], sources: SourceDoc[], repairs: string[]): ArgNode[] {
  const ids = new Set(sources.map((s) => s.id));
  return nodes.map((node) => {
    if (!node.anchor || ids.has(node.anchor.source)) return node;
    repairs.push(`Node "${node.id}" was anchored to source "${node.anchor.source}", which the file does not have; anchor removed.`);
    const { anchor: _dropped, ...rest } = node;
    return rest;
  });
}

function restoreMeta(raw: unknown, repairs: string[]): ArgMap['meta'] {
  const parsed = MetaSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const m = isRecord(raw) ? raw : {};
  const title = typeof m.title === 'string' ? m.title : 'Untitled map';
  const description = typeof m.description === 'string' ? m.description : '';
  if (title !== m.title) repairs.push(`The map's title was ${describe(m.title)}; set to "${title}".`);
  if (description !== m.description) repairs.push(`The map's description was ${describe(m.description)}; set to empty.`);
  if (m.focus !== undefined && !(typeof m.focus === 'string' && m.focus))
    repairs.push(`The map's focus was ${describe(m.focus)}, not a node id; showing the whole map.`);
  const layout = LAYOUT_MODES.find((mode) => mode === m.layout);
  if (m.layout !== undefined && !layout)
    repairs.push(`The map's layout was ${describe(m.layout)}, not one of ${LAYOUT_MODES.join(', ')}; Layout will choose automatically.`);
  reportUnknownFields(m, Object.keys(MetaSchema.shape), "The map's meta", repairs);
  const meta: ArgMap['meta'] = { title, description };
  if (typeof m.focus === 'string' && m.focus) meta.focus = m.focus;
  if (layout) meta.layout = layout;
  return meta;
}

function restoreNodes(raws: unknown[], repairs: string[]): ArgNode[] {
  const seen = new Set<string>();
  const nodes: ArgNode[] = [];
  raws.forEach((raw, index) => {
    const parsed = NodeSchema.safeParse(raw);
    let node: ArgNode;
    if (parsed.success) node = parsed.data;
    else if (!isRecord(raw)) {
      // Nothing to show: not even text. Report it rather than invent a node.
      repairs.push(`Node #${index + 1} was ${describe(raw)}, not an object; skipped.`);
      return;
    } else node = repairNode(raw, index, repairs);
    if (seen.has(node.id)) {
      const renamed = makeId('n', seen);
      repairs.push(`Node "${node.id}" (#${index + 1}) had the same id as an earlier node; renamed to "${renamed}".`);
      node = { ...node, id: renamed };
    }
    seen.add(node.id);
    nodes.push(node);
  });
  return nodes;
}

function repairNode(raw: Json, index: number, repairs: string[]): ArgNode {
  const id = typeof raw.id === 'string' && raw.id ? raw.id : `node-${index + 1}`;
  const where = `Node "${id}"`;
  if (id !== raw.id) repairs.push(`Node #${index + 1} had no valid id (${describe(raw.id)}); given id "${id}".`);
  const field = <T>(key: string, schema: z.ZodMiniType<T>, fallback: T, what: string): T => {
    const r = schema.safeParse(raw[key]);
    if (r.success) return r.data;
    repairs.push(`${where}: field "${key}" was ${describe(raw[key])}; ${what}.`);
    return fallback;
  };
  const text =
    typeof raw.text === 'number' || typeof raw.text === 'boolean'
      ? (repairs.push(`${where}: field "text" was a ${typeof raw.text}; converted to text.`), String(raw.text))
      : field('text', NodeSchema.shape.text, '', 'set to empty text');
  const node: ArgNode = {
    id,
    kind: field('kind', NodeSchema.shape.kind, 'premise', 'shown as a premise'),
    text,
    position: restorePosition(raw.position, where, index, repairs),
  };
  if (raw.notes !== undefined) {
    const notes = field<string | undefined>('notes', NodeSchema.shape.notes, undefined, 'notes left empty');
    if (notes !== undefined) node.notes = notes;
  }
  if (raw.mark !== undefined) {
    const mark = field<ArgNode['mark']>('mark', NodeSchema.shape.mark, undefined, 'left open (not judged)');
    if (mark) node.mark = mark;
  }
  if (raw.collapsed !== undefined) {
    if (field('collapsed', NodeSchema.shape.collapsed, false, 'shown expanded')) node.collapsed = true;
  }
  if (raw.source !== undefined) {
    const source = SourceSchema.safeParse(raw.source);
    if (source.success) node.source = source.data;
    else if (isRecord(raw.source)) {
      const kept = Object.fromEntries(
        Object.entries(raw.source).filter(([k, v]) => Object.hasOwn(SourceSchema.shape, k) && typeof v === 'string'),
      );
      repairs.push(`${where}: its source reference had invalid parts; kept ${Object.keys(kept).join(', ') || 'nothing'}.`);
      node.source = kept;
    } else repairs.push(`${where}: field "source" was ${describe(raw.source)}; removed.`);
  }
  if (raw.anchor !== undefined) {
    const anchor = AnchorSchema.safeParse(raw.anchor);
    if (anchor.success) node.anchor = anchor.data;
    else
      repairs.push(
        `${where}: its anchor in a source was invalid (${anchor.error.issues.map((i) => `"${i.path.join('.')}" ${i.message.toLowerCase()}`).join('; ')}); removed.`,
      );
  }
  reportUnknownFields(raw, Object.keys(NodeSchema.shape), where, repairs);
  return node;
}

function restorePosition(raw: unknown, where: string, index: number, repairs: string[]) {
  const parsed = PointSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const p = isRecord(raw) ? raw : {};
  const num = (v: unknown) =>
    typeof v === 'number' && Number.isFinite(v)
      ? v
      : typeof v === 'string' && v.trim() && Number.isFinite(Number(v))
        ? Number(v)
        : undefined;
  const x = num(p.x);
  const y = num(p.y);
  const fallback = { x: (index % 8) * 300, y: Math.floor(index / 8) * 200 };
  repairs.push(
    `${where}: field "position" was ${describe(raw)}; ${x !== undefined && y !== undefined ? 'numbers read from text' : 'placed on a grid (run Layout to tidy)'}.`,
  );
  return { x: x ?? fallback.x, y: y ?? fallback.y };
}

function restoreRelations(raws: unknown[], nodeIds: Set<string>, repairs: string[]): Relation[] {
  const candidates: Relation[] = [];
  const seen = new Set<string>(nodeIds);
  raws.forEach((raw, index) => {
    const parsed = RelationSchema.safeParse(raw);
    const r = isRecord(raw) ? raw : {};
    const id = typeof r.id === 'string' && r.id ? r.id : `relation #${index + 1}`;
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `"${i.path.join('.') || 'relation'}" ${i.message.toLowerCase()}`);
      if (!isRecord(raw) || typeof r.from !== 'string' || typeof r.to !== 'string') {
        repairs.push(`Relation ${JSON.stringify(id)} was removed: ${problems.join('; ')}.`);
        return;
      }
    }
    let rel: Relation = parsed.success
      ? parsed.data
      : {
          id: typeof r.id === 'string' && r.id ? r.id : makeId('r', seen),
          kind: RelationSchema.shape.kind.safeParse(r.kind).data ?? 'supports',
          from: r.from as string,
          to: r.to as string,
          ...(typeof r.group === 'string' && r.group ? { group: r.group } : {}),
          ...(typeof r.weight === 'number' && Number.isFinite(r.weight) ? { weight: Math.min(1, Math.max(0, r.weight)) } : {}),
        };
    if (!parsed.success && r.scheme !== undefined) {
      const scheme = restoreSchemeField(r.scheme, rel.id, repairs);
      if (scheme) rel.scheme = scheme;
    }
    // A broken scheme alone is reported by restoreSchemeField.
    if (!parsed.success && parsed.error.issues.some((i) => i.path[0] !== 'scheme'))
      repairs.push(`Relation "${rel.id}": ${describeRelationRepair(r, rel)}.`);
    if (seen.has(rel.id)) {
      const renamed = makeId('r', seen);
      repairs.push(`Relation "${rel.id}" had the same id as another node or relation; renamed to "${renamed}".`);
      rel = { ...rel, id: renamed };
    }
    seen.add(rel.id);
    candidates.push(rel);
  });
  return dropDangling(candidates, nodeIds, repairs);
}

function describeRelationRepair(raw: Json, rel: Relation): string {
  const parts: string[] = [];
  if (raw.id !== rel.id) parts.push(`had no valid id, given "${rel.id}"`);
  if (raw.kind !== rel.kind) parts.push(`kind was ${describe(raw.kind)}, set to "${rel.kind}"`);
  const unknown = Object.keys(raw).filter((k) => !Object.hasOwn(RelationSchema.shape, k));
  if (unknown.length) parts.push(`unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')} ignored`);
  if (raw.group !== undefined && raw.group !== rel.group) parts.push(`invalid group ${describe(raw.group)} removed`);
  if (raw.weight !== undefined && raw.weight !== rel.weight)
    parts.push(
      rel.weight === undefined
        ? `invalid weight ${describe(raw.weight)} removed (counts as 1)`
        : `weight ${describe(raw.weight)} clamped to ${rel.weight}`,
    );
  return parts.join('; ') || 'repaired';
}

/** Drops relations whose ends are missing, repeatedly: an undercut of a dropped relation goes too. */
function dropDangling(relations: Relation[], nodeIds: Set<string>, repairs: string[]): Relation[] {
  let kept = relations;
  for (;;) {
    const relIds = new Set(kept.map((r) => r.id));
    kept = kept.map((r) => {
      if (r.kind !== 'undercuts' || !nodeIds.has(r.to)) return r;
      repairs.push(`Relation "${r.id}" undercut a node, but an undercut attacks a relation; changed to "opposes".`);
      return { ...r, kind: 'opposes' };
    });
    const next = kept.filter((r) => {
      const fromOk = nodeIds.has(r.from);
      const toOk = r.kind === 'undercuts' ? relIds.has(r.to) : nodeIds.has(r.to);
      if (!fromOk || !toOk) {
        const missing = !fromOk ? `node "${r.from}"` : r.kind === 'undercuts' ? `relation "${r.to}"` : `node "${r.to}"`;
        repairs.push(`Relation "${r.id}" (${r.kind}) pointed to a missing ${missing}; removed.`);
      }
      return fromOk && toOk;
    });
    if (next.length === kept.length) return next;
    kept = next;
  }
}

function reportUnknownFields(raw: Json, known: string[], where: string, repairs: string[]) {
  const unknown = Object.keys(raw).filter((k) => !known.includes(k));
  if (unknown.length) repairs.push(`${where} had unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')}; ignored.`);
}
