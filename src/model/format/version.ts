// The format's name and current version, on their own so that writing a file (save.ts) and
// the editor's start do not pull in the schema and its validator (zod), which load with the
// reader on first use.
export const FORMAT_NAME = 'argmap';
export const FORMAT_VERSION = 4;
