// One of the two maps being compared, indexed once: statements and relations by id (a
// corrupt file's duplicate ids keep the first, as the argument tree does), prepared texts,
// who is next to whom, and the reading order (the outline's pre-order) used to list
// verdicts and differences.
import type { ArgMap, ArgNode, Relation } from '../types.ts';
import { buildArgumentTree } from '../tree.ts';
import type { PreparedText, Vocabulary } from './similarity.ts';

export interface Side {
  map: ArgMap;
  nodes: ArgNode[];
  nodeIndex: Map<string, number>;
  relations: Relation[];
  relationIndex: Map<string, number>;
  /** A statement's prepared text, prepared on first use (most statements of a map made from the key never need it). */
  text(i: number): PreparedText;
  /** Statements joined to each statement by a relation, either way (an undercut joins its source to both ends of the link it attacks). */
  neighbours: number[][];
  /** Statement indices in reading order. */
  order: number[];
  /** Position of each statement in `order`. */
  rank: Int32Array;
  /** The statement each hangs under in the argument tree, -1 for a root. */
  parent: number[];
}

export function makeSide(map: ArgMap, vocabulary: Vocabulary): Side {
  const tree = buildArgumentTree(map);
  const nodes = tree.nodes;
  const nodeIndex = tree.index;
  const relations: Relation[] = [];
  const relationIndex = new Map<string, number>();
  for (const rel of map.relations) {
    if (relationIndex.has(rel.id)) continue;
    relationIndex.set(rel.id, relations.length);
    relations.push(rel);
  }
  const texts: (PreparedText | undefined)[] = new Array(nodes.length);
  const text = (i: number) => (texts[i] ??= vocabulary.prepare(nodes[i]!.text));
  const neighbours: number[][] = nodes.map(() => []);
  const join = (a: number | undefined, b: number | undefined) => {
    if (a === undefined || b === undefined || a === b) return;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  };
  for (const rel of relations) {
    const from = nodeIndex.get(rel.from);
    const toNode = nodeIndex.get(rel.to);
    if (toNode !== undefined) join(from, toNode);
    else {
      const at = relationIndex.get(rel.to);
      const target = at === undefined ? undefined : relations[at];
      if (target) {
        join(from, nodeIndex.get(target.from));
        join(from, nodeIndex.get(target.to));
      }
    }
  }
  const rank = new Int32Array(nodes.length);
  tree.order.forEach((v, i) => (rank[v] = i));
  return { map, nodes, nodeIndex, relations, relationIndex, text, neighbours, order: tree.order, rank, parent: tree.parent };
}

/** The first words of a statement, for messages. */
export function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
