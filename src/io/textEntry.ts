// Where the user is typing, the keyboard and the clipboard belong to the field, not to
// the editor's shortcuts or its copy/paste of nodes.
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time']);

export function isTextEntry(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.tagName === 'INPUT') return TEXT_INPUT_TYPES.has((el as HTMLInputElement).type);
  return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

/**
 * A key pressed while an input method (Japanese, Chinese, Korean…) is composing belongs to the
 * IME: its Enter confirms the composition and its Escape drops it, they never commit or cancel
 * the field. Chromium and Safari mark such keys with keyCode 229 (Safari sends the confirming
 * Enter after compositionend, so `isComposing` alone is not enough).
 */
export function isComposingKey(event: { isComposing?: boolean; keyCode?: number }): boolean {
  return !!event.isComposing || event.keyCode === 229;
}
