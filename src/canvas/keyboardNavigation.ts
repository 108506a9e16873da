// Moving around the canvas by keyboard: which node Tab stops at, and which node an arrow
// key goes to (the nearest one in that direction). Pure, tested in Node.
import type { ArgMap, Point } from '../model/types.ts';
import type { Size } from '../model/layout.ts';
import { UNMEASURED_CARD } from '../model/theme/card.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The main claim: a claim that bears on nothing, else the first node. */
export function mainNodeId(map: ArgMap): string | null {
  const bearing = new Set(map.relations.map((r) => r.from));
  return (map.nodes.find((n) => n.kind === 'claim' && !bearing.has(n.id)) ?? map.nodes[0])?.id ?? null;
}

/**
 * The node Tab stops at (the canvas is one stop; arrows go on from there): the selected
 * node, else the one that last had the focus, else the main claim. Never a hidden node.
 */
export function tabStopOf(
  map: ArgMap,
  selected: readonly string[],
  lastFocused: string | null,
  hidden?: ReadonlySet<string>,
): string | null {
  const shown = (id: string | null | undefined): id is string => !!id && !hidden?.has(id) && map.nodes.some((n) => n.id === id);
  const candidate = [selected[0], lastFocused, mainNodeId(map)].find(shown);
  if (candidate) return candidate;
  return map.nodes.find((n) => !hidden?.has(n.id))?.id ?? null;
}

/**
 * The nearest node whose centre lies in `direction` from the centre of `fromId`: distance
 * along the direction plus twice the sideways offset, so a node straight ahead wins over a
 * closer one far to the side.
 */
export function nearestInDirection(
  map: ArgMap,
  fromId: string,
  direction: Direction,
  sizes: Readonly<Record<string, Size>>,
  hidden?: ReadonlySet<string>,
): string | null {
  const centre = (id: string, at: Point): Point => {
    const s = sizes[id] ?? UNMEASURED_CARD;
    return { x: at.x + s.width / 2, y: at.y + s.height / 2 };
  };
  const from = map.nodes.find((n) => n.id === fromId);
  if (!from) return null;
  const c = centre(from.id, from.position);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const n of map.nodes) {
    if (n.id === fromId || hidden?.has(n.id)) continue;
    const p = centre(n.id, n.position);
    const dx = p.x - c.x;
    const dy = p.y - c.y;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (ahead <= 0.5) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = n.id;
    }
  }
  return best;
}
