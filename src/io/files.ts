// Browser side of files: save with the File System Access API where there is one
// (so Ctrl+S writes back to the same file), a download otherwise; open with a picker.

interface FileHandleLike {
  name: string;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
  getFile(): Promise<File>;
}
type PickerWindow = Window & {
  showSaveFilePicker?: (opts: unknown) => Promise<FileHandleLike>;
  showOpenFilePicker?: (opts: unknown) => Promise<FileHandleLike[]>;
};

const FILE_TYPES = [{ description: 'Argmap map', accept: { 'application/json': ['.json'] } }];
// Open also reads other tools' formats (Argdown, AIF, Kialo; see interop.ts).
const OPEN_TYPES = [...FILE_TYPES, { description: 'Argdown, AIF or Kialo', accept: { 'text/plain': ['.argdown', '.ad', '.txt'] } }];
let currentHandle: FileHandleLike | null = null;

export class SaveCancelled extends Error {}

/** Saves text; returns the file name it went to. `saveAs` always asks where. */
export async function saveTextFile(text: string, suggestedName: string, saveAs = false): Promise<string> {
  const w = window as PickerWindow;
  if (w.showSaveFilePicker) {
    try {
      if (!currentHandle || saveAs || currentHandle.name !== suggestedName)
        currentHandle = await w.showSaveFilePicker({ suggestedName, types: FILE_TYPES });
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw new SaveCancelled('Save cancelled');
      throw e;
    }
    const writable = await currentHandle.createWritable();
    await writable.write(text);
    await writable.close();
    return currentHandle.name;
  }
  downloadBlob(new Blob([text], { type: 'application/json' }), suggestedName);
  return suggestedName;
}

export function downloadBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Asks for a file; resolves null when the user cancels. */
export async function pickTextFile(): Promise<{ name: string; text: string } | null> {
  const w = window as PickerWindow;
  if (w.showOpenFilePicker) {
    try {
      const [handle] = await w.showOpenFilePicker({ types: OPEN_TYPES, multiple: false });
      if (!handle) return null;
      const file = await handle.getFile();
      currentHandle = handle;
      return { name: file.name, text: await file.text() };
    } catch (e) {
      if ((e as Error).name === 'AbortError') return null;
      throw e;
    }
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json,.argdown,.ad,.txt,text/plain';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      resolve(file ? { name: file.name, text: await file.text() } : null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** A new map or an example is not tied to a file on disk. */
export function forgetFileHandle() {
  currentHandle = null;
}
