// What the live region says about comments, written here or by someone else in a room.
import { describeChange, type Snapshot } from '../../src/components/announcements.ts';
import * as comments from '../../src/model/comments.ts';
import { removeElements } from '../../src/model/operations.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { mapOf, node, rel } from '../builders.ts';

const snap = (map: ArgMap): Snapshot => ({ map, evaluationOn: false, pastLength: 0, futureLength: 0, fileName: 'f.json' });
const say = (before: ArgMap, after: ArgMap) => describeChange(snap(before), snap(after));
const by = (author: string, text: string) => ({ author, created: '2026-12-07T09:00:00.000Z', text });

describe('announcements of comments', () => {
  const start = mapOf([node('c', 'claim', 'Cats are good pets'), node('a', 'premise', 'They purr')], [rel('ra', 'a', 'c')]);

  it('says who commented on what, who replied, what was resolved, reopened or deleted', () => {
    const added = comments.addComment(start, 'a', by('Ms Tan', 'Source?'));
    expect(say(start, added.map)).toBe('Comment by Ms Tan on the statement “They purr”.');
    const replied = comments.addReply(added.map, added.id, by('Alex', 'Paragraph 3'));
    expect(say(added.map, replied.map)).toBe('Reply by Alex to Ms Tan.');
    const resolved = comments.setResolved(replied.map, added.id, true);
    expect(say(replied.map, resolved)).toBe('Comment by Ms Tan resolved.');
    expect(say(resolved, comments.setResolved(resolved, added.id, false))).toBe('Comment by Ms Tan reopened.');
    expect(say(resolved, comments.deleteComment(resolved, added.id, 'Ms Tan'))).toBe('Deleted 1 comment.');
    const onMap = comments.addComment(start, undefined, by('Ms Tan', 'Good'));
    expect(say(start, onMap.map)).toBe('Comment by Ms Tan on the whole map.');
  });

  it('deleting a commented statement says the statement went, not that a comment did (it stays)', () => {
    const added = comments.addComment(start, 'a', by('Ms Tan', 'Source?')).map;
    expect(say(added, removeElements(added, ['a']))).toBe('Deleted reason “They purr”.');
  });
});
