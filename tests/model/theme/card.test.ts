// A card's geometry has one source (src/model/theme/card.ts): the layout, the exporter and the
// canvas's CSS all take their numbers from it.
import { readFileSync } from 'node:fs';
import * as G from '../../../src/model/theme/card';
import { geometryStyleSheet, geometryVariables } from '../../../src/model/theme/cssVariables';
import { estimateNodeSize } from '../../../src/model/layout';
import { CARD, cardHeight, CONTENT_WIDTH } from '../../../src/export/renderSvg';

const css = readFileSync(new URL('../../../src/styles.css', import.meta.url), 'utf8');
/** The rules of styles.css without its comments. */
const rules = css.replace(/\/\*[\s\S]*?\*\//g, '');

describe('the card geometry', () => {
  it('is a 260 px card whose one-line height is 62 px, its text wrapped in 236 px (as exported)', () => {
    expect(G.CARD_WIDTH).toBe(260);
    expect(CARD.width).toBe(G.CARD_WIDTH);
    expect(cardHeight(1)).toBe(62);
    expect(cardHeight(0)).toBe(62);
    expect(cardHeight(3)).toBe(102);
    expect(CONTENT_WIDTH).toBe(236);
  });

  it('sizes unmeasured cards as wide as drawn ones', () => {
    expect(estimateNodeSize({ id: 'a', kind: 'claim', text: '', position: { x: 0, y: 0 } }).width).toBe(G.CARD_WIDTH);
    expect(G.UNMEASURED_CARD.width).toBe(G.CARD_WIDTH);
  });

  it('gives a relation label pill a width from its label', () => {
    expect(G.pillWidth('supports')).toBeCloseTo(8 * 6.4 + 12, 10);
  });
});

describe('styles.css', () => {
  it('reads the card geometry from the generated variables, with no number of its own', () => {
    expect(rules).toMatch(/\.arg-node \{[^}]*width: var\(--card-width\)/);
    expect(rules).toMatch(/\.arg-node \{[^}]*padding: var\(--card-pad-top\) var\(--card-pad-x\) var\(--card-pad-bottom\)/);
    expect(rules).toMatch(/\.linked-reason \{[^}]*border-radius: var\(--linked-radius\)/);
    expect(rules).toMatch(/\.arg-node\.status-in \{[^}]*outline: var\(--status-ring-width\)/);
    expect(rules).not.toMatch(/\b260px\b/);
  });

  it('uses only geometry variables that card.ts defines', () => {
    const defined = geometryVariables();
    const used = new Set([...rules.matchAll(/var\((--(?:card|status-ring|status-chip|linked-(?!bg)|anchor)[a-z-]*)\)/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(20);
    for (const name of used) expect(defined, name).toHaveProperty([name]);
  });

  it('gets the numbers of card.ts in px, in a :root block put in front of it when it is built', () => {
    const vars = geometryVariables();
    expect(vars['--card-width']).toBe(`${G.CARD_WIDTH}px`);
    expect(vars['--card-label-tracking']).toBe('0.44px'); // 0.04em at 11 px, as before
    expect(vars['--status-ring-width']).toBe(`${G.STATUS_RING_WIDTH}px`);
    expect(vars['--status-chip-top']).toBe(`${G.STATUS_CHIP_TOP}px`);
    expect(vars['--linked-radius']).toBe(`${G.LINKED_RADIUS}px`);
    expect(vars['--anchor-size']).toBe(`${G.ANCHOR_SIZE}px`);
    expect(geometryStyleSheet()).toMatch(/^:root \{\n {2}--card-width: 260px;\n/);
  });
});
