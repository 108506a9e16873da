// What the image and slide exports share while they work: progress reports that let the page
// breathe between steps, and cancellation.
export interface Progress {
  /** 0..1 */
  fraction: number;
  stage: string;
}

export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled');
    this.name = 'ExportCancelled';
  }
}

const nextFrame = () =>
  new Promise<void>((resolve) => {
    // requestAnimationFrame does not run in a hidden tab; a timeout still lets the page breathe.
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 0);
  });

/** A reporter: says where the work is, waits a frame, and throws ExportCancelled once `signal` is aborted. */
export function progressReporter(ctx: { onProgress?: (p: Progress) => void; signal?: AbortSignal }) {
  const check = () => {
    if (ctx.signal?.aborted) throw new ExportCancelled();
  };
  const report = async (fraction: number, stage: string) => {
    ctx.onProgress?.({ fraction, stage });
    await nextFrame();
    check();
  };
  return { check, report };
}
