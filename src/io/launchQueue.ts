// Files the operating system asks an installed Argmap to open (the manifest's file_handlers,
// vite.pwa.ts): the browser hands them to the page through `window.launchQueue`. Each opens as
// Open… opens a file: first the question when the map on screen has unsaved work (Save first /
// Replace / Cancel), then the file, read in any format Open reads, with its handle kept so Save
// writes back to it.
import { useEditor } from '../store/store.ts';
import { mayReplaceMap, openFileText } from './commands.ts';
import { readMapFileText, type FileHandleLike } from './files.ts';

/** What the browser hands over (the Launch Handler API's LaunchParams). */
export interface LaunchParams {
  files?: readonly { kind: string; name: string }[];
}
type LaunchWindow = Window & { launchQueue?: { setConsumer(consumer: (params: LaunchParams) => void): void } };

export function startLaunchQueue(w: LaunchWindow = window): void {
  w.launchQueue?.setConsumer((params) => void openLaunched(params));
}

/** Opens the first file handed over (a window holds one map) and says what became of the others. */
export async function openLaunched(params: LaunchParams): Promise<void> {
  const files = (params.files ?? []).filter((f) => f.kind === 'file') as unknown as FileHandleLike[];
  const [first, ...others] = files;
  if (!first) return;
  if (!(await mayReplaceMap())) return;
  try {
    const file = await first.getFile();
    await openFileText(await readMapFileText(file), file.name, first);
  } catch (e) {
    useEditor.getState().notify({ tone: 'error', title: `Could not open ${first.name}`, details: [(e as Error).message] });
    return;
  }
  if (others.length)
    useEditor.getState().notify({
      tone: 'info',
      title: `Opened ${first.name} only`,
      details: [`A window holds one map: open ${others.map((f) => f.name).join(', ')} from Argmap's Open… or from the system again.`],
    });
}
