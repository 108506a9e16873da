// The README and docs/*.md link to each other, to files in the repository and to headings
// (`file.md#anchor`). This keeps those links working: every relative link must point at a file
// or folder that exists, and every anchor into a Markdown file must match one of its headings,
// slugged as GitHub does. Links in code (fenced blocks, `inline code`) are not links.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = join(ROOT, 'docs');
const FILES = [
  join(ROOT, 'README.md'),
  ...readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(DOCS, f)),
];

/** GitHub's heading ids (github-slugger): lower case, punctuation and symbols dropped, spaces to hyphens. */
function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link or image shows its text
    .replace(/<[^>]+>/g, ''); // HTML tags are not text
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** The lines of a Markdown file outside fenced code blocks (``` or ~~~). */
function outsideCode(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) fence = fence === null ? marker : null;
    else if (fence === null) lines.push(line);
  }
  return lines;
}

/** The ids of a Markdown file's headings, numbered as GitHub numbers repeated ones (x, x-1, x-2). */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const ids = new Set<string>();
  for (const line of outsideCode(readFileSync(file, 'utf8'))) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ids.add(n === 0 ? base : `${base}-${n}`);
  }
  return ids;
}

/** Every link target in a Markdown file: inline links and images, and reference definitions. */
function linksOf(file: string): string[] {
  const targets: string[] = [];
  for (const full of outsideCode(readFileSync(file, 'utf8'))) {
    const line = full.replace(/(`+)(?:(?!\1).)+?\1/g, '``'); // no links in inline code
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]!);
    const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/.exec(line);
    if (definition) targets.push(definition[1]!);
  }
  return targets;
}

/** What is wrong with one link from `file`, or null when it works. External links are not checked. */
function problemWith(file: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto:, …
  const hash = target.indexOf('#');
  const path = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
  const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
  const linked = path === '' ? file : resolve(dirname(file), path);
  if (!existsSync(linked)) return `${target}: no such file`;
  if (anchor !== null && linked.endsWith('.md') && !anchorsOf(linked).has(anchor)) {
    return `${target}: no heading "#${anchor}" in ${relative(ROOT, linked)}`;
  }
  return null;
}

describe('links in the README and docs/', () => {
  it('slugs headings as GitHub does', () => {
    expect(slug('Initial JavaScript (`npm run bench:bundle`)')).toBe('initial-javascript-npm-run-benchbundle');
    expect(slug('Robustness, in figures')).toBe('robustness-in-figures');
    expect(slug('AIF (AIFdb, OVA)')).toBe('aif-aifdb-ova');
    expect(slug('Japan–South Korea: *the pact*')).toBe('japansouth-korea-the-pact');
    expect(slug('[The rule](evaluation.md) in_short')).toBe('the-rule-in_short');
  });

  it.each(FILES.map((f) => [relative(ROOT, f), f]))('%s: every relative link and anchor leads somewhere', (_name, file) => {
    const links = linksOf(file);
    expect(links.map((t) => problemWith(file, t)).filter((p) => p !== null)).toEqual([]);
  });

  it('the README links to every file in docs/', () => {
    const linked = new Set(linksOf(join(ROOT, 'README.md')).map((t) => resolve(ROOT, decodeURIComponent(t.split('#')[0]!))));
    const orphans = FILES.slice(1)
      .filter((f) => !linked.has(f))
      .map((f) => relative(ROOT, f));
    expect(orphans).toEqual([]);
  });
});
