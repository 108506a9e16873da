import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App.tsx';
import { useEditor } from './store/store.ts';
import { startAutosave } from './io/autosave.ts';
import { freshTabRecord, restoreAtStart } from './io/recovery.ts';
import { DEFAULT_EXAMPLE } from './io/examples.ts';
import { openExample } from './io/commands.ts';
import { exposeToScripts } from './io/scriptHandle.ts';
import { startClipboard } from './io/clipboard.ts';
import { startTheme } from './io/theme.ts';
import { exportMapForScripts } from './export/lazy.ts';
import { roomLinkFrom } from './sync/links.ts';
import { SelectionInspector } from './components/Inspector.tsx';
import { loadEvaluationEngine } from './store/evaluationEngine.ts';

/** Restores this tab's map or the newest one kept in the browser, or opens an example (?example=name, default GSOMIA). */
async function boot() {
  // Kind, relation and status colours and the card geometry have one source (model/theme/); styles.css reads them as variables.
  startTheme();
  const params = new URLSearchParams(location.search);
  const link = roomLinkFrom(location);
  if (link) return bootIntoRoom(link);
  const requested = params.get('example');
  const restored = requested ? null : await restoreAtStart();
  if (!restored) await openExample(requested ?? DEFAULT_EXAMPLE, { record: false });
  startAutosave(restored?.tab ?? (await freshTabRecord()), { written: restored?.restored ?? true });
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
  // What most people use first (selecting a node, Evaluate) is fetched once the page is idle,
  // so it is there at once when asked for; the rest loads on first use.
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  whenIdle(() => {
    void SelectionInspector.preload();
    loadEvaluationEngine().catch(() => undefined); // turning Evaluate on tries again, and says so if it fails
    // Offline use, updates and files opened from the system (vite.pwa.ts): nothing the first draw needs.
    void import('./io/installedApp.ts').then((m) => m.startInstalledApp());
  });
}

void boot();
