// Search as UI state (never in history, never saved): the query and which result is the
// current one. Results are derived from the map and the query (memoized on both), so they
// follow every edit. Stepping to a result reveals it (unfolds what hides it), selects it
// and centres it.
import { useMemo } from 'react';
import { create } from 'zustand';
import { useEditor } from './store.ts';
import { searchMap, type SearchHit } from '../model/search.ts';
import type { ArgMap } from '../model/types.ts';
import { unmovedOf } from './mapViews.ts';

interface SearchState {
  /** The search box is open. */
  open: boolean;
  query: string;
  /** Index of the current result, -1 before the first step. */
  current: number;
  /** Bumped to focus the search box (Ctrl/Cmd+F). */
  focusRequest: number;
  setQuery(query: string): void;
  /** Next (+1) or previous (-1) result, wrapping round; reveals, selects and centres it. */
  step(direction: 1 | -1): void;
  /** Makes result `index` the current one: reveals, selects and centres it. */
  goTo(index: number): void;
  show(): void;
  close(): void;
}

let last: { map: ArgMap; query: string; hits: SearchHit[]; ids: ReadonlySet<string> } | null = null;

/** The results of `query` on `map`, and their ids (memoized on the last pair). */
export function resultsOf(current: ArgMap, query: string): { hits: SearchHit[]; ids: ReadonlySet<string> } {
  // A drag moves nodes but finds nothing new: search again only when something else changed.
  const map = unmovedOf(current);
  if (!last || last.map !== map || last.query !== query) {
    const hits = searchMap(map, query);
    last = { map, query, hits, ids: new Set(hits.map((h) => h.id)) };
  }
  return last;
}

const NO_IDS: ReadonlySet<string> = new Set();

export const useSearch = create<SearchState>()((set, get) => ({
  open: false,
  query: '',
  current: -1,
  focusRequest: 0,
  setQuery(query) {
    if (query !== get().query) set({ query, current: -1 });
  },
  step(direction) {
    const { hits } = resultsOf(useEditor.getState().map, get().query);
    if (!hits.length) return;
    const { current } = get();
    get().goTo(current < 0 ? (direction > 0 ? 0 : hits.length - 1) : (current + direction + hits.length) % hits.length);
  },
  goTo(index) {
    const hit = resultsOf(useEditor.getState().map, get().query).hits[index];
    if (!hit) return;
    set({ current: index });
    const editor = useEditor.getState();
    editor.centerOn(hit.id);
    editor.select([hit.id], []);
  },
  show() {
    set({ open: true, focusRequest: get().focusRequest + 1 });
  },
  close() {
    set({ open: false, query: '', current: -1 });
  },
}));

/** The ids of the statements the search finds (empty without a query). */
export function useSearchMatches(): ReadonlySet<string> {
  const query = useSearch((s) => s.query);
  const map = useEditor((s) => unmovedOf(s.map));
  return useMemo(() => (query.trim() ? resultsOf(map, query).ids : NO_IDS), [map, query]);
}

/** Whether one statement is a search result (for a row that subscribes on its own). */
export function useIsSearchMatch(id: string): boolean {
  const query = useSearch((s) => s.query);
  return useEditor((s) => (query.trim() ? resultsOf(s.map, query).ids.has(id) : false));
}
