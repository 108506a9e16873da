// Where a new child appears before the user (or Layout) arranges it: below its parent,
// right of the siblings already there, and moved right past any box it would cover.
import type { ArgMap, Point } from './types.ts';
import { estimateNodeSize, type Size } from './layout.ts';

const GAP_X = 40;
const GAP_Y = 80;

export function childPosition(map: ArgMap, parentId: string, sizeOf: (id: string) => Size): Point {
  const size = estimateNodeSize({ id: '', kind: 'premise', text: '', position: { x: 0, y: 0 } });
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const parent = byId.get(parentId);
  if (!parent) return { x: 0, y: 0 };
  const siblings = map.relations.filter((r) => r.to === parentId).flatMap((r) => byId.get(r.from) ?? []);
  let x = parent.position.x;
  let y = parent.position.y + sizeOf(parentId).height + GAP_Y;
  if (siblings.length) {
    x = Math.max(...siblings.map((s) => s.position.x + sizeOf(s.id).width)) + GAP_X;
    y = Math.max(y, Math.min(...siblings.map((s) => s.position.y)));
  }
  return clearOfOthers(map, sizeOf, { x, y }, size);
}

/** Slides a box right until it overlaps no node (keeping a gap); at most one pass per node. */
function clearOfOthers(map: ArgMap, sizeOf: (id: string) => Size, at: Point, size: Size): Point {
  const boxes = map.nodes.map((n) => ({ ...n.position, ...sizeOf(n.id) }));
  let x = at.x;
  for (let pass = 0; pass <= boxes.length; pass++) {
    const hit = boxes.find(
      (b) =>
        x < b.x + b.width + GAP_X / 2 &&
        b.x < x + size.width + GAP_X / 2 &&
        at.y < b.y + b.height + GAP_X / 2 &&
        b.y < at.y + size.height + GAP_X / 2,
    );
    if (!hit) break;
    x = hit.x + hit.width + GAP_X;
  }
  return { x, y: at.y };
}
