// The Comments panel (issue 19): the comments on the selected statement or relation (or, with
// nothing selected, on the whole map), a form to add one, and every comment of the map, open,
// resolved or both. Loaded the first time it is shown (SidePanel.tsx). Comments are saved with
// the map and shared live in a room; a view-only link reads them and cannot write.
import { memo, useMemo, useRef, useState } from 'react';
import { isViewOnly, useEditor } from '../../store/store.ts';
import { contentOf } from '../../store/mapViews.ts';
import { targetLabel } from '../../model/comments.ts';
import type { ArgMap, MapComment } from '../../model/types.ts';
import * as actions from '../../store/commentActions.ts';
import { savedAuthorName, saveAuthorName, MAX_NAME } from '../../io/authorName.ts';
import { requestFocus, useFocusRequest } from '../focusRequest.ts';
import { CommentForm } from './CommentForm.tsx';
import { CommentThread } from './CommentThread.tsx';
import { exportMarkdown } from '../outline/outlineCommands.ts';
import './comments.css';

type Filter = 'all' | 'open' | 'resolved';
type View = 'here' | 'all';
const NONE: MapComment[] = [];

/** The focus request key of the new comment's text field (the Comment command, Ctrl+Alt+M). */
export const NEW_COMMENT = 'new-comment';

/**
 * The Comment command: the new comment's text field takes the keyboard, or (a view-only link,
 * several things selected) the panel's heading; now if the panel shows, else when it appears.
 */
export function focusNewComment(): void {
  const target = document.querySelector<HTMLElement>('#comment-new textarea') ?? document.querySelector<HTMLElement>('.comments-panel h2');
  if (target) target.focus();
  else requestFocus(NEW_COMMENT);
}

/** What the selection lets one comment on: one statement, one relation (or a linked reason's), or nothing selected: the map. */
function useSubject(): { ids: string[]; target: string | undefined } | null {
  const nodes = useEditor((s) => s.selectedNodeIds);
  const relations = useEditor((s) => s.selectedRelationIds);
  return useMemo(() => {
    if (nodes.length === 1 && !relations.length) return { ids: nodes, target: nodes[0] };
    if (!nodes.length && relations.length) return { ids: relations, target: relations[0] };
    if (!nodes.length && !relations.length) return { ids: [], target: undefined };
    return null;
  }, [nodes, relations]);
}

/** The reader's name: kept in this browser; in a room without one, the name the room shows (asked before the first comment). */
function useAuthor() {
  const [, saved] = useState(0);
  const presence = useEditor((s) => s.room?.people.find((p) => p.clientId === s.room!.selfId)?.name ?? '');
  const name = savedAuthorName();
  return { name, suggested: name || presence, changed: () => saved((n) => n + 1) };
}

function goTo(map: ArgMap, target: string) {
  const store = useEditor.getState();
  if (map.nodes.some((n) => n.id === target)) {
    store.select([target]);
    store.centerOn(target);
  } else store.select([], [target]);
}

export const CommentsPanel = memo(function CommentsPanel() {
  const comments = useEditor((s) => s.map.comments ?? NONE);
  // Texts and relations, for what a comment is on: a drag does not redraw the panel.
  const content = useEditor((s) => contentOf(s.map));
  const canWrite = !useEditor(isViewOnly);
  const subject = useSubject();
  const author = useAuthor();
  const [view, setView] = useState<View>('here');
  const [filter, setFilter] = useState<Filter>('all');
  const heading = useRef<HTMLHeadingElement>(null);
  // The Comment command on a view-only link: there is no form, the panel's heading takes the keyboard.
  useFocusRequest(canWrite && subject ? '' : NEW_COMMENT, heading);

  const shown = (c: MapComment) => filter === 'all' || (filter === 'resolved') === !!c.resolved;
  const open = comments.filter((c) => !c.resolved).length;
  const here = subject
    ? comments.filter((c) => (subject.target === undefined ? c.target === undefined : subject.ids.includes(c.target!)))
    : [];
  const list = (view === 'all' ? comments : here).filter(shown);
  const subjectLabel = subject ? targetLabel(content, subject.target) : '';

  return (
    <section className="comments-panel" aria-label="Comments">
      <h2 ref={heading} tabIndex={-1}>
        Comments{' '}
        <span className="comments-count">
          ({open} open, {comments.length - open} resolved)
        </span>
      </h2>
      <div className="comments-controls">
        <div role="radiogroup" aria-label="Which comments" className="comments-view">
          {(['here', 'all'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name="comments-view" checked={view === v} onChange={() => setView(v)} />
              {v === 'here' ? 'On the selection' : 'All comments'}
            </label>
          ))}
        </div>
        <label>
          Show{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">open and resolved</option>
            <option value="open">open only</option>
            <option value="resolved">resolved only</option>
          </select>
        </label>
      </div>
      <AuthorLine author={author.name} suggested={author.suggested} canWrite={canWrite} onChange={author.changed} />
      {view === 'here' && (
        <p className="comments-subject">
          {subject ? <>On {subjectLabel}</> : 'Several things are selected: select one statement or relation to comment on it.'}
        </p>
      )}
      {view === 'here' && subject && canWrite && (
        <CommentForm
          key={subject.target ?? ''}
          id="comment-new"
          label={`New comment on ${subjectLabel}`}
          submitLabel="Comment"
          author={author.name}
          suggestedName={author.suggested}
          focusKey={NEW_COMMENT}
          onSubmit={(text, writer) => {
            author.changed();
            return !!actions.addComment(subject.target, text, writer);
          }}
        />
      )}
      {!canWrite && <p className="hint">This is a view-only link: you can read the comments but not add any.</p>}
      {list.length ? (
        <ul className="comments-list" aria-label={view === 'all' ? 'All comments' : `Comments on ${subjectLabel}`}>
          {list.map((c) => (
            <li key={c.id}>
              <CommentThread
                comment={c}
                me={author.name}
                suggestedName={author.suggested}
                canWrite={canWrite}
                where={
                  view === 'all'
                    ? { label: targetLabel(content, c.target), go: c.target === undefined ? undefined : () => goTo(content, c.target!) }
                    : undefined
                }
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{emptyText(view, filter, comments.length)}</p>
      )}
      {comments.length > 0 && (
        <button type="button" className="comments-export" onClick={() => exportMarkdown(true)}>
          Download the outline with the comments (Markdown)
        </button>
      )}
    </section>
  );
});

function emptyText(view: View, filter: Filter, total: number): string {
  const which = filter === 'all' ? '' : `${filter} `;
  if (view === 'all') return total ? `No ${which}comments.` : 'No comments on this map yet.';
  return `No ${which}comments here yet.`;
}

/** "Commenting as Ms Tan · Change": the name shown with what this person writes. */
function AuthorLine({ author, suggested, canWrite, onChange }: { author: string; suggested: string; canWrite: boolean; onChange(): void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(author || suggested);
  if (!canWrite || !author) return null;
  if (!editing)
    return (
      <p className="comments-author">
        Commenting as <strong>{author}</strong>{' '}
        <button
          type="button"
          className="link"
          onClick={() => {
            setName(author);
            setEditing(true);
          }}
        >
          Change name
        </button>
      </p>
    );
  return (
    <form
      className="comments-author"
      onSubmit={(e) => {
        e.preventDefault();
        if (saveAuthorName(name)) onChange();
        setEditing(false);
      }}
    >
      <label>
        Your name <input value={name} maxLength={MAX_NAME} autoFocus onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit">Save name</button>
    </form>
  );
}
