// Comments in image exports: left out unless asked for; with "Include comments", a numbered
// marker on each commented statement and relation and the numbered list under the map, with
// author, day, what each is on, resolved, replies; user text escaped; a selection shows only
// the comments on what it draws.
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/export/renderSvg.ts';
import { commentsForPart } from '../../src/export/commentsSvg.ts';
import { normalizeOptions } from '../../src/export/options.ts';
import { selectedPart } from '../../src/export/exportMap.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { activeContent, allElements, fakeMetrics, parseXml } from './helpers.ts';
import { mapOf, node, rel, xy } from '../builders.ts';

const base = { background: 'white' as const, padding: 24, legend: false };
const T = '2026-12-07T09:00:00.000Z';

const commented = (): ArgMap => ({
  ...mapOf(
    [
      node('c', 'claim', 'Schools should start later'),
      node('a', 'premise', 'Teenagers sleep late', xy(0, 300)),
      node('b', 'premise', 'B', xy(400, 300)),
    ],
    [rel('ra', 'a', 'c'), rel('rb', 'b', 'c')],
  ),
  comments: [
    {
      id: 'k1',
      target: 'a',
      author: 'Ms Tan',
      created: T,
      text: 'Is this <evidence> & not a premise?',
      replies: [{ id: 'k1r', author: 'Alex', created: '2026-12-08T10:00:00.000Z', text: 'It is a premise.' }],
    },
    { id: 'k2', target: 'rb', author: 'Ms Tan', created: T, text: 'Why does B support it?', resolved: true },
    { id: 'k3', author: 'Ms Tan', created: T, text: 'Good start overall.' },
    { id: 'k4', author: 'Alex', created: 'not a time', text: 'Was here', wasOn: 'the statement “Old”' },
    { id: 'k5', target: 'a', author: 'Alex', created: T, text: 'Second on A' },
  ],
});

/** All text of an element and its descendants, tspans joined. */
const textOf = (el: unknown) =>
  allElements(el)
    .filter((e) => e.nodeName === 'tspan' || (e.nodeName === 'text' && !allElements(e).some((x) => x.nodeName === 'tspan')))
    .map((e) => e.textContent ?? '')
    .join('\n');

describe('comments in the SVG export', () => {
  it('are left out by default: no marker, no list, no comment text', () => {
    const r = renderSvg(commented(), base, fakeMetrics);
    expect(r.svg).not.toMatch(/data-comment/);
    expect(r.svg).not.toMatch(/Good start overall|Ms Tan|evidence/);
  });

  it('with the option: numbered markers on what they are on, and the numbered list under the map', () => {
    const plain = renderSvg(commented(), base, fakeMetrics);
    const r = renderSvg(commented(), { ...base, comments: true }, fakeMetrics);
    const doc = parseXml(r.svg);
    expect(activeContent(doc.documentElement)).toEqual([]);
    const markers = allElements(doc.documentElement).filter((e) => e.getAttribute('data-comment-marker') !== null);
    expect(markers.map((m) => [m.getAttribute('data-comment-marker'), textOf(m)])).toEqual([
      ['a', '1, 5'],
      ['rb', '2'],
    ]);
    const list = allElements(doc.documentElement).find((e) => e.getAttribute('data-comments') !== null)!;
    expect(list.getAttribute('data-comments')).toBe('5');
    const items = allElements(list).filter((e) => e.getAttribute('data-comment') !== null);
    expect(items.map((i) => i.getAttribute('data-comment'))).toEqual(['1', '2', '3', '4', '5']);
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    const [one, two, three, four] = items.map((i) => squash(textOf(i)));
    expect(one).toContain('Ms Tan · 2026-12-07 · on the statement “Teenagers sleep late”');
    expect(one).toContain('Is this <evidence> & not a premise?');
    expect(one).toContain('Reply by Alex · 2026-12-08');
    expect(one).toContain('It is a premise.');
    expect(two).toContain('on the relation (supports) from “B” to “Schools should start later” · resolved');
    expect(three).toContain('on the whole map');
    expect(four).toContain('Alex · was on the statement “Old”, since deleted');
    // The raw markup is escaped, never markup.
    expect(r.svg).toContain('Is this &lt;evidence&gt; &amp; not a premise?');
    // The list sits under the map: the image is taller, the cards where they were relative to each other.
    expect(r.height).toBeGreaterThan(plain.height);
    expect(r.width).toBeGreaterThanOrEqual(560);
  });

  it('a map without comments looks the same with the option on', () => {
    const { comments: _none, ...bare } = commented();
    expect(renderSvg(bare, { ...base, comments: true }, fakeMetrics).svg).toBe(renderSvg(bare, base, fakeMetrics).svg);
  });
});

describe('which comments an export shows', () => {
  it('the whole map: all of them; a selection: only those on what it draws', () => {
    const map = commented();
    expect(commentsForPart(map, map).map((c) => c.id)).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    const part = selectedPart(map, ['a', 'c']);
    expect(commentsForPart(map, part).map((c) => c.id)).toEqual(['k1', 'k5']);
    expect(commentsForPart(map, selectedPart(map, ['b', 'c'])).map((c) => c.id)).toEqual(['k2']);
  });

  it('the option is true or false, false by default', () => {
    expect(normalizeOptions({}).comments).toBe(false);
    expect(normalizeOptions({ comments: true }).comments).toBe(true);
    expect(() => normalizeOptions({ comments: 'yes' as unknown as boolean })).toThrow(/comments option must be true or false/);
  });
});
