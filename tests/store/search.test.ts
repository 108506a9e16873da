// Stepping through search results: each one is revealed (unfolded), selected and centred.
import { useEditor } from '../../src/store/store';
import { resultsOf, useSearch } from '../../src/store/search';
import { generateDebateMap } from '../../testkit/generate';
import { mapVisibility } from '../../src/model/visibility';
import { serializeMap } from '../../src/model/format/save';
import { openText } from './openText.ts';

const S = () => useEditor.getState();
const Q = () => useSearch.getState();

describe('search in the store', () => {
  beforeEach(() => Q().close());

  it('Enter steps to each result in turn (wrapping), revealing a folded one, selecting and centring it', () => {
    openText(serializeMap(generateDebateMap(2000, 7)), 'big.json');
    const { hidden } = mapVisibility(S().map);
    // A word found only deep in the folded map.
    const deep = S().map.nodes.find((n) => hidden.has(n.id))!;
    const word = deep.text.split(' ').slice(0, 3).join(' ').replace(/[.]/g, '');
    Q().setQuery(word);
    const hits = resultsOf(S().map, word).hits;
    expect(hits.map((h) => h.id)).toContain(deep.id);
    const index = hits.findIndex((h) => h.id === deep.id);
    for (let i = 0; i <= index; i++) Q().step(1);
    expect(Q().current).toBe(index);
    expect(S().selectedNodeIds).toEqual([deep.id]);
    expect(S().centerRequest?.nodeId).toBe(deep.id);
    expect(mapVisibility(S().map).hidden.has(deep.id)).toBe(false);
    // Shift+Enter goes back; past the first it wraps to the last.
    Q().goTo(0);
    Q().step(-1);
    expect(Q().current).toBe(hits.length - 1);
  });

  it('nothing happens without results', () => {
    S().loadMap(generateDebateMap(50, 7), 'm.json', { saved: true });
    const before = S().map;
    Q().setQuery('zzzz-no-such-word');
    Q().step(1);
    expect(Q().current).toBe(-1);
    expect(S().map).toBe(before);
  });
});
