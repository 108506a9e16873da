// What makes Argmap an installed app, started once the editor has drawn (main.tsx, loaded then):
// the service worker that keeps it for offline use and offers updates, and the files the
// operating system hands over.
import { startServiceWorker } from './serviceWorker.ts';
import { startLaunchQueue } from './launchQueue.ts';

export function startInstalledApp(): void {
  startServiceWorker();
  startLaunchQueue();
}
