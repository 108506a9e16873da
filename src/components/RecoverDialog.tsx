// Recover…: the recent maps this browser keeps (every tab's map, and maps replaced by New,
// Open or an example), newest first, with when each was last changed and its size.
import { memo } from 'react';
import { closeRecoverDialog, recoverFromDialog, useRecoverDialog } from './recoverDialogState.ts';
import { describeWhen } from '../io/recoveryRecords.ts';
import { ModalDialog } from './ModalDialog.tsx';

export const RecoverDialog = memo(function RecoverDialog() {
  const open = useRecoverDialog((s) => s.open);
  const maps = useRecoverDialog((s) => s.maps);
  const error = useRecoverDialog((s) => s.error);
  const now = Date.now();
  return (
    <ModalDialog open={open} title="Recover a recent map" className="recover-dialog" onCancel={closeRecoverDialog}>
      <h2>Recover a recent map</h2>
      {maps === null ? (
        <p aria-live="polite">Reading the maps kept in this browser…</p>
      ) : maps.length === 0 ? (
        <p>{error ? `Could not read the kept maps: ${error}` : 'No other maps are kept in this browser.'}</p>
      ) : (
        <ul className="recover-list" aria-label="Recent maps">
          {maps.map((m) => (
            <li key={m.id}>
              <button type="button" onClick={() => void recoverFromDialog(m.id)}>
                <strong>{m.title || m.fileName}</strong>
                <span className="recover-meta">
                  {describeWhen(m.savedAt, now)} · {m.nodeCount} statement{m.nodeCount === 1 ? '' : 's'} · {m.fileName}
                  {m.dirty ? ' · unsaved' : ''}
                  {m.openElsewhere ? ' · open in another tab' : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-buttons">
        <button type="button" autoFocus={maps?.length === 0} onClick={closeRecoverDialog}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
});
