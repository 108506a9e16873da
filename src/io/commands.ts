// Commands that cross from the store to the browser (files, examples). Shared by the
// toolbar, the keyboard shortcuts and drag-and-drop, so each behaves the same everywhere.
import { useEditor } from '../store/store.ts';
import { serializeMap } from '../model/format/save.ts';
import { parseMapText } from '../model/format/load.ts';
import { forgetFileHandle, pickTextFile, saveTextFile, SaveCancelled } from './files.ts';
import { EXAMPLES } from './examples.ts';
import { openFileText } from './openFile.ts';

export function fileNameFor(title: string, current: string): string {
  if (current && current !== 'untitled.argmap.json') return current;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'untitled'}.argmap.json`;
}

export async function saveToFile(saveAs = false): Promise<void> {
  const store = useEditor.getState();
  const map = store.map;
  try {
    const name = await saveTextFile(serializeMap(map), fileNameFor(map.meta.title, store.fileName), saveAs);
    // Mark what was written, even if the user kept editing while the dialog was open.
    useEditor.setState({ savedMap: map, fileName: name });
    store.notify({ tone: 'info', title: `Saved ${name}` });
  } catch (e) {
    if (e instanceof SaveCancelled) return;
    store.notify({ tone: 'error', title: 'Could not save the map', details: [(e as Error).message] });
  }
}

export async function openFromPicker(): Promise<void> {
  try {
    const picked = await pickTextFile();
    if (picked) await openFileText(picked.text, picked.name);
  } catch (e) {
    useEditor.getState().notify({ tone: 'error', title: 'Could not open the file', details: [(e as Error).message] });
  }
}

export async function openDroppedFile(file: File): Promise<void> {
  forgetFileHandle();
  try {
    await openFileText(await file.text(), file.name);
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
  const result = parseMapText(await example.load());
  if (!result.ok) {
    store.notify({ tone: 'error', title: `The example ${example.fileName} could not be opened`, details: [result.error] });
    return false;
  }
  forgetFileHandle();
  store.loadMap(result.map, example.fileName, { saved: true, record: opts.record ?? true });
  return true;
}

export function newMap() {
  forgetFileHandle();
  useEditor.getState().newMap();
}
