// Part of a map: some of its nodes, the relations among them, and the undercuts of those
// relations (an undercut attacks a link, so it goes only where the link goes). Shared by the
// export of a selection and by the slides (the map as it appears at each presentation step).
import type { ArgMap } from './types.ts';

export function partOfMap(map: ArgMap, nodeIds: Iterable<string>): ArgMap {
  const keep = new Set(nodeIds);
  const nodes = map.nodes.filter((n) => keep.has(n.id));
  const kept = new Set<string>();
  const relations = map.relations.filter((r) => r.kind !== 'undercuts' && keep.has(r.from) && keep.has(r.to));
  for (const r of relations) kept.add(r.id);
  // Undercuts target relations, possibly other undercuts: add them until nothing changes.
  let added = true;
  while (added) {
    added = false;
    for (const r of map.relations)
      if (r.kind === 'undercuts' && !kept.has(r.id) && keep.has(r.from) && kept.has(r.to)) {
        relations.push(r);
        kept.add(r.id);
        added = true;
      }
  }
  const order = new Map(map.relations.map((r, i) => [r.id, i]));
  relations.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { meta: map.meta, nodes, relations };
}
