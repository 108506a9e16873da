// The exporter is loaded on first use (it brings jsPDF along), so the editor starts fast.
import type { ExportOptions } from './options.ts';
import type { CanvasLimits } from './png.ts';

export const loadExporter = () => import('./exportMap.ts');

/** `window.argmap.exportMap(fileText, options)`: what the command line calls in the page. */
export async function exportMapForScripts(fileText: string, options: Partial<ExportOptions>, testing?: { limits?: CanvasLimits }) {
  return (await loadExporter()).exportMapText(fileText, options, testing);
}
