// Copy as image (Ctrl+Shift+C): the whole map or the selection as PNG or SVG on the system
// clipboard, drawn by the exporter. The clipboard is written at once, within the key press or
// click (Safari needs that), with the image still being drawn: ClipboardItem takes promises.
// Rendering and the notices live in copyImage.ts, loaded on first use; this file is in the
// first chunk, so it imports only a type from there.
import type { CopyFormat } from './copyImage.ts';

export const canCopyImages = () => typeof ClipboardItem !== 'undefined' && !!navigator.clipboard?.write;

/**
 * Writes an image to the clipboard. PNG as image/png; SVG as image/svg+xml where the browser
 * takes it, and always as text/plain (its markup), which editors, chats and slides accept.
 */
export function writeImage(format: CopyFormat, image: Promise<Blob>): Promise<void> {
  if (!canCopyImages()) return Promise.reject(new Error('This browser cannot copy images to the clipboard; export a file instead.'));
  const types: Record<string, Promise<Blob>> = {};
  if (format === 'png') types['image/png'] = image;
  else {
    if (ClipboardItem.supports?.('image/svg+xml')) types['image/svg+xml'] = image;
    types['text/plain'] = image.then(async (b) => new Blob([await b.text()], { type: 'text/plain' }));
  }
  return navigator.clipboard.write([new ClipboardItem(types)]);
}

/** The command: copies the selection if there is one, the whole map otherwise, and says what it did. */
export function copyImage(format: CopyFormat): void {
  const work = import('./copyImage.ts');
  const rendered = work.then((m) => m.render(format));
  const written = writeImage(
    format,
    rendered.then((r) => r.blob),
  );
  // Settled at once, so no rejection goes unhandled while the module loads.
  const done = Promise.allSettled([rendered, written]);
  void work.then((m) => done.then(([r, w]) => m.report(format, r, w)));
}
