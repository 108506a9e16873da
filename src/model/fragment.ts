// Copy and paste: a fragment is the selected nodes and the relations among them (plus
// undercuts of those relations), with fresh ids on paste so it never collides.
import type { ArgMap, ArgNode, Relation } from './types.ts';
import { followSchemeRefs } from './schemes/refs.ts';
import { makeId } from './ids.ts';
import type { loadMapJson } from './format/load.ts';
import { FORMAT_NAME, FORMAT_VERSION } from './format/version.ts';

export const FRAGMENT_FORMAT = 'argmap-fragment';

export interface Fragment {
  format: typeof FRAGMENT_FORMAT;
  nodes: ArgNode[];
  relations: Relation[];
}

export function copyFragment(map: ArgMap, nodeIds: Iterable<string>): Fragment {
  const ids = new Set(nodeIds);
  const nodes = map.nodes.filter((n) => ids.has(n.id));
  let relations = map.relations.filter((r) => ids.has(r.from) && ids.has(r.to));
  // Undercuts of copied links come along when their source is copied too.
  const linkIds = new Set(relations.map((r) => r.id));
  relations = [...relations, ...map.relations.filter((r) => r.kind === 'undercuts' && ids.has(r.from) && linkIds.has(r.to))];
  // Schemes keep only the statements copied with them.
  relations = relations.map((r) => (r.scheme ? { ...r, scheme: followSchemeRefs(r.scheme, (id) => (ids.has(id) ? id : undefined)) } : r));
  return { format: FRAGMENT_FORMAT, nodes, relations };
}

/** Whether clipboard text may be a fragment: a cheap test, before the reader is loaded. */
export const mayBeFragment = (text: string): boolean => text.includes(`"${FRAGMENT_FORMAT}"`);

/**
 * Reads a fragment from clipboard text, checked like a file by `load` (the file reader's
 * loadMapJson, passed in because it loads on first use); anything else gives null.
 */
export function parseFragment(text: string, load: typeof loadMapJson): Fragment | null {
  let value: Partial<Fragment>;
  try {
    value = JSON.parse(text) as Partial<Fragment>;
  } catch {
    return null;
  }
  if (value?.format !== FRAGMENT_FORMAT) return null;
  // Anchors name sources of the map they were copied from: placeholders keep them through
  // the check; pasteFragment keeps those whose source the target map has.
  const sourceIds = Array.isArray(value.nodes)
    ? [
        ...new Set(
          value.nodes.map((n) => (n as Partial<ArgNode>)?.anchor?.source).filter((id): id is string => typeof id === 'string' && id !== ''),
        ),
      ]
    : [];
  const sources = sourceIds.map((id) => ({ id, title: '' }));
  const loaded = load({
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: { title: '', description: '' },
    nodes: value.nodes,
    relations: value.relations ?? [],
    ...(sources.length ? { sources } : {}),
  });
  return loaded.ok ? { format: FRAGMENT_FORMAT, nodes: loaded.map.nodes, relations: loaded.map.relations } : null;
}

/** Adds a copy of the fragment, moved by `offset`, with new ids; returns the new node ids. */
export function pasteFragment(map: ArgMap, fragment: Fragment, offset: { x: number; y: number }): { map: ArgMap; nodeIds: string[] } {
  const taken = new Set([...map.nodes.map((n) => n.id), ...map.relations.map((r) => r.id)]);
  const rename = new Map<string, string>();
  const fresh = (old: string, prefix: string) => {
    const id = makeId(prefix, taken);
    taken.add(id);
    rename.set(old, id);
    return id;
  };
  const nodes = fragment.nodes.map((n) => ({
    ...n,
    id: fresh(n.id, 'n'),
    position: { x: n.position.x + offset.x, y: n.position.y + offset.y },
  }));
  for (const r of fragment.relations) fresh(r.id, 'r');
  const groups = new Map<string, string>();
  const relations = fragment.relations
    .map((r): Relation | null => {
      const from = rename.get(r.from);
      const to = rename.get(r.to);
      if (!from || !to) return null;
      const copy: Relation = { ...r, id: rename.get(r.id)!, from, to };
      if (r.scheme) copy.scheme = followSchemeRefs(r.scheme, (id) => rename.get(id));
      if (r.group) {
        if (!groups.has(r.group)) groups.set(r.group, makeId('g', new Set(groups.values())));
        copy.group = groups.get(r.group)!;
      }
      return copy;
    })
    .filter((r): r is Relation => r !== null);
  const sources = new Set((map.sources ?? []).map((s) => s.id));
  const pastedNodes = nodes.map((n) => {
    const { collapsed: _collapsed, anchor, ...rest } = n;
    // An anchor into a source this map does not have could never be shown.
    return anchor && sources.has(anchor.source) ? { ...rest, anchor } : rest;
  });
  return {
    map: { ...map, nodes: [...map.nodes, ...pastedNodes], relations: [...map.relations, ...relations] },
    nodeIds: pastedNodes.map((n) => n.id),
  };
}
