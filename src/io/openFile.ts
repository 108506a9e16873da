// Opening a file's text. A map file of any real size is read, checked and folded in a
// worker, so the page never stalls on it; the map on screen changes only at the end, in
// one step. A large file also shows what is happening and offers Cancel. Tiny files (and
// pages without workers) open at once.
import { useOpening } from './opening.ts';
import { useEditor } from '../store/store.ts';
import { primeVisibility } from '../store/visibility.ts';
import type { OpenWorkerMessage } from './openWorker.ts';
import { loadReader } from './reader.ts';

/** Files from this size (characters) show their progress and offer Cancel while they open. */
export const BACKGROUND_OPEN_CHARS = 1_000_000;
/** Files from this size (about 300 statements, where maps open folded) are read in the worker; below it reading takes less time than starting a worker. */
export const WORKER_OPEN_CHARS = 100_000;

/** The open under way in the worker: a newer open replaces it. */
let pending: { cancel(): void } | null = null;

/** Opens Argmap file `text` as the map; resolves to whether it opened (false if refused or cancelled). */
export function openMapText(text: string, fileName: string, fileHandle: object | null = null): Promise<boolean> {
  pending?.cancel();
  if (text.length < WORKER_OPEN_CHARS || typeof Worker === 'undefined')
    return loadReader().then(({ parseMapText }) => useEditor.getState().openParsed(parseMapText(text), fileName, fileHandle));
  const showProgress = text.length >= BACKGROUND_OPEN_CHARS;
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./openWorker.ts', import.meta.url), { type: 'module' });
    let done = false;
    const finish = (opened: boolean) => {
      if (done) return;
      done = true;
      worker.terminate();
      if (pending === handle) pending = null;
      if (showProgress) useOpening.setState({ current: null });
      resolve(opened);
    };
    const cancel = () => {
      if (done) return;
      finish(false);
      useEditor.getState().notify({ tone: 'info', title: `Opening ${fileName} cancelled: the map on screen is as it was` });
    };
    const handle = { cancel };
    pending = handle;
    const update = (step: string) => showProgress && useOpening.setState({ current: { fileName, chars: text.length, step, cancel } });
    update('Reading the file');
    worker.onmessage = (event: MessageEvent<OpenWorkerMessage>) => {
      if (done) return;
      const message = event.data;
      if (message.type === 'progress') return void update(message.step);
      update('Drawing the map');
      // Let the progress paint before the (short) main-thread part.
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (done) return;
          if (message.result.ok && message.visibility) primeVisibility(message.result.map, message.visibility);
          finish(useEditor.getState().openParsed(message.result, fileName, fileHandle));
        }),
      );
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(false);
      useEditor
        .getState()
        .notify({ tone: 'error', title: `Could not open ${fileName}`, details: [event.message || 'The file could not be read.'] });
    };
    worker.postMessage(text);
  });
}
