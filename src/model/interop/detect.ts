// Which format a file is in, from its content first and its name second: an AIF file is
// usually called .json like an Argmap file, and a Kialo export is a plain .txt.
import type { InteropFormat } from './formats.ts';

export type Detected = InteropFormat | 'unknown';

const KIALO_LINE = /^\d+(?:\.\d+)+\.\s+(?:Pro|Con):/m;
const ARGDOWN_MARKS = [
  /^\s*\[[^\]\n]+\]:/m, // [Statement]: text
  /^\s*<[^>\n]+>:?/m, // <Argument>: text
  /^\s*\(\d+\)\s/m, // (1) premise
  /^\s*-{4,}\s*$/m, // ---- inference
  /^\s*(?:<?[+\-_]>?|><)\s+[[<]/m, // relations:  + [A],  <- <B>
  /^===\s*$/m, // front matter
];

function looksLikeAif(doc: unknown): boolean {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return false;
  const d = doc as Record<string, unknown>;
  const inner = d.AIF && typeof d.AIF === 'object' ? (d.AIF as Record<string, unknown>) : d;
  if (!Array.isArray(inner.nodes)) return false;
  return (
    inner.nodes.some((n) => n && typeof n === 'object' && 'type' in n && ('nodeID' in n || 'id' in n)) ||
    (inner.nodes.length === 0 && Array.isArray(inner.edges))
  );
}

export function detectFormat(text: string, fileName = ''): Detected {
  const name = fileName.toLowerCase();
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    // Large files are recognised by their first keys, without parsing them all here (the
    // editor calls this on the main thread; the reader parses in a worker).
    const head = start.slice(0, 100_000);
    if (/^\{\s*"format"\s*:\s*"argmap"/.test(head)) return 'argmap';
    if (start.length > 1_000_000) {
      if (/"format"\s*:\s*"argmap"/.test(head)) return 'argmap';
      if (/"AIF"\s*:\s*\{|"nodeID"\s*:|"fromID"\s*:/.test(head)) return 'aif';
      return 'argmap';
    }
    let doc: unknown;
    try {
      doc = JSON.parse(start);
    } catch {
      // Broken JSON: let the reader the name points to explain what is wrong.
      return name.endsWith('.argdown') || name.endsWith('.ad') ? 'argdown' : 'argmap';
    }
    if (doc && typeof doc === 'object' && (doc as Record<string, unknown>).format === 'argmap') return 'argmap';
    if (looksLikeAif(doc)) return 'aif';
    return 'argmap';
  }
  const head = start.slice(0, 200_000);
  if (/^Discussion Title:/.test(head) || KIALO_LINE.test(head)) return 'kialo';
  if (name.endsWith('.argdown') || name.endsWith('.ad')) return 'argdown';
  if (ARGDOWN_MARKS.some((re) => re.test(head))) return 'argdown';
  return 'unknown';
}
