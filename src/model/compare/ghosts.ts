// Where the parts of the key a student left out are drawn on the student's map, as dashed
// "ghosts" (issue 19, the comparison view; docs/grading.md#in-the-editor). Pure: the two maps and
// their comparison in, positions out.
//
// A missing statement goes where the key has it, carried over by the statements both maps
// share: for each of its neighbours in the key (joined by a relation) that is matched, or already
// placed as a ghost, the key's offset from that neighbour is added to where the neighbour is on
// the student's map, and the results are averaged. A missing subtree so stays together under the
// student's version of its parent, wherever the student put it. A statement with no placed
// neighbour takes the offset of the nearest (in the key) statement that is placed; when nothing at
// all is matched (a text exercise not yet begun), the key's layout is drawn to the right of the
// student's map. Finally each ghost is moved to the nearest free spot, so that it covers neither
// a statement of the student's nor another ghost.
import { estimateNodeSize, type Size } from '../layout.ts';
import type { ArgMap, NodeKind, Point, RelationKind } from '../types.ts';
import type { Comparison } from './types.ts';

/** Ghost ids: the key's id behind this prefix (never an id of the student's map, which the prefix keeps apart). */
export const GHOST_PREFIX = 'ghost:';
export const ghostId = (keyId: string) => `${GHOST_PREFIX}${keyId}`;

/** A key statement the student's map lacks, where it would go. */
export interface GhostStatement {
  id: string;
  keyId: string;
  kind: NodeKind;
  text: string;
  position: Point;
  size: Size;
}

/**
 * A key relation the student's map lacks. Each end is a statement of the student's map, a ghost
 * statement, or (`to` of an undercut, `toRelation`) a relation of the student's map or a ghost relation.
 */
export interface GhostRelation {
  id: string;
  keyId: string;
  kind: RelationKind;
  from: string;
  to: string;
  toRelation?: boolean;
}

export interface Ghosts {
  statements: GhostStatement[];
  relations: GhostRelation[];
}

/** Room left between a ghost and what is around it. */
export const GHOST_GAP = 24;
/** How far (in rings of candidate spots) a ghost is moved to find a free spot. */
const MAX_RINGS = 12;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width + GHOST_GAP &&
  b.x < a.x + a.width + GHOST_GAP &&
  a.y < b.y + b.height + GHOST_GAP &&
  b.y < a.y + a.height + GHOST_GAP;

function bounds(rects: Iterable<Rect>): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The ghosts of every missing statement and relation. `sizeOf` gives the size a statement of the
 * student's map has on screen (measured), when known; otherwise it is estimated.
 */
export function placeGhosts(key: ArgMap, submission: ArgMap, comparison: Comparison, sizeOf?: (id: string) => Size | undefined): Ghosts {
  const keyNodes = new Map(key.nodes.map((n) => [n.id, n]));
  const keyRelations = new Map(key.relations.map((r) => [r.id, r]));
  const studentNodes = new Map(submission.nodes.map((n) => [n.id, n]));
  const keyToStudent = new Map(comparison.matches.map((m) => [m.keyId, m.submissionId]));

  // Where each key statement is on the student's map: matched ones where the student put them.
  const placed = new Map<string, Point>();
  for (const [k, s] of keyToStudent) {
    const node = studentNodes.get(s);
    if (node && keyNodes.has(k)) placed.set(k, node.position);
  }

  // Neighbours in the key, either way; an undercut joins its source to both ends of the link it attacks.
  const neighbours = new Map<string, string[]>();
  const join = (a: string | undefined, b: string | undefined) => {
    if (!a || !b || a === b || !keyNodes.has(a) || !keyNodes.has(b)) return;
    (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push(b);
    (neighbours.get(b) ?? neighbours.set(b, []).get(b)!).push(a);
  };
  for (const r of key.relations) {
    const attacked = keyRelations.get(r.to);
    if (attacked) {
      join(r.from, attacked.from);
      join(r.from, attacked.to);
    } else join(r.from, r.to);
  }

  const missing = comparison.statements
    .filter((v) => v.verdict === 'missing' && keyNodes.has(v.keyId!))
    .map((v) => keyNodes.get(v.keyId!)!);
  const at = new Map<string, Point>();
  const carried = (k: string, via: string): Point => {
    const from = keyNodes.get(via)!.position;
    const to = placed.get(via)!;
    const p = keyNodes.get(k)!.position;
    return { x: to.x + p.x - from.x, y: to.y + p.y - from.y };
  };
  // Passes: each places the ghosts that have a placed neighbour, until none is left or none moves.
  let left = missing;
  while (left.length) {
    const next: typeof left = [];
    const now = new Map<string, Point>();
    for (const n of left) {
      const via = (neighbours.get(n.id) ?? []).filter((m) => placed.has(m));
      if (!via.length) {
        next.push(n);
        continue;
      }
      const points = via.map((m) => carried(n.id, m));
      now.set(n.id, { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length });
    }
    for (const [id, p] of now) {
      placed.set(id, p);
      at.set(id, p);
    }
    if (next.length === left.length) break;
    left = next;
  }
  // The rest: by the nearest placed statement in the key, or, with none, to the right of the student's map.
  if (left.length) {
    const anchors = [...placed.keys()];
    const studentBounds = bounds(submission.nodes.map((n) => ({ ...n.position, ...(sizeOf?.(n.id) ?? estimateNodeSize(n)) })));
    const keyBounds = bounds(left.map((n) => ({ ...n.position, ...estimateNodeSize(n) })))!;
    const shift = studentBounds
      ? { x: studentBounds.x + studentBounds.width + 4 * GHOST_GAP - keyBounds.x, y: studentBounds.y - keyBounds.y }
      : { x: 0, y: 0 };
    for (const n of left) {
      let nearest: string | undefined;
      let best = Infinity;
      for (const a of anchors) {
        const p = keyNodes.get(a)!.position;
        const d = (p.x - n.position.x) ** 2 + (p.y - n.position.y) ** 2;
        if (d < best) [best, nearest] = [d, a];
      }
      at.set(n.id, nearest ? carried(n.id, nearest) : { x: n.position.x + shift.x, y: n.position.y + shift.y });
    }
  }

  // Clear of the student's statements and of each other: the nearest free spot on a grid of card-sized steps.
  const taken = new RectIndex();
  for (const n of submission.nodes) taken.add({ ...n.position, ...(sizeOf?.(n.id) ?? estimateNodeSize(n)) });
  const statements: GhostStatement[] = [];
  for (const n of missing) {
    const size = estimateNodeSize(n);
    const want = at.get(n.id)!;
    const spot = freeSpot({ ...want, ...size }, taken);
    taken.add({ ...spot, ...size });
    statements.push({ id: ghostId(n.id), keyId: n.id, kind: n.kind, text: n.text, position: spot, size });
  }

  // Relations: each end where the student has it, else its ghost.
  const relationEnd = new Map<string, { id: string; isGhost: boolean }>();
  for (const v of comparison.relations)
    if (v.keyId && v.verdict !== 'extra')
      relationEnd.set(v.keyId, v.submissionId ? { id: v.submissionId, isGhost: false } : { id: ghostId(v.keyId), isGhost: true });
  const end = (k: string) => keyToStudent.get(k) ?? ghostId(k);
  const relations: GhostRelation[] = [];
  for (const v of comparison.relations) {
    if (v.verdict !== 'missing' || !v.keyId) continue;
    const r = keyRelations.get(v.keyId);
    if (!r || !keyNodes.has(r.from)) continue;
    const ghost: GhostRelation = { id: ghostId(r.id), keyId: r.id, kind: r.kind, from: end(r.from), to: '' };
    if (keyNodes.has(r.to)) ghost.to = end(r.to);
    else {
      const target = relationEnd.get(r.to);
      if (!target) continue;
      ghost.to = target.id;
      ghost.toRelation = true;
    }
    relations.push(ghost);
  }
  return { statements, relations };
}

/** `want` if it is free, else the nearest free spot on rings of card-sized steps around it (or `want` if none is near). */
function freeSpot(want: Rect, taken: RectIndex): Point {
  const stepX = want.width + GHOST_GAP;
  const stepY = want.height + GHOST_GAP;
  for (let ring = 0; ring <= MAX_RINGS; ring++) {
    const candidates: Point[] = [];
    for (let i = -ring; i <= ring; i++)
      for (let j = -ring; j <= ring; j++) if (Math.max(Math.abs(i), Math.abs(j)) === ring) candidates.push({ x: i, y: j });
    // Nearest first; below before beside before above (a ghost usually belongs under what it is near).
    candidates.sort((a, b) => Math.hypot(a.x * stepX, a.y * stepY) - Math.hypot(b.x * stepX, b.y * stepY) || b.y - a.y);
    for (const c of candidates) {
      const spot = { ...want, x: want.x + c.x * stepX, y: want.y + c.y * stepY };
      if (!taken.hits(spot)) return { x: spot.x, y: spot.y };
    }
  }
  return { x: want.x, y: want.y };
}

/** Rectangles in buckets of a grid, so that a map of thousands answers "is this spot free?" at once. */
class RectIndex {
  private static readonly CELL = 512;
  private readonly cells = new Map<string, Rect[]>();

  private each(r: Rect, visit: (key: string) => boolean | void): boolean {
    const c = RectIndex.CELL;
    for (let i = Math.floor((r.x - GHOST_GAP) / c); i <= Math.floor((r.x + r.width + GHOST_GAP) / c); i++)
      for (let j = Math.floor((r.y - GHOST_GAP) / c); j <= Math.floor((r.y + r.height + GHOST_GAP) / c); j++)
        if (visit(`${i},${j}`)) return true;
    return false;
  }

  add(r: Rect): void {
    this.each(r, (key) => void (this.cells.get(key) ?? this.cells.set(key, []).get(key)!).push(r));
  }

  hits(r: Rect): boolean {
    return this.each(r, (key) => !!this.cells.get(key)?.some((t) => overlaps(r, t)));
  }
}
