// The Recover… dialog: whether it is open and the recent maps it lists (UI state only).
import { create } from 'zustand';
import { listRecoverable, recoverMap, type RecoverableMap } from '../io/recovery.ts';

interface RecoverDialogState {
  open: boolean;
  /** null while the list is being read. */
  maps: RecoverableMap[] | null;
  error: string | null;
}

export const useRecoverDialog = create<RecoverDialogState>()(() => ({ open: false, maps: null, error: null }));

export async function openRecoverDialog() {
  useRecoverDialog.setState({ open: true, maps: null, error: null });
  try {
    const maps = await listRecoverable();
    if (useRecoverDialog.getState().open) useRecoverDialog.setState({ maps });
  } catch (e) {
    useRecoverDialog.setState({ maps: [], error: (e as Error).message });
  }
}

export const closeRecoverDialog = () => useRecoverDialog.setState({ open: false, maps: null, error: null });

export async function recoverFromDialog(id: string) {
  closeRecoverDialog();
  await recoverMap(id);
}
