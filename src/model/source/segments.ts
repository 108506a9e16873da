// Cuts a stretch of text at every passage boundary, so overlapping passages can each be
// drawn (and clicked): every piece knows all the passages that cover it.
import type { Range } from './selectors.ts';

export interface Segment extends Range {
  /** Nodes whose passage covers this piece, the shortest passage first. */
  nodeIds: string[];
}

export function segmentsOf(block: Range, passages: ReadonlyArray<Range & { nodeId: string }>): Segment[] {
  const inside = passages.filter((p) => p.start < block.end && p.end > block.start && p.end > p.start);
  const cuts = new Set<number>([block.start, block.end]);
  for (const p of inside) {
    cuts.add(Math.max(block.start, p.start));
    cuts.add(Math.min(block.end, p.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inside.filter((p) => p.start <= start && p.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, nodeIds: covering.map((p) => p.nodeId) });
  }
  return segments;
}
