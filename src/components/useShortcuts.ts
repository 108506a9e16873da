// Keyboard shortcuts for the whole editor. Text fields keep their own keys (native
// text undo included); only Save and Open reach through them.
import { useEffect } from 'react';
import { useEditor } from '../store/store.ts';
import { openFromPicker, saveToFile } from '../io/commands.ts';
import { CHILD_KEYS } from '../canvas/appearance.ts';
import { isComposingKey, isTextEntry } from '../io/textEntry.ts';
import { visibilityShortcut } from './visibilityCommands.ts';
import { openExportDialog } from './exportDialogState.ts';


export interface ShortcutHandlers {
  /** Extra shortcuts owned by other features (export dialog, modes). Return true if handled. */
  extra?: (event: KeyboardEvent) => boolean;
}

const CONTROL_ROLES = new Set(['button', 'tab', 'radio', 'checkbox', 'slider', 'option', 'menuitem', 'switch', 'link']);
/** Keys that operate a focused button, tab, radio, slider or link (press, toggle, move). */
const CONTROL_KEYS = new Set(['Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A modal dialog (export) owns the keyboard, Escape included, even when focus has fallen out
 * of it (to <body>, when the focused control was disabled): Escape must reach the dialog.
 */
function inModalDialog(target: EventTarget | null): boolean {
  // The app opens its dialogs with showModal() only, so an open one is modal.
  return !!(target as Element | null)?.closest?.('dialog[open]') || !!document.querySelector('dialog[open]');
}

/** Other controls keep the keys that operate them; letter shortcuts and Delete still work. */
function controlOwnsKey(target: EventTarget | null, key: string): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName || !CONTROL_KEYS.has(key)) return false;
  const role = el.getAttribute('role');
  return ['BUTTON', 'INPUT', 'A'].includes(el.tagName) || (role !== null && CONTROL_ROLES.has(role));
}

export function handleShortcut(event: KeyboardEvent, handlers: ShortcutHandlers = {}): boolean {
  if (isComposingKey(event)) return false;
  const store = useEditor.getState();
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 's') {
    void saveToFile(event.shiftKey);
    return true;
  }
  if (mod && key === 'o') {
    void openFromPicker();
    return true;
  }
  // A select keeps its letters (type-ahead) but has no text to undo: Ctrl+Z there undoes the
  // change it just made (a relation's kind), and the other Ctrl shortcuts work too.
  const selectWithMod = mod && (event.target as Element | null)?.tagName === 'SELECT';
  if ((isTextEntry(event.target) && !selectWithMod) || controlOwnsKey(event.target, event.key) || inModalDialog(event.target)) return false;
  if (handlers.extra?.(event)) return true;
  if (mod && event.shiftKey && key === 'e') {
    openExportDialog();
    return true;
  }
  if (mod && key === 'z') {
    if (event.shiftKey) store.redo();
    else store.undo();
    return true;
  }
  if (mod && key === 'y') {
    store.redo();
    return true;
  }
  if (mod && key === 'a') {
    store.selectAll();
    return true;
  }
  if (mod || event.altKey) return false;
  const single = store.selectedNodeIds.length === 1 ? store.selectedNodeIds[0]! : null;
  switch (event.key) {
    case 'Delete':
    case 'Backspace':
      store.deleteSelection();
      return true;
    case 'Enter':
    case 'F2':
      if (!single) return false;
      store.startEditing(single);
      return true;
    case 'Escape':
      store.select([], []);
      return true;
  }
  if (single && CHILD_KEYS[key] && !event.shiftKey) {
    store.addChild(single, CHILD_KEYS[key]);
    return true;
  }
  if (key === 'l' && !event.shiftKey) {
    store.layout();
    return true;
  }
  if (key === 'f' && !event.shiftKey) {
    store.requestFit();
    return true;
  }
  if (key === 'v' && !event.shiftKey) {
    store.setEvaluationOn(!store.evaluationOn);
    return true;
  }
  if (visibilityShortcut(event)) return true;
  return false;
}

export function useShortcuts(handlers: ShortcutHandlers = {}) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (handleShortcut(event, handlers)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handlers]);
}
