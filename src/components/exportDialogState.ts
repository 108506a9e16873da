// Whether the export dialog is open, and the choices made in it (kept for the session).
import { create } from 'zustand';
import type { ExportOptions } from '../export/options.ts';
import { DEFAULT_OPTIONS } from '../export/defaultOptions.ts';

/** The dialog's number fields: what the user types is kept as typed, and checked here. */
export type NumberField = 'width' | 'padding';

const LIMITS: Record<NumberField, { label: string; min: number; max: number }> = {
  width: { label: 'Width', min: 16, max: 100_000 },
  padding: { label: 'Padding', min: 0, max: 400 },
};

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
export const setExportOptions = (patch: Partial<ExportOptions>) =>
  useExportDialog.setState((s) => ({ options: { ...s.options, ...patch } }));

/** A whole number of pixels within the field's limits, or the message saying what is allowed. */
export function parseNumberField(field: NumberField, text: string): { value: number } | { error: string } {
  const { label, min, max } = LIMITS[field];
  const value = Number(text.trim());
  if (text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max) return { value };
  return { error: `${label}: enter a whole number of pixels from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.` };
}

/** Keeps what was typed as it is (never rewrites it) and takes it as the option when it is valid. */
export function typeNumberField(field: NumberField, text: string) {
  const parsed = parseNumberField(field, text);
  useExportDialog.setState((s) => ({
    typed: { ...s.typed, [field]: text },
    invalid: { ...s.invalid, [field]: 'error' in parsed ? parsed.error : undefined },
    options: 'value' in parsed ? { ...s.options, [field]: parsed.value } : s.options,
  }));
}
