// The strict writer: always the current version, fields in a stable order, so that
// saved files diff well and save → open gives back exactly the same map.
import type { ArgMap, ArgNode, CommentReply, ExerciseInfo, MapComment, MapMeta, Relation, SchemeUse, SourceDoc } from '../types.ts';
import type { Anchor } from '../source/selectors.ts';
import type { MapFile } from './schema.ts';
import { FORMAT_NAME, FORMAT_VERSION } from './version.ts';

export function toMapFile(map: ArgMap): MapFile {
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: writeMeta(map.meta),
    nodes: map.nodes.map(writeNode),
    relations: map.relations.map(writeRelation),
    ...(map.sources?.length ? { sources: map.sources.map(writeSource) } : {}),
    ...(map.comments?.length ? { comments: map.comments.map(writeComment) } : {}),
    ...(map.exercise ? { exercise: writeExercise(map.exercise) } : {}),
  };
}

function writeReply(c: CommentReply): CommentReply {
  return { id: c.id, author: c.author, created: c.created, text: c.text };
}

function writeComment(c: MapComment): MapComment {
  const out: MapComment = writeReply(c);
  if (c.target) out.target = c.target;
  else if (c.wasOn) out.wasOn = c.wasOn;
  if (c.resolved) out.resolved = true;
  if (c.replies?.length) out.replies = c.replies.map(writeReply);
  return out;
}

function writeExercise(e: ExerciseInfo): ExerciseInfo {
  const out: ExerciseInfo = { mode: e.mode, ghosts: e.ghosts };
  if (e.key) out.key = { meta: writeMeta(e.key.meta), nodes: e.key.nodes.map(writeNode), relations: e.key.relations.map(writeRelation) };
  return out;
}

/** Keys sorted, so that a scheme's roles and questions diff well whatever order they were set in. */
const sortedRecord = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function writeScheme(s: SchemeUse): SchemeUse {
  const out: SchemeUse = { scheme: s.scheme };
  if (s.roles && Object.keys(s.roles).length) out.roles = sortedRecord(s.roles);
  if (s.questions && Object.keys(s.questions).length)
    out.questions = sortedRecord(
      Object.fromEntries(Object.entries(s.questions).map(([id, q]) => [id, q.by ? { status: q.status, by: q.by } : { status: q.status }])),
    );
  return out;
}

function writeSource(s: SourceDoc): SourceDoc {
  const out: SourceDoc = { id: s.id, title: s.title };
  if (s.author) out.author = s.author;
  if (s.date) out.date = s.date;
  if (s.address) out.address = s.address;
  if (s.text !== undefined) out.text = s.text;
  return out;
}

function writeAnchor(a: Anchor): Anchor {
  const out: Anchor = { source: a.source };
  if (a.position) out.position = { type: 'TextPositionSelector', start: a.position.start, end: a.position.end };
  if (a.quote) {
    out.quote = { type: 'TextQuoteSelector', exact: a.quote.exact };
    if (a.quote.prefix) out.quote.prefix = a.quote.prefix;
    if (a.quote.suffix) out.quote.suffix = a.quote.suffix;
  }
  return out;
}

export function serializeMap(map: ArgMap): string {
  return `${JSON.stringify(toMapFile(map), null, 2)}\n`;
}

function writeMeta(meta: MapMeta): MapMeta {
  const out: MapMeta = { title: meta.title, description: meta.description };
  if (meta.focus) out.focus = meta.focus;
  if (meta.layout) out.layout = meta.layout;
  return out;
}

function writeNode(n: ArgNode): ArgNode {
  const out: ArgNode = { id: n.id, kind: n.kind, text: n.text, position: { x: n.position.x, y: n.position.y } };
  if (n.notes) out.notes = n.notes;
  const source = n.source && Object.fromEntries(Object.entries(n.source).filter(([, v]) => v));
  if (source && Object.keys(source).length) out.source = source;
  if (n.mark) out.mark = n.mark;
  if (n.collapsed) out.collapsed = true;
  if (n.anchor) out.anchor = writeAnchor(n.anchor);
  return out;
}

function writeRelation(r: Relation): Relation {
  const out: Relation = { id: r.id, kind: r.kind, from: r.from, to: r.to };
  if (r.group) out.group = r.group;
  if (r.weight !== undefined && r.weight !== 1) out.weight = r.weight;
  if (r.scheme) out.scheme = writeScheme(r.scheme);
  return out;
}
