// Shared by the readers and writers of other tools' formats (Argdown, AIF, Kialo).
// A reader never throws: it returns a map and a report of what was mapped and what could
// not be, or a refusal that names the problem (like format/load.ts).
import type { ArgMap, ArgNode, NodeKind, Point } from '../types.ts';
import { estimateNodeSize, layoutTree } from '../layout.ts';
import { toMapFile } from '../format/save.ts';
import { loadMapJson } from '../format/load.ts';

export type ImportResult = { ok: true; map: ArgMap; report: string[] } | { ok: false; error: string };

// The format names and the size limit are used from the start (io/interop.ts): a file of their own.
export { INTEROP_FORMATS, FORMAT_LABELS, MAX_IMPORT_CHARS, tooLarge, type InteropFormat } from './formats.ts';

/**
 * What the formats without Argmap's seven kinds can still tell apart: the main claim,
 * reasons for, reasons against, and qualifications.
 */
export type KindClass = 'claim' | 'for' | 'against' | 'caveat';
export function kindClass(kind: NodeKind): KindClass {
  switch (kind) {
    case 'claim':
      return 'claim';
    case 'objection':
    case 'rebuttal':
      return 'against';
    case 'caveat':
      return 'caveat';
    default:
      return 'for';
  }
}

/** Nodes built by a reader: positions optional (the tidy layout places the rest). */
export type DraftNode = Omit<ArgNode, 'position'> & { position?: Point };

/**
 * The last step of every reader: the map goes through Argmap's own forgiving reader (so
 * whatever a reader built is a valid map, and anything it had to repair is reported),
 * then gets a tidy layout unless every node came with a position.
 */
export function finishImport(
  meta: ArgMap['meta'],
  draftNodes: DraftNode[],
  relations: ArgMap['relations'],
  report: string[],
): ImportResult {
  const positioned =
    draftNodes.length > 0 && draftNodes.every((n) => n.position && Number.isFinite(n.position.x) && Number.isFinite(n.position.y));
  const nodes: ArgNode[] = draftNodes.map((n) => ({ ...n, position: positioned ? n.position! : { x: 0, y: 0 } }));
  const checked = loadMapJson(toMapFile({ meta, nodes, relations }));
  if (!checked.ok) return checked;
  report.push(...checked.repairs);
  let map = checked.map;
  if (!positioned && map.nodes.length) {
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    const positions = layoutTree(map, (id) => estimateNodeSize(byId.get(id)!));
    map = { ...map, nodes: map.nodes.map((n) => ({ ...n, position: positions[n.id] ?? n.position })) };
  }
  return { ok: true, map, report };
}

/** Ids that are unique within one import: a readable base, numbered when taken. */
export function idMaker(): (base: string) => string {
  const taken = new Set<string>();
  return (base) => {
    // A file's own id is kept exactly when it is free; otherwise a tidy, numbered variant.
    if (base && base.length <= 200 && !taken.has(base)) {
      taken.add(base);
      return base;
    }
    const clean = base.trim().replace(/\s+/g, ' ').slice(0, 80) || 'node';
    let id = clean;
    for (let i = 2; taken.has(id); i++) id = `${clean} (${i})`;
    taken.add(id);
    return id;
  };
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Shortens a text for a report line. */
export const quote = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
};
