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
let currentHandle: FileHandleLike | null = null;

export class SaveCancelled extends Error {}

/** Far above any real map (a 20,000-statement map is ~20 MB), far below what freezes a tab. */
export const MAX_MAP_FILE_BYTES = 40 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A file's text, refused by its size before a byte is read (reading 50 MB would freeze the page). */
export async function readMapFileText(file: Pick<File, 'name' | 'size' | 'text'>): Promise<string> {
  if (file.size > MAX_MAP_FILE_BYTES)
    throw new Error(`${file.name} is ${megabytes(file.size)}; Argmap opens map files up to ${megabytes(MAX_MAP_FILE_BYTES)}. Is it really an Argmap map?`);
  return file.text();
}

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
      const [handle] = await w.showOpenFilePicker({ types: FILE_TYPES, multiple: false });
      if (!handle) return null;
      const file = await handle.getFile();
      const text = await readMapFileText(file);
      currentHandle = handle;
      return { name: file.name, text };
    } catch (e) {
      if ((e as Error).name === 'AbortError') return null;
      throw e;
    }
  }
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      readMapFileText(file).then((text) => resolve({ name: file.name, text }), reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** A new map or an example is not tied to a file on disk. */
export function forgetFileHandle() {
  currentHandle = null;
}
