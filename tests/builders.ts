// Small maps for tests, written out statement by statement:
//
//   mapOf([node('c', 'claim', 'Schools should start later'), node('a')], [rel('ra', 'a', 'c')])
//
// node(id, kind = 'premise', text = id, extra = {}) is a statement at (0, 0); `extra` adds or
// overrides fields: xy(x, y) for a position, { mark }, { collapsed: true }, { notes }…
// rel(id, from, to, kind = 'supports', extra = {}) is a relation `from` → `to`; `extra` adds
// { group } (linked premises), { weight }…
// mapOf(nodes, relations = [], meta = {}) is a map titled "t" with no description; `meta` adds
// or overrides fields ({ title }, { focus }…).
//
// A test file whose maps share other defaults says so once, at the top:
//
//   const { node, rel, mapOf } = builders({ text: (id) => id.toUpperCase(), meta: { title: 'Test map', description: '' } });
//
// For generated maps of any size, see testkit/generate.ts.
import type { ArgMap, ArgNode, MapMeta, NodeKind, Relation, RelationKind } from '../src/model/types.ts';

/** A position, for node's `extra`: node('a', 'premise', 'A', xy(-300, 200)). */
export const xy = (x: number, y: number): Pick<ArgNode, 'position'> => ({ position: { x, y } });

/** Freezes a value and everything in it, so that code which mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export interface BuilderDefaults {
  /** The text of a node built without one (default: its id). */
  text?: (id: string) => string;
  /** The meta of every map, before mapOf's own `meta` (default: title "t", no description). */
  meta?: MapMeta;
  /** Deep-freeze every map mapOf builds (default: no). */
  frozen?: boolean;
}

/** node, rel and mapOf with a test file's own defaults. */
export function builders({ text = (id) => id, meta = { title: 't', description: '' }, frozen = false }: BuilderDefaults = {}) {
  const node = (id: string, kind: NodeKind = 'premise', nodeText: string = text(id), extra: Partial<ArgNode> = {}): ArgNode => ({
    id,
    kind,
    text: nodeText,
    position: { x: 0, y: 0 },
    ...extra,
  });
  const rel = (id: string, from: string, to: string, kind: RelationKind = 'supports', extra: Partial<Relation> = {}): Relation => ({
    id,
    kind,
    from,
    to,
    ...extra,
  });
  const mapOf = (nodes: ArgNode[], relations: Relation[] = [], mapMeta: Partial<MapMeta> = {}): ArgMap => {
    const map: ArgMap = { meta: { ...meta, ...mapMeta }, nodes, relations };
    return frozen ? deepFreeze(map) : map;
  };
  return { node, rel, mapOf };
}

export const { node, rel, mapOf } = builders();
