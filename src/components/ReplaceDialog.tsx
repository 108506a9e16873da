// "Replace the unsaved map?" before New, Open, an example, a dropped or a recovered map
// replaces a map with unsaved work. Save first is the default button.
import { memo } from 'react';
import { useReplaceDialog } from '../store/replaceDialogState.ts';
import { ModalDialog } from './ModalDialog.tsx';

export const ReplaceDialog = memo(function ReplaceDialog() {
  const question = useReplaceDialog((s) => s.question);
  const title = question ? `Replace the unsaved map “${question.mapName}”?` : '';
  return (
    <ModalDialog open={!!question} title={title} className="replace-dialog" onCancel={() => question?.answer('cancel')}>
      <h2>{title}</h2>
      <p>It has changes no file holds yet. If you replace it, you can still get it back with Recover….</p>
      <div className="modal-buttons">
        <button type="button" className="primary" autoFocus onClick={() => question?.answer('save')}>
          Save first
        </button>
        <button type="button" onClick={() => question?.answer('replace')}>
          Replace
        </button>
        <button type="button" onClick={() => question?.answer('cancel')}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
});
