// The evaluation feature's view of the store: the map's evaluation (computed once per
// change that can affect it, not per node and not on every drag frame), and the
// decorations it puts on canvas nodes when evaluation is on: status and explanation on
// every node, the balance on every node that reasons or objections bear on.
import { useMemo } from 'react';
import { useEditor } from './store.ts';
import type { NodeDecoration } from './nodeDecoration.ts';
import type { Evaluation, Label } from '../model/evaluation.ts';
import { evaluationEngine } from './evaluationEngine.ts';
import type { ArgMap } from '../model/types.ts';
import { contentOf } from './mapViews.ts';

const NONE: ReadonlyMap<string, NodeDecoration> = new Map();

let evaluatedFor: ArgMap | null = null;
let lastEvaluation: Evaluation | null = null;
let lastCarries: ReadonlyMap<string, Label> = new Map();

/** The evaluation of the map with its own marks and weights, computed once per content change. Only while evaluation is on (its model is loaded then). */
export function evaluationOf(map: ArgMap): Evaluation {
  const content = contentOf(map);
  if (content !== evaluatedFor || !lastEvaluation) {
    const { evaluate, inputFromMap } = evaluationEngine();
    lastEvaluation = evaluate(content, inputFromMap(content));
    // Whether each relation carries: its source statement and its inference both hold.
    const carries = new Map<string, Label>();
    for (const r of content.relations) {
      if (carries.has(r.id)) continue;
      const from = lastEvaluation.labels[r.from];
      const inference = lastEvaluation.labels[r.id];
      carries.set(r.id, from === 'out' || inference === 'out' ? 'out' : from === 'in' && inference === 'in' ? 'in' : 'undec');
    }
    lastCarries = carries;
    evaluatedFor = content;
  }
  return lastEvaluation;
}

/** Decorations for every node: status and explanation; balance where something bears on it. */
export function evaluationDecorations(map: ArgMap, evaluation: Evaluation): ReadonlyMap<string, NodeDecoration> {
  // "Something bears on it": a reason, objection or caveat points at it. (Undercuts point at
  // links, and only ever weigh on a node that has a reason, so they need no check.)
  const weighed = new Set<string>();
  for (const r of map.relations) if (r.kind !== 'undercuts') weighed.add(r.to);
  const out = new Map<string, NodeDecoration>();
  for (const n of map.nodes) {
    const status = evaluation.labels[n.id];
    if (!status || out.has(n.id)) continue;
    const decor: NodeDecoration = n.mark ? { status, marked: true } : { status };
    const explanation = evaluation.explanation[n.id];
    if (explanation) decor.explanation = explanation;
    const balance = evaluation.balance[n.id];
    if (balance && weighed.has(n.id)) decor.balance = { pro: balance.pro, con: balance.con };
    out.set(n.id, decor);
  }
  return out;
}

/** What the evaluation feature draws on canvas nodes (nothing when evaluation is off). */
export function useEvaluationDecorations(): ReadonlyMap<string, NodeDecoration> {
  const on = useEditor((s) => s.evaluationOn);
  const content = useEditor((s) => contentOf(s.map));
  return useMemo(() => (on ? evaluationDecorations(content, evaluationOf(content)) : NONE), [on, content]);
}

/** The evaluation when it is on, else null. Re-renders only when the content changes. */
export function useEvaluation(): Evaluation | null {
  const on = useEditor((s) => s.evaluationOn);
  const content = useEditor((s) => contentOf(s.map));
  return useMemo(() => (on ? evaluationOf(content) : null), [on, content]);
}

/**
 * The status of a link drawn on the canvas (one relation, or all relations of a linked
 * reason) when evaluation is on: `out` when it carries nothing, because a source statement
 * is defeated or the inference is undercut or weighs 0. Undefined when evaluation is off.
 */
export function useLinkStatus(relationIds: readonly string[]): Label | undefined {
  return useEditor((s) => {
    if (!s.evaluationOn) return undefined;
    evaluationOf(s.map);
    let value: Label = 'in';
    for (const id of relationIds) {
      const carries = lastCarries.get(id);
      if (carries === 'out') return 'out';
      if (carries !== 'in') value = 'undec';
    }
    return value;
  });
}
