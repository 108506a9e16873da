// `argmap export --to html`: the interactive page (src/export/interactivePage.ts), made without
// a browser or a server: the map file is read and checked as the editor opens a file, then put in
// one HTML file with the viewer. The viewer is built on first use (a few seconds, said on
// stderr) and kept in node_modules/.cache/argmap-viewer/ until the sources change
// (scripts/viewer-bundle.ts).
import { parseMapText } from '../src/model/format/load.ts';
import { interactivePage, type ViewerBundle } from '../src/export/interactivePage.ts';
import { viewerBundle } from '../scripts/viewer-bundle.ts';

/** The viewer, built first if the sources changed since it was last built. */
export async function loadViewer(): Promise<ViewerBundle> {
  let started = 0;
  const viewer = await viewerBundle(() => {
    started = Date.now();
    process.stderr.write('Building the interactive page viewer (first use, or the sources changed)… ');
  });
  if (started) process.stderr.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return viewer;
}

/** The page for one map file's text, or why the file cannot be one. */
export function pageForMap(text: string, viewer: ViewerBundle): { html: string; repairs: string[] } | { error: string } {
  const loaded = parseMapText(text);
  return loaded.ok ? { html: interactivePage(viewer, loaded.map), repairs: loaded.repairs } : { error: loaded.error };
}
