// Every kind, relation and status colour stays readable in both themes (WCAG AA: text 4.5:1,
// lines and borders 3:1), checked on the colours' single source.
import { contrastRatio, MIN_GRAPHIC_CONTRAST, MIN_TEXT_CONTRAST } from '../../../src/model/theme/contrast';
import { kindColors, relationColors, STATUS_STYLES, THEME_SURFACES, type Theme } from '../../../src/model/theme/colors';
import { themeStyleSheet, themeVariables } from '../../../src/model/theme/cssVariables';
import { NODE_KINDS, RELATION_KINDS } from '../../../src/model/types';

const THEMES: Theme[] = ['light', 'dark'];

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // WebAIM's checker: #767676 on white is the lightest grey that passes AA text (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow('not a #rrggbb colour');
  });
});

describe.each(THEMES)('the %s theme', (theme) => {
  const { canvas, text, labelBackground } = THEME_SURFACES[theme];

  it.each(NODE_KINDS)('%s: label and text readable on the card, border visible on the canvas', (kind) => {
    const c = kindColors(kind, theme);
    expect(contrastRatio(c.color, c.background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio(text, c.background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio(c.color, canvas)).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
  });

  it.each(RELATION_KINDS)('%s: line visible on the canvas, label readable on its pill', (kind) => {
    const c = relationColors(kind, theme);
    expect(contrastRatio(c.line, canvas)).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
    expect(contrastRatio(c.label, labelBackground)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it.each(Object.keys(STATUS_STYLES) as (keyof typeof STATUS_STYLES)[])('status %s: chip readable, ring visible', (label) => {
    const c = theme === 'dark' ? STATUS_STYLES[label].dark : STATUS_STYLES[label];
    // The chip sits on the canvas colour (styles.css: background var(--canvas)).
    expect(contrastRatio(c.color, canvas)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio(c.ring, canvas)).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
  });
});

describe('the dark theme', () => {
  it('changes every kind, relation and status colour, and the canvas', () => {
    const light = themeVariables('light');
    const dark = themeVariables('dark');
    const changed = Object.keys(light).filter((k) => light[k] !== dark[k]);
    expect(changed.sort()).toEqual(
      Object.keys(light)
        .filter((k) => k !== '--status-out-opacity')
        .sort(),
    );
  });

  it('kind colours read as text on the dark presentation bar', () => {
    for (const kind of NODE_KINDS)
      expect(contrastRatio(kindColors(kind, 'dark').color, THEME_SURFACES.dark.canvas)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('is one style-sheet block selected by <html data-theme="dark">', () => {
    const css = themeStyleSheet();
    expect(css).toContain(":root[data-theme='dark'] {");
    expect(css).toContain(`--kind-claim-color: ${kindColors('claim', 'dark').color};`);
    expect(css).toContain(`--kind-claim-color: ${kindColors('claim', 'light').color};`);
  });
});

describe('the light theme, where axe-core checks it', () => {
  it.each(NODE_KINDS)('%s: its label is also readable on white (the legend, the outline)', (kind) => {
    expect(contrastRatio(kindColors(kind, 'light').color, '#ffffff')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it.each(Object.keys(STATUS_STYLES) as (keyof typeof STATUS_STYLES)[])(
    'status %s: the chip text is readable on every kind of card',
    (label) => {
      for (const kind of NODE_KINDS)
        expect(contrastRatio(STATUS_STYLES[label].color, kindColors(kind, 'light').background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    },
  );
});
