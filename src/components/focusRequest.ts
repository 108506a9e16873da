// A component that replaces the one holding the focus (the inspector switching from a
// node to its new relation) asks for the focus to land on a named field of the next one,
// so it does not fall to <body>. UI-only: not in the store, not in history.
import { useEffect, type RefObject } from 'react';

let pending: string | null = null;

/** The next component that claims `key` takes the focus. */
export function requestFocus(key: string): void {
  pending = key;
}

/** A command's way to a field: focused at once if it is on screen (data-focus-key), else when it mounts. */
export function focusField(key: string): void {
  const el = document.querySelector<HTMLElement>(`[data-focus-key="${key}"]`);
  if (el) el.focus();
  else pending = key;
}

/** Focuses `ref` when it mounts (or `deps` change) if focus was requested for `key`. */
export function useFocusRequest(key: string, ref: RefObject<HTMLElement | null>, deps: readonly unknown[] = []): void {
  useEffect(() => {
    if (pending !== key || !ref.current) return;
    pending = null;
    ref.current.focus();
  }, deps);
}
