import { useCallback, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { SidePanel } from './components/SidePanel.tsx';
import { Legend } from './components/Legend.tsx';
import { Notices } from './components/Notices.tsx';
import { useShortcuts } from './components/useShortcuts.ts';
import { FocusBanner } from './components/FocusControls.tsx';
import { openDroppedFile } from './io/commands.ts';
import { Announcer } from './components/Announcer.tsx';
import { OpeningProgress } from './components/OpeningProgress.tsx';
import {
  DebateDialogs,
  ExportDialog,
  Presentation,
  RecoverDialog,
  ReplaceDialog,
  ShortcutsDialog,
  TeachingOverlay,
} from './components/lazyOverlays.tsx';

const NO_HANDLERS = {};

export function App() {
  useShortcuts(NO_HANDLERS);
  const [dropping, setDropping] = useState(false);
  const onDragOver = useCallback((e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDropping(true);
  }, []);
  const onDrop = useCallback((e: React.DragEvent) => {
    const file = e.dataTransfer.files[0];
    setDropping(false);
    if (!file) return;
    e.preventDefault();
    void openDroppedFile(file);
  }, []);

  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <main
          className={`workspace${dropping ? ' is-dropping' : ''}`}
          onDragOver={onDragOver}
          onDragLeave={() => setDropping(false)}
          onDrop={onDrop}
        >
          <Canvas />
          <Legend />
          <FocusBanner />
          <TeachingOverlay />
          <Presentation />
          {dropping && <div className="drop-hint">Drop an Argmap file to open it</div>}
        </main>
        <aside className="side" aria-label="Side panel">
          <SidePanel />
        </aside>
        <Notices />
        <ExportDialog />
        <ReplaceDialog />
        <RecoverDialog />
        <ShortcutsDialog />
        <DebateDialogs />
        <Announcer />
        <OpeningProgress />
      </div>
    </ReactFlowProvider>
  );
}
