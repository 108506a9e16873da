// The keyboard shortcuts (?), listed from the command registry: what the keys do is written
// once, in commands.ts.
import { memo } from 'react';
import { chordLabel, COMMANDS } from './commands.ts';
import { closeShortcutsDialog, useShortcutsDialog } from './shortcutsDialogState.ts';
import { ModalDialog } from './ModalDialog.tsx';

export const ShortcutsDialog = memo(function ShortcutsDialog() {
  const open = useShortcutsDialog((s) => s.open);
  return (
    <ModalDialog open={open} title="Keyboard shortcuts" className="shortcuts-dialog" onCancel={closeShortcutsDialog}>
      <h2>Keyboard shortcuts</h2>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {COMMANDS.map((c) => (
            <tr key={c.id}>
              <td>
                {c.keys.map((k, i) => (
                  <span key={i}>
                    {i > 0 && ', '}
                    <kbd>{chordLabel(k)}</kbd>
                  </span>
                ))}
              </td>
              <td>{c.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>On a focused statement the arrow keys move between statements; presenting has its own keys. The user guide lists them all.</p>
      <div className="modal-buttons">
        <button type="button" autoFocus onClick={closeShortcutsDialog}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
});
