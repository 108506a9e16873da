import { bench, describe } from 'vitest';
import { evaluate, type EvaluationInput, type Judgement } from '../../src/model/evaluation';
import type { ArgMap, ArgNode, Relation } from '../../src/model/types';

/**
 * A deterministic argument-map-like graph: node i hangs under a pseudo-random earlier node
 * (biased towards recent ones), with mixed relation kinds, co-premise groups, undercuts,
 * some back-edges (so there are attack and support cycles), weak and zero weights, and
 * about 10% of the statements marked by the user.
 */
function generate(count: number): { map: ArgMap; input: EvaluationInput } {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const nodes: ArgNode[] = [];
  const relations: Relation[] = [];
  const status: Record<string, Judgement> = {};
  const weight: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    nodes.push({ id: `n${i}`, kind: i === 0 ? 'claim' : 'premise', text: '', position: { x: 0, y: 0 } });
    if (random() < 0.1) status[`n${i}`] = random() < 0.5 ? 'accepted' : 'rejected';
    if (i === 0) continue;
    const roll = random();
    const id = `r${relations.length}`;
    if (roll < 0.05 && relations.length > 0) {
      relations.push({ id, kind: 'undercuts', from: `n${i}`, to: relations[Math.floor(random() * relations.length)]!.id });
      continue;
    }
    const parent = Math.max(0, i - 1 - Math.floor(random() * Math.min(i, 50)));
    const kind = roll < 0.6 ? 'supports' : roll < 0.85 ? 'opposes' : 'qualifies';
    const relation: Relation = { id, kind, from: `n${i}`, to: `n${parent}` };
    if (kind === 'supports' && random() < 0.3) relation.group = `g${parent}`;
    relations.push(relation);
    const w = random();
    if (w < 0.2) weight[id] = 0.5;
    else if (w < 0.22) weight[id] = 0;
    // A few back-edges: a parent attacking its child closes a cycle.
    if (random() < 0.03) relations.push({ id: `b${i}`, kind: 'opposes', from: `n${parent}`, to: `n${i}` });
  }
  return { map: { meta: { title: 'bench', description: '' }, nodes, relations }, input: { status, weight } };
}

describe('evaluate', () => {
  for (const count of [1_000, 5_000]) {
    const { map, input } = generate(count);
    bench(`${count.toLocaleString('en')} nodes`, () => {
      evaluate(map, input);
    });
  }
});
