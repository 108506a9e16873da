// Keys for derived data, so that work done per change grows with what changed, not with
// the map. Each view returns the map, or an earlier map equal to it in everything the view
// reads; memoize on the view and a drag (positions) or a text edit (texts) recomputes
// nothing that does not read them. A view's other fields may be stale: read only what it
// promises. One slot each: the app derives from one map at a time.
import type { ArgMap, ArgNode } from '../model/types.ts';

/** A memoizing view: same nodes in the same order (by `sameNode`), same relations array, same rest. */
function createMapView(sameNode: (a: ArgNode, b: ArgNode) => boolean, sameRest: (a: ArgMap, b: ArgMap) => boolean) {
  let lastMap: ArgMap | null = null;
  let lastView: ArgMap | null = null;
  return (map: ArgMap): ArgMap => {
    if (map === lastMap) return lastView!;
    if (map === lastView) return map; // a view passed back in: keep the slot for the current map
    const prev = lastView;
    const same =
      prev !== null &&
      prev.relations === map.relations &&
      prev.nodes.length === map.nodes.length &&
      sameRest(prev, map) &&
      map.nodes.every((n, i) => sameNode(n, prev.nodes[i]!));
    lastMap = map;
    lastView = same ? prev : map;
    return lastView;
  };
}

/**
 * Ids, kinds, texts, marks and relations (what the evaluation, the balance and the
 * screen-reader labels read). Positions, notes, sources, folding and meta may be stale.
 */
export const contentOf = createMapView(
  (a, b) => a === b || (a.id === b.id && a.kind === b.kind && a.mark === b.mark && a.text === b.text),
  () => true,
);

/**
 * The argument's structure: ids, kinds, folding, relations and the focus (what the visibility
 * reads). Positions, texts and everything else may be stale.
 */
export const structureOf = createMapView(
  (a, b) => a === b || (a.id === b.id && a.kind === b.kind && !!a.collapsed === !!b.collapsed),
  (a, b) => a.meta.focus === b.meta.focus,
);

/** Everything about the nodes but their positions (what the search reads). Meta may be stale. */
export const unmovedOf = createMapView(sameExceptPosition, () => true);

/** Two versions of a node alike in every field but the position. */
export function sameExceptPosition(a: ArgNode, b: ArgNode): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof ArgNode)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => k === 'position' || a[k] === b[k]);
}
