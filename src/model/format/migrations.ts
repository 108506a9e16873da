// Numbered, gap-free migrations: MIGRATIONS[n] turns a version-n document into version n+1.
// Each works on plain JSON and must not throw on odd input: restore.ts repairs what is left.
import { FORMAT_VERSION } from './schema.ts';

type Json = Record<string, unknown>;
export type Migration = (doc: Json) => Json;

const asRecord = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Version 0 was the pre-release draft: flat x/y, `type`/`label` on nodes, `edges` with source/target. */
const v0ToV1: Migration = (doc) => ({
  format: doc.format,
  version: 1,
  meta: { title: doc.title ?? 'Untitled map', description: doc.description ?? '' },
  nodes: asArray(doc.nodes).map((raw) => {
    const { type, label, x, y, note, ...rest } = asRecord(raw);
    return { ...rest, kind: type, text: label, position: { x, y }, ...(note !== undefined ? { notes: note } : {}) };
  }),
  relations: asArray(doc.edges).map((raw) => {
    const { type, source, target, ...rest } = asRecord(raw);
    return { ...rest, kind: type, from: source, to: target };
  }),
});

/**
 * Version 2 adds evaluation marks, relation weights, collapsed nodes and the focused
 * node, all optional, and makes relation order meaningful (it is the outline's sibling
 * order). A version-1 file is a valid version-2 file with none of them.
 */
const v1ToV2: Migration = (doc) => ({ ...doc, version: 2 });

/**
 * Version 3 adds source texts (`sources`) and node anchors (`anchor`), both optional. A
 * version-2 file has neither; its nodes' `source` citations (document, section, paragraph,
 * quote) stay as they are, so the words a v2 map cites can still be anchored by hand.
 */
const v2ToV3: Migration = (doc) => ({ ...doc, version: 3 });

/**
 * Version 4 adds comments (`comments`), argumentation schemes on relations (`scheme`) and the
 * exercise block (`exercise`), all optional: a version-3 file has none of them.
 */
const v3ToV4: Migration = (doc) => ({ ...doc, version: 4 });

export const MIGRATIONS: Record<number, Migration> = { 0: v0ToV1, 1: v1ToV2, 2: v2ToV3, 3: v3ToV4 };
export const OLDEST_VERSION = 0;

/** Upgrades step by step; returns the versions it passed through. */
export function migrate(doc: Json, from: number): { doc: Json; steps: number[] } {
  const steps: number[] = [];
  let current = doc;
  for (let v = from; v < FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from format version ${v}`);
    current = step(current);
    steps.push(v + 1);
  }
  return { doc: current, steps };
}
