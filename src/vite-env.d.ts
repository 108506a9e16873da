/// <reference types="vite/client" />

/** The interactive page's viewer, built (scripts/viewer-bundle.ts: viewerBundlePlugin). */
declare module 'virtual:argmap-viewer' {
  export const viewer: import('./export/interactivePage.ts').ViewerBundle;
}
