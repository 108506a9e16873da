// The slides of a presentation (src/model/slides.ts): one per step, in presentation order, each
// with the map as it appears at that step, the statement, its quote, citation and notes.
import { readFileSync } from 'node:fs';
import { citationOf, NOTHING_TO_PRESENT, quoteOf, slideDeck, speakerNotes } from '../../src/model/slides.ts';
import { mapVisibility, presentationVisibility } from '../../src/model/visibility.ts';
import { parseMapText } from '../../src/model/format/load.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { builders } from '../builders.ts';

const { node, rel, mapOf } = builders({ frozen: true });

/**
 *        c
 *     ┌──┴──┐
 *     a     o (objection)
 *     │
 *     e (evidence)       u undercuts a → c
 */
const sample = (extra: { collapsed?: string; focus?: string } = {}) =>
  mapOf(
    [
      node('c', 'claim', 'Schools should start later', { notes: '  Open with this.  ' }),
      node('a', 'premise', 'Teenagers sleep late', extra.collapsed === 'a' ? { collapsed: true } : {}),
      node('o', 'objection', 'Buses cost more'),
      node('e', 'evidence', 'A 2014 study', {
        source: { document: 'Sleep report', section: 'Findings', paragraph: '3', quote: 'older quote' },
        anchor: { source: 'sleep', quote: { type: 'TextQuoteSelector', exact: 'melatonin  is released\nlater' } },
      }),
      node('u', 'objection', 'The study was small'),
    ],
    [rel('ra', 'a', 'c'), rel('ro', 'o', 'c', 'opposes'), rel('re', 'e', 'a'), rel('ru', 'u', 'ra', 'undercuts')],
    extra.focus ? { focus: extra.focus } : {},
  );

describe('slideDeck', () => {
  it('has one slide per presentation step, in the order presentation mode reveals them', () => {
    const map = sample();
    const deck = slideDeck(map);
    const base = mapVisibility(map);
    expect(deck.total).toBe(base.sequence.length);
    const ids = Array.from({ length: deck.total }, (_, i) => deck.at(i + 1).nodeId);
    expect(ids).toEqual(base.sequence);
    expect(ids[0]).toBe('c');
  });

  it('shows the map as it appears at each step: revealed statements, the relations among them, earlier ones dimmed', () => {
    const map = sample();
    const deck = slideDeck(map);
    for (let step = 1; step <= deck.total; step++) {
      const slide = deck.at(step);
      const shown = presentationVisibility(mapVisibility(map), step);
      expect(slide.step).toBe(step);
      expect(slide.total).toBe(deck.total);
      expect(slide.map.nodes.map((n) => n.id).sort()).toEqual(
        map.nodes
          .filter((n) => !shown.hidden.has(n.id))
          .map((n) => n.id)
          .sort(),
      );
      const ids = new Set(slide.map.nodes.map((n) => n.id));
      const relIds = new Set(slide.map.relations.map((r) => r.id));
      for (const r of slide.map.relations) expect(ids.has(r.from) && (ids.has(r.to) || relIds.has(r.to))).toBe(true);
      expect([...slide.dimmed].sort()).toEqual([...shown.dimmed].sort());
      expect(slide.dimmed.has(slide.nodeId)).toBe(false);
    }
    // The undercut comes with the link it attacks, and only once both ends of the link are shown.
    const last = deck.at(deck.total);
    expect(last.map.relations.map((r) => r.id).sort()).toEqual(['ra', 're', 'ro', 'ru']);
    const first = deck.at(1);
    expect(first.map.nodes.map((n) => n.id)).toEqual(['c']);
    expect(first.map.relations).toEqual([]);
  });

  it('gives each slide its statement, kind, parent, quote, citation and notes', () => {
    const deck = slideDeck(sample());
    const byId = new Map(Array.from({ length: deck.total }, (_, i) => deck.at(i + 1)).map((s) => [s.nodeId, s]));
    const c = byId.get('c')!;
    expect(c).toMatchObject({ kind: 'claim', statement: 'Schools should start later', notes: 'Open with this.' });
    expect(c.parentId).toBeUndefined();
    expect(c.quote).toBeUndefined();
    const e = byId.get('e')!;
    expect(e).toMatchObject({
      kind: 'evidence',
      parentId: 'a',
      quote: 'melatonin is released later',
      citation: 'Sleep report, Findings, ¶3',
    });
    expect(byId.get('a')!.parentId).toBe('c');
  });

  it('leaves out what collapse and focus hide, as presentation mode does', () => {
    const collapsed = slideDeck(sample({ collapsed: 'a' }));
    const ids = Array.from({ length: collapsed.total }, (_, i) => collapsed.at(i + 1).nodeId);
    expect(ids).not.toContain('e');
    expect(ids).toContain('a');
    const focused = slideDeck(sample({ focus: 'a' }));
    const focusIds = Array.from({ length: focused.total }, (_, i) => focused.at(i + 1).nodeId);
    expect(focusIds).not.toContain('o');
    expect(focusIds).toContain('e');
  });

  it('has no slides for an empty map, and says so when one is asked for', () => {
    const deck = slideDeck(mapOf([]));
    expect(deck.total).toBe(0);
    expect(() => deck.at(1)).toThrow(NOTHING_TO_PRESENT);
  });

  it('on the GSOMIA map: a slide per statement, the main claim first, every one with its quote from the commentary', () => {
    const loaded = parseMapText(readFileSync(new URL('../../maps/gsomia-2012.json', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error);
    const deck = slideDeck(loaded.map);
    expect(deck.total).toBe(mapVisibility(loaded.map).sequence.length);
    expect(deck.total).toBe(46);
    expect(deck.at(1).kind).toBe('claim');
    for (let step = 1; step <= deck.total; step++) {
      const slide = deck.at(step);
      expect(slide.quote, slide.nodeId).toBeTruthy();
      expect(slide.citation, slide.nodeId).toMatch(/^RSIS Commentary No\. 115\/2012, .+, ¶\d+$/);
      expect(slide.map.nodes).toHaveLength(step);
    }
  });
});

describe('quoteOf and citationOf', () => {
  const withSource = (text?: string): ArgMap => ({
    ...mapOf([]),
    sources: [{ id: 's1', title: 'The commentary', ...(text === undefined ? {} : { text }) }],
  });

  it('takes the anchor’s words first, then the words at its position in an embedded text, then the quote the node cites', () => {
    const map = withSource('\uFEFFAlpha beta\r\ngamma delta');
    const exact = node('n', 'premise', 'x', {
      anchor: { source: 's1', quote: { type: 'TextQuoteSelector', exact: 'beta' } },
      source: { quote: 'cited' },
    });
    expect(quoteOf(map, exact)).toBe('beta');
    const positioned = node('n', 'premise', 'x', {
      anchor: { source: 's1', position: { type: 'TextPositionSelector', start: 6, end: 16 } },
    });
    expect(quoteOf(map, positioned)).toBe('beta gamma');
    expect(quoteOf(withSource(), positioned)).toBeUndefined();
    expect(quoteOf(map, node('n', 'premise', 'x', { source: { quote: '  cited  words ' } }))).toBe('cited words');
    expect(quoteOf(map, node('n'))).toBeUndefined();
  });

  it('names the document (or the anchored source’s title), section and paragraph that are known', () => {
    const map = withSource();
    expect(citationOf(map, node('n', 'premise', 'x', { source: { document: 'Doc', section: 'Intro', paragraph: '2' } }))).toBe(
      'Doc, Intro, ¶2',
    );
    expect(citationOf(map, node('n', 'premise', 'x', { anchor: { source: 's1' }, source: { paragraph: '4' } }))).toBe('The commentary, ¶4');
    expect(citationOf(map, node('n'))).toBeUndefined();
  });
});

describe('speakerNotes', () => {
  it('puts the quote in quotation marks, then its citation, then the statement’s own notes', () => {
    expect(speakerNotes({ quote: 'the words', citation: 'Doc, ¶1', notes: 'Say this slowly.' })).toBe(
      '“the words”\n— Doc, ¶1\n\nSay this slowly.',
    );
    expect(speakerNotes({ notes: 'Only notes' })).toBe('Only notes');
    expect(speakerNotes({})).toBe('');
  });
});
