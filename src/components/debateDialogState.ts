// Which debate dialog is open, Brief or Practise, and the statement it was opened for (the Balance
// panel's; none from the keys: the dialog keeps its own choice). UI state only.
import { create } from 'zustand';

export type DebateDialog = 'brief' | 'practise';

export const useDebateDialog = create<{ open: DebateDialog | null; target: string | null }>()(() => ({ open: null, target: null }));
export const openDebateDialog = (which: DebateDialog, target?: string) => useDebateDialog.setState({ open: which, target: target ?? null });
export const closeDebateDialog = () => useDebateDialog.setState({ open: null, target: null });
