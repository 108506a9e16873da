// The shapes renderSvg.ts and commentsSvg.ts share (a module of their own, so neither imports the other for them).

export interface FontSpec {
  size: number;
  weight: 400 | 600;
  /** Extra space after each character, in px (CSS letter-spacing). */
  letterSpacing?: number;
}

/** Text measurement and vertical font metrics (ascent/descent as fractions of the size). */
export interface TextMetrics {
  measure(text: string, font: FontSpec): number;
  ascent: number;
  descent: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
