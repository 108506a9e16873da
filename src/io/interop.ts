// Opening other tools' formats (Argdown, AIF, Kialo) in the editor (exporting them is in
// textExport.ts). The open commands call openAnyText: Argmap files go on to the store's
// openText as before; anything else is read in a Web Worker (the readers and @argdown/core
// load only then) and opened with a notice that lists the import report.
import { useEditor } from '../store/store.ts';
import { detectFormat } from '../model/interop/detect.ts';
import { FORMAT_LABELS, tooLarge } from '../model/interop/formats.ts';
import type { ImportOutcome } from '../model/interop/import.ts';
import { openMapText } from './openFile.ts';

export { detectFormat };

const LARGE_FILE_CHARS = 200_000;

function readInWorker(text: string, fileName: string): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return import('../model/interop/import.ts').then((m) => m.importText(text, fileName));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ImportOutcome>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the import worker failed'));
    };
    worker.postMessage({ text, fileName });
  });
}

/** Opens any file Argmap reads; resolves whether a map was opened. `fileHandle` is where an
    Argmap file came from (Save writes back there); imports never get one. */
export async function openAnyText(text: string, fileName: string, fileHandle: object | null = null): Promise<boolean> {
  const store = useEditor.getState();
  const refusal = tooLarge(text.length);
  if (refusal) {
    store.notify({ tone: 'error', title: `Could not open ${fileName}`, details: [refusal] });
    return false;
  }
  const format = detectFormat(text, fileName);
  // Argmap files, and files in no known format (the Argmap reader names the problem), as before.
  if (format === 'argmap' || format === 'unknown') return openMapText(text, fileName, fileHandle);
  // Large files take seconds to read: say so (the page stays usable meanwhile).
  let progress: number | undefined;
  if (text.length > LARGE_FILE_CHARS) {
    store.notify({
      tone: 'warning',
      title: `Importing ${fileName} (${FORMAT_LABELS[format]})…`,
      details: ['Reading in the background; the map opens when it is done.'],
    });
    progress = useEditor.getState().notices.at(-1)?.id;
  }
  let outcome: ImportOutcome;
  try {
    outcome = await readInWorker(text, fileName);
  } catch (e) {
    outcome = { format, result: { ok: false, error: (e as Error).message } };
  } finally {
    if (progress !== undefined) useEditor.getState().dismissNotice(progress);
  }
  const { result } = outcome;
  if (!result.ok) {
    useEditor.getState().notify({ tone: 'error', title: `Could not open ${fileName}`, details: [result.error] });
    return false;
  }
  const name = `${fileName.replace(/\.(argdown|ad|json|txt)$/i, '').replace(/\.aif$/i, '') || 'imported'}.argmap.json`;
  // Not saved as an Argmap file yet: the map counts as unsaved work, and has no file handle, so
  // Ctrl+S never writes Argmap JSON over the Argdown or AIF file that was opened.
  useEditor.getState().loadMap(result.map, name, { saved: false, record: true, fileHandle: null });
  useEditor.getState().notify({ tone: 'warning', title: `Imported ${fileName} (${FORMAT_LABELS[format]})`, details: result.report });
  return true;
}
