import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App.tsx';
import { useEditor } from './store/store.ts';
import { readAutosave, startAutosave } from './io/autosave.ts';
import { DEFAULT_EXAMPLE } from './io/examples.ts';
import { openExample } from './io/commands.ts';
import { exposeToScripts } from './io/scriptHandle.ts';
import { startClipboard } from './io/clipboard.ts';
import { statusCssVariables } from './canvas/evaluationAppearance.ts';
import { exportMapForScripts } from './export/lazy.ts';
import { roomLinkFrom } from './sync/links.ts';

/** Restores the autosaved map, or opens an example (?example=name, default GSOMIA). */
async function boot() {
  // Status colours have one source (evaluationAppearance.ts); styles.css reads them as variables.
  for (const [name, value] of Object.entries(statusCssVariables())) document.documentElement.style.setProperty(name, value);
  const params = new URLSearchParams(location.search);
  const link = roomLinkFrom(location);
  if (link) return bootIntoRoom(link);
  const requested = params.get('example');
  const restored = requested ? null : readAutosave();
  if (restored) {
    useEditor.getState().loadMap(restored.map, restored.fileName, { saved: !restored.dirty });
    useEditor.getState().notify({ tone: 'info', title: 'Restored your last map from this browser' });
  } else {
    await openExample(requested ?? DEFAULT_EXAMPLE, { record: false });
  }
  startAutosave();
  render();
}

/** A room link: the room's map (from the server, or this browser's copy when offline), no local autosave. */
async function bootIntoRoom(link: NonNullable<ReturnType<typeof roomLinkFrom>>) {
  render();
  const { joinRoom } = await import('./sync/room.ts');
  joinRoom(link);
}

function render() {
  startClipboard();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  exposeToScripts({ store: useEditor, exportMap: exportMapForScripts });
}

void boot();
