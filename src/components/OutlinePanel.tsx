// The "Outline" tab: the map as an indented outline (the claim, then what bears on it,
// marked + − ~ ×), kept in step with the canvas selection, editable from the keyboard or
// the buttons above it, and exportable as Markdown.
import { memo, useEffect } from 'react';
import { useEditor, isViewOnly } from '../store/store.ts';
import { CHILD_ACTIONS } from '../canvas/appearance.ts';
import type { OutlineEdit } from '../model/outline.ts';
import { OutlineTree } from './outline/OutlineTree.tsx';
import { useOutlineUi } from './outline/outlineUi.ts';
import { addChildItem, deleteSelected, editItem, exportMarkdown } from './outline/outlineCommands.ts';

const EDIT_BUTTONS: { edit: OutlineEdit; icon: string; label: string; keys: string }[] = [
  { edit: 'outdent', icon: '⇤', label: 'Outdent', keys: 'Shift+Tab' },
  { edit: 'indent', icon: '⇥', label: 'Indent', keys: 'Tab' },
  { edit: 'up', icon: '↑', label: 'Move up', keys: 'Alt+↑' },
  { edit: 'down', icon: '↓', label: 'Move down', keys: 'Alt+↓' },
];

export const OutlinePanel = memo(function OutlinePanel() {
  const empty = useEditor((s) => s.map.nodes.length === 0);
  const current = useEditor((s) => (s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0]! : null));
  const anySelected = useEditor((s) => s.selectedNodeIds.length > 0);
  // A view link changes nothing: the add, arrange and delete buttons are off.
  const viewOnly = useEditor(isViewOnly);
  const message = useOutlineUi((s) => s.message);
  // A refusal explains the last attempt on the item it was about: another selection clears it.
  useEffect(() => useOutlineUi.getState().say(null), [current]);

  return (
    <section className="outline-panel">
      <div className="outline-top">
        <div className="outline-head">
          <h2>Outline</h2>
          <button type="button" onClick={() => exportMarkdown()} disabled={empty} title="Download the outline as a Markdown file">
            Export Markdown
          </button>
        </div>
        <div className="outline-actions" role="group" aria-label="Add to the selected statement">
          {CHILD_ACTIONS.map((b) => (
            <button
              key={b.role}
              type="button"
              className={`outline-add role-${b.role}`}
              aria-label={`Add ${b.label.toLowerCase()}`}
              title={`Add ${b.label.toLowerCase()} under the selected statement (${b.key})`}
              disabled={!current || viewOnly}
              onClick={() => current && addChildItem(current, b.role)}
            >
              <span aria-hidden="true">{b.mark}</span> {b.label}
            </button>
          ))}
        </div>
        <div className="outline-actions" role="group" aria-label="Arrange the selected statement">
          {EDIT_BUTTONS.map((b) => (
            <button
              key={b.edit}
              type="button"
              className="outline-icon-button"
              aria-label={b.label}
              title={`${b.label} (${b.keys})`}
              disabled={!current || viewOnly}
              onClick={() => current && editItem(current, b.edit)}
            >
              <span aria-hidden="true">{b.icon}</span>
            </button>
          ))}
          <button
            type="button"
            className="outline-icon-button danger"
            aria-label="Delete"
            title="Delete the selection (Delete)"
            disabled={!anySelected || viewOnly}
            onClick={deleteSelected}
          >
            <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M6 1h4l1 1h3v2H2V2h3zM3 5h10l-1 10H4zm3 2v6h1.5V7zm2.5 0v6H10V7z" fill="currentColor" />
            </svg>
          </button>
        </div>
        <p className="outline-status" role="status">
          {message}
        </p>
      </div>
      {empty ? <p className="hint">The map is empty. Double-click the canvas to add a claim.</p> : <OutlineTree />}
      <p className="hint outline-keys">
        ↑↓ select · Enter edit · Tab / Shift+Tab indent / outdent · Alt+↑↓ reorder · R O C E add · Delete remove · Escape, then Tab: leave
        the outline
      </p>
    </section>
  );
});
