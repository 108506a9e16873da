// Pure operations and queries that tie a map to its source texts.
import type { ArgMap, ArgNode, NodeKind, Point, SourceDoc } from '../types.ts';
import { makeId } from '../ids.ts';
import { addNode, connect } from '../operations.ts';
import { minimalSelectorsFor, selectorsFor, trimRange, type Anchor, type Range } from './selectors.ts';
import { citationAt, normaliseSourceText, parseText } from './text.ts';

export type SourceInit = Omit<SourceDoc, 'id'>;

/** A title for a text: its first heading, else the file name, else its first words. */
export function guessTitle(text: string, fileName?: string): string {
  const first = parseText(text).sections[0]?.title;
  if (first) return first;
  if (fileName) return fileName.replace(/\.(txt|md|markdown)$/i, '');
  const words = text.trim().split(/\s+/).slice(0, 8).join(' ');
  return words || 'Untitled source';
}

export function attachSource(map: ArgMap, init: SourceInit): { map: ArgMap; id: string } {
  const taken = new Set((map.sources ?? []).map((s) => s.id));
  const id = makeId('src', taken);
  const source: SourceDoc = { ...init, id, ...(init.text !== undefined ? { text: normaliseSourceText(init.text) } : {}) };
  return { map: { ...map, sources: [...(map.sources ?? []), source] }, id };
}

/** Removes a source and every anchor into it (the nodes and their citations stay). */
export function removeSource(map: ArgMap, id: string): ArgMap {
  if (!map.sources?.some((s) => s.id === id)) return map;
  const sources = map.sources.filter((s) => s.id !== id);
  const nodes = map.nodes.map((n) => (n.anchor?.source === id ? withoutAnchor(n) : n));
  const next: ArgMap = { ...map, nodes, sources };
  if (!sources.length) delete next.sources;
  return next;
}

function withoutAnchor(node: ArgNode): ArgNode {
  const { anchor: _removed, ...rest } = node;
  return rest;
}

/**
 * The anchor for a range of a source's text. An embedded source keeps 32 characters of
 * context either side; a referenced one quotes only as much as it must to be unique.
 */
export function anchorFor(source: SourceDoc, text: string, range: Range): Anchor {
  const selectors = source.text !== undefined ? selectorsFor(text, range) : minimalSelectorsFor(text, range);
  return { source: source.id, ...selectors };
}

/** Anchors a node to a passage and fills its citation (document, section, paragraph) from the text. */
export function anchorNode(map: ArgMap, nodeId: string, sourceId: string, text: string, range: Range): ArgMap {
  const source = map.sources?.find((s) => s.id === sourceId);
  if (!source || !map.nodes.some((n) => n.id === nodeId)) return map;
  const trimmed = trimRange(text, range);
  if (trimmed.end <= trimmed.start) return map; // only whitespace: nothing to anchor to
  const anchor = anchorFor(source, text, trimmed);
  const citation = citationAt(parseText(text), anchor.position!.start);
  return {
    ...map,
    nodes: map.nodes.map((n) => {
      if (n.id !== nodeId) return n;
      const { quote: _oldQuote, ...rest } = n.source ?? {};
      return { ...n, anchor, source: { ...rest, document: source.title, ...citation } };
    }),
  };
}

/**
 * A new statement whose text is the passage (ready to be paraphrased), anchored to it; with
 * `parentId`, connected to that node by the relation its kind implies.
 */
export function nodeFromPassage(
  map: ArgMap,
  init: { sourceId: string; text: string; range: Range; kind: NodeKind; position: Point; parentId?: string },
): { map: ArgMap; id: string } | { map: ArgMap; id: ''; reason: string } {
  const passage = init.text.slice(init.range.start, init.range.end).replace(/\s+/g, ' ').trim();
  if (!passage) return { map, id: '', reason: 'Select some words of the text first.' };
  if (!map.sources?.some((s) => s.id === init.sourceId)) return { map, id: '', reason: 'That source is no longer attached to the map.' };
  const added = addNode(map, { kind: init.kind, text: passage, position: init.position });
  let next = anchorNode(added.map, added.id, init.sourceId, init.text, init.range);
  if (init.parentId) {
    const linked = connect(next, added.id, init.parentId);
    if ('reason' in linked) return { map, id: '', reason: linked.reason };
    next = linked.map;
  }
  return { map: next, id: added.id };
}
