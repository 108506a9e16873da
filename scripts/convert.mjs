// Converts maps between Argmap, Argdown, AIF JSON and (reading only) Kialo exports, with
// the editor's own readers and writers (src/model/interop), run through Vite's module
// runner because Node 20 cannot run TypeScript. The work is in convert-cli.ts.
//
//   npm run convert -- debates/ --to argmap --out out/
//   npm run convert -- maps/gsomia-2012.json --to argdown,aif --out out/
//
// Exit code: 0 all converted, 1 some file failed (the others are still converted), 2 bad usage.
import { runnerImport } from 'vite';

await runnerImport(new URL('./convert-cli.ts', import.meta.url).pathname, { logLevel: 'silent' });
