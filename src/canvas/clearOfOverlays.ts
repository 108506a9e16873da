// Where a new statement goes when the spot asked for lies under something floating over the
// canvas (the legend, the focus banner, the minimap, the zoom buttons): moved as little as
// possible to be seen whole. Screen rectangles only; pure.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

/**
 * `box` moved the least distance so that it overlaps none of `overlays` (`gap` apart), beside
 * one of them and inside `within`; unchanged when it is clear already or no such place exists.
 */
export function clearOf(box: Rect, overlays: readonly Rect[], within: Rect, gap = 12): Rect {
  if (!overlays.some((o) => overlaps(box, o))) return box;
  const candidates = overlays.flatMap((o) => [
    { ...box, x: o.x + o.width + gap },
    { ...box, x: o.x - gap - box.width },
    { ...box, y: o.y + o.height + gap },
    { ...box, y: o.y - gap - box.height },
  ]);
  const distance = (r: Rect) => Math.hypot(r.x - box.x, r.y - box.y);
  const fits = candidates
    .filter((c) => inside(c, within) && !overlays.some((o) => overlaps(c, o)))
    .sort((p, q) => distance(p) - distance(q));
  return fits[0] ?? box;
}
