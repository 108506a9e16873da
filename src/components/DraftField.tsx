// A text field that edits a local draft and commits once, on blur or Enter (Ctrl/Cmd+Enter
// in multi-line fields), so typing a sentence is one undo step. Escape restores the value.
// A value changed elsewhere meanwhile (someone else in a shared room) is merged into the
// draft, not put in its place, so neither person's words are lost.
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { isComposingKey } from '../io/textEntry.ts';
import { textTools } from '../store/textTools.ts';

interface Props {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  /** Shown, selectable, not editable (a view link). */
  readOnly?: boolean;
}

export function DraftField({ label, value, onCommit, multiline, placeholder, readOnly }: Props) {
  const [draft, setDraft] = useState(value);
  const id = useId();
  // Escape blurs the field; the blur must not commit the draft Escape threw away.
  const cancelled = useRef(false);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  /** The value the draft was started from. */
  const base = useRef(value);
  useLayoutEffect(() => {
    if (value === base.current) return;
    const el = field.current;
    // Outside a room nothing else changes a text while it is typed in, and there is nothing to merge.
    const rebaseText = textTools()?.rebaseText;
    const { text, selection } =
      el && rebaseText
        ? rebaseText(base.current, el.value, value, { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 })
        : { text: value, selection: null };
    base.current = value;
    if (el && text !== el.value) {
      el.value = text;
      if (selection && el === document.activeElement) el.setSelectionRange(selection.start, selection.end);
    }
    setDraft(text);
  }, [value]);
  const commit = () => {
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    if (draft === value || readOnly) return;
    // What is committed comes back as the value: the draft's new base, nothing to merge.
    base.current = draft;
    onCommit(draft);
  };
  const common = {
    id,
    ref: field,
    value: draft,
    placeholder,
    readOnly,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (isComposingKey(e.nativeEvent)) return;
      if (e.key === 'Escape') {
        setDraft(value);
        cancelled.current = true;
        (e.target as HTMLElement).blur();
        cancelled.current = false;
      } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        commit();
      }
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={3} /> : <input type="text" {...common} />}
    </div>
  );
}
