// Whether the keyboard-shortcuts list is open (UI state only).
import { create } from 'zustand';

export const useShortcutsDialog = create<{ open: boolean }>()(() => ({ open: false }));
export const openShortcutsDialog = () => useShortcutsDialog.setState({ open: true });
export const closeShortcutsDialog = () => useShortcutsDialog.setState({ open: false });
