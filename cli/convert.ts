// `argmap convert`: maps between Argmap, Argdown, AIF JSON and (reading only) Kialo exports,
// with the editor's own readers and writers (src/model/interop): arguments, files in and out,
// a line per file.
//
//   npm run convert -- debates/ --to argmap --out out/
//   npx argmap convert maps/gsomia-2012.json --to argdown,aif --out out/
//
// Exit code: 0 all converted, 1 some file failed (the others are still converted), 2 bad usage.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { eachArg, expandFolders, listOf, readArgs, UsageError } from './args.ts';
import { importText } from '../src/model/interop/import.ts';
import { writeArgdown } from '../src/model/interop/argdown.ts';
import { writeAif } from '../src/model/interop/aif.ts';
import { serializeMap } from '../src/model/format/save.ts';
import { FORMAT_LABELS, MAX_IMPORT_CHARS, tooLarge } from '../src/model/interop/types.ts';
import type { ArgMap } from '../src/model/types.ts';

const TARGETS = ['argmap', 'argdown', 'aif'] as const;
type Target = (typeof TARGETS)[number];
const EXTENSION: Record<Target, string> = { argmap: '.argmap.json', argdown: '.argdown', aif: '.aif.json' };
const WRITE: Record<Target, (map: ArgMap) => string> = { argmap: serializeMap, argdown: writeArgdown, aif: (map) => writeAif(map) };
const READABLE = /\.(json|argdown|ad|txt)$/i;

export const HELP = `Usage: npm run convert -- <file | folder>... --to FORMAT[,FORMAT] [--out DIR]
       npx argmap convert <file | folder>... --to FORMAT[,FORMAT] [--out DIR]

Converts argument maps between formats, with the editor's own readers and writers.

Reads (recognised by content, not only by name):
  Argmap JSON (.json), Argdown (.argdown, .ad), AIF JSON from AIFdb or OVA (.json),
  Kialo discussion exports (.txt)
Writes:
  argmap    Argmap JSON (.argmap.json)
  argdown   Argdown text (.argdown)
  aif       AIF JSON in OVA's file shape, with AIFdb's node and edge lists (.aif.json)

Options:
  --to LIST     argmap, argdown, aif, or several: argdown,aif (required)
  --out DIR     folder for the converted files (default: out/)
  --quiet       one line per file, without the import report
  -h, --help    this text

A folder stands for the .json, .argdown, .ad and .txt files in it (not its subfolders).
A file that cannot be read is reported by name and skipped; the others are still
converted (exit code 1). Files over ${MAX_IMPORT_CHARS / 1024 / 1024} MB are refused.`;

export function parseArgs(argv: string[]) {
  const opts = { inputs: [] as string[], targets: [] as Target[], out: 'out', quiet: false, help: false };
  eachArg(argv, (flag, take, arg) => {
    switch (flag) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '--to':
        for (const t of listOf(take())) {
          if (!(TARGETS as readonly string[]).includes(t)) throw new UsageError(`Unknown format "${t}": use argmap, argdown or aif.`);
          if (!opts.targets.includes(t as Target)) opts.targets.push(t as Target);
        }
        break;
      case '--out':
        opts.out = take();
        break;
      case '--quiet':
        opts.quiet = true;
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg} (see --help).`);
        opts.inputs.push(arg);
    }
  });
  if (!opts.help && !opts.inputs.length) throw new UsageError('Name at least one file or folder to convert (see --help).');
  if (!opts.help && !opts.targets.length) throw new UsageError('Say which format to write with --to argmap, argdown or aif (see --help).');
  return opts;
}

const baseName = (path: string) => basename(path).replace(/(\.argmap|\.aif)?\.(json|argdown|ad|txt)$/i, '') || 'map';

export async function run(argv: string[]): Promise<number> {
  const opts = readArgs(argv, parseArgs, HELP);
  if (typeof opts === 'number') return opts;
  const files = await expandFolders(opts.inputs, (name) => READABLE.test(name));
  await mkdir(opts.out, { recursive: true });
  const written = new Set<string>();
  let failed = 0;
  for (const file of files) {
    const fail = (why: string) => {
      failed++;
      process.stderr.write(`✗ ${file}: ${why}\n`);
    };
    try {
      const info = await stat(file);
      if (!info.isFile()) {
        fail('not a file.');
        continue;
      }
      // Refused before reading: a huge file would take memory and time for nothing.
      const refusal = tooLarge(info.size);
      if (refusal) {
        fail(refusal);
        continue;
      }
      const text = await readFile(file, 'utf8');
      const { format, result } = await importText(text, basename(file));
      if (!result.ok) {
        fail(result.error);
        continue;
      }
      const outputs: string[] = [];
      for (const target of opts.targets) {
        let name = `${baseName(file)}${EXTENSION[target]}`;
        for (let i = 2; written.has(name); i++) name = `${baseName(file)}-${i}${EXTENSION[target]}`;
        written.add(name);
        await writeFile(join(opts.out, name), WRITE[target](result.map));
        outputs.push(join(opts.out, name));
      }
      const from = format === 'unknown' ? 'unknown' : FORMAT_LABELS[format];
      process.stdout.write(`✓ ${file} (${from}, ${result.map.nodes.length} nodes) → ${outputs.join(', ')}\n`);
      if (!opts.quiet) for (const line of result.report.slice(0, 20)) process.stdout.write(`    ${line}\n`);
      if (!opts.quiet && result.report.length > 20) process.stdout.write(`    … ${result.report.length - 20} more report lines\n`);
    } catch (e) {
      fail((e as Error).message);
    }
  }
  if (!files.length) process.stderr.write('No files to convert.\n');
  process.stdout.write(`${files.length - failed} of ${files.length} file(s) converted.\n`);
  return failed || !files.length ? 1 : 0;
}
