// A node's text editor in a shared room: every change typed is sent at once, as the characters
// it changed (one undo step for the whole edit), and changes others make to the same text are
// taken into the field as they arrive, its caret moved along so the typing goes on where it was.
// Outside a room nothing here runs: the editor commits its text once, as before.
import { useEffect, useRef } from 'react';
import { useEditor, editsLive } from '../store/store.ts';
import type { Splice } from '../model/textEdit.ts';
import { textTools } from '../store/textTools.ts';

const nodeText = (nodeId: string) => useEditor.getState().map.nodes.find((n) => n.id === nodeId)?.text;

export interface LiveText {
  /** Whether this edit is shared as it is typed (decided when the editor opens). */
  live: boolean;
  /** After each change in the field (ignored outside a room and during an IME composition). */
  changed(field: HTMLTextAreaElement): void;
  compositionStart(): void;
  compositionEnd(field: HTMLTextAreaElement): void;
  /** Whether anything was typed here in this edit (what Escape takes back). */
  typed(): boolean;
}

/** `show` puts a text into the field's state (the field's DOM is already updated). */
export function useLiveText(nodeId: string, fieldRef: React.RefObject<HTMLTextAreaElement | null>, show: (text: string) => void): LiveText {
  const live = useRef(editsLive(useEditor.getState())).current;
  /** The node's text as this field last agreed with the room. */
  const synced = useRef(nodeText(nodeId) ?? '');
  const composing = useRef(false);
  const typed = useRef(false);
  const showRef = useRef(show);
  showRef.current = show;

  const send = (text: string, caret: number) => {
    synced.current = text;
    typed.current = true;
    useEditor.getState().typeText(nodeId, text, caret);
  };

  /**
   * The room's text differs from what this field agreed with: take it in, keeping what is typed
   * here. `splices`, when known, say exactly where the other changes were (identical characters
   * make a comparison of the texts ambiguous, and the caret could land on the wrong side).
   */
  const takeIn = (field: HTMLTextAreaElement, shared: string, splices?: readonly Splice[]) => {
    const pending = field.value !== synced.current;
    const selection = { start: field.selectionStart, end: field.selectionEnd };
    // Live text runs only in a room, whose code has handed over the merging functions.
    const { applySplice, mapSelectionThrough, rebaseText } = textTools()!;
    const exact = !pending && splices && splices.reduce(applySplice, synced.current) === shared;
    const rebased = exact
      ? { text: shared, selection: mapSelectionThrough(selection, splices) }
      : rebaseText(synced.current, field.value, shared, selection);
    synced.current = shared;
    if (rebased.text !== field.value) {
      const backward = field.selectionDirection === 'backward';
      field.value = rebased.text;
      field.setSelectionRange(rebased.selection.start, rebased.selection.end, backward ? 'backward' : 'forward');
    }
    showRef.current(rebased.text);
    if (pending && rebased.text !== shared) send(rebased.text, rebased.selection.end);
  };
  // The store subscription below lives as long as the node; it calls the latest takeIn.
  const takeInRef = useRef(takeIn);
  takeInRef.current = takeIn;

  useEffect(() => {
    if (!live) return;
    // Synchronously with the store: the field shows the new text before another key can arrive.
    return useEditor.subscribe((s, prev) => {
      if (s.map === prev.map || composing.current) return;
      const shared = s.map.nodes.find((n) => n.id === nodeId)?.text;
      const field = fieldRef.current;
      if (shared === undefined || shared === synced.current || !field) return;
      takeInRef.current(field, shared, s.textChanges !== prev.textChanges ? s.textChanges?.get(nodeId) : undefined);
    });
  }, [live, nodeId, fieldRef]);

  return {
    live,
    changed(field) {
      if (!live || composing.current) return;
      send(field.value, field.selectionEnd);
    },
    compositionStart() {
      composing.current = true;
    },
    compositionEnd(field) {
      composing.current = false;
      if (!live) return;
      const shared = nodeText(nodeId);
      if (shared !== undefined && shared !== synced.current) takeIn(field, shared);
      else if (field.value !== synced.current) send(field.value, field.selectionEnd);
    },
    typed: () => typed.current,
  };
}
