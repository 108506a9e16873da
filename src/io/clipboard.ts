// Copy, cut and paste of nodes through the system clipboard (the browser's copy/cut/paste
// events: no permission prompt). Text fields keep their own copy and paste.
import { useEditor } from '../store/store.ts';
import { mayBeFragment, parseFragment } from '../model/fragment.ts';
import { loadReader } from './reader.ts';
import { isTextEntry } from './textEntry.ts';

const PASTE_STEP = 40;

export function startClipboard(): () => void {
  // Pasting the same thing again moves each copy a step further, so copies do not stack.
  let lastText = '';
  let pastes = 0;

  const onCopy = (event: ClipboardEvent, cut: boolean) => {
    if (isTextEntry(event.target) || !event.clipboardData) return;
    const store = useEditor.getState();
    const fragment = store.copySelection();
    if (!fragment) return;
    event.clipboardData.setData('text/plain', JSON.stringify(fragment));
    event.preventDefault();
    if (cut) store.deleteSelection();
  };
  const onPaste = (event: ClipboardEvent) => {
    if (isTextEntry(event.target) || !event.clipboardData) return;
    const text = event.clipboardData.getData('text/plain');
    if (!mayBeFragment(text)) return;
    event.preventDefault();
    void loadReader().then(({ loadMapJson }) => {
      const fragment = parseFragment(text, loadMapJson);
      if (!fragment) return;
      pastes = text === lastText ? pastes + 1 : 1;
      lastText = text;
      useEditor.getState().paste(fragment, { x: PASTE_STEP * pastes, y: PASTE_STEP * pastes });
    });
  };
  const copy = (e: ClipboardEvent) => onCopy(e, false);
  const cut = (e: ClipboardEvent) => onCopy(e, true);
  document.addEventListener('copy', copy);
  document.addEventListener('cut', cut);
  document.addEventListener('paste', onPaste);
  return () => {
    document.removeEventListener('copy', copy);
    document.removeEventListener('cut', cut);
    document.removeEventListener('paste', onPaste);
  };
}
