// Comments (issue 19): the pure operations, what deleting a statement or relation does to its
// comments, copy and paste, and a round trip through the file format.
import {
  addComment,
  addReply,
  commentsOn,
  deleteComment,
  editText,
  openCommentCounts,
  setResolved,
  targetLabel,
} from '../../src/model/comments.ts';
import { removeElements } from '../../src/model/operations.ts';
import { copyFragment, parseFragment, pasteFragment } from '../../src/model/fragment.ts';
import { loadMapJson } from '../../src/model/format/load.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { builders } from '../builders.ts';

const { node, rel, mapOf } = builders({ frozen: true });
const T0 = '2026-12-07T09:00:00.000Z';
const T1 = '2026-12-07T09:05:00.000Z';
const teacher = (text: string, created = T0) => ({ author: 'Ms Tan', created, text });
const student = (text: string, created = T1) => ({ author: 'Alex', created, text });

const base = () =>
  mapOf(
    [node('c', 'claim', 'Schools should start later'), node('a', 'premise', 'Teenagers sleep late'), node('o', 'objection', 'Buses')],
    [rel('ra', 'a', 'c'), rel('ro', 'o', 'c', 'opposes')],
  );

/** The map after a chain of operations that each return { map, id }. */
const withComment = (map: ArgMap, target: string | undefined, text: string) => {
  const r = addComment(map, target, teacher(text));
  expect(r.id).not.toBe('');
  return r;
};

describe('comments: adding, replying, editing, resolving, deleting', () => {
  it('adds a comment on a statement, on a relation and on the whole map, with author, time and fresh ids', () => {
    const start = base();
    const one = withComment(start, 'a', 'Is this a premise or evidence?');
    const two = withComment(one.map, 'ra', 'Why does this support it?');
    const three = withComment(two.map, undefined, 'Good start.');
    const comments = three.map.comments!;
    expect(comments).toEqual([
      { id: one.id, author: 'Ms Tan', created: T0, text: 'Is this a premise or evidence?', target: 'a' },
      { id: two.id, author: 'Ms Tan', created: T0, text: 'Why does this support it?', target: 'ra' },
      { id: three.id, author: 'Ms Tan', created: T0, text: 'Good start.' },
    ]);
    expect(new Set([one.id, two.id, three.id, 'c', 'a', 'o', 'ra', 'ro']).size).toBe(8);
    expect(start).not.toHaveProperty('comments');
    // Nodes and relations keep their identity: nothing else re-renders.
    expect(three.map.nodes).toBe(start.nodes);
    expect(three.map.relations).toBe(start.relations);
  });

  it('refuses blank text, and a target that is not in the map makes a comment on the whole map', () => {
    const start = base();
    expect(addComment(start, 'a', teacher('   \n'))).toEqual({ map: start, id: '' });
    const stray = addComment(start, 'nowhere', teacher(' trimmed '));
    expect(stray.map.comments![0]).not.toHaveProperty('target');
    expect(stray.map.comments![0]!.text).toBe('trimmed');
  });

  it('replies at the end of a thread; a reply to a missing comment, or a blank one, changes nothing', () => {
    const { map, id } = withComment(base(), 'a', 'Source?');
    const r1 = addReply(map, id, student('Paragraph 3.'));
    const r2 = addReply(r1.map, id, teacher('Thanks', T1));
    expect(r2.map.comments![0]!.replies).toEqual([
      { id: r1.id, author: 'Alex', created: T1, text: 'Paragraph 3.' },
      { id: r2.id, author: 'Ms Tan', created: T1, text: 'Thanks' },
    ]);
    expect(addReply(r2.map, 'nope', student('x'))).toEqual({ map: r2.map, id: '' });
    expect(addReply(r2.map, id, student(' '))).toEqual({ map: r2.map, id: '' });
  });

  it('edits only the author’s own comment or reply, and not to blank text', () => {
    const { map, id } = withComment(base(), 'a', 'Soruce?');
    const replied = addReply(map, id, student('Paragraph 3'));
    const fixed = editText(replied.map, id, 'Source?', 'Ms Tan');
    expect(fixed.comments![0]!.text).toBe('Source?');
    expect(editText(fixed, id, 'Hijacked', 'Alex')).toBe(fixed);
    expect(editText(fixed, id, '  ', 'Ms Tan')).toBe(fixed);
    expect(editText(fixed, id, 'Source?', 'Ms Tan')).toBe(fixed);
    const reply = editText(fixed, replied.id, 'Paragraph 4', 'Alex');
    expect(reply.comments![0]!.replies![0]!.text).toBe('Paragraph 4');
    expect(editText(reply, replied.id, 'no', 'Ms Tan')).toBe(reply);
    expect(editText(reply, 'missing', 'x', 'Ms Tan')).toBe(reply);
  });

  it('resolves and reopens (anyone may); the same state twice changes nothing', () => {
    const { map, id } = withComment(base(), 'a', 'Source?');
    const resolved = setResolved(map, id, true);
    expect(resolved.comments![0]!.resolved).toBe(true);
    expect(setResolved(resolved, id, true)).toBe(resolved);
    const reopened = setResolved(resolved, id, false);
    expect(reopened.comments![0]).not.toHaveProperty('resolved');
    expect(setResolved(reopened, 'missing', true)).toBe(reopened);
  });

  it('deletes the author’s own comment with its replies, or one reply; the last comment gone leaves no empty list', () => {
    const { map, id } = withComment(base(), 'a', 'Source?');
    const replied = addReply(map, id, student('Paragraph 3'));
    expect(deleteComment(replied.map, id, 'Alex')).toBe(replied.map);
    const noReply = deleteComment(replied.map, replied.id, 'Alex');
    expect(noReply.comments![0]).not.toHaveProperty('replies');
    expect(deleteComment(noReply, id, 'Ms Tan')).not.toHaveProperty('comments');
    expect(deleteComment(replied.map, replied.id, 'Ms Tan')).toBe(replied.map);
  });

  it('lists the comments on a target and counts the open ones per statement or relation', () => {
    let map = withComment(base(), 'a', 'one').map;
    const second = withComment(map, 'a', 'two');
    map = setResolved(second.map, second.id, true);
    map = withComment(map, 'ra', 'three').map;
    map = withComment(map, undefined, 'four').map;
    expect(commentsOn(map, 'a').map((c) => c.text)).toEqual(['one', 'two']);
    expect(commentsOn(map, undefined).map((c) => c.text)).toEqual(['four']);
    expect([...openCommentCounts(map.comments)]).toEqual([
      ['a', 1],
      ['ra', 1],
    ]);
    expect(targetLabel(map, 'a')).toBe('the statement “Teenagers sleep late”');
    expect(targetLabel(map, 'ra')).toBe('the relation (supports) from “Teenagers sleep late” to “Schools should start later”');
    expect(targetLabel(map, undefined)).toBe('the whole map');
  });
});

describe('comments when what they are on is deleted', () => {
  it('a deleted statement’s comments stay, on the whole map, saying what they were on; so do those of its relations', () => {
    let map = withComment(base(), 'a', 'On the premise').map;
    map = withComment(map, 'ra', 'On its link').map;
    map = withComment(map, 'o', 'On the objection').map;
    const after = removeElements(map, ['a']);
    expect(after.comments!.map((c) => [c.text, c.target, c.wasOn])).toEqual([
      ['On the premise', undefined, 'the statement “Teenagers sleep late”'],
      ['On its link', undefined, 'the relation (supports) from “Teenagers sleep late” to “Schools should start later”'],
      ['On the objection', 'o', undefined],
    ]);
    for (const c of after.comments!.slice(0, 2)) expect(c).not.toHaveProperty('target');
  });

  it('deleting a relation alone detaches only its comments; a delete that touches no commented thing keeps the array', () => {
    let map = withComment(base(), 'ro', 'Weak objection').map;
    map = withComment(map, 'c', 'Claim').map;
    const noLink = removeElements(map, [], ['ro']);
    expect(noLink.comments![0]!.wasOn).toMatch(/^the relation \(opposes\) from “Buses”/);
    expect(noLink.comments![1]!.target).toBe('c');
    const untouched = removeElements(withComment(base(), 'c', 'Claim').map, [], ['ra']);
    expect(untouched.comments![0]!.target).toBe('c');
  });

  it('a map without comments gets no comments field from a delete', () => {
    expect(removeElements(base(), ['a'])).not.toHaveProperty('comments');
  });
});

describe('comments and copy/paste', () => {
  it('pasted statements carry no comments, and a fragment that brings some is read without them', () => {
    const map = withComment(base(), 'a', 'Source?').map;
    const fragment = copyFragment(map, ['a', 'c']);
    expect(fragment).not.toHaveProperty('comments');
    const pasted = pasteFragment(map, fragment, { x: 40, y: 40 });
    expect(pasted.map.comments).toBe(map.comments);
    const hostile = parseFragment(
      JSON.stringify({ ...fragment, comments: [{ id: 'x', author: 'a', created: T0, text: 'sneaky' }] }),
      loadMapJson,
    );
    expect(hostile).not.toBeNull();
    expect(hostile).not.toHaveProperty('comments');
  });
});

describe('comments in files', () => {
  it('save → open gives back the comments, a detached one with what it was on', () => {
    let map = withComment(base(), 'a', 'Source?').map;
    map = addReply(map, map.comments![0]!.id, student('Paragraph 3')).map;
    map = withComment(map, 'o', 'Objection to what?').map;
    map = setResolved(map, map.comments![0]!.id, true);
    map = removeElements(map, ['o']);
    const loaded = loadMapJson(JSON.parse(serializeMap(map)));
    expect(loaded.ok && loaded.repairs).toEqual([]);
    expect(loaded.ok && loaded.map).toEqual(map);
  });

  it('the reader keeps what a hand-edited comment was on, and drops it when the comment has a target', () => {
    const file = JSON.parse(serializeMap(base()));
    file.comments = [
      { id: 'k1', author: 'A', created: T0, text: 'x', wasOn: 'the statement “Gone”', extra: 1 },
      { id: 'k2', author: 'A', created: T0, text: 'y', target: 'a', wasOn: 'stale' },
    ];
    const loaded = loadMapJson(file);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.map.comments![0]!.wasOn).toBe('the statement “Gone”');
    const saved = JSON.parse(serializeMap(loaded.map));
    expect(saved.comments[1]).toEqual({ id: 'k2', author: 'A', created: T0, text: 'y', target: 'a' });
  });
});

describe('comments in the outline’s Markdown', () => {
  it('are left out by default; asked for, each statement names its comments and a section lists them', async () => {
    const { outlineToMarkdown } = await import('../../src/model/outlineMarkdown.ts');
    let map = withComment(base(), 'a', 'Is this *evidence*?').map;
    map = addReply(map, map.comments![0]!.id, student('No, a reason')).map;
    map = withComment(map, 'ro', 'Weak').map;
    map = setResolved(map, map.comments![1]!.id, true);
    map = withComment(map, undefined, 'Good start').map;
    expect(outlineToMarkdown(map)).toBe(outlineToMarkdown(base()));
    const text = outlineToMarkdown(map, undefined, { comments: true });
    expect(text).toContain('- **+ Premise:** Teenagers sleep late \\[1\\]');
    expect(text).toContain('- **− Objection:** Buses \\[2\\]');
    expect(text).toContain(
      [
        '## Comments (3)',
        '',
        '1. **Ms Tan**, 2026-12-07, on the statement “Teenagers sleep late”: Is this \\*evidence\\*?',
        '   - **Alex**, 2026-12-07: No, a reason',
        '2. **Ms Tan**, 2026-12-07, on the relation (opposes) from “Buses” to “Schools should start later”, resolved: Weak',
        '3. **Ms Tan**, 2026-12-07, on the whole map: Good start',
      ].join('\n'),
    );
  });
});
