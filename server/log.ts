// One line per event, never map content: what happened, when, and a few plain fields.
export type Log = (event: string, fields?: Record<string, string | number>) => void;

export const consoleLog: Log = (event, fields = {}) => {
  const rest = Object.entries(fields)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  console.log(`${new Date().toISOString()} ${event}${rest ? ` ${rest}` : ''}`);
};

/**
 * Hocuspocus reports refused or broken connections with console.error and a stack trace;
 * route those through the log as one line each (the message only, cut short).
 */
export function oneLineLibraryErrors(log: Log = consoleLog): void {
  const line = (...args: unknown[]) =>
    log('error', {
      message: args
        .map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a)))
        .join(' ')
        .replace(/\s+/g, ' ')
        .slice(0, 300),
    });
  console.error = line;
  console.warn = line;
}
