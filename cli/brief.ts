// `argmap brief`: a debater's brief for one side of a statement (the main claim unless --target
// names another), with buildBrief (src/model/brief/, docs/brief.md), as Markdown or PDF.
//
//   npm run brief -- maps/gsomia-2012.json --side for --out docs/briefs/gsomia-for.md
//   npx argmap brief map.json --side against --format pdf --out against.pdf
//
// Exit code: 0 written, 1 the map could not be read, has no such statement, or the file was not written, 2 bad usage.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { eachArg, readArgs, UsageError } from './args.ts';
import { loadMap } from './loadMap.ts';
import { buildBrief } from '../src/model/brief/build.ts';
import { briefMarkdown } from '../src/model/brief/markdown.ts';
import { schemeQuestions } from '../src/model/brief/questions.ts';
import { BRIEF_SIDES, type BriefSide } from '../src/model/brief/types.ts';
import { MAX_IMPORT_CHARS } from '../src/model/interop/types.ts';
import type { ArgMap } from '../src/model/types.ts';
import { covers, facesFor, parseUnicodeRange, toBase64, type FontFaceSource, type TtfFont } from '../src/export/fonts.ts';
import { woffToSfnt } from '../src/export/woff.ts';

const FORMATS = ['md', 'pdf'] as const;
type BriefFormat = (typeof FORMATS)[number];

export const HELP = `Usage: npm run brief -- MAP --side for|against [--target ID] [--format md|pdf] [--out FILE]
       npx argmap brief MAP --side for|against [--target ID] [--format md|pdf] [--out FILE]

Writes a debater's brief from an Argmap JSON map (the rules: docs/brief.md): the case for or
against a statement, strongest first; for each point the attacks to expect and the map's
answers; what the other side will say; and the weak points, attacks with no answer in the map.
Every statement comes with its id and the passage it cites (section, paragraph, quote).

Options:
  --side SIDE     for or against (required)
  --target ID     the statement the brief is about (default: the map's main claim)
  --format FMT    md (Markdown, the default) or pdf (A4, in the Inter font); a FILE ending in
                  .pdf means pdf
  --out FILE      write the brief to FILE (default: stdout; a PDF needs --out)
  -h, --help      this text

Maps over ${MAX_IMPORT_CHARS / 1024 / 1024} MB are refused.`;

export function parseArgs(argv: string[]) {
  const opts = {
    map: '',
    side: undefined as BriefSide | undefined,
    target: undefined as string | undefined,
    format: undefined as BriefFormat | undefined,
    out: undefined as string | undefined,
    help: false,
  };
  eachArg(argv, (flag, take, arg) => {
    switch (flag) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '--side': {
        const s = take().trim().toLowerCase();
        if (!(BRIEF_SIDES as readonly string[]).includes(s)) throw new UsageError(`Unknown side "${s}": use for or against.`);
        opts.side = s as BriefSide;
        break;
      }
      case '--target':
        opts.target = take();
        break;
      case '--format': {
        const f = take().trim().toLowerCase();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`Unknown format "${f}": use md or pdf.`);
        opts.format = f as BriefFormat;
        break;
      }
      case '--out':
        opts.out = take();
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg} (see --help).`);
        if (opts.map) throw new UsageError('Name one map (see --help).');
        opts.map = arg;
    }
  });
  if (opts.help) return opts;
  if (!opts.map) throw new UsageError('Name the map to write the brief from (see --help).');
  if (!opts.side) throw new UsageError('Choose a side: --side for or --side against (see --help).');
  opts.format ??= opts.out?.toLowerCase().endsWith('.pdf') ? 'pdf' : 'md';
  if (opts.format === 'pdf' && !opts.out) throw new UsageError('A PDF brief needs --out FILE.');
  return opts;
}

/** The bundled Inter subsets (@fontsource, as the editor bundles them) that `text` needs, as TrueType. */
export async function interFonts(text: string): Promise<TtfFont[]> {
  const require = createRequire(import.meta.url);
  const faces: FontFaceSource[] = [];
  for (const weight of [400, 600] as const) {
    const cssPath = require.resolve(`@fontsource/inter/${weight}.css`);
    const css = await readFile(cssPath, 'utf8');
    for (const rule of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const body = rule[1]!;
      if (!/font-style:\s*normal/.test(body)) continue;
      const woff = /url\(([^)]+\.woff)\)\s*format\(['"]woff['"]\)/.exec(body)?.[1];
      const unicodeRange = /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim() ?? 'U+0-10FFFF';
      if (woff) faces.push({ weight, ranges: parseUnicodeRange(unicodeRange), unicodeRange, woff: join(dirname(cssPath), woff) });
    }
  }
  // Latin first: it is the default family, the others hold what Latin lacks (as fonts.ts orders them).
  const needed = facesFor(faces, text).sort((a, b) => Number(covers(b.ranges, 0x41)) - Number(covers(a.ranges, 0x41)));
  return Promise.all(
    needed.map(async (f) => {
      const file = await readFile(f.woff!);
      const woff = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
      return { weight: f.weight, ranges: f.ranges, data: toBase64(await woffToSfnt(woff)) };
    }),
  );
}

export async function run(argv: string[]): Promise<number> {
  const opts = readArgs(argv, parseArgs, HELP);
  if (typeof opts === 'number') return opts;
  let map: ArgMap;
  try {
    map = await loadMap(opts.map);
  } catch (e) {
    process.stderr.write(`✗ ${opts.map}: ${(e as Error).message}
`);
    return 1;
  }
  let brief;
  try {
    brief = buildBrief(map, {
      side: opts.side!,
      questions: schemeQuestions,
      ...(opts.target === undefined ? {} : { target: opts.target }),
    });
  } catch (e) {
    process.stderr.write(`✗ ${opts.map}: ${(e as Error).message}\n`);
    return 1;
  }
  let output: string | Uint8Array;
  if (opts.format === 'pdf') {
    const { renderBriefPdf } = await import('../src/export/briefPdf.ts');
    output = new Uint8Array(await renderBriefPdf(brief, interFonts));
  } else output = briefMarkdown(brief);
  if (!opts.out) {
    process.stdout.write(output);
    return 0;
  }
  try {
    await writeFile(opts.out, output);
  } catch (e) {
    process.stderr.write(`✗ ${opts.out}: not written (${(e as Error).message}).\n`);
    return 1;
  }
  process.stderr.write(
    `Brief ${brief.side} ${brief.mainClaim ? 'the main claim' : `"${brief.target.id}"`} of ${opts.map} written to ${opts.out}.\n`,
  );
  return 0;
}
