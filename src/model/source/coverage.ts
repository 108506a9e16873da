// Which paragraphs of a source have at least one anchored statement.
import type { Range } from './selectors.ts';
import type { Paragraph, TextStructure } from './text.ts';

export interface Coverage {
  total: number;
  mapped: number;
  /** Paragraph index → ids of the nodes anchored in it. */
  nodesByParagraph: Map<number, string[]>;
  unmapped: Paragraph[];
}

/** A passage counts for every paragraph it overlaps. */
export function coverage(structure: TextStructure, passages: ReadonlyArray<Range & { nodeId: string }>): Coverage {
  const nodesByParagraph = new Map<number, string[]>();
  for (const p of structure.paragraphs) {
    const ids = passages.filter((r) => r.start < p.end && r.end > p.start).map((r) => r.nodeId);
    if (ids.length) nodesByParagraph.set(p.index, ids);
  }
  const unmapped = structure.paragraphs.filter((p) => !nodesByParagraph.has(p.index));
  return { total: structure.paragraphs.length, mapped: structure.paragraphs.length - unmapped.length, nodesByParagraph, unmapped };
}
