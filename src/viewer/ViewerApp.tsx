// The interactive page: the map on the editor's canvas, read-only, with what a reader needs
// around it: the title, search, evaluation, presenting, the theme, the legend, and a side
// panel with the outline, the source text and the details of what is selected (notes, where
// in the source a statement comes from, what bears on it). Everything on it is the editor's own code,
// in the editor's view-only state (viewOnly.ts); the page's commands are commands.ts.
import { memo, useEffect, useId, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useEditor } from '../store/store.ts';
import { Canvas } from '../canvas/Canvas.tsx';
import { Legend } from '../components/Legend.tsx';
import { FocusBanner } from '../components/FocusControls.tsx';
import { Notices } from '../components/Notices.tsx';
import { Announcer } from '../components/Announcer.tsx';
import { EvaluationToggle } from '../components/EvaluationToggle.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { ThemeToggle } from '../components/ThemeToggle.tsx';
import { ShortcutsDialog } from '../components/ShortcutsDialog.tsx';
import { PresentationOverlay } from '../components/Presentation.tsx';
import { usePresentationMode } from '../components/presentationMode.ts';
import { useShortcuts } from '../components/useShortcuts.ts';
import { OutlineTree } from '../components/outline/OutlineTree.tsx';
import { SourcePane } from '../components/source/SourcePane.tsx';
import { Inspector } from '../components/Inspector.tsx';
import { runCommand, titleOf } from './commands.ts';

const NO_HANDLERS = {};

export function ViewerApp() {
  useShortcuts(NO_HANDLERS);
  const presenting = useEditor((s) => s.presentationStep !== null);
  usePresentationMode(presenting);
  return (
    <ReactFlowProvider>
      <div className="app viewer">
        <ViewerBar />
        <main className="workspace">
          <Canvas />
          <Legend />
          <FocusBanner />
          {presenting && <PresentationOverlay />}
        </main>
        <aside className="side" aria-label="Side panel">
          <ViewerPanels />
        </aside>
        <Notices />
        <ShortcutsDialog />
        <Announcer />
      </div>
    </ReactFlowProvider>
  );
}

const ViewerBar = memo(function ViewerBar() {
  const title = useEditor((s) => s.map.meta.title);
  return (
    <header className="toolbar viewer-bar">
      <h1 className="viewer-title">{title.trim() || 'Argument map'}</h1>
      <div className="group" role="toolbar" aria-label="View">
        <button type="button" onClick={() => runCommand('fit')} title={titleOf('fit')}>
          Fit view
        </button>
        <button type="button" onClick={() => runCommand('present')} title={titleOf('present', 'Present the map step by step, full screen')}>
          Present
        </button>
        <EvaluationToggle />
        <SearchBox />
        <ThemeToggle />
        <button type="button" onClick={() => runCommand('shortcuts')} title={titleOf('shortcuts')} aria-label="Keyboard shortcuts">
          ?
        </button>
      </div>
      <span className="viewer-made">Made with Argmap</span>
    </header>
  );
});

type PanelId = 'outline' | 'source' | 'inspector';
const PANELS: { id: PanelId; label: string }[] = [
  { id: 'outline', label: 'Outline' },
  { id: 'source', label: 'Source' },
  { id: 'inspector', label: 'Details' },
];

/** The side panel's tabs (the ARIA tabs pattern, as the editor's): the outline, the source text, the details. */
const ViewerPanels = memo(function ViewerPanels() {
  // The source text first when the map carries one: each statement's passage shows beside the map.
  const hasText = useEditor((s) => !!s.map.sources?.some((source) => source.text !== undefined));
  const [current, setCurrent] = useState<PanelId>(hasText ? 'source' : 'outline');
  const id = useId();
  useEffect(() => useEditor.getState().setSidePanel(current), [current]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const at = PANELS.findIndex((p) => p.id === current);
    const to =
      e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? PANELS.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    e.stopPropagation();
    const next = PANELS[(to + PANELS.length) % PANELS.length]!;
    setCurrent(next.id);
    document.getElementById(`${id}-tab-${next.id}`)?.focus();
  };
  return (
    <div className="side-panel">
      <div className="side-tabs" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {PANELS.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={`${id}-tab-${p.id}`}
            tabIndex={p.id === current ? 0 : -1}
            aria-selected={p.id === current}
            aria-controls={`${id}-panel`}
            onClick={() => setCurrent(p.id)}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className="side-body" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${current}`}>
        {current === 'outline' ? <OutlineView /> : current === 'source' ? <SourcePane /> : <Inspector />}
      </div>
    </div>
  );
});

function OutlineView() {
  const empty = useEditor((s) => s.map.nodes.length === 0);
  return (
    <section className="outline-panel">
      <div className="outline-top">
        <div className="outline-head">
          <h2>Outline</h2>
        </div>
      </div>
      {empty ? <p className="hint">The map is empty.</p> : <OutlineTree />}
      <p className="hint outline-keys">↑↓ select · ← → fold, unfold, or go up, down a level · Home / End · Tab: leave the outline</p>
    </section>
  );
}
