// Makes the README screenshots: builds the app, serves it, opens the GSOMIA map in
// headless Chromium and saves docs/gsomia-editor.png (light theme) and
// docs/gsomia-editor-dark.png (the system asks for dark: prefers-color-scheme).
// Usage: npm run screenshot [-- path/to/light.png]
import { build, preview } from 'vite';
import { launchChromium } from './chromium.mjs';

const out = process.argv[2] ?? 'docs/gsomia-editor.png';
const themes = [
  { colorScheme: 'light', path: out },
  { colorScheme: 'dark', path: out.replace(/(\.png)?$/i, '-dark.png') },
];
await build({ logLevel: 'warn' });
const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: true }, logLevel: 'warn' });
const url = server.resolvedUrls.local[0];
const browser = await launchChromium();
try {
  for (const { colorScheme, path } of themes) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1, colorScheme });
    await page.goto(`${url}?example=gsomia-2012`);
    await page.waitForSelector('[data-node-id="claim-main"]');
    await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, colorScheme);
    await page.waitForTimeout(800); // fit-view animation
    // Centre on the main claim at a zoom where node text is readable.
    await page.evaluate(() => {
      const { store, flow } = window.argmap;
      const claim = store.getState().map.nodes.find((n) => n.id === 'claim-main');
      flow.setCenter(claim.position.x + 130, claim.position.y + 260, { zoom: 0.75 });
    });
    await page.waitForTimeout(400);
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
