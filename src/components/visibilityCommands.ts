// Commands of the collapse, focus and presentation features, shared by the toolbar, the
// inspector, the canvas overlays and the keyboard. Collapse and focus are map changes (one
// undo step each, saved in the file); presentation is UI state only.
import { useEditor } from '../store/store.ts';
import { presentationOf } from '../store/visibility.ts';

/** Collapses or expands a node's subtree. */
export function setCollapsed(id: string, collapsed: boolean): void {
  useEditor.getState().setCollapsed(id, collapsed);
}

/** Focuses on a node, or (the same node again, or no node) shows the whole map. */
export function toggleFocus(id: string | undefined): void {
  const store = useEditor.getState();
  store.setFocus(id === undefined || store.map.meta.focus === id ? undefined : id);
}

// ---- Presentation ----

/** Starts presenting from the first item (the main claim), full screen if the browser lets us. */
export function startPresentation(): void {
  const store = useEditor.getState();
  if (store.presentationStep !== null) return;
  if (presentationOf(store.map, 1).total === 0) {
    store.notify({ tone: 'info', title: 'Nothing to present: the map has no visible statements.' });
    return;
  }
  store.startEditing(null);
  store.select([], []);
  store.setPresentationStep(1);
  // Must run inside the user's gesture; a refusal (or no Fullscreen API) just means no full screen.
  try {
    const request = document.documentElement.requestFullscreen?.();
    if (request) request.catch(() => undefined);
  } catch {
    // Refused synchronously by an older browser: present in the window.
  }
}

/** Leaves presentation mode and full screen; the whole map comes back into view. */
export function stopPresentation(): void {
  const store = useEditor.getState();
  if (store.presentationStep === null) return;
  store.setPresentationStep(null);
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
  store.requestFit();
}

/** Moves to another step: relative (+1 next, -1 previous) or to the first / last. */
export function goToStep(to: number | 'first' | 'last'): void {
  const store = useEditor.getState();
  const step = store.presentationStep;
  if (step === null) return;
  const { total, step: current } = presentationOf(store.map, step);
  const next = to === 'first' ? 1 : to === 'last' ? total : current + to;
  const clamped = Math.min(Math.max(next, 1), total);
  if (clamped !== step) store.setPresentationStep(clamped);
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * Keys while presenting (listened to before the editor's shortcuts). Returns true when the
 * key belongs to the presentation; every other key is kept from the editor, so nothing can
 * be edited, except Save.
 */
export function presentationKey(event: KeyboardEvent): 'handled' | 'blocked' | 'pass' {
  if (event.ctrlKey || event.metaKey || event.altKey) return event.key.toLowerCase() === 's' ? 'pass' : 'blocked';
  if (NEXT_KEYS.has(event.key)) goToStep(1);
  else if (PREVIOUS_KEYS.has(event.key)) goToStep(-1);
  else if (event.key === 'Home') goToStep('first');
  else if (event.key === 'End') goToStep('last');
  else if (event.key === 'Escape') stopPresentation();
  else return 'blocked';
  return 'handled';
}
