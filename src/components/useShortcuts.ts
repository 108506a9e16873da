// Keyboard shortcuts for the whole editor, from the command registry (commands.ts). Text
// fields keep their own keys (native text undo included); only Save, Open and Search reach through them.
import { useEffect } from 'react';
import { useEditor } from '../store/store.ts';
import { isComposingKey, isTextEntry } from '../io/textEntry.ts';
import { commandForKey, type Command } from './commands.ts';

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
  const throughText = commandForKey(event, 'text');
  if (throughText) return run(throughText, event);
  // A select keeps its letters (type-ahead) but has no text to undo: Ctrl+Z there undoes the
  // change it just made (a relation's kind), and the other Ctrl shortcuts work too.
  const selectWithMod = (event.ctrlKey || event.metaKey) && (event.target as Element | null)?.tagName === 'SELECT';
  if ((isTextEntry(event.target) && !selectWithMod) || controlOwnsKey(event.target, event.key) || inModalDialog(event.target)) return false;
  if (handlers.extra?.(event)) return true;
  const found = commandForKey(event, 'editor');
  return found ? run(found, event) : false;
}

/**
 * Runs a command if it can run now. A Ctrl shortcut is taken either way (the browser's own
 * Ctrl+O or Ctrl+S must not open instead); a plain key that cannot run is left to the page.
 */
function run(command: Command, event: KeyboardEvent): boolean {
  const state = useEditor.getState();
  if (command.enabled && !command.enabled(state)) return event.ctrlKey || event.metaKey;
  command.perform(state);
  return true;
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
