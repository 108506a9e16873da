// What a round trip through another format must keep: every node's text and kind (or kind
// class), every relation's ends and kind, every co-premise group. Nodes are compared by
// their place in the map (both writers keep the order; ids are not carried by AIF).
import type { ArgMap } from '../../../src/model/types.ts';
import { kindClass } from '../../../src/model/interop/types.ts';

export function signature(map: ArgMap, kinds: 'exact' | 'class') {
  const index = new Map(map.nodes.map((n, i) => [n.id, i]));
  const relById = new Map(map.relations.map((r) => [r.id, r]));
  const end = (id: string) => index.get(id) ?? `?${id}`;
  const relationKey = (id: string): string => {
    const r = relById.get(id);
    if (!r) return `?${id}`;
    // An undercut of a co-premise attacks the whole linked reason.
    return r.group ? `group→${end(r.to)}:${r.kind}` : `${end(r.from)}-${r.kind}→${end(r.to)}`;
  };
  const relations = map.relations
    .map((r) => (r.kind === 'undercuts' ? `${end(r.from)} undercuts (${relationKey(r.to)})` : `${end(r.from)}-${r.kind}→${end(r.to)}`))
    .sort();
  const groups = new Map<string, number[]>();
  for (const r of map.relations)
    if (r.group) {
      const key = `${r.group}\u0000${r.to}\u0000${r.kind}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(index.get(r.from)!);
    }
  const groupKeys = [...groups].map(([key, from]) => `${from.sort((a, b) => a - b).join('+')}→${end(key.split('\u0000')[1]!)}`).sort();
  return {
    nodes: map.nodes.map((n) => ({ text: n.text, kind: kinds === 'exact' ? n.kind : kindClass(n.kind) })),
    relations,
    groups: groupKeys,
  };
}
