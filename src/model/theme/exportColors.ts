// The image export's own colours besides the kinds', relations' and statuses' (colors.ts). A
// module of its own: only the exporter, which loads on first use, needs it.
import { THEME_SURFACES } from './colors.ts';

/**
 * The image export's own colours besides the kinds', relations' and statuses': always the light
 * theme's, whatever the editor shows (pick a dark background in the Export dialog for a dark image).
 */
export const EXPORT_COLORS = {
  /** Statement text, the title and the legend's labels (the light theme's text). */
  ink: THEME_SURFACES.light.text,
  /** The title on a dark background. */
  inkOnDark: '#f1f5f9',
  /** Paragraph citations on a card. */
  muted: '#64748b',
  /** The linked-reason box and its label, and its fill (drawn at `linkedFillOpacity`). */
  linked: '#15803d',
  linkedFill: '#f0fdf4',
  linkedFillOpacity: 0.53,
  /** Relation label pills, status chips and the legend's box. */
  paper: THEME_SURFACES.light.labelBackground,
  legendBorder: '#cbd5e1',
  /** Backgrounds an export can have. */
  white: THEME_SURFACES.light.canvas,
  dark: THEME_SURFACES.dark.canvas,
  /** Slides: the ring around the step's statement (the light theme's accent, styles.css --accent). */
  highlight: '#2563eb',
  /** Slides: statements revealed earlier, away from the current one (styles.css .arg-node.is-dimmed). */
  dimmedOpacity: 0.4,
} as const;
