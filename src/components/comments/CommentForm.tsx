// Writing a comment, a reply or new words for either: a text field and its button. Ctrl+Enter
// (⌘+Enter) sends, Escape cancels (a reply or an edit). Until this browser knows the writer's
// name it asks for it once, in the same form (io/authorName.ts keeps it).
import { useId, useRef, useState, type RefObject } from 'react';
import { MAX_NAME, saveAuthorName } from '../../io/authorName.ts';
import { useFocusRequest } from '../focusRequest.ts';

export interface CommentFormProps {
  /** The text field's accessible name, e.g. "New comment on the statement “…”". */
  label: string;
  submitLabel: string;
  initial?: string;
  /** The writer's name; '' asks for it (prefilled with `suggestedName`). */
  author: string;
  suggestedName?: string;
  /** Sends the text as `author`; false keeps the form as it is (nothing was added). */
  onSubmit(text: string, author: string): boolean;
  onCancel?(): void;
  /** A focus request key (focusRequest.ts) this form's text field answers. */
  focusKey?: string;
  /** The text field takes the keyboard when it appears (a reply, an edit). */
  autoFocus?: boolean;
  id?: string;
}

export function CommentForm(props: CommentFormProps) {
  const { label, submitLabel, initial = '', author, suggestedName = '', onSubmit, onCancel, focusKey, autoFocus, id } = props;
  const [text, setText] = useState(initial);
  const [name, setName] = useState(suggestedName);
  const [problem, setProblem] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useFocusRequest(focusKey ?? '', textRef as RefObject<HTMLElement | null>);

  const send = () => {
    if (!text.trim()) {
      setProblem('Write something first.');
      textRef.current?.focus();
      return;
    }
    let writer = author;
    if (!writer) {
      writer = saveAuthorName(name);
      if (!writer) {
        setProblem('Give your name first: it is shown with what you write.');
        nameRef.current?.focus();
        return;
      }
    }
    if (!onSubmit(text, writer)) return;
    setProblem('');
    setText('');
  };

  return (
    <form
      className="comment-form"
      id={id}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      {!author && (
        <label className="comment-name">
          Your name <span className="hint">(shown with your comments, kept in this browser)</span>
          <input ref={nameRef} value={name} maxLength={MAX_NAME} autoComplete="name" onChange={(e) => setName(e.target.value)} />
        </label>
      )}
      <textarea
        ref={textRef}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        value={text}
        rows={3}
        autoFocus={autoFocus}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          } else if (e.key === 'Escape' && onCancel) {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      {problem && (
        <p id={errorId} className="comment-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="comment-form-buttons">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
