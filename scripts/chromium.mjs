// Finds a Chromium for the browser tests and scripts, and launches it through playwright-core
// (which never downloads a browser). In order: CHROMIUM_PATH, a browser the machine has
// (Debian/Ubuntu Chromium, Google Chrome, Chrome on macOS or Windows), then the headless
// Chromium shipped inside the npm package @sparticuz/chromium (Linux x64/arm64), so
// `npm install && npm test` works on a machine with no browser and no root.
// ARGMAP_BROWSER=packaged skips the machine's browsers (to test with the packaged one).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_BROWSERS = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

export const NO_BROWSER_MESSAGE =
  'No Chromium found. Set CHROMIUM_PATH to a Chromium or Chrome executable, install one ' +
  '(Debian/Ubuntu: apt-get install chromium), or run `npm install` on Linux x64/arm64 to get the packaged one (@sparticuz/chromium).';

/** Where the browser comes from: { executablePath, source } or null when none can be had. */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist. ${NO_BROWSER_MESSAGE}`);
    return { executablePath: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  if (process.env.ARGMAP_BROWSER !== 'packaged') {
    const found = (SYSTEM_BROWSERS[process.platform] ?? []).find((path) => existsSync(path));
    if (found) return { executablePath: found, source: 'system' };
  }
  if (process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')) {
    try {
      const { default: packaged } = await import('@sparticuz/chromium');
      // Unpacks into the temp folder on first use (about 2 s), then reuses it.
      return { executablePath: await packaged.executablePath(), source: '@sparticuz/chromium' };
    } catch {
      return null;
    }
  }
  return null;
}

let found;
/** Finds the browser once per process; throws one clear error when there is none. */
export async function requireChromium() {
  found ??= findChromium();
  const browser = await found;
  if (!browser) throw new Error(NO_BROWSER_MESSAGE);
  return browser;
}

export async function launchChromium() {
  const { executablePath } = await requireChromium();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
