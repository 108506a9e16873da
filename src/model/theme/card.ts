// The geometry of what a map draws, in CSS px, for the canvas and the image export alike: a
// statement card, its evaluation ring and chip, the box around a linked reason, the anchor an
// undercut points at, and a relation's line, marker and label. The one source of these
// numbers: styles.css reads them as CSS variables (cssVariables.ts geometryVariables, put in
// front of styles.css when it is built), the canvas components and the exporter import them,
// and the layout sizes cards it has not measured from them. Pure: no DOM, no React. Plain
// constants, so the build writes the numbers where they are used.

// ---- A statement card (.arg-node): a bordered box, a header line (kind icon and label), then the text ----
export const CARD_WIDTH = 260;
export const CARD_BORDER = 2;
export const CARD_RADIUS = 10;
export const CARD_PAD_X = 10;
export const CARD_PAD_TOP = 8;
export const CARD_PAD_BOTTOM = 10;
/** The header: the kind's icon and its label in capitals, then a gap before the text. */
export const CARD_HEADER_LINE = 16;
export const CARD_HEADER_GAP = 4;
export const CARD_ICON = 14;
export const CARD_ICON_GAP = 5;
export const CARD_LABEL_SIZE = 11;
export const CARD_LABEL_TRACKING = 0.44; // 0.04em at 11px
/** The statement's text. */
export const CARD_TEXT_SIZE = 14;
export const CARD_TEXT_LINE = 20;
/** The link handles, centred on the top (out) and bottom (in) edge. */
export const CARD_HANDLE = 10;

/**
 * The most lines of text a card shows (canvas and exports alike); a longer text is cut there
 * with an ellipsis (the canvas adds a "more" control), so one long statement cannot stretch
 * a whole row of the layout. The full text is in the inspector and the editor.
 */
export const MAX_TEXT_LINES = 12;

/**
 * Sizing a card from its text before it is measured (model/layout.ts, estimateNodeSize): about
 * how many characters fit on a line of the text, and the height of everything but the text
 * lines. That chrome is 44, 2 px more than a drawn card's (cardHeight(1) − CARD_TEXT_LINE = 42
 * in export/renderSvg.ts); changing it would move every laid-out map, so it stays.
 */
export const ESTIMATE_CHARS_PER_LINE = 34;
export const ESTIMATE_CHROME_HEIGHT = 44;

/**
 * The size taken for a card the canvas has not measured yet where its text is not looked at
 * (a linked-reason box around it, an undercut anchor beside it, arrow-key moves, centring on
 * it): a card of about two lines.
 */
export const UNMEASURED_CARD = { width: CARD_WIDTH, height: 90 } as const;

// ---- Evaluation: a ring (an outline this far outside the card's border) and a chip on the card's top edge ----
export const STATUS_RING_WIDTH = 4;
export const STATUS_RING_OFFSET = 2;
/** The chip sits this far above the card's padding box and this far from its right edge. */
export const STATUS_CHIP_TOP = 12;
export const STATUS_CHIP_RIGHT = 12;
export const STATUS_CHIP_HEIGHT = 20;
export const STATUS_CHIP_PAD_X = 8;
export const STATUS_CHIP_BORDER = 1.5;
export const STATUS_CHIP_GAP = 3;
export const STATUS_CHIP_TEXT_SIZE = 11;

// ---- The dashed box around co-premises (a linked reason): room around the cards and a label line above them ----
export const LINKED_PADDING = 14;
export const LINKED_HEADER = 18;
export const LINKED_BORDER = 2;
export const LINKED_RADIUS = 14;
export const LINKED_LABEL_TOP = 2;
export const LINKED_LABEL_LEFT = 10;
export const LINKED_LABEL_SIZE = 11;

// ---- The point in the middle of a link that an undercut attacks: a tiny node with a 1 px handle ----
export const ANCHOR_SIZE = 2;
export const ANCHOR_HANDLE = 1;

// ---- A relation: its line, the marker at its target end, and the pill with its label ----
export const RELATION_WIDTH = 2;
export const RELATION_SELECTED_WIDTH = 3.5;
export const RELATION_DASH = '7 5';
/** Markers are drawn on a square grid this size, their tip at (MARKER_TIP_X, MARKER_TIP_Y), pointing along +x. */
export const MARKER_GRID = 12;
export const MARKER_TIP_X = 10;
export const MARKER_TIP_Y = 6;
export const PILL_HEIGHT = 18;
export const PILL_TEXT_SIZE = 11;

export type RelationMarker = 'arrow' | 'open-arrow' | 'bar';

/** A marker's shape: a filled path, or a stroke of some width (an open arrow is not filled). */
export interface MarkerShape {
  d: string;
  strokeWidth?: number;
  unfilled?: boolean;
}

/** Each marker on the marker grid. */
export const MARKER_SHAPES: Record<RelationMarker, MarkerShape> = {
  arrow: { d: 'M0,1 L11,6 L0,11 z' },
  'open-arrow': { d: 'M1,1 L11,6 L1,11', strokeWidth: 1.8, unfilled: true },
  bar: { d: 'M10,0 L10,12', strokeWidth: 3 },
};

/** A relation's sample in the legends (the canvas's and the exports'): a line from (1, 5) to (26, 5), then its marker. */
export const LEGEND_DASH = '5 3';
export const LEGEND_MARKERS: Record<RelationMarker, MarkerShape> = {
  arrow: { d: 'M25,1 L33,5 L25,9 z' },
  'open-arrow': { d: 'M25,1 L33,5 L25,9', strokeWidth: 1.6, unfilled: true },
  bar: { d: 'M30,0 L30,10', strokeWidth: 3 },
};

/** The width of a relation's label pill, from the label's length (the same on the canvas and in exports). */
export const pillWidth = (label: string) => label.length * 6.4 + 12;
