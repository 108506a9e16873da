// How evaluation statuses read and look: one table shared by the node badges, the
// inspector, the balance panel, the toolbar's key and the image export. styles.css reads
// the colours as CSS variables set from this table (statusCssVariables).
import type { Label } from '../model/evaluation.ts';

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
  /** A dashed ring (undecided). */
  dashed: boolean;
  /** For a relation or a reason in the balance: does it carry? */
  linkWord: string;
}

export const STATUS_STYLES: Record<Label, StatusStyle> = {
  in: { word: 'stands', markedWord: 'accepted', sign: '✓', color: '#15803d', ring: '#16a34a', dashed: false, linkWord: 'holds' },
  out: { word: 'defeated', markedWord: 'rejected', sign: '✕', color: '#b91c1c', ring: '#dc2626', dashed: false, linkWord: 'fails' },
  undec: { word: 'undecided', markedWord: 'undecided', sign: '?', color: '#b45309', ring: '#d97706', dashed: true, linkWord: 'undecided' },
};

/** How much of a defeated card shows. */
export const DEFEATED_OPACITY = 0.55;

/** `color` seen at `opacity` over white, as an opaque colour. */
function fadedOnWhite(color: string, opacity: number): string {
  const channel = (i: number) => Math.round(parseInt(color.slice(1 + 2 * i, 3 + 2 * i), 16) * opacity + 255 * (1 - opacity));
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

/** The table as CSS custom properties (--status-in-color, --status-in-ring, …) for styles.css. */
export function statusCssVariables(): Record<string, string> {
  const vars: Record<string, string> = {
    '--status-out-opacity': String(DEFEATED_OPACITY),
    // The canvas fades a defeated card's text by colour (see styles.css): slate text at that opacity on white.
    '--status-out-faded': fadedOnWhite('#1e293b', DEFEATED_OPACITY),
  };
  for (const [label, style] of Object.entries(STATUS_STYLES)) {
    vars[`--status-${label}-color`] = style.color;
    vars[`--status-${label}-ring`] = style.ring;
  }
  return vars;
}
