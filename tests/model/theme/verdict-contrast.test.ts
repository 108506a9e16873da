// The comparison view's verdict colours (src/model/theme/verdictColors.ts) stay readable in both
// themes: the sign and words on the canvas 4.5:1, the rings, lines and dashed ghost outlines 3:1;
// and each verdict has a sign and words of its own, so no mark depends on colour alone.
import { contrastRatio, MIN_GRAPHIC_CONTRAST, MIN_TEXT_CONTRAST } from '../../../src/model/theme/contrast';
import { THEME_SURFACES, type Theme } from '../../../src/model/theme/colors';
import { VERDICT_COLORS, verdictStyleSheet } from '../../../src/model/theme/verdictColors';
import { VERDICT_MARKS } from '../../../src/model/theme/verdicts';
import type { Verdict } from '../../../src/model/compare/types';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const THEMES: Theme[] = ['light', 'dark'];
const VERDICTS = Object.keys(VERDICT_MARKS) as Verdict[];

describe.each(THEMES)('verdicts in the %s theme', (theme) => {
  const { canvas, text } = THEME_SURFACES[theme];
  it.each(VERDICTS)('%s: words readable on the canvas, line visible on it', (verdict) => {
    const c = VERDICT_COLORS[verdict][theme];
    expect(contrastRatio(c.color, canvas)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio(c.line, canvas)).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
    // A ghost's text is the theme's text on the canvas colour.
    expect(contrastRatio(text, canvas)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });
});

describe('verdict marks', () => {
  it('give every verdict its own sign and words, and both themes their own colours', () => {
    expect(new Set(VERDICTS.map((v) => VERDICT_MARKS[v].sign)).size).toBe(VERDICTS.length);
    expect(new Set(VERDICTS.map((v) => VERDICT_MARKS[v].word)).size).toBe(VERDICTS.length);
    for (const v of VERDICTS) expect(VERDICT_COLORS[v].light).not.toEqual(VERDICT_COLORS[v].dark);
    // Correct, amber and red are told apart by colour too.
    const lines = new Set(['correct', 'wrongKind', 'extra'].map((v) => VERDICT_COLORS[v as Verdict].light.line));
    expect(lines.size).toBe(3);
  });

  it('the statements’ chips on the canvas (comparison.css) say the same signs and words', () => {
    const css = readFileSync(fileURLToPath(new URL('../../../src/canvas/comparison.css', import.meta.url)), 'utf8');
    expect(css).toContain(`.arg-node[data-verdict]::after {\n  content: '${VERDICT_MARKS.correct.sign}';`);
    for (const v of ['wrongKind', 'extra'] as const)
      expect(css).toContain(`.arg-node[data-verdict='${v}']::after {\n  content: '${VERDICT_MARKS[v].sign} ${VERDICT_MARKS[v].word}';`);
  });

  it('write both themes as CSS variables, the dark set under data-theme', () => {
    const sheet = verdictStyleSheet();
    expect(sheet).toContain(':root {\n  --verdict-correct-color: #166534;');
    expect(sheet).toMatch(/:root\[data-theme='dark'\] \{\n {2}--verdict-correct-color: #4ade80;/);
    for (const v of VERDICTS) expect(sheet.match(new RegExp(`--verdict-${v}-line:`, 'g'))).toHaveLength(2);
  });
});
