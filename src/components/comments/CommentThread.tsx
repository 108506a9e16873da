// One comment with its replies: who wrote it and when, its words, whether it is resolved, and
// what can be done with it (reply, resolve or reopen; edit and delete one's own).
import { memo, useState } from 'react';
import type { CommentReply, MapComment } from '../../model/types.ts';
import * as actions from '../../store/commentActions.ts';
import { CommentForm } from './CommentForm.tsx';

export interface ThreadProps {
  comment: MapComment;
  /** The reader's name ('' when not given yet): their own remarks can be edited and deleted. */
  me: string;
  suggestedName: string;
  /** Not on a view-only link. */
  canWrite: boolean;
  /** "On the statement “…”", as a button to it (the All comments list); absent in the selection's list. */
  where?: { label: string; go?: () => void };
}

/** "7 Dec 2026, 09:05" in the reader's language; nothing for a time that cannot be read. */
function when(iso: string): string {
  const date = new Date(iso);
  return iso && !Number.isNaN(date.getTime()) ? date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

export const CommentThread = memo(function CommentThread({ comment, me, suggestedName, canWrite, where }: ThreadProps) {
  const [replying, setReplying] = useState(false);
  const state = comment.resolved ? 'resolved' : 'open';
  return (
    <article className={`comment-thread is-${state}`} aria-label={`Comment by ${comment.author}, ${state}`} data-comment-id={comment.id}>
      {where &&
        (where.go ? (
          <button type="button" className="comment-where" onClick={where.go} title="Select it and show it on the canvas">
            On {where.label}
          </button>
        ) : (
          <p className="comment-where">On {where.label}</p>
        ))}
      {comment.wasOn && <p className="comment-was-on">Was on {comment.wasOn}, since deleted.</p>}
      <Remark remark={comment} me={me} canWrite={canWrite} state={comment.resolved ? 'Resolved' : undefined} />
      {!!comment.replies?.length && (
        <ol className="comment-replies" aria-label={`Replies to ${comment.author}`}>
          {comment.replies.map((r) => (
            <li key={r.id}>
              <Remark remark={r} me={me} canWrite={canWrite} />
            </li>
          ))}
        </ol>
      )}
      {canWrite &&
        (replying ? (
          <CommentForm
            label={`Reply to ${comment.author}`}
            submitLabel="Reply"
            author={me}
            suggestedName={suggestedName}
            autoFocus
            onSubmit={(text, author) => {
              const ok = !!actions.replyTo(comment.id, text, author);
              if (ok) setReplying(false);
              return ok;
            }}
            onCancel={() => setReplying(false)}
          />
        ) : (
          <div className="comment-actions">
            <button type="button" onClick={() => setReplying(true)} aria-label={`Reply to ${comment.author}`}>
              Reply
            </button>
            <button
              type="button"
              onClick={() => actions.resolveComment(comment.id, !comment.resolved)}
              aria-label={`${comment.resolved ? 'Reopen' : 'Resolve'} the comment by ${comment.author}`}
            >
              {comment.resolved ? 'Reopen' : 'Resolve'}
            </button>
          </div>
        ))}
    </article>
  );
});

/** A comment's or a reply's words, with Edit and Delete for its own author. */
function Remark({ remark, me, canWrite, state }: { remark: CommentReply; me: string; canWrite: boolean; state?: string }) {
  const [editing, setEditing] = useState(false);
  const mine = canWrite && !!me && remark.author === me;
  const time = when(remark.created);
  return (
    <div className="comment-remark">
      <p className="comment-head">
        <strong>{remark.author || 'Unknown'}</strong>
        {time && <time dateTime={remark.created}>{time}</time>}
        {state && <span className="comment-state">{state}</span>}
      </p>
      {editing ? (
        <CommentForm
          label="Edit your words"
          submitLabel="Save"
          initial={remark.text}
          author={me}
          autoFocus
          onSubmit={(text) => {
            actions.editComment(remark.id, text, me);
            setEditing(false);
            return true;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment-text">{remark.text}</p>
      )}
      {mine && !editing && (
        <div className="comment-own">
          <button type="button" className="link" onClick={() => setEditing(true)} aria-label="Edit your words">
            Edit
          </button>
          <button
            type="button"
            className="link"
            onClick={(e) => {
              // The button goes with the remark: the keyboard goes to the panel's heading, not to <body>.
              const heading = e.currentTarget.closest('.comments-panel')?.querySelector<HTMLElement>('h2');
              actions.deleteComment(remark.id, me);
              heading?.focus();
            }}
            aria-label="Delete what you wrote"
          >
            Delete
          </button>
        </div>
      )}
    </div>
  );
}
