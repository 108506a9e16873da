// Exporting the map as Argdown or AIF JSON (the export dialog's text formats).
import { useEditor } from '../store/store.ts';
import { FORMAT_LABELS } from '../model/interop/formats.ts';
import { fileNameFor } from '../model/fileNames.ts';
import { downloadBlob } from './files.ts';

export type TextExportFormat = 'argdown' | 'aif';

const EXTENSIONS: Record<TextExportFormat, string> = { argdown: '.argdown', aif: '.aif.json' };

/** Downloads the map as Argdown or AIF JSON; the writers load on first use. */
export async function exportText(format: TextExportFormat): Promise<void> {
  const store = useEditor.getState();
  try {
    const text =
      format === 'argdown'
        ? (await import('../model/interop/argdown.ts')).writeArgdown(store.map)
        : (await import('../model/interop/aif.ts')).writeAif(store.map);
    const name = fileNameFor(store.fileName, store.map.meta.title, EXTENSIONS[format]);
    downloadBlob(new Blob([text], { type: format === 'aif' ? 'application/json' : 'text/plain' }), name);
    const lost =
      format === 'argdown'
        ? 'positions, relation weights, collapsed, focus and comments'
        : 'notes, sources, marks, relation weights, collapsed, focus and comments';
    store.notify({ tone: 'info', title: `Exported ${name}`, details: [`${FORMAT_LABELS[format]}: not carried: ${lost}.`] });
  } catch (e) {
    store.notify({ tone: 'error', title: `Could not export ${FORMAT_LABELS[format]}`, details: [(e as Error).message] });
  }
}
