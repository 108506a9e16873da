// Format version 3: sources and anchors, the v2 → v3 migration, repairs, and maps anchored in
// their texts: the night-trains test commentary, and the GSOMIA map in the RSIS commentary.
import { readFileSync } from 'node:fs';
import { loadMapJson, parseMapText } from '../../src/model/format/load.ts';
import { MIGRATIONS } from '../../src/model/format/migrations.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import { attachSource, nodeFromPassage, removeSource, anchorNode } from '../../src/model/source/mapSources.ts';
import { resolveSource } from '../../src/model/source/resolve.ts';
import { normaliseSourceText } from '../../src/model/source/text.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { fixtureMapText, fixtureText, GSOMIA_TEXT_ADDRESS, seedText, skipGsomiaChecks } from '../seed.ts';

const v2 = {
  format: 'argmap',
  version: 2,
  meta: { title: 'T', description: '' },
  nodes: [
    {
      id: 'a',
      kind: 'claim',
      text: 'A',
      position: { x: 0, y: 0 },
      source: { document: 'Essay', section: 'Intro', paragraph: '2', quote: 'a few words' },
      mark: 'accepted',
    },
  ],
  relations: [],
};

const loaded = (json: unknown) => {
  const r = loadMapJson(json);
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('format version 3', () => {
  it('migrates a version-2 file step 2 → 3 keeping every field, citations included', () => {
    expect(MIGRATIONS[2]!(structuredClone(v2))).toStrictEqual({ ...v2, version: 3 });
    const r = loaded(v2);
    expect(r.migratedFrom).toBe(2);
    expect(r.repairs).toStrictEqual([]);
    expect(r.map.nodes[0]).toStrictEqual(v2.nodes[0]);
    expect(r.map.sources).toBeUndefined();
  });

  it('save → open gives back sources (embedded and referenced) and anchors exactly', () => {
    let map: ArgMap = { meta: { title: 'T', description: '' }, nodes: [], relations: [] };
    const text = '# Trains\n\nNight trains are clean.\r\nThey are slow.\n';
    const embedded = attachSource(map, { title: 'Essay', author: 'Ann', date: '2024', text });
    map = attachSource(embedded.map, { title: 'Book', address: 'https://example.org/book' }).map;
    const stored = map.sources![0]!.text!;
    expect(stored).toBe(normaliseSourceText(text));
    const made = nodeFromPassage(map, {
      sourceId: embedded.id,
      text: stored,
      range: { start: stored.indexOf('Night'), end: stored.indexOf('clean.') + 6 },
      kind: 'premise',
      position: { x: 0, y: 0 },
    });
    if (!made.id) throw new Error('no node');
    const reopened = parseMapText(serializeMap(made.map));
    expect(reopened).toStrictEqual({ ok: true, map: made.map, repairs: [] });
    const node = made.map.nodes[0]!;
    expect(node.text).toBe('Night trains are clean.');
    expect(node.source).toStrictEqual({ document: 'Essay', section: 'Trains', paragraph: '1' });
    expect(node.anchor?.quote?.exact).toBe('Night trains are clean.');
  });

  it('repairs what it cannot use and says so: anchors to a missing source, broken anchors, bad sources', () => {
    const r = loaded({
      format: 'argmap',
      version: 3,
      meta: { title: 'T', description: '' },
      sources: [{ id: 's', title: 'S' }, { id: 's', title: 'again' }, 42, { id: 't', title: 7, author: 'X' }],
      nodes: [
        {
          id: 'a',
          kind: 'claim',
          text: 'A',
          position: { x: 0, y: 0 },
          anchor: { source: 'gone', quote: { type: 'TextQuoteSelector', exact: 'x' } },
        },
        {
          id: 'b',
          kind: 'premise',
          text: 'B',
          position: { x: 0, y: 0 },
          anchor: { source: 's', position: { type: 'TextPositionSelector', start: 'x' } },
        },
        {
          id: 'c',
          kind: 'premise',
          text: 'C',
          position: { x: 0, y: 0 },
          anchor: { source: 's', position: { type: 'TextPositionSelector', start: 1, end: 4 } },
        },
      ],
      relations: [],
    });
    expect(r.map.sources).toStrictEqual([
      { id: 's', title: 'S' },
      { id: 't', title: 'Untitled source', author: 'X' },
    ]);
    expect(r.map.nodes.map((n) => n.anchor?.source)).toStrictEqual([undefined, undefined, 's']);
    const text = r.repairs.join('\n');
    expect(text).toMatch(/Source "s" \(#2\) had the same id/);
    expect(text).toMatch(/Source #3 was 42/);
    expect(text).toMatch(/Source "t" had invalid parts/);
    expect(text).toMatch(/Node "a" was anchored to source "gone", which the file does not have; anchor removed/);
    expect(text).toMatch(/Node "b": its anchor in a source was invalid/);
  });

  it('removing a source removes the anchors into it, not the nodes', () => {
    const { map, id } = attachSource(
      { meta: { title: 'T', description: '' }, nodes: [{ id: 'a', kind: 'claim', text: 'A', position: { x: 0, y: 0 } }], relations: [] },
      { title: 'S', text: 'Words here.' },
    );
    const anchored = anchorNode(map, 'a', id, 'Words here.', { start: 0, end: 5 });
    expect(anchored.nodes[0]!.anchor?.source).toBe(id);
    const removed = removeSource(anchored, id);
    expect(removed.sources).toBeUndefined();
    expect(removed.nodes[0]!.anchor).toBeUndefined();
    expect(removed.nodes).toHaveLength(1);
  });
});

describe('the GSOMIA map and the commentary', () => {
  const file = JSON.parse(readFileSync(new URL('../../maps/gsomia-2012.json', import.meta.url), 'utf8'));
  const map = loaded(file).map;
  const source = map.sources![0]!;

  it('references the commentary (metadata only, no text) and anchors every node to it', () => {
    expect(map.sources).toHaveLength(1);
    expect(source).toMatchObject({
      title: 'Japan-South Korea Military Cooperation: Implications for Northeast Asia',
      author: 'Sarah Teo',
      date: '2012-07-04',
    });
    expect(source.text).toBeUndefined();
    for (const n of map.nodes) expect(n.anchor?.source, n.id).toBe(source.id);
  });

  it('carries no more of the wording than the short quotes its citations already give', () => {
    for (const n of map.nodes) {
      const q = n.anchor!.quote!;
      expect(q.exact.split(/\s+/).length, n.id).toBeLessThanOrEqual(15);
      expect(q.prefix ?? '', n.id).toBe('');
      expect(q.suffix ?? '', n.id).toBe('');
      if (n.source?.quote) expect(q.exact, n.id).toBe(n.source.quote);
    }
  });

  it('says where the commentary is published, for those who want to attach it', () => {
    expect(source.address).toContain(GSOMIA_TEXT_ADDRESS);
  });
});

// The same checks on a text the repository carries (always) and on the commentary (where it is here).
const corpora = [
  {
    name: 'the night-trains test commentary and its map',
    mapText: fixtureMapText,
    text: fixtureText,
    unmapped: [' 1', 'COMMENTARIES 1', 'Whither the night train? 2', 'Whither the night train? 3'],
    coverage: [11, 15],
    skip: false,
  },
  {
    name: 'the GSOMIA map and the RSIS commentary',
    mapText: () => readFileSync(new URL('../../maps/gsomia-2012.json', import.meta.url), 'utf8'),
    text: seedText,
    unmapped: [' 1', 'RSIS COMMENTARIES 1', 'Whither Japan-South Korea military cooperation? 3'],
    coverage: [14, 17],
    skip: skipGsomiaChecks(),
  },
];

for (const corpus of corpora) {
  describe.skipIf(corpus.skip)(`anchors: ${corpus.name}`, () => {
    const map = loaded(JSON.parse(corpus.mapText())).map;
    const source = map.sources![0]!;

    it('attaching the text finds every anchor, in the section and paragraph the node cites', () => {
      const resolved = resolveSource(map, source, normaliseSourceText(corpus.text()));
      expect(resolved.anchors).toHaveLength(map.nodes.length);
      for (const a of resolved.anchors) {
        expect(a.result, a.nodeId).toMatchObject({ status: 'found', how: 'position' });
        if (a.result.status !== 'found') continue;
        const node = map.nodes.find((n) => n.id === a.nodeId)!;
        const paragraph = resolved.structure.paragraphs.find(
          (p) => a.result.status === 'found' && a.result.start >= p.start && a.result.end <= p.end,
        )!;
        expect([paragraph.section, String(paragraph.number)], a.nodeId).toStrictEqual([node.source!.section, node.source!.paragraph]);
      }
    });

    it('covers every paragraph of the argument; the unmapped ones are the masthead, the notice and the closing lines', () => {
      const resolved = resolveSource(map, source, normaliseSourceText(corpus.text()));
      expect(resolved.coverage.unmapped.map((p) => `${p.section} ${p.number}`)).toStrictEqual(corpus.unmapped);
      expect([resolved.coverage.mapped, resolved.coverage.total]).toStrictEqual(corpus.coverage);
    });

    it('still finds the passages when the text is re-wrapped (whitespace changed everywhere)', () => {
      const rewrapped = normaliseSourceText(corpus.text()).replace(/ /g, '  ').replace(/\n\n/g, '\n\n\n');
      const resolved = resolveSource(map, source, rewrapped);
      expect(resolved.anchors).toHaveLength(map.nodes.length);
      for (const a of resolved.anchors) expect(a.result.status, a.nodeId).toBe('found');
    });
  });
}

describe('copy and paste of anchored statements', () => {
  it('keeps an anchor when the source is in the target map, and drops it (not the node) when it is not', async () => {
    const { copyFragment, parseFragment, pasteFragment } = await import('../../src/model/fragment.ts');
    const { map, id } = attachSource(
      { meta: { title: 'T', description: '' }, nodes: [], relations: [] },
      { title: 'S', text: 'Words here. More words.' },
    );
    const made = nodeFromPassage(map, {
      sourceId: id,
      text: 'Words here. More words.',
      range: { start: 0, end: 11 },
      kind: 'premise',
      position: { x: 0, y: 0 },
    });
    if (!made.id) throw new Error('no node');
    const fragment = parseFragment(JSON.stringify(copyFragment(made.map, [made.id])), loadMapJson)!;
    expect(fragment.nodes[0]!.anchor?.source).toBe(id);
    const same = pasteFragment(made.map, fragment, { x: 10, y: 10 });
    expect(same.map.nodes.at(-1)!.anchor).toStrictEqual(made.map.nodes[0]!.anchor);
    const other = pasteFragment({ meta: { title: 'O', description: '' }, nodes: [], relations: [] }, fragment, { x: 0, y: 0 });
    expect(other.map.nodes).toHaveLength(1);
    expect(other.map.nodes[0]!.anchor).toBeUndefined();
  });
});

describe('anchorNode', () => {
  it('leaves the map as it is for a selection of only whitespace', () => {
    const { map, id } = attachSource(
      { meta: { title: 'T', description: '' }, nodes: [{ id: 'a', kind: 'claim', text: 'A', position: { x: 0, y: 0 } }], relations: [] },
      { title: 'S', text: 'One.\n\nTwo.' },
    );
    expect(anchorNode(map, 'a', id, 'One.\n\nTwo.', { start: 4, end: 6 })).toBe(map);
  });
});
