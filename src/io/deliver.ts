// Delivering an export: save it to a file (File System Access where the browser has it, a
// download otherwise); copying to the clipboard is in clipboardImage.ts. Separate from rendering: src/export
// knows nothing of files or the clipboard.
import { downloadBlob, SaveCancelled } from './files.ts';
import type { ExportFormat } from '../export/options.ts';
import { MIME } from '../export/options.ts';

interface WritableHandle {
  name: string;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}
type PickerWindow = Window & { showSaveFilePicker?: (opts: unknown) => Promise<WritableHandle> };

/** What can be delivered: the image formats, and Markdown (a brief). */
export type DeliveryFormat = ExportFormat | 'md';
const DESCRIPTIONS: Record<DeliveryFormat, string> = { png: 'PNG image', svg: 'SVG image', pdf: 'PDF document', md: 'Markdown document' };
const TYPES: Record<DeliveryFormat, string> = { ...MIME, md: 'text/markdown' };

/**
 * Where to save, asked before rendering (the picker needs the click that opened it).
 * Returns a writer; without the File System Access API it downloads under `name`.
 */
export async function chooseDestination(name: string, format: DeliveryFormat): Promise<{ name: string; write(blob: Blob): Promise<void> }> {
  const w = window as PickerWindow;
  if (w.showSaveFilePicker) {
    let handle: WritableHandle;
    try {
      handle = await w.showSaveFilePicker({
        suggestedName: name,
        types: [{ description: DESCRIPTIONS[format], accept: { [TYPES[format]]: [`.${format}`] } }],
      });
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw new SaveCancelled('Save cancelled');
      throw e;
    }
    return {
      name: handle.name,
      async write(blob) {
        const writable = await handle.createWritable();
        await writable.write(blob);
        await writable.close();
      },
    };
  }
  return { name, write: async (blob) => downloadBlob(blob, name) };
}
