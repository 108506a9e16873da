// The service worker that keeps the built app for offline use (made by vite-plugin-pwa,
// vite.pwa.ts), registered once the editor has drawn. A new version never takes over on its
// own: "Update available" offers Reload, and only on that click is the map (typed text
// included) written to this tab's recovery record, the new version let in and the page
// reloaded, which restores the map from the record, unsaved changes and all.
import { Workbox } from 'workbox-window';
import { useEditor } from '../store/store.ts';
import { flushAutosave, leaveWithoutAsking } from './autosave.ts';

/** How often an open editor asks the server whether there is a new version (browsers also check on each load). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function startServiceWorker(): void {
  // The dev server has no worker to offer (vite.pwa.ts makes it at build time).
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  // A new version has installed and waits for this page to let it in.
  wb.addEventListener('waiting', () => offerReload('A new version of Argmap is ready.', () => wb.messageSkipWaiting()));
  // Another tab let a new version in: this page still runs the old one.
  wb.addEventListener('controlling', (event) => {
    if (event.isExternal) offerReload('Argmap was updated in another tab.', () => location.reload());
  });
  wb.register().then(
    () => {
      setInterval(() => void wb.update().catch(() => undefined), CHECK_EVERY_MS);
    },
    // Without a worker (private windows, a browser that refuses it) the editor works as before, online.
    () => undefined,
  );
}

let offered = false;

function offerReload(reason: string, letIn: () => void): void {
  if (offered) return;
  offered = true;
  useEditor.getState().notify({
    tone: 'info',
    title: 'Update available',
    details: [reason, 'Reload to use it: your map stays as it is, unsaved changes included.'],
    action: { label: 'Reload', run: () => void reloadKeepingWork(letIn) },
  });
}

let reloading = false;

/** Writes the map to its recovery record, then lets the new version in and reloads once it controls the page. */
async function reloadKeepingWork(letIn: () => void): Promise<void> {
  if (reloading) return;
  reloading = true;
  const store = useEditor.getState();
  if (!(await flushAutosave())) {
    reloading = false;
    store.notify({
      tone: 'error',
      title: 'Not reloaded: your map could not be kept in the browser',
      details: ['Save it to a file (Ctrl+S), then reload.'],
    });
    return;
  }
  leaveWithoutAsking();
  const reload = () => location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
  letIn();
  // Should the new version never take control (another tab let it in first), reload all the same.
  setTimeout(reload, 5000);
}
