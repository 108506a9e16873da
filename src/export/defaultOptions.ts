// What the export dialog starts with, and what options from scripts are completed with.
import type { ExportOptions } from './options.ts';

export const DEFAULT_OPTIONS: ExportOptions = {
  format: 'png',
  scope: 'all',
  scale: 2,
  background: 'white',
  title: false,
  legend: false,
  evaluation: false,
  padding: 24,
  page: 'fit',
};
