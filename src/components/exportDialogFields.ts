// The Export dialog's choices as the dialog changes them: its options, and its number fields,
// kept as typed and checked here. Loaded with the dialog (exportDialogState.ts, which the page
// needs from the start, holds only whether it is open and what was chosen).
import type { ExportOptions } from '../export/options.ts';
import { useExportDialog, type NumberField } from './exportDialogState.ts';

const LIMITS: Record<NumberField, { label: string; min: number; max: number }> = {
  width: { label: 'Width', min: 16, max: 100_000 },
  padding: { label: 'Padding', min: 0, max: 400 },
};

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
