// Collapse, focus and presentation as canvas decorations (see src/model/visibility.ts for
// what each one shows). The map's own visibility is computed once per structure (it reads
// only ids, kinds, folding, relations and the focus: a drag or a text edit reuses it), and
// the presentation step is applied on top.
import { useMemo } from 'react';
import { useEditor } from './store.ts';
import type { NodeDecoration } from './nodeDecoration.ts';
import type { ArgMap } from '../model/types.ts';
import { structureOf } from './mapViews.ts';
import {
  mapVisibility,
  presentationVisibility,
  type MapVisibility,
  type PresentationVisibility,
  type Visibility,
} from '../model/visibility.ts';

export interface VisibilityDecorations {
  byNode: ReadonlyMap<string, NodeDecoration>;
  hidden: ReadonlySet<string>;
}

const cache = new WeakMap<ArgMap, MapVisibility>();

/** The map's visibility without presentation (memoized per structure). */
export function visibilityOf(map: ArgMap): MapVisibility {
  const structure = structureOf(map);
  let v = cache.get(structure);
  if (!v) {
    v = mapVisibility(structure);
    cache.set(structure, v);
  }
  return v;
}

/** Hands over `map`'s visibility worked out elsewhere (a file read in a worker), so the first draw need not. */
export function primeVisibility(map: ArgMap, visibility: MapVisibility) {
  if (!cache.has(map)) cache.set(map, visibility);
}

/** Where a presentation of `map` stands at `step`. */
export function presentationOf(map: ArgMap, step: number): PresentationVisibility {
  return presentationVisibility(visibilityOf(map), step);
}

/** Fold toggles (`hiddenCount`) and dimming per node, and the hidden nodes. */
export function toDecorations(v: Visibility): VisibilityDecorations {
  const byNode = new Map<string, NodeDecoration>();
  for (const [id, count] of v.folds) byNode.set(id, { hiddenCount: count });
  for (const id of v.dimmed) byNode.set(id, { ...byNode.get(id), dimmed: true });
  return { byNode, hidden: v.hidden };
}

export function useVisibility(): VisibilityDecorations {
  const structure = useEditor((s) => structureOf(s.map));
  const step = useEditor((s) => s.presentationStep);
  return useMemo(() => toDecorations(step === null ? visibilityOf(structure) : presentationOf(structure, step)), [structure, step]);
}
