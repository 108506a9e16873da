// Whether the export dialog is open, and the choices made in it (kept for the session).
import { create } from 'zustand';
import { DEFAULT_OPTIONS, type ExportOptions } from '../export/options.ts';

interface ExportDialogState {
  open: boolean;
  options: ExportOptions;
  /** PNG size: a scale, or a width in px. */
  sizeMode: 'scale' | 'width';
}

export const useExportDialog = create<ExportDialogState>()(() => ({
  open: false,
  options: DEFAULT_OPTIONS,
  sizeMode: 'scale',
}));

export const openExportDialog = () => useExportDialog.setState({ open: true });
export const closeExportDialog = () => useExportDialog.setState({ open: false });
export const setExportOptions = (patch: Partial<ExportOptions>) => useExportDialog.setState((s) => ({ options: { ...s.options, ...patch } }));
