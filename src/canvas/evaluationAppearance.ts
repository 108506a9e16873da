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
  in: { word: 'stands', markedWord: 'accepted', sign: '✓', color: '#166534', ring: '#16a34a', dashed: false, linkWord: 'holds' },
  out: { word: 'defeated', markedWord: 'rejected', sign: '✕', color: '#b91c1c', ring: '#dc2626', dashed: false, linkWord: 'fails' },
  undec: { word: 'undecided', markedWord: 'undecided', sign: '?', color: '#92400e', ring: '#d97706', dashed: true, linkWord: 'undecided' },
};

/** How much of a defeated card shows in image exports. On screen a defeated card is greyed
    (styles.css), not faded: faded text would fall below 4.5:1 contrast. */
export const DEFEATED_OPACITY = 0.55;

/** The table as CSS custom properties (--status-in-color, --status-in-ring, …) for styles.css. */
export function statusCssVariables(): Record<string, string> {
  const vars: Record<string, string> = { '--status-out-opacity': String(DEFEATED_OPACITY) };
  for (const [label, style] of Object.entries(STATUS_STYLES)) {
    vars[`--status-${label}-color`] = style.color;
    vars[`--status-${label}-ring`] = style.ring;
  }
  return vars;
}
