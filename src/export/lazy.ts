// The exporter is loaded on first use (it brings jsPDF along), so the editor starts fast.
import type { ScriptExportOptions } from './exportMap.ts';
import type { CanvasLimits } from './png.ts';

export const loadExporter = () => import('./exportMap.ts');

/** `window.argmap.exportMap(fileText, options)`: what the command line calls in the page (images, and slides: format slides-pdf or pptx). */
export async function exportMapForScripts(fileText: string, options: ScriptExportOptions, testing?: { limits?: CanvasLimits }) {
  return (await loadExporter()).exportMapText(fileText, options, testing);
}
