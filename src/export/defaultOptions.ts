// What the export dialog starts with, and what options from scripts are completed with.
// Plain values in a file of their own, so the first chunk does not carry options.ts; it
// imports nothing (options.ts, which defines ExportOptions, checks them against it).
export const DEFAULT_OPTIONS = {
  format: 'png',
  scope: 'all',
  scale: 2,
  background: 'white',
  title: false,
  legend: false,
  evaluation: false,
  comments: false,
  padding: 24,
  page: 'fit',
} as const;
