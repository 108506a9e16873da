// A student's copy of a key map, for the compare tests and benchmark: seeded edits of the
// kinds a student makes (statements left out, added, reworded, of another kind; relations of
// another kind or drawn the wrong way round), and optionally every id renamed, as if the
// student had built the map from scratch. Also the single edits the property tests apply.
import { removeElements } from '../../src/model/operations.ts';
import type { ArgMap, ArgNode, NodeKind, Relation, RelationKind } from '../../src/model/types.ts';
import { NODE_KINDS } from '../../src/model/types.ts';
import { seededRandom } from '../../testkit/generate.ts';

export interface StudentEdits {
  /** Share of statements left out (with their relations). */
  deleted: number;
  /** Share of statements added (a new reason under a random statement). */
  added: number;
  /** Share of statements with one word replaced (statements of eight words or more). */
  reworded: number;
  /** Share of statements given another kind. */
  kindChanged: number;
  /** Share of relations between statements given another kind. */
  relationKindChanged: number;
  /** Share of relations between statements drawn the other way round. */
  reversed: number;
  /** Rename every id (statements, relations, groups). */
  renameIds: boolean;
}

export const TYPICAL: StudentEdits = {
  deleted: 0.03,
  added: 0.03,
  reworded: 0.05,
  kindChanged: 0.03,
  relationKindChanged: 0.03,
  reversed: 0.02,
  renameIds: false,
};

const NEW_WORDS = 'students often write short sentences about treaties neighbours and trust in the region'.split(' ');

export function studentCopy(key: ArgMap, seed: number, edits: StudentEdits = TYPICAL): ArgMap {
  const random = seededRandom(seed);
  const some = <T>(items: T[], share: number) => items.filter(() => random() < share);
  let map: ArgMap = structuredClone(key);

  map = removeElements(
    map,
    some(map.nodes.slice(1), edits.deleted).map((n) => n.id),
  );

  const reworded = new Set(some(map.nodes, edits.reworded).map((n) => n.id));
  const kindChanged = new Set(some(map.nodes, edits.kindChanged).map((n) => n.id));
  map.nodes = map.nodes.map((n) => {
    let next = n;
    const words = n.text.split(' ');
    if (reworded.has(n.id) && words.length >= 8) {
      const at = 1 + Math.floor(random() * (words.length - 2));
      words[at] = NEW_WORDS[Math.floor(random() * NEW_WORDS.length)]!;
      next = { ...next, text: words.join(' ') };
    }
    if (kindChanged.has(n.id)) next = { ...next, kind: otherKind(n.kind, random) };
    return next;
  });

  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const flipped = new Set(
    some(
      map.relations.filter((r) => nodeIds.has(r.to)),
      edits.relationKindChanged,
    ).map((r) => r.id),
  );
  const reversed = new Set(
    some(
      map.relations.filter((r) => nodeIds.has(r.to) && !flipped.has(r.id) && !r.group),
      edits.reversed,
    ).map((r) => r.id),
  );
  map.relations = map.relations.map((r) => {
    if (flipped.has(r.id)) return { ...r, kind: otherRelationKind(r.kind) };
    if (reversed.has(r.id)) return { ...r, from: r.to, to: r.from };
    return r;
  });

  const additions = Math.round(key.nodes.length * edits.added);
  for (let i = 0; i < additions; i++) {
    const parent = map.nodes[Math.floor(random() * map.nodes.length)]!;
    const text = Array.from({ length: 6 + Math.floor(random() * 6) }, () => NEW_WORDS[Math.floor(random() * NEW_WORDS.length)]).join(' ');
    const node: ArgNode = { id: `added-${i}`, kind: 'premise', text: `Added: ${text}.`, position: { x: 0, y: 0 } };
    map.nodes.push(node);
    map.relations.push({ id: `added-r${i}`, kind: 'supports', from: node.id, to: parent.id });
  }
  return edits.renameIds ? renameIds(map, `s${seed}-`) : map;
}

/** The same map with every statement, relation and group id replaced (in a shuffled order of statements). */
export function renameIds(map: ArgMap, prefix = 'x-'): ArgMap {
  const ids = new Map<string, string>();
  map.nodes.forEach((n, i) => ids.set(n.id, `${prefix}n${i}`));
  map.relations.forEach((r, i) => ids.set(r.id, `${prefix}r${i}`));
  const rename = (id: string) => ids.get(id) ?? id;
  return {
    ...map,
    nodes: map.nodes.map((n) => ({ ...n, id: rename(n.id) })),
    relations: map.relations.map((r): Relation => ({
      ...r,
      id: rename(r.id),
      from: rename(r.from),
      to: rename(r.to),
      ...(r.group ? { group: `${prefix}${r.group}` } : {}),
    })),
  };
}

function otherKind(kind: NodeKind, random: () => number): NodeKind {
  const others = NODE_KINDS.filter((k) => k !== kind);
  return others[Math.floor(random() * others.length)]!;
}

/** Supports ↔ opposes, qualifies → opposes (never undercuts, which needs a relation target). */
export function otherRelationKind(kind: RelationKind): RelationKind {
  return kind === 'supports' ? 'opposes' : kind === 'opposes' ? 'supports' : kind === 'qualifies' ? 'opposes' : kind;
}
