// The colours that live in TypeScript (kinds, relations, statuses, the canvas and text) as CSS
// custom properties, for both themes: styles.css and the components read var(--kind-claim-color)
// and the like, and <html data-theme="dark"> picks the dark set. One source for every colour.
import { NODE_KINDS, RELATION_KINDS } from '../model/types.ts';
import { kindColors, relationColors, THEME_SURFACES, type Theme } from './appearance.ts';
import { statusCssVariables } from './evaluationAppearance.ts';

export function themeVariables(theme: Theme): Record<string, string> {
  const surfaces = THEME_SURFACES[theme];
  const vars: Record<string, string> = { '--canvas': surfaces.canvas, '--text': surfaces.text, '--relation-label-bg': surfaces.labelBackground };
  for (const kind of NODE_KINDS) {
    const c = kindColors(kind, theme);
    vars[`--kind-${kind}-color`] = c.color;
    vars[`--kind-${kind}-bg`] = c.background;
  }
  for (const kind of RELATION_KINDS) {
    const c = relationColors(kind, theme);
    vars[`--relation-${kind}-color`] = c.line;
    vars[`--relation-${kind}-label`] = c.label;
  }
  return { ...vars, ...statusCssVariables(theme) };
}

const block = (selector: string, vars: Record<string, string>) =>
  `${selector} {\n${Object.entries(vars)
    .map(([k, v]) => `  ${k}: ${v};`)
    .join('\n')}\n}`;

/** A style sheet with both themes' variables; the light set is the default. */
export function themeStyleSheet(): string {
  return `${block(':root', themeVariables('light'))}\n${block(":root[data-theme='dark']", themeVariables('dark'))}\n`;
}
