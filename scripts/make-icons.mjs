// Draws the app's PNG icons (public/icons/) from public/icons/argmap.svg in headless Chromium:
// 192 and 512 px, and a 512 px "maskable" one (the drawing shrunk into the safe zone, on a full
// blue square, for launchers that cut icons into circles). Run it after changing the SVG:
//
//   node scripts/make-icons.mjs
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const folder = fileURLToPath(new URL('../public/icons/', import.meta.url));
const svg = await readFile(`${folder}argmap.svg`, 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await launchChromium();
try {
  for (const [name, size, maskable] of [
    ['argmap-192.png', 192, false],
    ['argmap-512.png', 512, false],
    ['argmap-maskable-512.png', 512, true],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // Maskable: the safe zone is the middle 80 %; the drawing takes 76 % of it, centred.
    const inner = maskable ? Math.round(size * 0.76) : size;
    await page.setContent(
      `<html><body style="margin:0;background:${maskable ? '#2563eb' : 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">` +
        `<img src="${dataUrl}" width="${inner}" height="${inner}"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: `${folder}${name}`, omitBackground: !maskable });
    await page.close();
    console.log(`public/icons/${name} (${size} × ${size})`);
  }
} finally {
  await browser.close();
}
