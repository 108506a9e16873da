// Which recovery records are open in some tab: each tab holds a Web Lock named after its
// record while it has that map open. The browser releases it when the tab closes or
// crashes, so a record whose lock is free belongs to no open tab. A tab also holds a shared
// lock named after its file, so opening a file another tab has open can be told.
const PREFIX = 'argmap-record:';
const FILE_PREFIX = 'argmap-file:';

export interface Lease {
  release(): void;
}

const NO_LOCKS: Lease = { release() {} };

/**
 * Takes the lock of a record. `waitMs` 0: only if free now; otherwise waits that long (a
 * reloading tab's old page may still hold it for a moment). Resolves null if not obtained.
 */
export function claimRecord(id: string, waitMs = 0): Promise<Lease | null> {
  const locks = navigator.locks;
  if (!locks) return Promise.resolve(NO_LOCKS);
  return new Promise((resolve) => {
    const controller = new AbortController();
    const timer = waitMs > 0 ? setTimeout(() => controller.abort(), waitMs) : undefined;
    const options: LockOptions = waitMs > 0 ? { signal: controller.signal } : { ifAvailable: true };
    locks
      .request(PREFIX + id, options, (lock) => {
        clearTimeout(timer);
        if (!lock) {
          resolve(null);
          return undefined;
        }
        // Held until released: the promise the lock waits on.
        return new Promise<void>((release) => resolve({ release: () => release() }));
      })
      .catch(() => resolve(null));
  });
}

let fileLease: { name: string; release(): void } | null = null;

/** Marks `fileName` as open in this tab (shared: any number of tabs may hold it). */
export function holdFileName(fileName: string) {
  const locks = navigator.locks;
  if (fileLease?.name === fileName) return;
  fileLease?.release();
  fileLease = null;
  if (!locks) return;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  fileLease = { name: fileName, release };
  void locks.request(FILE_PREFIX + fileName, { mode: 'shared' }, () => held).catch(() => undefined);
}

/** Is a file of this name open in another tab? (This tab's own file name does not count.) */
export async function fileOpenElsewhere(fileName: string): Promise<boolean> {
  const locks = navigator.locks;
  if (!locks) return false;
  const { held = [] } = await locks.query();
  const holders = held.filter((l) => l.name === FILE_PREFIX + fileName).length;
  return holders > (fileLease?.name === fileName ? 1 : 0);
}

/** Records whose lock some tab holds (this tab's own included). */
export async function recordsInUse(): Promise<Set<string>> {
  const locks = navigator.locks;
  if (!locks) return new Set();
  const { held = [] } = await locks.query();
  return new Set(
    held
      .map((l) => l.name ?? '')
      .filter((n) => n.startsWith(PREFIX))
      .map((n) => n.slice(PREFIX.length)),
  );
}
