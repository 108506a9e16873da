// Inline text editing inside a node: Enter or blur commits, Escape cancels,
// Shift+Enter inserts a new line; keys that confirm an IME composition stay with the IME.
// The map changes once, on commit; meanwhile the text typed is kept in the store as a draft
// (UI state), so autosave keeps it and a reload or crash brings it back in the editor.
import { useEffect, useRef, useState } from 'react';
import { useEditor } from '../store/store.ts';
import { isComposingKey } from '../io/textEntry.ts';

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

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [draft]);

  const finish = (commit: boolean, how: EditEnd) => {
    if (finished.current) return;
    finished.current = true;
    useEditor.getState().setDraft(null);
    if (commit) onCommit(draft, how);
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
      }}
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
