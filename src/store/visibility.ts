// Placeholder until the collapse/focus/presentation feature lands: everything visible.
import type { NodeDecoration } from './decorations.ts';

const NOTHING = { byNode: new Map<string, NodeDecoration>() as ReadonlyMap<string, NodeDecoration>, hidden: new Set<string>() as ReadonlySet<string> };

export function useVisibility() {
  return NOTHING;
}
