// What an export is asked to make. Shared by the dialog, `window.argmap.exportMap` and the
// command line (which passes the same object into the page). Pure.
import type { Background } from './renderSvg.ts';
import type { PageSize } from './pdf.ts';

export type ExportFormat = 'png' | 'svg' | 'pdf';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf'];
export const MIME: Record<ExportFormat, string> = { png: 'image/png', svg: 'image/svg+xml', pdf: 'application/pdf' };

export interface ExportOptions {
  format: ExportFormat;
  /** The whole map, or the selected nodes (and the relations between them). */
  scope: 'all' | 'selection';
  /** PNG: scale from canvas px to image px. */
  scale: number;
  /** PNG: a width in px instead of a scale. */
  width?: number;
  background: Background;
  /** Draw a title above the map: the map's title, or `titleText` when given. */
  title: boolean;
  titleText?: string;
  legend: boolean;
  /** Show each statement's computed status (ring and chip), as the canvas does with evaluation on. */
  evaluation?: boolean;
  /** Draw the comments: numbered markers on the map and their list under it. Left out unless asked for. */
  comments?: boolean;
  /** Space around the map, px. */
  padding: number;
  /** PDF: one page sized to the map, or A4 / Letter with the map fitted. */
  page: PageSize;
}

// The dialog's starting choices are needed from the start (exportDialogState.ts): a file of their own.
import { DEFAULT_OPTIONS as DEFAULTS } from './defaultOptions.ts';
/** The defaults (defaultOptions.ts), checked against ExportOptions here. */
export const DEFAULT_OPTIONS: ExportOptions = DEFAULTS;

/** Checks and completes options from outside (scripts, the command line); throws with a reason. */
export function normalizeOptions(input: Partial<ExportOptions>): ExportOptions {
  const o: ExportOptions = { ...DEFAULT_OPTIONS, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  if (!EXPORT_FORMATS.includes(o.format)) throw new Error(`Unknown format "${o.format}": use png, svg or pdf.`);
  if (!['all', 'selection'].includes(o.scope)) throw new Error(`Unknown scope "${o.scope}": use all or selection.`);
  if (!(typeof o.scale === 'number' && o.scale > 0 && o.scale <= 64))
    throw new Error(`The scale must be a number above 0 and at most 64 (got ${String(o.scale)}).`);
  if (o.width !== undefined && !(Number.isInteger(o.width) && o.width > 0))
    throw new Error(`The width must be a whole number of pixels above 0 (got ${String(o.width)}).`);
  if (!['white', 'transparent', 'dark'].includes(o.background))
    throw new Error(`Unknown background "${o.background}": use white, transparent or dark.`);
  if (o.background === 'transparent' && o.format === 'pdf')
    throw new Error('A PDF cannot have a transparent background: use white or dark.');
  if (!(typeof o.padding === 'number' && o.padding >= 0 && o.padding <= 2000))
    throw new Error(`The padding must be between 0 and 2000 px (got ${String(o.padding)}).`);
  if (typeof o.evaluation !== 'boolean') throw new Error(`The evaluation option must be true or false (got ${String(o.evaluation)}).`);
  if (typeof o.comments !== 'boolean') throw new Error(`The comments option must be true or false (got ${String(o.comments)}).`);
  if (!['fit', 'a4', 'letter'].includes(o.page)) throw new Error(`Unknown page size "${o.page}": use fit, a4 or letter.`);
  return o;
}
