// Inline text editing inside a node: Enter or blur commits, Escape cancels,
// Shift+Enter inserts a new line; keys that confirm an IME composition stay with the IME.
// The map changes once, on commit; meanwhile the text typed is kept in the store as a draft
// (UI state), so autosave keeps it and a reload or crash brings it back in the editor.
// In a shared room the text is shared as it is typed instead (useLiveText.ts).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useEditor } from '../store/store.ts';
import { isComposingKey } from '../io/textEntry.ts';
import { useLiveText } from './useLiveText.ts';

/** How the edit ended: by a key (the caller may move the focus) or by leaving the field. */
export type EditEnd = 'key' | 'blur';

interface Props {
  nodeId: string;
  initial: string;
  label: string;
  onCommit(text: string, how: EditEnd): void;
  onCancel(how: EditEnd): void;
}

export function InlineTextEditor({ nodeId, initial, label, onCommit, onCancel }: Props) {
  // Text typed before a reload (restored into the store's draft) wins over the node's text.
  const [draft, setDraft] = useState(() => {
    const kept = useEditor.getState().draft;
    return kept?.nodeId === nodeId ? kept.text : initial;
  });
  const finished = useRef(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const shared = useLiveText(nodeId, ref, (text) => {
    setDraft(text);
    if (useEditor.getState().draft?.nodeId === nodeId) useEditor.getState().setDraft({ nodeId, text });
  });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // A new node stays hidden (visibility: hidden) until React Flow has measured it, and a
    // hidden element cannot take focus: retry for a few frames until it is shown.
    let frame = 0;
    let tries = 0;
    const focus = () => {
      el.focus();
      if (document.activeElement === el) el.setSelectionRange(el.value.length, el.value.length);
      else if (++tries < 30) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, []);

  // Closed by someone else's delete while it had the keyboard: the keyboard goes to the canvas
  // (its tab stop), not to <body>. Checked before the field leaves the page.
  useLayoutEffect(
    () => () => {
      if (ref.current !== document.activeElement || useEditor.getState().map.nodes.some((n) => n.id === nodeId)) return;
      requestAnimationFrame(() => {
        if (document.activeElement === document.body || !document.activeElement)
          document.querySelector<HTMLElement>('.react-flow__node[tabindex="0"]')?.focus();
      });
    },
    [nodeId],
  );

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [draft]);

  const finish = (commit: boolean, how: EditEnd) => {
    // A node deleted meanwhile (by someone else in a room) has ended this edit already.
    if (finished.current || !useEditor.getState().map.nodes.some((n) => n.id === nodeId)) return;
    finished.current = true;
    const store = useEditor.getState();
    if (shared.live) {
      // Already in the map, character by character: end the undo step, or take it back.
      if (commit) store.endGesture();
      else if (shared.typed()) store.undo();
    }
    store.setDraft(null);
    if (commit) onCommit(ref.current?.value ?? draft, how);
    else onCancel(how);
  };

  return (
    <textarea
      ref={ref}
      className="node-editor nodrag nowheel nopan"
      aria-label={label}
      value={draft}
      rows={1}
      onChange={(e) => {
        setDraft(e.target.value);
        useEditor.getState().setDraft({ nodeId, text: e.target.value });
        shared.changed(e.target);
      }}
      onCompositionStart={shared.compositionStart}
      onCompositionEnd={(e) => shared.compositionEnd(e.currentTarget)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (isComposingKey(e.nativeEvent)) return;
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(true, 'key');
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false, 'key');
        }
      }}
      onBlur={() => finish(true, 'blur')}
    />
  );
}
