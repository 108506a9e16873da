// The interactive page's viewer, for the Export dialog: built with the app
// (scripts/viewer-bundle.ts fills `virtual:argmap-viewer`) into a chunk of its own, fetched
// from the app's own origin the first time someone exports a page, never with the editor.
import type { ViewerBundle } from './interactivePage.ts';

export const loadViewerBundle = (): Promise<ViewerBundle> => import('virtual:argmap-viewer').then((m) => m.viewer);
