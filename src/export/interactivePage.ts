// The interactive page: one self-contained HTML file that shows a map read-only in any current
// browser, opened from an e-mail, a learning platform or a USB stick, with no network. It holds
// the viewer (src/viewer, built into one script and one style sheet: scripts/viewer-bundle.ts)
// and the map as its file holds it. Used by the Export dialog and `argmap export --to html`.
//
// What the map's text can never do here: the map is JSON in a data block (type
// application/json, never run), with <, >, & and the two JavaScript line breaks written as
// \u escapes, so no text closes the element or reads as markup; the viewer shows text as text
// (React, never innerHTML); and the page's Content-Security-Policy runs only the viewer's own
// script (by its hash) and loads nothing from anywhere (default-src 'none').
import type { ArgMap } from '../model/types.ts';
import { toMapFile } from '../model/format/save.ts';
import { escapeXml } from './escape.ts';

/** The id of the data block that holds the map; the viewer reads it from there. */
export const MAP_ELEMENT_ID = 'argmap-data';

/** The built viewer: what a page needs besides the map. */
export interface ViewerBundle {
  /** The script, as it goes between <script type="module"> and </script>. */
  script: string;
  /** The style sheet, fonts inlined. */
  style: string;
  /** The script's CSP source ('sha256-…'), the only script the page lets run. */
  scriptHash: string;
}

/** What could end a <script> or <style> element early, or change how its end is found. */
const ELEMENT_BREAKERS = /<\/script|<!--|<script|<\/style/i;

/** JSON as the content of a <script type="application/json"> element: no character in it is markup. */
export function jsonForDataBlock(json: string): string {
  // Outside strings JSON has none of these characters, and inside them \uXXXX means the same.
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const ICON =
  'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%232563eb%22/%3E%3Cpath d=%22M8 3v10M3 8h10%22 stroke=%22white%22 stroke-width=%222%22/%3E%3C/svg%3E';

/** The page's Content-Security-Policy: the viewer's script and inline styles, fonts and images from data: URLs, nothing else. */
export const pagePolicy = (scriptHash: string) =>
  `default-src 'none'; script-src '${scriptHash}'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'`;

/** The whole page, as text (UTF-8). */
export function interactivePage(viewer: ViewerBundle, map: ArgMap): string {
  if (ELEMENT_BREAKERS.test(viewer.script) || /<\/style/i.test(viewer.style))
    throw new Error('The viewer bundle holds text that would end its element early: rebuild it (scripts/viewer-bundle.ts).');
  const title = escapeXml(map.meta.title.trim() || 'Argument map');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${pagePolicy(viewer.scriptHash)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Argmap">
<title>${title}</title>
<link rel="icon" href="${ICON}">
<style>${viewer.style}</style>
</head>
<body>
<div id="root"><noscript><p style="padding:1em">This page shows an argument map, “${title}”. It needs JavaScript, which this browser has turned off.</p></noscript></div>
<script type="application/json" id="${MAP_ELEMENT_ID}">${jsonForDataBlock(JSON.stringify(toMapFile(map)))}</script>
<script type="module">${viewer.script}</script>
</body>
</html>
`;
}
