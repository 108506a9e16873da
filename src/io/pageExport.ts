// Export → Interactive page (.html): the map as one HTML file that shows it read-only in any
// browser, offline (src/export/interactivePage.ts). Downloaded like the text exports.
import { useEditor } from '../store/store.ts';
import { fileNameFor } from '../model/fileNames.ts';
import { interactivePage } from '../export/interactivePage.ts';
import { loadViewerBundle } from '../export/viewerBundle.ts';
import { downloadBlob } from './files.ts';

export async function exportInteractivePage(): Promise<void> {
  const store = useEditor.getState();
  try {
    const html = interactivePage(await loadViewerBundle(), store.map);
    const name = fileNameFor(store.fileName, store.map.meta.title, '.html');
    downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), name);
    // A text the map only references (supplied this session, or not at all) stays out, as it stays out of the map's file.
    const referenced = (store.map.sources ?? []).filter((s) => s.text === undefined).map((s) => s.title || 'Untitled source');
    store.notify({
      tone: 'info',
      title: `Exported ${name}`,
      details: [
        'One file that opens in any browser, with no network: the map read-only, with its outline, search, evaluation and presentation.',
        ...(referenced.length ? [`Not in the page (the map only references it): ${referenced.join(', ')}.`] : []),
      ],
    });
  } catch (e) {
    store.notify({ tone: 'error', title: 'Could not export the interactive page', details: [(e as Error).message] });
  }
}
