// Commands that cross from the store to the browser (files, examples). Shared by the
// toolbar, the keyboard shortcuts and drag-and-drop, so each behaves the same everywhere.
// Every command that replaces the whole map asks first when there is unsaved work.
import { useEditor, hasUnsavedWork } from '../store/store.ts';
import { serializeMap } from '../model/format/save.ts';
import { loadReader } from './reader.ts';
import { pickTextFile, readMapFileText, saveTextFile, SaveCancelled, type FileHandleLike } from './files.ts';
import { EXAMPLES } from './examples.ts';
import { askToReplace } from '../store/replaceDialogState.ts';
import { fileOpenElsewhere } from './tabLocks.ts';
import { fileNameFor } from '../model/fileNames.ts';

/** Saves the map to its file (or asks where); resolves true when it was written. */
export async function saveToFile(saveAs = false): Promise<boolean> {
  const store = useEditor.getState();
  const map = store.map;
  try {
    const saved = await saveTextFile(
      serializeMap(map),
      fileNameFor(store.fileName, map.meta.title, '.argmap.json'),
      store.fileHandle as FileHandleLike | null,
      saveAs,
    );
    // Mark what was written, even if the user kept editing while the dialog was open.
    useEditor.getState().markSaved(saved.name, { map, fileHandle: saved.handle });
    store.notify({ tone: 'info', title: `Saved ${saved.name}` });
    return true;
  } catch (e) {
    if (e instanceof SaveCancelled) return false;
    store.notify({ tone: 'error', title: 'Could not save the map', details: [(e as Error).message] });
    return false;
  }
}

/**
 * Before a whole map replaces the one on screen. In a shared room it replaces the map for
 * everyone: ask first (one undo step brings it back); a view-only link cannot. Otherwise, with
 * unsaved work (text being typed included), asks Save first / Replace / Cancel. Resolves true to go on.
 */
export async function mayReplaceMap(): Promise<boolean> {
  const state = useEditor.getState();
  const { room } = state;
  if (room)
    return room.access !== 'view' && window.confirm('Replace the shared map for everyone in this room? Undo brings the current map back.');
  if (!hasUnsavedWork(state)) return true;
  const choice = await askToReplace(state.map.meta.title.trim() || state.fileName);
  if (choice === 'save') return saveToFile();
  return choice === 'replace';
}

/** Opens file text; if another tab has a file of that name open, says so (each tab keeps its own copy). */
async function openFileText(text: string, name: string, handle: FileHandleLike | null) {
  const elsewhere = await fileOpenElsewhere(name).catch(() => false);
  const { openAnyText } = await import('./interop.ts');
  if (!(await openAnyText(text, name, handle)) || !elsewhere) return;
  useEditor.getState().notify({
    tone: 'warning',
    title: `${name} is also open in another tab`,
    details: ['Each tab keeps its own copy and its own recovery record. Saving in one tab writes over what the other saved.'],
  });
}

export async function openFromPicker(): Promise<void> {
  if (!(await mayReplaceMap())) return;
  try {
    const picked = await pickTextFile();
    if (picked) await openFileText(picked.text, picked.name, picked.handle);
  } catch (e) {
    useEditor.getState().notify({ tone: 'error', title: 'Could not open the file', details: [(e as Error).message] });
  }
}

export async function openDroppedFile(file: File): Promise<void> {
  if (!(await mayReplaceMap())) return;
  try {
    // A dropped file gives no handle: Save asks where to write.
    await openFileText(await readMapFileText(file), file.name, null);
  } catch (e) {
    useEditor.getState().notify({ tone: 'error', title: `Could not read ${file.name}`, details: [(e as Error).message] });
  }
}

export async function openExample(id: string, opts: { record?: boolean } = { record: true }): Promise<boolean> {
  const example = EXAMPLES.find((e) => e.id === id);
  const store = useEditor.getState();
  if (!example) {
    store.notify({ tone: 'error', title: `There is no example map called "${id}"` });
    return false;
  }
  if ((opts.record ?? true) && !(await mayReplaceMap())) return false;
  const text = await example.load();
  // An example in another tool's format opens as an import would (with its report).
  // Format detection and the importers load on first use, not with the page.
  const { detectFormat, openAnyText } = await import('./interop.ts');
  if (detectFormat(text, example.fileName) !== 'argmap') return openAnyText(text, example.fileName);
  const result = (await loadReader()).parseMapText(text);
  if (!result.ok) {
    store.notify({ tone: 'error', title: `The example ${example.fileName} could not be opened`, details: [result.error] });
    return false;
  }
  store.loadMap(result.map, example.fileName, { saved: true, record: opts.record ?? true });
  return true;
}

export async function newMap(): Promise<void> {
  if (await mayReplaceMap()) useEditor.getState().newMap();
}
