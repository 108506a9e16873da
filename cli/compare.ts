// `argmap compare`: grades a class, each student's map against the teacher's key, with the
// compare engine (src/model/compare, docs/grading.md): a table of scores (or a CSV file), and a
// report per student listing the differences.
//
//   npm run compare -- key.json class/ --csv grades.csv --report reports/
//   npx argmap compare key.json alice.json bob.json --report reports/ --format html
//
// Exit code: 0 all graded, 1 some file failed (the others are still graded), 2 bad usage.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { eachArg, expandFolders, readArgs, UsageError } from './args.ts';
import { loadMap } from './loadMap.ts';
import { compareMaps } from '../src/model/compare/compare.ts';
import type { Comparison, ReportComment, Score } from '../src/model/compare/types.ts';
import { MAX_IMPORT_CHARS } from '../src/model/interop/types.ts';
import type { ArgMap } from '../src/model/types.ts';

const FORMATS = ['md', 'html'] as const;
type ReportFormat = (typeof FORMATS)[number];

export const HELP = `Usage: npm run compare -- KEY <submission | folder>... [--csv FILE] [--report DIR] [--format md|html]
       npx argmap compare KEY <submission | folder>... [--csv FILE] [--report DIR] [--format md|html]

Grades students' argument maps against the teacher's key (the rules: docs/grading.md).
KEY and the submissions are Argmap JSON files.

Options:
  --csv FILE      write the grades to FILE, a row per submission (default: a table on stdout)
  --report DIR    write a report per submission to DIR: its scores and its differences
  --format FMT    the reports' format: md (Markdown, the default) or html (a page of its own)
  -h, --help      this text

A folder stands for the .json files in it (not its subfolders). A file that cannot be read
is reported by name and skipped; the others are still graded (exit code 1). Files over
${MAX_IMPORT_CHARS / 1024 / 1024} MB are refused.`;

export function parseArgs(argv: string[]) {
  const opts = {
    key: '',
    inputs: [] as string[],
    csv: undefined as string | undefined,
    report: undefined as string | undefined,
    format: 'md' as ReportFormat,
    help: false,
  };
  eachArg(argv, (flag, take, arg) => {
    switch (flag) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '--csv':
        opts.csv = take();
        break;
      case '--report':
        opts.report = take();
        break;
      case '--format': {
        const f = take().trim().toLowerCase();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`Unknown report format "${f}": use md or html.`);
        opts.format = f as ReportFormat;
        break;
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg} (see --help).`);
        if (!opts.key) opts.key = arg;
        else opts.inputs.push(arg);
    }
  });
  if (!opts.help && !opts.key) throw new UsageError('Name the key and at least one submission (see --help).');
  if (!opts.help && !opts.inputs.length) throw new UsageError('Name at least one submission, a file or a folder (see --help).');
  return opts;
}

/** What a submission's row holds: the scores, and the verdicts counted over statements and relations. */
export interface Grade {
  file: string;
  title: string;
  comparison: Comparison;
  counts: { correct: number; wrongKind: number; reversed: number; extra: number; missing: number };
}

function grade(file: string, key: ArgMap, submission: ArgMap): Grade {
  const comparison = compareMaps(key, submission);
  const counts = { correct: 0, wrongKind: 0, reversed: 0, extra: 0, missing: 0 };
  for (const v of comparison.statements) counts[v.verdict]++;
  for (const v of comparison.relations) counts[v.verdict]++;
  return { file, title: submission.meta.title, comparison, counts };
}

const num = (n: number | null) => (n === null ? '' : n.toFixed(3));
const triple = (s: Score) => [num(s.precision), num(s.recall), num(s.f1)];

const COLUMNS = [
  'file',
  'title',
  'statements P',
  'statements R',
  'statements F1',
  'relations P',
  'relations R',
  'relations F1',
  'kinds P',
  'kinds R',
  'kinds F1',
  'kappa statement kinds',
  'kappa relation kinds',
  'combined',
  'correct',
  'wrong kind',
  'reversed',
  'extra',
  'missing',
];

function rowOf({ file, title, comparison: { scores }, counts }: Grade): string[] {
  return [
    file,
    title,
    ...triple(scores.statements),
    ...triple(scores.relations),
    ...triple(scores.kinds),
    num(scores.kappa.statementKinds),
    num(scores.kappa.relationKinds),
    num(scores.combined),
    ...[counts.correct, counts.wrongKind, counts.reversed, counts.extra, counts.missing].map(String),
  ];
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
/** A title is the student's text: one that a spreadsheet would run as a formula starts with a quote mark instead. */
const inert = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

export function toCsv(grades: Grade[]): string {
  const rows = grades.map(rowOf).map(([file, title, ...rest]) => [inert(file!), inert(title!), ...rest]);
  return [COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A single line, so that a title cannot break the table. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function toTable(grades: Grade[]): string {
  const head = ['file', 'title', 'stmt F1', 'rel F1', 'kind F1', 'κ stmt', 'κ rel', 'combined', 'differences'];
  const rows = grades.map(({ file, title, comparison: c }) => {
    const s = c.scores;
    const cut = oneLine(title);
    return [
      file,
      cut.length > 30 ? `${cut.slice(0, 29)}…` : cut,
      num(s.statements.f1),
      num(s.relations.f1),
      num(s.kinds.f1),
      num(s.kappa.statementKinds) || '–',
      num(s.kappa.relationKinds) || '–',
      num(s.combined),
      String(c.differences.length),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

/** The scores as rows of a report: layer, P, R, F1. */
function scoreRows(c: Comparison): string[][] {
  const s = c.scores;
  return [
    ['statements', ...triple(s.statements)],
    ['relations', ...triple(s.relations)],
    ['kinds', ...triple(s.kinds)],
  ];
}

function summaryRows(g: Grade): [string, string][] {
  const s = g.comparison.scores;
  const k = g.counts;
  return [
    ['κ statement kinds', num(s.kappa.statementKinds) || '–'],
    ['κ relation kinds', num(s.kappa.relationKinds) || '–'],
    ['combined', num(s.combined)],
    ['correct', String(k.correct)],
    ['wrong kind', String(k.wrongKind)],
    ['reversed', String(k.reversed)],
    ['extra', String(k.extra)],
    ['missing', String(k.missing)],
  ];
}

/** Any ASCII punctuation can be backslash-escaped in CommonMark: these would otherwise format, link or break a table. */
const md = (s: string) => oneLine(s).replace(/[\\`*_[\]<>|&#~!]/g, '\\$&');

export function markdownReport(g: Grade, keyFile: string): string {
  const out = [
    `# ${md(g.title) || 'Untitled map'}`,
    '',
    `Submission \`${oneLine(g.file).replace(/`/g, "'")}\`, graded against \`${oneLine(keyFile).replace(/`/g, "'")}\`.`,
    '',
    '| layer | precision | recall | F1 |',
    '|---|---:|---:|---:|',
    ...scoreRows(g.comparison).map((r) => `| ${r.join(' | ')} |`),
    '',
    '| | |',
    '|---|---:|',
    ...summaryRows(g).map((r) => `| ${r.join(' | ')} |`),
    '',
    `## Differences (${g.comparison.differences.length})`,
    '',
  ];
  if (!g.comparison.differences.length) out.push('None: this map is the key.');
  g.comparison.differences.forEach((d, i) => out.push(`${i + 1}. ${md(d.message)}`));
  const comments = g.comparison.comments;
  if (comments.length) {
    out.push('', `## Comments (${comments.length})`, '');
    comments.forEach((c, i) => {
      out.push(
        `${i + 1}. **${md(c.author) || 'Unknown'}**${day(c.created)}, ${md(c.on)}${keyNote(c)}, ${c.resolved ? 'resolved' : 'open'}: ${md(c.text)}`,
      );
      for (const r of c.replies) out.push(`   - **${md(r.author) || 'Unknown'}**${day(r.created)}: ${md(r.text)}`);
    });
  }
  return out.join('\n') + '\n';
}

/** ", 2026-12-07": the day a comment was written, as the file has it; nothing for a time that is not one. */
const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? `, ${iso.slice(0, 10)}` : '');
/** Which key statement the commented one was matched to. */
const keyNote = (c: ReportComment) => (c.keyId ? ` (key statement ${c.keyId})` : c.subject === 'statement' ? ' (not in the key)' : '');

const html = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const CSS = `body{font:15px/1.5 system-ui,sans-serif;color:#1f2328;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.25rem}.meta{color:#59636e;margin-top:0}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d1d9e0;padding:.25rem .6rem}
th{background:#f6f8fa;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
ol li{margin:.3rem 0}.v{display:inline-block;min-width:6.5rem;font-size:.8rem;color:#59636e}
.c{font-size:.85rem;color:#59636e}ol ul{margin:.2rem 0;padding-left:1.2rem;list-style:none}`;

const VERDICT_LABEL = { wrongKind: 'wrong kind', reversed: 'reversed', extra: 'extra', missing: 'missing' } as const;

export function htmlReport(g: Grade, keyFile: string): string {
  const title = g.title.trim() || 'Untitled map';
  const cells = (r: string[]) =>
    `<tr><th>${html(r[0]!)}</th>${r
      .slice(1)
      .map((c) => `<td class="n">${html(c)}</td>`)
      .join('')}</tr>`;
  const differences = g.comparison.differences.length
    ? `<ol>\n${g.comparison.differences
        .map((d) => `<li><span class="v">${html(`${d.subject}, ${VERDICT_LABEL[d.verdict]}`)}</span> ${html(d.message)}</li>`)
        .join('\n')}\n</ol>`
    : '<p>None: this map is the key.</p>';
  const comments = g.comparison.comments;
  const commentItems = comments
    .map((c) => {
      const replies = c.replies.length
        ? `<ul>${c.replies.map((r) => `<li><span class="c">${html((r.author || 'Unknown') + day(r.created))}:</span> ${html(r.text)}</li>`).join('')}</ul>`
        : '';
      const head = `${c.author || 'Unknown'}${day(c.created)}, ${c.on}${keyNote(c)}, ${c.resolved ? 'resolved' : 'open'}`;
      return `<li><span class="c">${html(head)}:</span> ${html(c.text)}${replies}</li>`;
    })
    .join('\n');
  const commentSection = comments.length ? `\n<h2>Comments (${comments.length})</h2>\n<ol>\n${commentItems}\n</ol>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${html(title)}: grading report</title>
<style>
${CSS}
</style>
</head>
<body>
<h1>${html(title)}</h1>
<p class="meta">Submission <code>${html(g.file)}</code>, graded against <code>${html(keyFile)}</code>.</p>
<table>
<tr><th>layer</th><th>precision</th><th>recall</th><th>F1</th></tr>
${scoreRows(g.comparison).map(cells).join('\n')}
</table>
<table>
${summaryRows(g).map(cells).join('\n')}
</table>
<h2>Differences (${g.comparison.differences.length})</h2>
${differences}${commentSection}
</body>
</html>
`;
}

const baseName = (path: string) => basename(path).replace(/(\.argmap)?\.json$/i, '') || 'map';

export async function run(argv: string[]): Promise<number> {
  const opts = readArgs(argv, parseArgs, HELP);
  if (typeof opts === 'number') return opts;
  let key: ArgMap;
  try {
    key = await loadMap(opts.key);
  } catch (e) {
    process.stderr.write(`✗ ${opts.key} (the key): ${(e as Error).message}\n`);
    return 1;
  }
  const files = await expandFolders(opts.inputs, (name) => /\.json$/i.test(name));
  if (opts.report) {
    try {
      await mkdir(opts.report, { recursive: true });
    } catch (e) {
      process.stderr.write(`✗ ${opts.report}: no folder for the reports (${(e as Error).message}).\n`);
      return 1;
    }
  }
  const grades: Grade[] = [];
  const written = new Set<string>();
  let failed = 0;
  for (const file of files) {
    let submission: ArgMap;
    try {
      submission = await loadMap(file);
    } catch (e) {
      failed++;
      process.stderr.write(`✗ ${file}: ${(e as Error).message}\n`);
      continue;
    }
    const g = grade(file, key, submission);
    grades.push(g);
    if (opts.report) {
      const ext = opts.format === 'html' ? '.html' : '.md';
      let name = `${baseName(file)}${ext}`;
      for (let i = 2; written.has(name); i++) name = `${baseName(file)}-${i}${ext}`;
      written.add(name);
      try {
        await writeFile(join(opts.report, name), opts.format === 'html' ? htmlReport(g, opts.key) : markdownReport(g, opts.key));
      } catch (e) {
        failed++;
        process.stderr.write(`✗ ${file}: its report was not written (${(e as Error).message}).\n`);
      }
    }
  }
  if (opts.csv) {
    try {
      await writeFile(opts.csv, toCsv(grades));
    } catch (e) {
      process.stderr.write(`✗ ${opts.csv}: not written (${(e as Error).message}).\n`);
      return 1;
    }
  } else if (grades.length) process.stdout.write(toTable(grades));
  if (!files.length) process.stderr.write('No submissions to grade.\n');
  const where = [opts.csv && `grades in ${opts.csv}`, opts.report && `reports in ${opts.report}`].filter(Boolean).join(', ');
  process.stdout.write(`${grades.length} of ${files.length} submission(s) graded${where ? `: ${where}` : ''}.\n`);
  return failed || !files.length ? 1 : 0;
}
