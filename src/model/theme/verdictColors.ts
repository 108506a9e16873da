// The colours of a comparison's verdicts in both themes: correct green, wrong kind or direction
// amber, not in the key red, missing (the dashed ghosts) slate. `color` writes the sign and words
// (≥ 4.5:1 on the canvas), `line` draws rings, lines and dashed outlines (≥ 3:1);
// tests/model/theme/contrast.test.ts checks both. The comparison view puts them in the page as CSS
// variables (--verdict-correct-color, --verdict-correct-line, …) when it first opens.
import type { Verdict } from '../compare/types.ts';
import type { Theme } from './colors.ts';

interface VerdictColors {
  color: string;
  line: string;
}

export const VERDICT_COLORS: Record<Verdict, Record<Theme, VerdictColors>> = {
  correct: { light: { color: '#166534', line: '#16a34a' }, dark: { color: '#4ade80', line: '#22c55e' } },
  wrongKind: { light: { color: '#92400e', line: '#d97706' }, dark: { color: '#fbbf24', line: '#f59e0b' } },
  reversed: { light: { color: '#92400e', line: '#d97706' }, dark: { color: '#fbbf24', line: '#f59e0b' } },
  extra: { light: { color: '#b91c1c', line: '#dc2626' }, dark: { color: '#f87171', line: '#ef4444' } },
  missing: { light: { color: '#334155', line: '#64748b' }, dark: { color: '#cbd5e1', line: '#94a3b8' } },
};

function block(selector: string, theme: Theme): string {
  const lines = Object.entries(VERDICT_COLORS).flatMap(([verdict, colors]) => [
    `  --verdict-${verdict}-color: ${colors[theme].color};`,
    `  --verdict-${verdict}-line: ${colors[theme].line};`,
  ]);
  return `${selector} {\n${lines.join('\n')}\n}`;
}

/** Both themes' verdict colours as a style sheet; the light set is the default. */
export function verdictStyleSheet(): string {
  return `${block(':root', 'light')}\n${block(":root[data-theme='dark']", 'dark')}\n`;
}
