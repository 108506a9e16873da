import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMapText } from '../../src/model/format/load.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { cardHeight, CONTENT_WIDTH, renderSvg, TEXT_FONT, wrapNodeText } from '../../src/export/renderSvg.ts';
import { estimateNodeSize, mayExceedMaxLines } from '../../src/model/layout.ts';
import { MAX_TEXT_LINES } from '../../src/model/theme/card.ts';
import { NODE_STYLES, RELATION_STYLES, STATUS_STYLES } from '../../src/model/theme/colors.ts';
import { activeContent, allElements, fakeMetrics, parseXml } from './helpers.ts';

const load = (path: string): ArgMap => {
  const r = parseMapText(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.map;
};
const gsomia = load('maps/gsomia-2012.json');
const hostile = load('tests/fixtures/hostile-text.json');
const base = { background: 'white' as const, padding: 24, legend: false };

/** The text of each node group, by node id. */
function nodeTexts(svg: string): Map<string, string> {
  const doc = parseXml(svg);
  const out = new Map<string, string>();
  for (const el of allElements(doc.documentElement)) {
    const id = el.getAttribute('data-node-id');
    if (id === null) continue;
    const texts = allElements(el)
      .filter((e) => e.nodeName === 'tspan')
      .map((e) => e.textContent ?? '');
    out.set(id, texts.join('\n'));
  }
  return out;
}
const squash = (s: string) => s.replace(/\s+/g, '');

describe('renderSvg', () => {
  it('makes a well-formed SVG document with every node and its full text', () => {
    const r = renderSvg(gsomia, base, fakeMetrics);
    expect(r.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const texts = nodeTexts(r.svg);
    expect([...texts.keys()].sort()).toEqual(gsomia.nodes.map((n) => n.id).sort());
    for (const n of gsomia.nodes) expect(squash(texts.get(n.id)!)).toBe(squash(n.text));
    expect(r.nodes).toHaveLength(gsomia.nodes.length);
  });

  it('sizes the document to the map plus padding, and keeps relative positions', () => {
    const r = renderSvg(gsomia, { ...base, padding: 10 }, fakeMetrics);
    const a = r.nodes.find((n) => n.id === 'claim-main')!;
    const b = r.nodes.find((n) => n.id === 'impl-china')!;
    const ma = gsomia.nodes.find((n) => n.id === 'claim-main')!.position;
    const mb = gsomia.nodes.find((n) => n.id === 'impl-china')!.position;
    expect(b.x - a.x).toBeCloseTo(mb.x - ma.x);
    expect(b.y - a.y).toBeCloseTo(mb.y - ma.y);
    expect(Math.min(...r.nodes.map((n) => n.x))).toBeGreaterThanOrEqual(10);
    expect(Math.max(...r.nodes.map((n) => n.x + n.width))).toBeLessThanOrEqual(r.width - 10);
    expect(Math.max(...r.nodes.map((n) => n.y + n.height))).toBeLessThanOrEqual(r.height - 10);
    const padded = renderSvg(gsomia, { ...base, padding: 50 }, fakeMetrics);
    expect(padded.width - r.width).toBe(80);
  });

  it('gives each card the height of its wrapped text, as the canvas does', () => {
    const r = renderSvg(gsomia, base, fakeMetrics);
    for (const n of gsomia.nodes) {
      const box = r.nodes.find((b) => b.id === n.id)!;
      expect(box.width).toBe(260);
      expect(box.height).toBe(cardHeight(wrapNodeText(n, fakeMetrics).length));
    }
    expect(cardHeight(1)).toBe(62); // 2 + 8 + 16 + 4 + 20 + 10 + 2
  });

  it("cuts a very long text at the card's line limit with an ellipsis, as the canvas does (issue 13, item 14)", () => {
    const long = 'The long statement goes on and on. '.repeat(143).trim(); // ~5,000 characters
    const map: ArgMap = { ...gsomia, nodes: gsomia.nodes.map((n) => (n.id === 'impl-china' ? { ...n, text: long } : n)) };
    const r = renderSvg(map, base, fakeMetrics);
    const lines = wrapNodeText(
      map.nodes.find((n) => n.id === 'impl-china')!,
      fakeMetrics,
    );
    expect(lines).toHaveLength(MAX_TEXT_LINES);
    expect(lines.at(-1)!.endsWith('…')).toBe(true);
    for (const l of lines) expect(fakeMetrics.measure(l, TEXT_FONT)).toBeLessThanOrEqual(CONTENT_WIDTH);
    // The card is as tall as a card of MAX_TEXT_LINES lines, not thousands of pixels.
    expect(r.nodes.find((b) => b.id === 'impl-china')!.height).toBe(cardHeight(MAX_TEXT_LINES));
    const shown = nodeTexts(r.svg).get('impl-china')!;
    expect(shown.split('\n')).toHaveLength(MAX_TEXT_LINES);
    expect(squash(long).startsWith(squash(shown).slice(0, -1))).toBe(true);
    // Texts within the limit are not touched.
    for (const n of gsomia.nodes) expect(wrapNodeText(n, fakeMetrics).join('')).not.toContain('…');
    // The canvas measures a text (to offer "more…") when it could be that long, wide glyphs included.
    expect(mayExceedMaxLines(long)).toBe(true);
    expect(mayExceedMaxLines('日本と韓国の防衛協力。'.repeat(19))).toBe(true); // ~209 CJK characters: 12+ lines
    for (const n of gsomia.nodes) expect(mayExceedMaxLines(n.text)).toBe(false);
    // The layout's size guess for unmeasured nodes is capped the same way.
    expect(estimateNodeSize({ id: 'x', kind: 'premise', text: long, position: { x: 0, y: 0 } }).height).toBeLessThan(
      cardHeight(MAX_TEXT_LINES) + 20,
    );
  });

  it('draws kinds with their colours and labels, relations with markers and label pills, linked reasons', () => {
    const { svg } = renderSvg(gsomia, base, fakeMetrics);
    const doc = parseXml(svg);
    const els = allElements(doc.documentElement);
    const claim = els.find((e) => e.getAttribute('data-node-id') === 'claim-main')!;
    expect(
      allElements(claim)
        .find((e) => e.nodeName === 'rect')!
        .getAttribute('stroke'),
    ).toBe(NODE_STYLES.claim.color);
    expect(claim.textContent).toContain('CLAIM');
    const edges = els.filter((e) => e.getAttribute('data-edge-id'));
    expect(edges.length).toBe(gsomia.relations.length - 4); // four linked pairs draw one arrow each
    for (const kind of ['supports', 'opposes', 'qualifies', 'undercuts'] as const) {
      const edge = edges.find((e) => e.getAttribute('data-relation-kind') === kind)!;
      const path = allElements(edge).find((e) => e.nodeName === 'path')!;
      expect(path.getAttribute('stroke')).toBe(RELATION_STYLES[kind].color);
      expect(path.getAttribute('stroke-dasharray') !== null).toBe(RELATION_STYLES[kind].dashed);
      expect(edge.textContent).toBe(RELATION_STYLES[kind].label);
    }
    expect(svg.match(/>linked reason</g)).toHaveLength(4); // one box per linked group
  });

  it('adds a title and a legend above the map when asked', () => {
    const plain = renderSvg(gsomia, base, fakeMetrics);
    const r = renderSvg(gsomia, { ...base, title: 'My <title>', legend: true }, fakeMetrics);
    expect(r.height).toBeGreaterThan(plain.height + 60);
    const doc = parseXml(r.svg);
    expect(doc.documentElement!.textContent).toContain('My <title>');
    for (const label of ['Claim', 'Reason', 'supports', 'undercuts', 'linked reason'])
      expect(doc.documentElement!.textContent).toContain(label);
  });

  it('paints the background: white, dark, or none', () => {
    expect(renderSvg(gsomia, base, fakeMetrics).svg).toContain('fill="#ffffff"/><g');
    expect(renderSvg(gsomia, { ...base, background: 'dark' }, fakeMetrics).svg).toContain('fill="#0f172a"/>');
    expect(renderSvg(gsomia, { ...base, background: 'transparent' }, fakeMetrics).svg).not.toMatch(/<rect width="\d+" height="\d+" fill=/);
  });

  it('keeps hostile text as text: no script, no event handlers, the characters read back', () => {
    const { svg } = renderSvg(hostile, { ...base, title: hostile.meta.title, legend: true }, fakeMetrics);
    const doc = parseXml(svg);
    expect(activeContent(doc.documentElement)).toEqual([]);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<[^>]*\son\w+\s*=/i); // user text has no "<": any tag here is ours
    const texts = nodeTexts(svg);
    for (const n of hostile.nodes) expect(squash(texts.get(n.id)!)).toBe(squash(n.text));
    expect(texts.get('claim')).toContain('<script>alert(1)</script>');
    expect(texts.get('cdata')).toContain(']]>');
    expect(texts.get('cdata')).toContain('&amp;');
    expect(doc.documentElement!.textContent).toContain('¶<i>3</i>');
  });

  it("shows each statement's computed status when evaluation is on, and none when it is off", () => {
    // A claim with a reason and an unanswered objection (defeated); two objections that
    // oppose each other (undecided); a hostile word in a node does not reach the chip.
    const small: ArgMap = {
      meta: { title: 't', description: '' },
      nodes: [
        { id: 'c', kind: 'claim', text: 'The claim', position: { x: 300, y: 0 } },
        { id: 'r', kind: 'premise', text: 'A reason', position: { x: 0, y: 200 } },
        { id: 'o', kind: 'objection', text: 'An objection <b>', position: { x: 300, y: 200 } },
        { id: 'x', kind: 'objection', text: 'X', position: { x: 600, y: 400 } },
        { id: 'y', kind: 'objection', text: 'Y', position: { x: 900, y: 400 } },
        { id: 'm', kind: 'premise', text: 'Marked', position: { x: 1200, y: 0 }, mark: 'accepted' },
      ],
      relations: [
        { id: 'r1', kind: 'supports', from: 'r', to: 'c' },
        { id: 'r2', kind: 'opposes', from: 'o', to: 'c' },
        { id: 'r3', kind: 'opposes', from: 'x', to: 'y' },
        { id: 'r4', kind: 'opposes', from: 'y', to: 'x' },
      ],
    };
    const chips = (svg: string) => {
      const out = new Map<string, { status: string | null; text: string; opacity: string | null }>();
      for (const g of allElements(parseXml(svg).documentElement).filter((e) => e.getAttribute('data-node-id'))) {
        const chip = allElements(g).filter((e) => e.getAttribute('data-status-chip'));
        expect(chip.length).toBeLessThanOrEqual(1);
        if (!chip.length) continue;
        const faded = allElements(g).find((e) => e.getAttribute('opacity'));
        out.set(g.getAttribute('data-node-id')!, {
          status: chip[0]!.getAttribute('data-status-chip'),
          text: chip[0]!.textContent ?? '',
          opacity: faded?.getAttribute('opacity') ?? null,
        });
      }
      return out;
    };
    const on = renderSvg(small, { ...base, evaluation: true }, fakeMetrics);
    expect(Object.fromEntries(chips(on.svg))).toEqual({
      c: { status: 'out', text: 'defeated', opacity: '0.55' },
      r: { status: 'in', text: 'stands', opacity: null },
      o: { status: 'in', text: 'stands', opacity: null },
      x: { status: 'undec', text: '?undecided', opacity: null },
      y: { status: 'undec', text: '?undecided', opacity: null },
      m: { status: 'in', text: 'accepted', opacity: null },
    });
    // The ring, in the shared status colours; the node text is still the node's, escaped.
    expect(on.svg).toContain(`stroke="${STATUS_STYLES.out.ring}"`);
    expect(on.svg).toContain(`stroke="${STATUS_STYLES.undec.ring}" stroke-width="4" stroke-dasharray`);
    expect(squash(nodeTexts(on.svg).get('o')!)).toBe('Anobjection<b>');
    expect(on.svg).toContain('An objection &lt;b&gt;');
    // Off (and by default): no chips, no rings, and the same document as before.
    const off = renderSvg(small, base, fakeMetrics);
    expect(chips(off.svg).size).toBe(0);
    expect(off.svg).not.toContain('data-status');
    expect(renderSvg(small, { ...base, evaluation: false }, fakeMetrics).svg).toBe(off.svg);
    // Rings and chips sit outside the cards, so the document grows to hold them.
    expect(on.height).toBeGreaterThan(off.height);
    // A selection shows the statuses computed on the whole map, when they are given.
    const part: ArgMap = { ...small, nodes: small.nodes.filter((n) => n.id === 'c' || n.id === 'r'), relations: [small.relations[0]!] };
    expect(chips(renderSvg(part, { ...base, evaluation: true }, fakeMetrics).svg).get('c')!.status).toBe('in');
    expect(chips(renderSvg(part, { ...base, evaluation: true, statuses: { c: 'out', r: 'in' } }, fakeMetrics).svg).get('c')!.status).toBe(
      'out',
    );
  });

  it('renders every node of a 1,000-node map', async () => {
    const { generateMap } = await import('../../testkit/generate.ts');
    const big = generateMap(1000, 7);
    const r = renderSvg(big, base, fakeMetrics);
    expect(nodeTexts(r.svg).size).toBe(1000);
  });
});
