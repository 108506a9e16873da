// Opening a file's text. A large file is read, checked and folded in a worker while the page
// shows what is happening and offers Cancel; the map on screen changes only at the end, in
// one step. Small files open at once.
import { create } from 'zustand';
import { useEditor } from '../store/store.ts';
import type { OpenWorkerMessage } from './openWorker.ts';

/** Files from this size (characters) open in the background. */
export const BACKGROUND_OPEN_CHARS = 1_000_000;

export interface Opening {
  fileName: string;
  chars: number;
  step: string;
  cancel(): void;
}

/** The file being opened in the background, if any (UI state). */
export const useOpening = create<{ current: Opening | null }>()(() => ({ current: null }));

/** Opens Argmap file `text` as the map; resolves to whether it opened (false if refused or cancelled). */
export function openMapText(text: string, fileName: string, fileHandle: object | null = null): Promise<boolean> {
  if (text.length < BACKGROUND_OPEN_CHARS || typeof Worker === 'undefined') return Promise.resolve(useEditor.getState().openText(text, fileName, fileHandle));
  useOpening.getState().current?.cancel();
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./openWorker.ts', import.meta.url), { type: 'module' });
    let done = false;
    const finish = (opened: boolean) => {
      if (done) return;
      done = true;
      worker.terminate();
      useOpening.setState({ current: null });
      resolve(opened);
    };
    const cancel = () => {
      if (done) return;
      finish(false);
      useEditor.getState().notify({ tone: 'info', title: `Opening ${fileName} cancelled: the map on screen is as it was` });
    };
    const update = (step: string) => useOpening.setState({ current: { fileName, chars: text.length, step, cancel } });
    update('Reading the file');
    worker.onmessage = (event: MessageEvent<OpenWorkerMessage>) => {
      if (done) return;
      const message = event.data;
      if (message.type === 'progress') return update(message.step);
      update('Drawing the map');
      // Let the progress paint before the (short) main-thread part.
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (done) return;
          finish(useEditor.getState().openParsed(message.result, fileName, fileHandle));
        }),
      );
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(false);
      useEditor.getState().notify({ tone: 'error', title: `Could not open ${fileName}`, details: [event.message || 'The file could not be read.'] });
    };
    worker.postMessage(text);
  });
}
