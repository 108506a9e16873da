// Regenerates schema/argmap.schema.json, the published JSON Schema of the file format,
// from the zod FileSchema in src/model/format/schema.ts. tests/model/json-schema.test.ts
// fails until the committed file matches.
//
//   npm run schema   (runs this file through Vite's module runner: Node 20 cannot strip types)
// or through the test:
//   UPDATE_SCHEMA=1 npx vitest run --project unit tests/model/json-schema.test.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileJsonSchema } from '../src/model/format/schema.ts';

const target = new URL('../schema/argmap.schema.json', import.meta.url);
mkdirSync(new URL('./', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(fileJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
