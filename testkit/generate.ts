// A large, realistic-looking map for tests, benchmarks and the measuring scripts (scripts/):
// one main claim and a tree of reasons, objections, rebuttals, caveats, evidence and
// background, with co-premises and undercuts, text of varied length, laid out as a tidy tree.
// Pure and deterministic: the same seed gives the same map.
import type { ArgMap, ArgNode, NodeKind, Relation, RelationKind } from '../src/model/types.ts';
import { estimateNodeSize, layoutTree } from '../src/model/layout.ts';
import { seededRandom } from '../src/model/random.ts';

export { seededRandom };

const WORDS = (
  'alliance security pact treaty region cooperation pressure history memory trust election opposition public opinion ' +
  'defence information intelligence exchange government minister cabinet signing postponed analysts expect domestic ' +
  'neighbours influence balance deterrence dialogue summit talks sanctions economy trade investment islands dispute ' +
  'apology compensation remilitarisation pragmatism realpolitik hub-and-spokes network partners rival restraint'
).split(' ');

const CHILD_KINDS: [NodeKind, RelationKind][] = [
  ['premise', 'supports'],
  ['premise', 'supports'],
  ['objection', 'opposes'],
  ['evidence', 'supports'],
  ['caveat', 'qualifies'],
  ['rebuttal', 'opposes'],
  ['context', 'supports'],
];

function sentence(random: () => number): string {
  const length = 5 + Math.floor(random() * random() * 40);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** A map of `count` nodes (at least 1). */
export function generateMap(count: number, seed = 1): ArgMap {
  const random = seededRandom(seed);
  const nodes: ArgNode[] = [{ id: 'n0', kind: 'claim', text: `Main claim: ${sentence(random)}`, position: { x: 0, y: 0 } }];
  const relations: Relation[] = [];
  const undercuts = Math.floor(count / 60);
  const treeSize = Math.max(1, count - undercuts);
  // Breadth-first: each node gets 1–4 children until there are enough.
  for (let parent = 0; nodes.length < treeSize; parent++) {
    const children = 1 + Math.floor(random() * 4);
    const groupChance = random();
    for (let c = 0; c < children && nodes.length < treeSize; c++) {
      const [kind, relationKind] = CHILD_KINDS[Math.floor(random() * CHILD_KINDS.length)]!;
      const id = `n${nodes.length}`;
      nodes.push({
        id,
        kind,
        text: sentence(random),
        position: { x: 0, y: 0 },
        source: random() < 0.3 ? { paragraph: String(1 + Math.floor(random() * 12)) } : undefined,
      });
      const relation: Relation = { id: `r${relations.length}`, kind: relationKind, from: id, to: `n${parent}` };
      // Two supporting reasons of one parent are sometimes co-premises.
      if (relationKind === 'supports' && kind === 'premise' && groupChance < 0.15) relation.group = `g${parent}`;
      relations.push(relation);
    }
  }
  // Groups need two members to mean anything.
  const members = new Map<string, number>();
  for (const r of relations) if (r.group) members.set(r.group, (members.get(r.group) ?? 0) + 1);
  for (const r of relations) if (r.group && members.get(r.group)! < 2) delete r.group;
  // A few undercuts: an objection attacks a support link elsewhere in the map.
  const supports = relations.filter((r) => r.kind === 'supports' && !r.group);
  for (let i = 0; i < undercuts && supports.length && nodes.length < count; i++) {
    const target = supports[Math.floor(random() * supports.length)]!;
    const id = `n${nodes.length}`;
    nodes.push({ id, kind: 'objection', text: `The inference does not hold: ${sentence(random)}`, position: { x: 0, y: 0 } });
    relations.push({ id: `r${relations.length}`, kind: 'undercuts', from: id, to: target.id });
  }
  for (const n of nodes) if (!n.source) delete n.source;
  const map: ArgMap = {
    meta: { title: `Generated map (${nodes.length} nodes, seed ${seed})`, description: 'Made by generateMap for tests and benchmarks.' },
    nodes,
    relations,
  };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const positions = layoutTree(map, (id) => estimateNodeSize(byId.get(id)!));
  return { ...map, nodes: nodes.map((n) => ({ ...n, position: positions[n.id] ?? n.position })) };
}

/**
 * A debate-shaped map as found in public debates (and as the large-maps issue describes
 * them): a claim tree, 2–4 children per node, about 20 % objections, about 10 % extra
 * cross links to shallower nodes, 6–14 words a statement. Positions are all 0 unless
 * `laidOut` (then the tidy layout), so it can stand for a file with no positions yet.
 */
export function generateDebateMap(count: number, seed = 1, opts: { laidOut?: boolean } = {}): ArgMap {
  const random = seededRandom(seed);
  const words = (min: number, max: number) => {
    const length = min + Math.floor(random() * (max - min + 1));
    const out: string[] = [];
    for (let i = 0; i < length; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]!);
    const text = out.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const nodes: ArgNode[] = [{ id: 'n0', kind: 'claim', text: words(6, 14), position: { x: 0, y: 0 } }];
  const depth = [0];
  const relations: Relation[] = [];
  for (let parent = 0; nodes.length < count; parent++) {
    const children = 2 + Math.floor(random() * 3);
    for (let c = 0; c < children && nodes.length < count; c++) {
      const objection = random() < 0.2;
      const kind: NodeKind = objection ? 'objection' : random() < 0.15 ? 'evidence' : 'premise';
      const id = `n${nodes.length}`;
      nodes.push({ id, kind, text: words(6, 14), position: { x: 0, y: 0 } });
      depth.push(depth[parent]! + 1);
      relations.push({ id: `r${relations.length}`, kind: objection ? 'opposes' : 'supports', from: id, to: `n${parent}` });
    }
  }
  // Cross links: a node also bears on a node nearer the root (never its own parent).
  const cross = Math.floor(count * 0.1);
  const linked = new Set(relations.map((r) => `${r.from}>${r.to}`));
  for (let i = 0, tries = 0; i < cross && tries < cross * 10; tries++) {
    const from = 1 + Math.floor(random() * (nodes.length - 1));
    const to = Math.floor(random() * nodes.length);
    if (depth[to]! >= depth[from]! || linked.has(`n${from}>n${to}`)) continue;
    linked.add(`n${from}>n${to}`);
    relations.push({
      id: `r${relations.length}`,
      kind: nodes[from]!.kind === 'objection' ? 'opposes' : 'supports',
      from: `n${from}`,
      to: `n${to}`,
    });
    i++;
  }
  const map: ArgMap = {
    meta: {
      title: `Debate map (${nodes.length} statements, seed ${seed})`,
      description: 'Made by generateDebateMap for tests and benchmarks.',
    },
    nodes,
    relations,
  };
  if (!opts.laidOut) return map;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const positions = layoutTree(map, (id) => estimateNodeSize(byId.get(id)!));
  return { ...map, nodes: nodes.map((n) => ({ ...n, position: positions[n.id] ?? n.position })) };
}
