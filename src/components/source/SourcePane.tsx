// The "Source" tab: the map's source texts (a tab each), the text with its passages, the
// coverage, and the commands that map a text by selecting it.
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { isViewOnly, sourceTextOf, useEditor } from '../../store/store.ts';
import { resolvedSourceOf } from '../../store/sourceView.ts';
import type { Range } from '../../model/source/selectors.ts';
import type { NodeKind, SourceDoc } from '../../model/types.ts';
import { isTextEntry } from '../../io/textEntry.ts';
import { AttachSourceForm, TEXT_FILE_TYPES } from './AttachSourceForm.tsx';
import { SourceText } from './SourceText.tsx';
import { KIND_CHOICES, KIND_KEYS } from './kindChoices.ts';

export const SourcePane = memo(function SourcePane() {
  const sources = useEditor((s) => s.map.sources);
  const activeId = useEditor((s) => s.activeSourceId);
  const [attaching, setAttaching] = useState(false);
  // A view link can read the sources, not attach one or make statements of them.
  const viewOnly = useEditor(isViewOnly);
  const active = sources?.find((s) => s.id === activeId) ?? sources?.[0];

  if (viewOnly && !sources?.length)
    return (
      <div className="source-pane">
        <p className="source-empty">No text is attached to this map.</p>
      </div>
    );
  if (!sources?.length || attaching)
    return (
      <div className="source-pane">
        {!sources?.length && (
          <p className="source-empty">
            No text is attached to this map. Attach the text it is made from to see each statement's words, or start a new map from a text.
          </p>
        )}
        <AttachSourceForm onDone={() => setAttaching(false)} />
        {attaching && (
          <button type="button" onClick={() => setAttaching(false)}>
            Cancel
          </button>
        )}
      </div>
    );

  return (
    <div className="source-pane">
      <div className="source-tabs">
        {/* Only tabs inside the tablist (ARIA); the attach button sits beside it. */}
        <div role="tablist" aria-label="Sources" className="source-tablist">
          {sources.map((s) => (
            <button
              key={s.id}
              type="button"
              role="tab"
              aria-selected={s.id === active?.id}
              onClick={() => useEditor.getState().setActiveSource(s.id)}
            >
              {s.title || 'Untitled source'}
            </button>
          ))}
        </div>
        {!viewOnly && (
          <button type="button" className="source-attach" onClick={() => setAttaching(true)}>
            Attach source…
          </button>
        )}
      </div>
      {active && <SourceBody key={active.id} source={active} />}
    </div>
  );
});

function SourceBody({ source }: { source: SourceDoc }) {
  const text = useEditor((s) => sourceTextOf(s, source.id));
  const citation = [source.author, source.date, source.address].filter(Boolean).join(' · ');
  return (
    <section className="source-body" aria-label={`Source: ${source.title}`}>
      {citation && <p className="source-citation">{citation}</p>}
      {text === undefined ? <MissingText source={source} /> : <LoadedSource source={source} text={text} />}
    </section>
  );
}

/** A referenced source whose text this session does not have: say so, and ask for it. */
function MissingText({ source }: { source: SourceDoc }) {
  const anchored = useEditor((s) => s.map.nodes.filter((n) => n.anchor?.source === source.id).length);
  const input = useRef<HTMLInputElement>(null);
  const open = async (file: File | undefined) => {
    if (file) useEditor.getState().provideSourceText(source.id, await file.text());
  };
  return (
    <div className="source-missing" role="status">
      <p>
        The map references this text but does not carry it. {anchored} statement{anchored === 1 ? '' : 's'} point{anchored === 1 ? 's' : ''}{' '}
        into it. Open the text file to see the passages; the map works without it.
      </p>
      <button type="button" onClick={() => input.current?.click()}>
        Open the text…
      </button>
      <input
        ref={input}
        type="file"
        accept={TEXT_FILE_TYPES}
        hidden
        aria-label="Text of the source"
        onChange={(e) => void open(e.target.files?.[0])}
      />
    </div>
  );
}

function LoadedSource({ source, text }: { source: SourceDoc; text: string }) {
  const map = useEditor((s) => s.map);
  const resolved = resolvedSourceOf(map, source, text);
  const selectedId = useEditor((s) => (s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0]! : null));
  const [selection, setSelection] = useState<Range | null>(null);
  const [dropKind, setDropKind] = useState<NodeKind>('premise');
  const viewOnly = useEditor(isViewOnly);
  const onSelection = useCallback((range: Range | null) => setSelection(range), []);
  const lost = resolved.anchors.filter((a) => a.result.status === 'lost');
  const { mapped, total } = resolved.coverage;

  const make = useCallback(
    (kind: NodeKind) => {
      if (!selection) return;
      useEditor.getState().nodeFromPassage(source.id, selection, kind);
      document.getSelection()?.removeAllRanges();
    },
    [selection, source.id],
  );

  // Keys as on the canvas while words are selected: R reason, O objection, C caveat, E evidence.
  useEffect(() => {
    if (!selection || viewOnly) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
      const kind = KIND_KEYS[event.key.toLowerCase()];
      if (!kind) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      make(kind);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [selection, make, viewOnly]);

  return (
    <>
      <p className="source-coverage" role="status">
        <strong>
          {mapped} of {total} paragraphs mapped
        </strong>
        {resolved.anchors.length > 0 && ` · ${resolved.anchors.length - lost.length} of ${resolved.anchors.length} statements anchored`}
      </p>
      {lost.length > 0 && (
        <div className="source-lost" role="alert">
          <p>
            {lost.length} passage{lost.length === 1 ? ' was' : 's were'} not found in this text (the anchors are kept):
          </p>
          <ul>
            {lost.map((a) => (
              <li key={a.nodeId}>
                <button type="button" onClick={() => (useEditor.getState().select([a.nodeId]), useEditor.getState().centerOn(a.nodeId))}>
                  {useEditor
                    .getState()
                    .map.nodes.find((n) => n.id === a.nodeId)
                    ?.text.slice(0, 60) || a.nodeId}
                </button>{' '}
                — {a.result.status === 'lost' ? a.result.reason : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* A view-only map makes no statements of the text: nothing to offer. */}
      {!viewOnly && (
        <div className="source-commands" role="toolbar" aria-label="Selection">
          <span className="source-hint">
            {selection
              ? 'New statement from selection:'
              : 'Select words to make a statement of them, or drag them onto the canvas or a node:'}
          </span>
          {KIND_CHOICES.map((c) => (
            <button
              key={c.kind}
              type="button"
              disabled={!selection}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => make(c.kind)}
              aria-keyshortcuts={c.key}
              title={c.key ? `Key ${c.key}` : undefined}
            >
              {c.label}
              {c.key && <kbd>{c.key}</kbd>}
            </button>
          ))}
          <button
            type="button"
            disabled={!selection || !selectedId}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => selection && selectedId && useEditor.getState().anchorToPassage(selectedId, source.id, selection)}
          >
            Anchor to selection
          </button>
          <label className="source-drop-kind">
            Drag makes a{' '}
            <select value={dropKind} onChange={(e) => setDropKind(e.target.value as NodeKind)}>
              {KIND_CHOICES.map((c) => (
                <option key={c.kind} value={c.kind}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <SourceText text={text} resolved={resolved} selection={selection} onSelection={onSelection} dropKind={dropKind} />
    </>
  );
}
