// Search finds statements by words in their text, notes and sources.
import { searchMap, fold } from '../../src/model/search';
import { generateDebateMap } from '../../testkit/generate';
import { node, mapOf } from '../builders.ts';

const map = mapOf([
  node('c', 'claim', 'Japan and Korea sign the GSOMIA pact'),
  node('a', 'premise', 'Public opinion in Korea is hostile', { notes: 'Polls from June 2012' }),
  node('b', 'premise', 'Remilitarisation worries the neighbours', { source: { document: 'RSIS Commentary', paragraph: '7' } }),
  node('o', 'objection', 'The Défense ministry postponed the signing'),
]);

describe('searchMap', () => {
  it('finds words in the text, with the kind', () => {
    expect(searchMap(map, 'korea')).toEqual([
      { id: 'c', kind: 'claim', field: 'text', text: 'Japan and Korea sign the GSOMIA pact' },
      { id: 'a', kind: 'premise', field: 'text', text: 'Public opinion in Korea is hostile' },
    ]);
  });

  it('finds words in notes and sources, and says where', () => {
    expect(searchMap(map, 'polls').map((h) => [h.id, h.field])).toEqual([['a', 'notes']]);
    expect(searchMap(map, 'rsis').map((h) => [h.id, h.field])).toEqual([['b', 'source']]);
  });

  it('needs every word, each anywhere in the statement, as part of a word, ignoring case and accents', () => {
    expect(searchMap(map, 'KOREA hostile').map((h) => h.id)).toEqual(['a']);
    expect(searchMap(map, 'korea polls').map((h) => h.id)).toEqual(['a']);
    expect(searchMap(map, 'remil').map((h) => h.id)).toEqual(['b']);
    expect(searchMap(map, 'defense').map((h) => h.id)).toEqual(['o']);
    expect(searchMap(map, 'korea nowhere')).toEqual([]);
    expect(searchMap(map, '   ')).toEqual([]);
  });

  it('follows edits: a changed node is searched by its new text', () => {
    const edited = { ...map, nodes: map.nodes.map((n) => (n.id === 'a' ? { ...n, text: 'Opinion has turned' } : n)) };
    expect(searchMap(edited, 'hostile')).toEqual([]);
    expect(searchMap(edited, 'turned').map((h) => h.id)).toEqual(['a']);
  });

  it('on 5,000 statements finds exactly the statements containing the word', () => {
    const big = generateDebateMap(5000, 7);
    const hits = searchMap(big, 'sanctions');
    const expected = big.nodes.filter((n) => fold(n.text).includes('sanctions')).map((n) => n.id);
    expect(hits.map((h) => h.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
  });
});
