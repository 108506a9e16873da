// The top bar: file commands, history, adding nodes, layout and view.
import { memo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditor, canRedo, canUndo, hasUnsavedWork, isViewOnly } from '../store/store.ts';
import { ShareControls } from './ShareControls.tsx';
import { NODE_KINDS, type NodeKind } from '../model/types.ts';
import { NODE_STYLES } from '../model/theme/colors.ts';
import { newMap, openExample } from '../io/commands.ts';
import { EXAMPLES } from '../io/examples.ts';
import { runCommand, titleOf } from './commands.ts';
import { openRecoverDialog } from './recoverDialogState.ts';
import { EvaluationToggle } from './EvaluationToggle.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import { LayoutMenu } from './LayoutMenu.tsx';
import { SearchBox } from './SearchBox.tsx';

export const Toolbar = memo(function Toolbar() {
  const undoable = useEditor(canUndo);
  const redoable = useEditor(canRedo);
  const dirty = useEditor(hasUnsavedWork);
  const viewOnly = useEditor(isViewOnly);
  const fileName = useEditor((s) => s.fileName);
  const inRoom = useEditor((s) => !!s.room);
  const hasSelection = useEditor((s) => s.selectedNodeIds.length + s.selectedRelationIds.length > 0);
  const [kind, setKind] = useState<NodeKind>('premise');
  const { screenToFlowPosition } = useReactFlow();

  const addNode = () => {
    // New nodes appear in the middle of what the user is looking at.
    const canvas = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre = canvas ? screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 }) : { x: 0, y: 0 };
    useEditor.getState().addNode(kind, { x: centre.x - 130, y: centre.y - 40 });
  };

  return (
    <header className="toolbar" role="toolbar" aria-label="Editor toolbar">
      <span className="brand">Argmap</span>
      <div className="group">
        <button type="button" onClick={() => void newMap()} disabled={viewOnly} title="New map">
          New
        </button>
        <button type="button" onClick={() => runCommand('open')} disabled={viewOnly} title={titleOf('open')}>
          Open…
        </button>
        <button type="button" onClick={() => runCommand('save')} title={titleOf('save')}>
          Save{dirty ? ' •' : ''}
        </button>
        <button type="button" onClick={() => void openRecoverDialog()} title="Bring back a recent map kept in this browser">
          Recover…
        </button>
        <button type="button" onClick={() => runCommand('export')} title={titleOf('export')}>
          Export…
        </button>
        <label className="select-label">
          <span className="visually-hidden">Open an example map</span>
          <select
            aria-label="Open an example map"
            disabled={viewOnly}
            value=""
            onChange={(e) => {
              if (e.target.value) void openExample(e.target.value);
            }}
          >
            <option value="">Examples…</option>
            {EXAMPLES.map((e) => (
              <option key={e.id} value={e.id}>
                {e.fileName}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="group">
        <button type="button" onClick={() => runCommand('undo')} disabled={!undoable || viewOnly} title={titleOf('undo')}>
          Undo
        </button>
        <button type="button" onClick={() => runCommand('redo')} disabled={!redoable || viewOnly} title={titleOf('redo')}>
          Redo
        </button>
      </div>
      <div className="group">
        <select aria-label="Kind of node to add" disabled={viewOnly} value={kind} onChange={(e) => setKind(e.target.value as NodeKind)}>
          {NODE_KINDS.map((k) => (
            <option key={k} value={k}>
              {NODE_STYLES[k].label}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={addNode}
          disabled={viewOnly}
          title="Add a node in the middle of the view (or double-click the canvas)"
        >
          Add node
        </button>
        <button type="button" onClick={() => runCommand('delete')} disabled={!hasSelection || viewOnly} title={titleOf('delete')}>
          Delete
        </button>
      </div>
      <div className="group">
        <LayoutMenu />
        <button type="button" onClick={() => runCommand('fit')} title={titleOf('fit')}>
          Fit view
        </button>
        <button type="button" onClick={() => runCommand('present')} title={titleOf('present', 'Present the map step by step, full screen')}>
          Present
        </button>
      </div>
      <EvaluationToggle />
      <SearchBox />
      <ThemeToggle />
      <ShareControls />
      <span
        className="file-name"
        title={
          inRoom
            ? 'A shared map: the server keeps every change. Save writes a copy to a file.'
            : dirty
              ? 'Changes not yet saved to a file'
              : 'Saved'
        }
      >
        {fileName}
        {dirty ? ' (unsaved)' : ''}
      </span>
    </header>
  );
});
