// Browser side of files: save with the File System Access API where there is one
// (so Ctrl+S writes back to the same file), a download otherwise; open with a picker.
// The handle of the file a map belongs to lives in the store (with undo history), so
// undoing an Open also gives back the file Save writes to; here it is passed in and out.

export interface FileHandleLike {
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
export class SaveCancelled extends Error {}

/** Far above any real map (a 20,000-statement map is ~20 MB), far below what freezes a tab. */
export const MAX_MAP_FILE_BYTES = 40 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A file's text, refused by its size before a byte is read (reading 50 MB would freeze the page). */
export async function readMapFileText(file: Pick<File, 'name' | 'size' | 'text'>): Promise<string> {
  if (file.size > MAX_MAP_FILE_BYTES)
    throw new Error(
      `${file.name} is ${megabytes(file.size)}; Argmap opens map files up to ${megabytes(MAX_MAP_FILE_BYTES)}. Is it really an Argmap map?`,
    );
  return file.text();
}

export interface Saved {
  name: string;
  /** Where the next Save writes without asking; null for a download. */
  handle: FileHandleLike | null;
}

/** Saves text to `handle` (the map's file) or asks where; `saveAs` always asks. */
export async function saveTextFile(text: string, suggestedName: string, handle: FileHandleLike | null, saveAs = false): Promise<Saved> {
  const w = window as PickerWindow;
  if (w.showSaveFilePicker) {
    let target = handle;
    try {
      if (!target || saveAs || target.name !== suggestedName) target = await w.showSaveFilePicker({ suggestedName, types: FILE_TYPES });
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw new SaveCancelled('Save cancelled');
      throw e;
    }
    const writable = await target.createWritable();
    await writable.write(text);
    await writable.close();
    return { name: target.name, handle: target };
  }
  downloadBlob(new Blob([text], { type: 'application/json' }), suggestedName);
  return { name: suggestedName, handle: null };
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
export async function pickTextFile(): Promise<{ name: string; text: string; handle: FileHandleLike | null } | null> {
  const w = window as PickerWindow;
  if (w.showOpenFilePicker) {
    try {
      const [handle] = await w.showOpenFilePicker({ types: OPEN_TYPES, multiple: false });
      if (!handle) return null;
      const file = await handle.getFile();
      // Read first: a refused file must not become the map's file.
      return { name: file.name, text: await readMapFileText(file), handle };
    } catch (e) {
      if ((e as Error).name === 'AbortError') return null;
      throw e;
    }
  }
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json,.argdown,.ad,.txt,text/plain';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      readMapFileText(file).then((text) => resolve({ name: file.name, text, handle: null }), reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}
