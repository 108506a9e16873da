// Where a source's anchors are in its text, and how much of it the map covers (the Source
// panel and the structure check; the editor loads it with them).
import type { ArgMap, NodeKind, SourceDoc } from '../types.ts';
import { findAnchor, type AnchorResult } from './anchoring.ts';
import { coverage, type Coverage } from './coverage.ts';
import { parseText, type TextStructure } from './text.ts';

export interface ResolvedSource {
  source: SourceDoc;
  structure: TextStructure;
  /** Every node anchored to this source, found or not, in map order. */
  anchors: { nodeId: string; kind: NodeKind; result: AnchorResult }[];
  coverage: Coverage;
}

/** Finds every anchor of a source in its text (the embedded one, or one the user supplied). */
export function resolveSource(map: ArgMap, source: SourceDoc, text: string): ResolvedSource {
  const structure = parseText(text);
  const anchors = map.nodes
    .filter((n) => n.anchor?.source === source.id)
    .map((n) => ({ nodeId: n.id, kind: n.kind, result: findAnchor(text, n.anchor!) }));
  const found = anchors.flatMap((a) =>
    a.result.status === 'found' ? [{ nodeId: a.nodeId, start: a.result.start, end: a.result.end }] : [],
  );
  return { source, structure, anchors, coverage: coverage(structure, found) };
}
