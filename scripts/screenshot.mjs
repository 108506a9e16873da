// Makes the README screenshot: builds the app, serves it, opens the GSOMIA map in
// headless Chromium and saves docs/gsomia-editor.png. Usage: npm run screenshot
import { build, preview } from 'vite';
import { launchChromium } from './chromium.mjs';

const out = process.argv[2] ?? 'docs/gsomia-editor.png';
await build({ logLevel: 'warn' });
const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: true }, logLevel: 'warn' });
const url = server.resolvedUrls.local[0];
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${url}?example=gsomia-2012`);
  await page.waitForSelector('[data-node-id="claim-main"]');
  await page.waitForTimeout(800); // fit-view animation
  // Centre on the main claim at a zoom where node text is readable.
  await page.evaluate(() => {
    const { store, flow } = window.argmap;
    const claim = store.getState().map.nodes.find((n) => n.id === 'claim-main');
    flow.setCenter(claim.position.x + 130, claim.position.y + 260, { zoom: 0.75 });
  });
  await page.waitForTimeout(400);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
