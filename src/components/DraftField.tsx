// A text field that edits a local draft and commits once, on blur or Enter (Ctrl/Cmd+Enter
// in multi-line fields), so typing a sentence is one undo step. Escape restores the value.
import { useEffect, useId, useRef, useState } from 'react';
import { isComposingKey } from '../io/textEntry.ts';

interface Props {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  placeholder?: string;
}

export function DraftField({ label, value, onCommit, multiline, placeholder }: Props) {
  const [draft, setDraft] = useState(value);
  const id = useId();
  // Escape blurs the field; the blur must not commit the draft Escape threw away.
  const cancelled = useRef(false);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    placeholder,
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
