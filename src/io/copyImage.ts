// Copy as image, the part loaded on first use: draws the map or the selection with the
// export defaults and tells the user what was copied, or why nothing was.
import { useEditor } from '../store/store.ts';
import { loadExporter } from '../export/lazy.ts';
import { DEFAULT_OPTIONS } from '../export/defaultOptions.ts';
import type { ExportResult } from '../export/exportMap.ts';

export type CopyFormat = 'png' | 'svg';

export interface Rendered extends ExportResult {
  scope: 'all' | 'selection';
}

/** The selection when one is made, else the whole map; PNG at the export's default scale. */
export async function render(format: CopyFormat): Promise<Rendered> {
  const state = useEditor.getState();
  if (!state.map.nodes.length) throw new Error('Nothing to copy: the map is empty.');
  const scope = state.selectedNodeIds.length ? 'selection' : 'all';
  const { exportMap } = await loadExporter();
  const result = await exportMap(
    state.map,
    { ...DEFAULT_OPTIONS, format, scope, evaluation: state.evaluationOn },
    { selection: state.selectedNodeIds },
  );
  return { ...result, scope };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Why a clipboard write failed, in words. */
export function clipboardProblem(e: unknown): string {
  const err = e as Error;
  if (err?.name === 'NotAllowedError')
    return 'The browser refused access to the clipboard. Allow clipboard access for this site, or export a file instead.';
  if (err?.name === 'NotFoundError' || err?.name === 'DataError') return 'The browser cannot put this kind of image on the clipboard.';
  return err?.message || String(e);
}

/** Says what was copied (kind, part of the map, size), or why nothing was. */
export function report(format: CopyFormat, r: PromiseSettledResult<Rendered>, w: PromiseSettledResult<void>): void {
  const { notify } = useEditor.getState();
  if (r.status === 'rejected') {
    notify({ tone: 'warning', title: 'Could not copy the image', details: [(r.reason as Error)?.message || String(r.reason)] });
    return;
  }
  if (w.status === 'rejected') {
    notify({ tone: 'error', title: 'Could not copy the image', details: [clipboardProblem(w.reason)] });
    return;
  }
  const what = r.value.scope === 'selection' ? 'the selection' : 'the map';
  const size = format === 'png' ? ` (${fmt(r.value.width)} × ${fmt(r.value.height)} px)` : '';
  notify({
    tone: 'info',
    title: `Copied ${what} as ${format.toUpperCase()}${size}`,
    details: r.value.notes.length ? r.value.notes : undefined,
  });
}
