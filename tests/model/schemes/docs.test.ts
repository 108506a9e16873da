// docs/schemes.md lists the catalogue as it is: one table row per scheme, written from the data.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SCHEMES, type Scheme } from '../../../src/model/schemes/catalogue.ts';

const doc = readFileSync(new URL('../../../docs/schemes.md', import.meta.url), 'utf8');
const SIDE = { support: 'for', attack: 'against', both: 'for or against' };

/** The row docs/schemes.md has for a scheme: roles with their forms, the conclusion, the questions with role labels for placeholders. */
export function docRow(s: Scheme): string {
  const roles = s.roles.map((r) => `*${r.label}*: ${r.template}`).join('<br>');
  const label = (key: string) => (key === 'conclusion' ? '{conclusion}' : `{${s.roles.find((r) => r.id === key)!.label.toLowerCase()}}`);
  const questions = s.questions
    .map((q) => `${q.text.replace(/“\{([a-z-]+)\}”/g, (_, key: string) => label(key))} (${q.attacks})`)
    .join('<br>');
  return `| ${s.name} | \`${s.id}\` | ${s.aifName}${s.inAifdb ? '' : ' (Argmap only)'} | ${SIDE[s.side]} | ${roles}<br>**So:** ${s.conclusion} | ${questions} |`;
}

test('docs/schemes.md has every scheme of the catalogue, as the catalogue has it, and no other', () => {
  for (const s of SCHEMES) expect(doc, s.id).toContain(docRow(s));
  const rows = doc.split('\n').filter((line) => /^\| [^|]+ \| `[a-z-]+` \|/.test(line));
  expect(rows).toHaveLength(SCHEMES.length);
  expect(doc).toContain(`holds ${SCHEMES.length} schemes`);
});
