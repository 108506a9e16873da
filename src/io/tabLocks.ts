// Which recovery records are open in some tab: each tab holds a Web Lock named after its
// record while it has that map open. The browser releases it when the tab closes or
// crashes, so a record whose lock is free belongs to no open tab.
const PREFIX = 'argmap-record:';

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

/** Records whose lock some tab holds (this tab's own included). */
export async function recordsInUse(): Promise<Set<string>> {
  const locks = navigator.locks;
  if (!locks) return new Set();
  const { held = [] } = await locks.query();
  return new Set(held.map((l) => l.name ?? '').filter((n) => n.startsWith(PREFIX)).map((n) => n.slice(PREFIX.length)));
}
