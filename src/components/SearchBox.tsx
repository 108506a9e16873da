// The toolbar's search box (Ctrl/Cmd+F, a command in commands.ts): finds statements by words in their text, notes
// and sources. Enter and Shift+Enter step through the results, each revealed, selected
// and centred; the results are listed with their kind, and highlighted on the canvas and
// in the outline. Escape clears the search.
import { memo, useEffect, useMemo, useRef } from 'react';
import { useEditor } from '../store/store.ts';
import { resultsOf, useSearch } from '../store/search.ts';
import { unmovedOf } from '../store/mapViews.ts';
import { NODE_STYLES } from '../model/theme/colors.ts';
import { titleOf } from './commands.ts';
import './largeMaps.css';

/** Results listed under the box; stepping with Enter reaches all of them. */
const LISTED = 50;

export const SearchBox = memo(function SearchBox() {
  const query = useSearch((s) => s.query);
  const current = useSearch((s) => s.current);
  const open = useSearch((s) => s.open);
  const focusRequest = useSearch((s) => s.focusRequest);
  const map = useEditor((s) => unmovedOf(s.map));
  const hits = useMemo(() => (query.trim() ? resultsOf(map, query).hits : []), [map, query]);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!focusRequest) return;
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const searching = query.trim() !== '';
  return (
    <div className="search" role="search">
      <input
        ref={input}
        type="search"
        aria-label="Search statements"
        placeholder="Search…"
        title={titleOf('search')}
        value={query}
        onFocus={() => useSearch.setState({ open: true })}
        onBlur={() => useSearch.setState({ open: false })}
        onChange={(e) => useSearch.getState().setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            useSearch.getState().step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            useSearch.getState().close();
            input.current?.blur();
          }
        }}
      />
      {searching && (
        <span className="search-count" aria-live="polite">
          {hits.length ? `${current >= 0 ? `${current + 1} of ` : ''}${hits.length} found` : 'None found'}
        </span>
      )}
      {open && searching && hits.length > 0 && (
        <ul className="search-results" role="listbox" aria-label="Search results" onMouseDown={(e) => e.preventDefault()}>
          {hits.slice(0, LISTED).map((hit, i) => (
            <li
              key={hit.id}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'is-current' : undefined}
              onClick={() => useSearch.getState().goTo(i)}
            >
              <span className="search-kind" style={{ color: NODE_STYLES[hit.kind].color }}>
                {NODE_STYLES[hit.kind].label}
              </span>
              {hit.field !== 'text' && <span className="search-field"> (in {hit.field})</span>}
              <span className="search-text">{hit.text || 'Empty statement'}</span>
            </li>
          ))}
          {hits.length > LISTED && (
            <li className="search-more" aria-disabled="true">
              and {hits.length - LISTED} more: press Enter to step through
            </li>
          )}
        </ul>
      )}
    </div>
  );
});
