// Slides from a presentation: one slide per presentation step, in the order presentation mode
// reveals them (visibility.ts: the outline's reading order without what collapse and focus
// hide). Each slide holds the step's statement, its source quote and citation, and the map as
// it appears at that step: the statements revealed so far, those away from the current one
// dimmed. Pure; src/export/slides.ts draws them as PDF pages or PowerPoint slides.
import type { ArgMap, ArgNode, NodeKind } from './types.ts';
import { mapVisibility, presentationVisibility, type MapVisibility } from './visibility.ts';
import { partOfMap } from './partOfMap.ts';
import { normaliseSourceText } from './source/text.ts';

export interface Slide {
  /** 1..total */
  step: number;
  total: number;
  /** The statement revealed at this step. */
  nodeId: string;
  kind: NodeKind;
  statement: string;
  /** The words of the source text the statement renders, when the map knows them. */
  quote?: string;
  /** Where in the source: document, section and paragraph. */
  citation?: string;
  /** The statement's own notes. */
  notes?: string;
  /** What the statement bears on (its parent in the outline), when there is one. */
  parentId?: string;
  /** The map as it appears at this step: the revealed statements and the relations among them. */
  map: ArgMap;
  /** Revealed earlier, away from the current statement and its ancestors: drawn faintly. */
  dimmed: ReadonlySet<string>;
}

export const NOTHING_TO_PRESENT = 'Nothing to present: the map has no visible statements.';

export interface SlideDeck {
  total: number;
  /** The slide of a step, 1..total (made on demand: a deck of a large map is never held whole). */
  at(step: number): Slide;
}

export function slideDeck(map: ArgMap, visibility: MapVisibility = mapVisibility(map)): SlideDeck {
  const total = visibility.sequence.length;
  const byId = new Map<string, ArgNode>();
  for (const n of map.nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  return {
    total,
    at(step) {
      const shown = presentationVisibility(visibility, step);
      const node = shown.current === undefined ? undefined : byId.get(shown.current);
      if (!node) throw new Error(NOTHING_TO_PRESENT);
      const shownMap = partOfMap(
        map,
        map.nodes.filter((n) => !shown.hidden.has(n.id)).map((n) => n.id),
      );
      const slide: Slide = {
        step: shown.step,
        total,
        nodeId: node.id,
        kind: node.kind,
        statement: node.text,
        map: shownMap,
        dimmed: shown.dimmed,
      };
      const quote = quoteOf(map, node);
      if (quote) slide.quote = quote;
      const citation = citationOf(map, node);
      if (citation) slide.citation = citation;
      if (node.notes?.trim()) slide.notes = node.notes.trim();
      const parent = visibility.parentOf.get(node.id);
      if (parent !== undefined) slide.parentId = parent;
      return slide;
    },
  };
}

/** The passage a statement renders: its anchor's words, else the words its source reference quotes. */
export function quoteOf(map: ArgMap, node: ArgNode): string | undefined {
  const anchor = node.anchor;
  let quote = anchor?.quote?.exact;
  if (!quote && anchor?.position) {
    const text = map.sources?.find((s) => s.id === anchor.source)?.text;
    if (text !== undefined) quote = normaliseSourceText(text).slice(anchor.position.start, anchor.position.end);
  }
  quote ||= node.source?.quote;
  const clean = quote?.replace(/\s+/g, ' ').trim();
  return clean || undefined;
}

/** "RSIS Commentary No. 115/2012, Commentary, ¶1": the document (or the anchored source's title), section and paragraph. */
export function citationOf(map: ArgMap, node: ArgNode): string | undefined {
  const document = node.source?.document?.trim() || map.sources?.find((s) => s.id === node.anchor?.source)?.title.trim();
  const section = node.source?.section?.trim();
  const paragraph = node.source?.paragraph?.trim();
  const parts = [document, section, paragraph ? `¶${paragraph}` : undefined].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : undefined;
}

/** A slide's speaker notes: the source quote with its citation, then the statement's own notes. */
export function speakerNotes(slide: Pick<Slide, 'quote' | 'citation' | 'notes'>): string {
  const lines: string[] = [];
  if (slide.quote) lines.push(`“${slide.quote}”`);
  if (slide.citation) lines.push(`— ${slide.citation}`);
  if (slide.notes) lines.push(...(lines.length ? [''] : []), slide.notes);
  return lines.join('\n');
}
