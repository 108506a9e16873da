// How each kind, relation and evaluation status reads and looks, in both themes: one table
// each, shared by the canvas, the panels, the legend, the screen-reader labels and the image
// export. `color` and `background` are the light theme's (and every export's); `dark` holds
// the dark theme's. The canvas reads both through CSS variables (cssVariables.ts), so the
// theme switches without re-rendering; tests/model/theme/contrast.test.ts checks every pair.
import type { NodeKind, RelationKind } from '../types.ts';
import type { Label } from '../evaluation.ts';
import type { RelationMarker } from './card.ts';

export interface KindStyle {
  label: string;
  /** One line for the legend. */
  meaning: string;
  color: string;
  background: string;
  /** The dark theme's colours: the label and border on the card's background. */
  dark: { color: string; background: string };
  /** SVG path data on a 16×16 grid. */
  icon: string;
}

export const NODE_STYLES: Record<NodeKind, KindStyle> = {
  claim: {
    label: 'Claim',
    meaning: 'A contention the map argues for or against',
    color: '#1d4ed8',
    background: '#dbeafe',
    dark: { color: '#93c5fd', background: '#172554' },
    icon: 'M8 1l2.2 4.6 5 .7-3.6 3.5.9 5L8 12.4 3.5 14.8l.9-5L.8 6.3l5-.7z',
  },
  premise: {
    label: 'Reason',
    meaning: 'A premise offered in support',
    color: '#15803d',
    background: '#dcfce7',
    dark: { color: '#86efac', background: '#052e16' },
    icon: 'M7 3h2v4h4v2H9v4H7V9H3V7h4z',
  },
  objection: {
    label: 'Objection',
    meaning: 'A reason against what it points to',
    color: '#b91c1c',
    background: '#fee2e2',
    dark: { color: '#fca5a5', background: '#450a0a' },
    icon: 'M3 7h10v2H3z',
  },
  rebuttal: {
    label: 'Rebuttal',
    meaning: 'An answer to an objection',
    color: '#0f766e',
    background: '#ccfbf1',
    dark: { color: '#5eead4', background: '#042f2e' },
    icon: 'M8 2a6 6 0 1 1-5.7 4.1l1.9.6A4 4 0 1 0 8 4v2L4.5 3 8 0z',
  },
  caveat: {
    label: 'Caveat',
    meaning: 'A condition or qualification',
    color: '#b45309',
    background: '#fef3c7',
    dark: { color: '#fcd34d', background: '#451a03' },
    icon: 'M7 2h2v8H7zm0 10h2v2H7z',
  },
  evidence: {
    label: 'Evidence',
    meaning: 'A fact, example or source that backs a reason',
    color: '#4338ca',
    background: '#e0e7ff',
    dark: { color: '#a5b4fc', background: '#1e1b4b' },
    icon: 'M3 1h7l3 3v11H3zm2 5v1.5h6V6zm0 3v1.5h6V9zm0 3v1.5h4V12z',
  },
  context: {
    label: 'Background',
    meaning: 'Background fact that informs the argument',
    color: '#475569',
    background: '#f1f5f9',
    dark: { color: '#cbd5e1', background: '#1e293b' },
    icon: 'M7 7h2v6H7zm0-4h2v2H7z',
  },
};

/* Contrast (WCAG 2.2 AA): each kind colour is ≥ 4.5:1 on its own background and on white (it
   writes the kind's label), and each relation colour ≥ 4.5:1 on white (it writes the label on the
   line; the line itself needs 3:1). */
export interface RelationStyle {
  label: string;
  meaning: string;
  /** The line and marker. */
  color: string;
  /** The label's text on its white pill (darker than the line where the line is too light for text). */
  labelColor: string;
  /** The dark theme's line and label (on the dark canvas, one colour serves both). */
  darkColor: string;
  dashed: boolean;
  /** Marker at the target end: an arrow, or a bar for an undercut. */
  marker: RelationMarker;
}

export const RELATION_STYLES: Record<RelationKind, RelationStyle> = {
  supports: {
    label: 'supports',
    meaning: 'Gives a reason to accept the target',
    color: '#16a34a',
    labelColor: '#15803d',
    darkColor: '#4ade80',
    dashed: false,
    marker: 'arrow',
  },
  opposes: {
    label: 'opposes',
    meaning: 'Gives a reason to reject the target',
    color: '#dc2626',
    labelColor: '#b91c1c',
    darkColor: '#f87171',
    dashed: false,
    marker: 'arrow',
  },
  qualifies: {
    label: 'qualifies',
    meaning: 'Limits or conditions the target',
    color: '#d97706',
    labelColor: '#b45309',
    darkColor: '#fbbf24',
    dashed: true,
    marker: 'open-arrow',
  },
  undercuts: {
    label: 'undercuts',
    meaning: 'Attacks the link between a reason and its claim',
    color: '#7c3aed',
    labelColor: '#6d28d9',
    darkColor: '#a78bfa',
    dashed: true,
    marker: 'bar',
  },
};

export type Theme = 'light' | 'dark';

/** What the kind and relation colours sit on in each theme: the canvas, the text, a relation's label pill. */
export const THEME_SURFACES: Record<Theme, { canvas: string; text: string; labelBackground: string }> = {
  light: { canvas: '#ffffff', text: '#0f172a', labelBackground: '#ffffff' },
  dark: { canvas: '#0f172a', text: '#e2e8f0', labelBackground: '#0f172a' },
};

/** The colours of a kind in a theme. */
export const kindColors = (kind: NodeKind, theme: Theme) => (theme === 'dark' ? NODE_STYLES[kind].dark : NODE_STYLES[kind]);

/** The colours of a relation in a theme: its line and its label's text. */
export const relationColors = (kind: RelationKind, theme: Theme) => {
  const s = RELATION_STYLES[kind];
  return theme === 'dark' ? { line: s.darkColor, label: s.darkColor } : { line: s.color, label: s.labelColor };
};

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
  in: {
    word: 'stands',
    markedWord: 'accepted',
    sign: '✓',
    color: '#166534',
    ring: '#16a34a',
    dark: { color: '#4ade80', ring: '#22c55e' },
    dashed: false,
    linkWord: 'holds',
  },
  out: {
    word: 'defeated',
    markedWord: 'rejected',
    sign: '✕',
    color: '#b91c1c',
    ring: '#dc2626',
    dark: { color: '#f87171', ring: '#ef4444' },
    dashed: false,
    linkWord: 'fails',
  },
  undec: {
    word: 'undecided',
    markedWord: 'undecided',
    sign: '?',
    color: '#92400e',
    ring: '#d97706',
    dark: { color: '#fbbf24', ring: '#f59e0b' },
    dashed: true,
    linkWord: 'undecided',
  },
};

/** How much of a defeated card shows in image exports. On screen a defeated card is greyed
    (styles.css), not faded: faded text would fall below 4.5:1 contrast. */
export const DEFEATED_OPACITY = 0.55;
