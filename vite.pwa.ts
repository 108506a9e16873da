// Argmap as an installable app that works offline (vite-plugin-pwa, Workbox): a web app manifest
// (name, icons, the files it opens) and a service worker that keeps every file of the built app,
// so after the first visit the editor starts with the network off. The page registers the worker
// itself, once it has drawn (src/io/serviceWorker.ts), and a new version waits until the person
// agrees to reload (registerType 'prompt': the worker never takes over on its own).
import { VitePWA } from 'vite-plugin-pwa';

/** The files an installed Argmap opens from the operating system (src/io/launchQueue.ts reads them). */
export const FILE_HANDLERS = [
  {
    action: '/',
    accept: {
      // .argmap.json maps, and AIF (AIFdb, OVA) files, which are JSON too.
      'application/json': ['.json'],
      'text/x-argdown': ['.argdown', '.ad'],
    },
  },
];

export function offlineApp() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      id: '/',
      name: 'Argmap',
      short_name: 'Argmap',
      description: 'An argument-mapping editor: claims, reasons, objections and evidence, drawn, checked and weighed.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#2563eb',
      icons: [
        { src: 'icons/argmap-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/argmap-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/argmap-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/argmap.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
      file_handlers: FILE_HANDLERS,
      // A file opened while Argmap is open goes to the open window (which asks before replacing unsaved work).
      launch_handler: { client_mode: ['focus-existing', 'auto'] },
    },
    workbox: {
      // Everything the build makes: the lazily loaded parts (export, import, panels) and the fonts the exports embed too.
      globPatterns: ['**/*.{js,css,html,woff,woff2,png,svg}'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // The first visit is served by the worker as soon as it is ready, so what loads later works offline too.
      clientsClaim: true,
      // The editor for any address of the app (?example=…, ?room=…), and nothing else: other pages on
      // the same server (the sync server's /health, a file beside the app) still come from the network.
      navigateFallback: 'index.html',
      navigateFallbackAllowlist: [/^\/(?:index\.html)?(?:\?.*)?$/],
      cleanupOutdatedCaches: true,
    },
  });
}
