// The colour tables meet WCAG 2.2 AA: text 4.5:1, lines and rings 3:1 (issue 12).
import { describe, expect, it } from 'vitest';
import { NODE_STYLES, RELATION_STYLES } from '../../src/canvas/appearance.ts';
import { STATUS_STYLES } from '../../src/canvas/evaluationAppearance.ts';
import { contrastRatio } from '../contrast.ts';

const WHITE = '#ffffff';

describe('contrast of the kind, relation and status colours', () => {
  it.each(Object.entries(NODE_STYLES))('%s: its label on its card and on white is at least 4.5:1', (_, s) => {
    expect(contrastRatio(s.color, s.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(s.color, WHITE)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(Object.entries(RELATION_STYLES))('%s: its label (on white) is at least 4.5:1, so its line is over 3:1', (_, s) => {
    expect(contrastRatio(s.color, WHITE)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(Object.entries(STATUS_STYLES))('%s: the chip text is at least 4.5:1 on white and on every card; the ring 3:1', (_, s) => {
    expect(contrastRatio(s.color, WHITE)).toBeGreaterThanOrEqual(4.5);
    for (const kind of Object.values(NODE_STYLES)) expect(contrastRatio(s.color, kind.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(s.ring, WHITE)).toBeGreaterThanOrEqual(3);
  });
});
