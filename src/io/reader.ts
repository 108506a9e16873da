// The file reader (parse, migrate, validate, repair: src/model/format/load.ts) with its
// validator, zod, is loaded on first use, not with the page: every way a map arrives (a
// file, an example, a recovered record, a paste) is asynchronous anyway.
export const loadReader = () => import('../model/format/load.ts');
