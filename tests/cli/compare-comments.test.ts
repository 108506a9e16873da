// The comparison report lists the submission's comments: who wrote what, on which statement
// (and the key statement it was matched to), resolved or open, with the replies; in the
// comparison itself (plain data), in the Markdown and the HTML report, escaped; and through
// `argmap compare --report` as a teacher runs it.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareMaps } from '../../src/model/compare/compare.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import { removeElements } from '../../src/model/operations.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { htmlReport, markdownReport, type Grade } from '../../cli/compare.ts';
import { EXAMPLE_KEY, EXAMPLE_STUDENT } from '../model/compare-fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const T = '2026-12-07T09:00:00.000Z';

/** The worked example's student map with a teacher's feedback and the student's answers. */
function commentedStudent(): ArgMap {
  const map: ArgMap = structuredClone(EXAMPLE_STUDENT);
  map.meta.title = 'Alice';
  map.comments = [
    {
      id: 'k1',
      target: 's2',
      author: 'Ms Tan',
      created: T,
      text: 'Good paraphrase.',
      resolved: true,
      replies: [{ id: 'k1r', author: 'Alice', created: '2026-12-08T10:00:00.000Z', text: 'Thanks!' }],
    },
    { id: 'k2', target: 's8', author: 'Ms Tan', created: T, text: 'Where is this in the text? <b>not bold</b> & *not em*' },
    { id: 'k3', target: 't3', author: 'Alice', created: T, text: 'Is this an objection or an undercut?' },
    { id: 'k4', target: 's7', author: 'Ms Tan', created: T, text: 'Merge with the one above?' },
  ];
  // A statement the student deleted after the teacher commented on it: the comment stays.
  return removeElements(map, ['s7']);
}

const gradeOf = (submission: ArgMap): Grade => ({
  file: 'alice.json',
  title: submission.meta.title,
  comparison: compareMaps(EXAMPLE_KEY, submission),
  counts: { correct: 0, wrongKind: 0, reversed: 0, extra: 0, missing: 0 },
});

describe('the submission’s comments in a comparison', () => {
  test('each comment with its author, text, resolved, what it is on and the key statement that was matched', () => {
    const { comments } = compareMaps(EXAMPLE_KEY, commentedStudent());
    expect(comments.map((c) => [c.id, c.subject, c.submissionId, c.keyId, c.resolved])).toEqual([
      ['k1', 'statement', 's2', 'p1', true],
      ['k2', 'statement', 's8', undefined, false],
      ['k3', 'relation', 't3', undefined, false],
      ['k4', 'map', undefined, undefined, false],
    ]);
    expect(comments[0]).toMatchObject({
      author: 'Ms Tan',
      text: 'Good paraphrase.',
      on: 'on the statement “Cooperation between the two allies moves US relations beyond hub and spokes.”',
      replies: [{ author: 'Alice', created: '2026-12-08T10:00:00.000Z', text: 'Thanks!' }],
    });
    expect(comments[3]!.on).toBe('was on the statement “Japan has never offered an official apology and compensation.”, since deleted');
    expect(compareMaps(EXAMPLE_KEY, EXAMPLE_STUDENT).comments).toEqual([]);
  });

  test('the Markdown report has a Comments section, escaped; a map without comments has none', () => {
    const text = markdownReport(gradeOf(commentedStudent()), 'key.json');
    const section = text.slice(text.indexOf('## Comments (4)'));
    expect(section.split('\n').slice(0, 7)).toEqual([
      '## Comments (4)',
      '',
      '1. **Ms Tan**, 2026-12-07, on the statement “Cooperation between the two allies moves US relations beyond hub and spokes.” (key statement p1), resolved: Good paraphrase.',
      '   - **Alice**, 2026-12-08: Thanks\\!',
      '2. **Ms Tan**, 2026-12-07, on the statement “Both countries face the threat of North Korea.” (not in the key), open: Where is this in the text? \\<b\\>not bold\\</b\\> \\& \\*not em\\*',
      '3. **Alice**, 2026-12-07, on the relation (opposes) from “Unless both countries deal with their historical legacy, the gains will not com…” to “Closer defence ties through GSOMIA could advance relations in Northeast Asia.”, open: Is this an objection or an undercut?',
      '4. **Ms Tan**, 2026-12-07, was on the statement “Japan has never offered an official apology and compensation.”, since deleted, open: Merge with the one above?',
    ]);
    expect(markdownReport(gradeOf(EXAMPLE_STUDENT), 'key.json')).not.toContain('## Comments');
  });

  test('the HTML report has the same section, every comment’s words escaped', () => {
    const page = htmlReport(gradeOf(commentedStudent()), 'key.json');
    expect(page).toContain('<h2>Comments (4)</h2>');
    expect(page).toContain(
      '<li><span class="c">Ms Tan, 2026-12-07, on the statement “Both countries face the threat of North Korea.” (not in the key), open:</span> Where is this in the text? &lt;b&gt;not bold&lt;/b&gt; &amp; *not em*</li>',
    );
    expect(page).toContain('<ul><li><span class="c">Alice, 2026-12-08:</span> Thanks!</li></ul>');
    expect(page).not.toContain('<b>not bold</b>');
    expect(htmlReport(gradeOf(EXAMPLE_STUDENT), 'key.json')).not.toContain('Comments');
  });
});

describe('npm run compare with comments', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'argmap-compare-comments-'));
    await writeFile(join(dir, 'key.json'), serializeMap(EXAMPLE_KEY));
    await writeFile(join(dir, 'alice.json'), serializeMap(commentedStudent()));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('the report file written for a submission lists its comments', async () => {
    const code = await new Promise<number>((resolve) =>
      execFile(
        process.execPath,
        ['bin/argmap.mjs', 'compare', join(dir, 'key.json'), join(dir, 'alice.json'), '--report', join(dir, 'reports')],
        { cwd: root, timeout: 60_000 },
        (error) => resolve(error ? ((error as { code?: number }).code ?? 1) : 0),
      ),
    );
    expect(code).toBe(0);
    const report = await readFile(join(dir, 'reports', 'alice.md'), 'utf8');
    expect(report).toContain('## Comments (4)');
    expect(report).toContain('**Alice**, 2026-12-07, on the relation (opposes)');
  });
});
