// Whether the export dialog is open, and the choices made in it (kept for the session). What the
// dialog does with its fields is in exportDialogFields.ts, loaded with the dialog.
import { create } from 'zustand';
import type { ExportOptions } from '../export/options.ts';
import { DEFAULT_OPTIONS } from '../export/defaultOptions.ts';

/** The dialog's number fields: what the user types is kept as typed, and checked (exportDialogFields.ts). */
export type NumberField = 'width' | 'padding';

interface ExportDialogState {
  open: boolean;
  options: ExportOptions;
  /** PNG size: a scale, or a width in px. */
  sizeMode: 'scale' | 'width';
  /** Text typed in a number field, while it differs from the option (empty, half typed, invalid). */
  typed: Partial<Record<NumberField, string>>;
  /** Why a number field's text is not usable; the option keeps its last good value meanwhile. */
  invalid: Partial<Record<NumberField, string>>;
}

export const useExportDialog = create<ExportDialogState>()(() => ({
  open: false,
  options: DEFAULT_OPTIONS,
  sizeMode: 'scale',
  typed: {},
  invalid: {},
}));

export const openExportDialog = () => useExportDialog.setState({ open: true, typed: {}, invalid: {} });
export const closeExportDialog = () => useExportDialog.setState({ open: false });
