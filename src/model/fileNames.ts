// The file names the editor offers for a map: the one it has before it is saved, and the one
// to save or export it under (the Save command, the Export dialog, the Argdown and AIF exports).

/** The file name of a map that has no file of its own yet (a new map, a map made from a text). */
export const UNTITLED_FILE_NAME = 'untitled.argmap.json';

/**
 * The file name to offer for a map, from its current file name (`UNTITLED_FILE_NAME`, or '',
 * when it has none) and its title. `extension` says what is written: '.argmap.json' saves the
 * map, anything else ('.png', '.argdown', '.aif.json' …) exports it.
 * - Saving keeps the map's own file name. A map without one is named after its title: runs of
 *   anything but a–z and 0–9 become '-', at most 60 characters, 'untitled' when nothing is left.
 * - An export is named after the map's file name without `.argmap.json` / `.json`, or else its
 *   title: runs of anything but a–z, 0–9, '.', '_' and '-' become '-', at most 80 characters,
 *   'argument-map' when nothing is left.
 */
export function fileNameFor(fileName: string, title: string, extension: string): string {
  const hasFile = fileName !== '' && fileName !== UNTITLED_FILE_NAME;
  if (extension === '.argmap.json') {
    if (hasFile) return fileName;
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
    return `${slug || 'untitled'}${extension}`;
  }
  const base = hasFile ? fileName.replace(/(\.argmap)?\.json$/i, '') : title;
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${slug || 'argument-map'}${extension}`;
}
