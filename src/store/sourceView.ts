// The Source pane's view of a source: its structure, every anchor found (or reported) and
// the coverage. Recomputed only when the anchors, kinds or text change, not on every drag
// frame (a drag makes a new nodes array, but keeps each node's anchor object).
import type { ArgMap, SourceDoc } from '../model/types.ts';
import { resolveSource, type ResolvedSource } from '../model/source/resolve.ts';

interface Entry {
  map: ArgMap;
  source: SourceDoc;
  text: string;
  resolved: ResolvedSource;
}

const last = new Map<string, Entry>();

function sameAnchors(a: ArgMap, b: ArgMap, sourceId: string): boolean {
  if (a.nodes === b.nodes) return true;
  const anchored = (m: ArgMap) => m.nodes.filter((n) => n.anchor?.source === sourceId);
  const x = anchored(a);
  const y = anchored(b);
  return x.length === y.length && x.every((n, i) => n.id === y[i]!.id && n.anchor === y[i]!.anchor && n.kind === y[i]!.kind);
}

export function resolvedSourceOf(map: ArgMap, source: SourceDoc, text: string): ResolvedSource {
  const entry = last.get(source.id);
  if (entry && entry.source === source && entry.text === text && sameAnchors(entry.map, map, source.id)) {
    entry.map = map;
    return entry.resolved;
  }
  const resolved = resolveSource(map, source, text);
  last.set(source.id, { map, source, text, resolved });
  return resolved;
}
