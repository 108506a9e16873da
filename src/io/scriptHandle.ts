// `window.argmap`: a read-mostly handle for browser tests and the export/screenshot
// scripts (they drive the real app, then read the map or set the camera).
export function exposeToScripts(part: Record<string, unknown>) {
  const w = window as unknown as { argmap?: Record<string, unknown> };
  w.argmap = Object.assign(w.argmap ?? {}, part);
}
