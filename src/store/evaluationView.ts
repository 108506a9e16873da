// Placeholder until the evaluation feature lands: no decorations.
import type { NodeDecoration } from './decorations.ts';

const NONE: ReadonlyMap<string, NodeDecoration> = new Map();

export function useEvaluationDecorations(): ReadonlyMap<string, NodeDecoration> {
  return NONE;
}
