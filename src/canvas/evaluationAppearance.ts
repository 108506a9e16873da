// How evaluation statuses read and look: one table shared by the node badges, the
// inspector, the balance panel, the toolbar's key and the image export. styles.css reads
// the colours as CSS variables set from this table (statusCssVariables).
import type { Label } from '../model/evaluation.ts';
import type { Theme } from './appearance.ts';

export interface StatusStyle {
  /** The computed status in a word. */
  word: string;
  /** The status when the user set it with a mark. */
  markedWord: string;
  /** A one-character sign, so the status does not depend on colour alone. */
  sign: string;
  /** The chip's text and border. */
  color: string;
  /** The ring around the card (the outline in styles.css). */
  ring: string;
  /** The dark theme's chip text and ring. */
  dark: { color: string; ring: string };
  /** A dashed ring (undecided). */
  dashed: boolean;
  /** For a relation or a reason in the balance: does it carry? */
  linkWord: string;
}

export const STATUS_STYLES: Record<Label, StatusStyle> = {
  in: { word: 'stands', markedWord: 'accepted', sign: '✓', color: '#166534', ring: '#16a34a', dark: { color: '#4ade80', ring: '#22c55e' }, dashed: false, linkWord: 'holds' },
  out: { word: 'defeated', markedWord: 'rejected', sign: '✕', color: '#b91c1c', ring: '#dc2626', dark: { color: '#f87171', ring: '#ef4444' }, dashed: false, linkWord: 'fails' },
  undec: { word: 'undecided', markedWord: 'undecided', sign: '?', color: '#92400e', ring: '#d97706', dark: { color: '#fbbf24', ring: '#f59e0b' }, dashed: true, linkWord: 'undecided' },
};

/** How much of a defeated card shows in image exports. On screen a defeated card is greyed
    (styles.css), not faded: faded text would fall below 4.5:1 contrast. */
export const DEFEATED_OPACITY = 0.55;

/** The table as CSS custom properties (--status-in-color, --status-in-ring, …) for styles.css, in a theme. */
export function statusCssVariables(theme: Theme = 'light'): Record<string, string> {
  const vars: Record<string, string> = { '--status-out-opacity': String(DEFEATED_OPACITY) };
  for (const [label, style] of Object.entries(STATUS_STYLES)) {
    const colors = theme === 'dark' ? style.dark : style;
    vars[`--status-${label}-color`] = colors.color;
    vars[`--status-${label}-ring`] = colors.ring;
  }
  return vars;
}
