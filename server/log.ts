// One line per event, never map content: what happened, when, and a few plain fields.
export type Log = (event: string, fields?: Record<string, string | number>) => void;

export const consoleLog: Log = (event, fields = {}) => {
  const rest = Object.entries(fields)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  console.log(`${new Date().toISOString()} ${event}${rest ? ` ${rest}` : ''}`);
};
