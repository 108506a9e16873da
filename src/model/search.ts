// Finding statements by their words: in the text, the notes and the source reference.
// A small index of our own: each node's searchable text is folded (lower case, accents
// removed) once per node object and kept in a WeakMap, so a search over 5,000 statements
// is one pass of `includes` and an edit re-indexes only the node it changed. Pure.
import type { ArgMap, ArgNode, NodeKind } from './types.ts';

export type SearchField = 'text' | 'notes' | 'source';

export interface SearchHit {
  id: string;
  kind: NodeKind;
  /** Where the first word was found (the text when it is there). */
  field: SearchField;
  /** The statement's text, for the result list. */
  text: string;
}

interface Indexed {
  text: string;
  notes: string;
  source: string;
}

const index = new WeakMap<ArgNode, Indexed>();

/** Lower case without accents, so "defence" finds "Défence" and "DEFENCE". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function indexed(node: ArgNode): Indexed {
  let entry = index.get(node);
  if (!entry) {
    const source = node.source
      ? [node.source.document, node.source.section, node.source.paragraph, node.source.quote].filter(Boolean).join(' ')
      : '';
    entry = { text: fold(node.text), notes: fold(node.notes ?? ''), source: fold(source) };
    index.set(node, entry);
  }
  return entry;
}

/** The query's words, folded; empty when there is nothing to search for. */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/**
 * Statements in which every word of the query occurs (as part of a word: "remil" finds
 * "remilitarisation"), in the text, notes or source. In map order.
 */
export function searchMap(map: ArgMap, query: string): SearchHit[] {
  const words = queryWords(query);
  if (!words.length) return [];
  const hits: SearchHit[] = [];
  for (const node of map.nodes) {
    const entry = indexed(node);
    let field: SearchField | undefined;
    let all = true;
    for (const w of words) {
      const where: SearchField | undefined = entry.text.includes(w)
        ? 'text'
        : entry.notes.includes(w)
          ? 'notes'
          : entry.source.includes(w)
            ? 'source'
            : undefined;
      if (!where) {
        all = false;
        break;
      }
      if (!field || (field !== 'text' && where === 'text')) field = where;
    }
    if (all && field) hits.push({ id: node.id, kind: node.kind, field, text: node.text });
  }
  return hits;
}
