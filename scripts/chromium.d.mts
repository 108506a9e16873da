import type { Browser } from 'playwright-core';
export const CHROMIUM_ARGS: string[];
export const NO_BROWSER_MESSAGE: string;
export interface FoundChromium {
  executablePath: string;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}
export function findChromium(): Promise<FoundChromium | null>;
export function requireChromium(): Promise<FoundChromium>;
export function launchChromium(): Promise<Browser>;
