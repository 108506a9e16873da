#!/usr/bin/env node
// `argmap`, the command-line program: `argmap export …`, `argmap convert …`, `argmap --help`.
// The program is TypeScript (cli/main.ts) and imports the editor's own modules; Node 20 cannot
// run TypeScript, so this launcher runs it through Vite's module runner. The runner stays open
// until cli/main.ts has finished, which is when the subcommand has done its work.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
await runnerImport(fileURLToPath(new URL('../cli/main.ts', import.meta.url)), { root, logLevel: 'silent' });
