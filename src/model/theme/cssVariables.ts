// The theme as CSS custom properties, so styles.css and the components read var(--kind-claim-color),
// var(--card-width) and the like: one source for every colour and size they share with the
// exporter and the layout. The kind, relation and status colours, the canvas and the text, for
// both themes, are a style sheet io/theme.ts writes into the page at start (<html
// data-theme="dark"> picks the dark set); the card geometry (card.ts), which never changes, is
// put in front of styles.css when it is built (vite.config.ts), costing the page no JavaScript.
import { NODE_KINDS, RELATION_KINDS } from '../types.ts';
import { DEFEATED_OPACITY, kindColors, relationColors, STATUS_STYLES, THEME_SURFACES, type Theme } from './colors.ts';
import * as G from './card.ts';

/** The status colours (--status-in-color, --status-in-ring, …) in a theme. */
export function statusCssVariables(theme: Theme = 'light'): Record<string, string> {
  const vars: Record<string, string> = { '--status-out-opacity': String(DEFEATED_OPACITY) };
  for (const [label, style] of Object.entries(STATUS_STYLES)) {
    const colors = theme === 'dark' ? style.dark : style;
    vars[`--status-${label}-color`] = colors.color;
    vars[`--status-${label}-ring`] = colors.ring;
  }
  return vars;
}

export function themeVariables(theme: Theme): Record<string, string> {
  const surfaces = THEME_SURFACES[theme];
  const vars: Record<string, string> = {
    '--canvas': surfaces.canvas,
    '--text': surfaces.text,
    '--relation-label-bg': surfaces.labelBackground,
  };
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

/** The geometry (card.ts) for styles.css, the same in both themes. */
export function geometryVariables(): Record<string, string> {
  const px: Record<string, number> = {
    '--card-width': G.CARD_WIDTH,
    '--card-border': G.CARD_BORDER,
    '--card-radius': G.CARD_RADIUS,
    '--card-pad-x': G.CARD_PAD_X,
    '--card-pad-top': G.CARD_PAD_TOP,
    '--card-pad-bottom': G.CARD_PAD_BOTTOM,
    '--card-header-line': G.CARD_HEADER_LINE,
    '--card-header-gap': G.CARD_HEADER_GAP,
    '--card-icon-gap': G.CARD_ICON_GAP,
    '--card-label-size': G.CARD_LABEL_SIZE,
    '--card-label-tracking': G.CARD_LABEL_TRACKING,
    '--card-text-size': G.CARD_TEXT_SIZE,
    '--card-text-line': G.CARD_TEXT_LINE,
    '--card-handle': G.CARD_HANDLE,
    '--status-ring-width': G.STATUS_RING_WIDTH,
    '--status-ring-offset': G.STATUS_RING_OFFSET,
    '--status-chip-top': G.STATUS_CHIP_TOP,
    '--status-chip-right': G.STATUS_CHIP_RIGHT,
    '--status-chip-height': G.STATUS_CHIP_HEIGHT,
    '--status-chip-pad-x': G.STATUS_CHIP_PAD_X,
    '--status-chip-border': G.STATUS_CHIP_BORDER,
    '--status-chip-gap': G.STATUS_CHIP_GAP,
    '--status-chip-text-size': G.STATUS_CHIP_TEXT_SIZE,
    '--linked-border': G.LINKED_BORDER,
    '--linked-radius': G.LINKED_RADIUS,
    '--linked-label-top': G.LINKED_LABEL_TOP,
    '--linked-label-left': G.LINKED_LABEL_LEFT,
    '--linked-label-size': G.LINKED_LABEL_SIZE,
    '--anchor-size': G.ANCHOR_SIZE,
    '--anchor-handle': G.ANCHOR_HANDLE,
  };
  return Object.fromEntries(Object.entries(px).map(([name, value]) => [name, `${value}px`]));
}

const block = (selector: string, vars: Record<string, string>) =>
  `${selector} {\n${Object.entries(vars)
    .map(([k, v]) => `  ${k}: ${v};`)
    .join('\n')}\n}`;

/** A style sheet with both themes' colours; the light set is the default. */
export function themeStyleSheet(): string {
  return `${block(':root', themeVariables('light'))}\n${block(":root[data-theme='dark']", themeVariables('dark'))}\n`;
}

/** The geometry as a style sheet: put in front of styles.css when it is built (vite.config.ts), as it never changes. */
export function geometryStyleSheet(): string {
  return `${block(':root', geometryVariables())}\n`;
}
