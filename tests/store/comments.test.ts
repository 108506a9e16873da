// The comment actions (store/commentActions.ts): each one undo step, with the time of the
// clock; deleting a commented statement and undoing it gives the comment back to it; a
// view-only room adds nothing.
import { vi } from 'vitest';
import { useEditor, initialState, isDirty } from '../../src/store/store';
import { addComment, deleteComment, editComment, replyTo, resolveComment } from '../../src/store/commentActions';
import { builders } from '../builders.ts';
import type { RoomState } from '../../src/store/room.ts';

const { node, rel, mapOf } = builders();
const S = () => useEditor.getState();

beforeEach(() => {
  useEditor.setState(initialState());
  S().loadMap(mapOf([node('c', 'claim', 'Claim'), node('a', 'premise', 'Reason')], [rel('ra', 'a', 'c')]), 'test.argmap.json', {
    saved: true,
  });
});
afterEach(() => vi.useRealTimers());

/** `act` is exactly one undo step: undo gives back the map from before, redo the one after. */
function expectOneStep(act: () => void) {
  const before = S().map;
  const past = S().history.past.length;
  act();
  const after = S().map;
  expect(after).not.toBe(before);
  expect(S().history.past).toHaveLength(past + 1);
  S().undo();
  expect(S().map).toBe(before);
  S().redo();
  expect(S().map).toBe(after);
}

describe('comment actions', () => {
  it('add, reply, edit, resolve and delete are each one undo step, timed by the clock, and make the map unsaved', () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T09:00:00Z'), toFake: ['Date'] });
    let id = '';
    expectOneStep(() => (id = addComment('a', 'Source?', 'Ms Tan')));
    expect(S().map.comments).toEqual([{ id, target: 'a', author: 'Ms Tan', created: '2026-12-07T09:00:00.000Z', text: 'Source?' }]);
    expect(isDirty(S())).toBe(true);
    let reply = '';
    expectOneStep(() => (reply = replyTo(id, 'Paragraph 3', 'Alex')));
    expectOneStep(() => editComment(reply, 'Paragraph 4', 'Alex'));
    expectOneStep(() => resolveComment(id, true));
    expect(S().map.comments![0]).toMatchObject({ resolved: true, replies: [{ id: reply, text: 'Paragraph 4', author: 'Alex' }] });
    expectOneStep(() => deleteComment(id, 'Ms Tan'));
    expect(S().map).not.toHaveProperty('comments');
  });

  it('what changes nothing records nothing: blank text, someone else’s comment, a missing one', () => {
    const id = addComment(undefined, 'Overall fine', 'Ms Tan');
    const past = S().history.past.length;
    expect(addComment('a', '  ', 'Ms Tan')).toBe('');
    editComment(id, 'Changed by another', 'Alex');
    deleteComment(id, 'Alex');
    resolveComment('missing', true);
    expect(S().history.past).toHaveLength(past);
    expect(S().map.comments![0]!.text).toBe('Overall fine');
  });

  it('deleting a commented statement keeps the comment on the whole map; undo puts it back on the statement', () => {
    const id = addComment('a', 'Source?', 'Ms Tan');
    S().select(['a']);
    S().deleteSelection();
    expect(S().map.comments![0]).toMatchObject({ id, wasOn: 'the statement “Reason”' });
    expect(S().map.comments![0]).not.toHaveProperty('target');
    S().undo();
    expect(S().map.comments![0]).toEqual(expect.objectContaining({ id, target: 'a' }));
    expect(S().map.comments![0]).not.toHaveProperty('wasOn');
  });

  it('a view-only room adds nothing and returns no id', () => {
    const room: RoomState = {
      id: 'r',
      access: 'view',
      status: 'connected',
      ready: true,
      links: { view: 'v' },
      people: [],
      selfId: 1,
      canUndo: false,
      canRedo: false,
    };
    S().setRoom(room);
    const before = S().map;
    expect(addComment('a', 'Hello', 'Viewer')).toBe('');
    expect(S().map).toBe(before);
    S().setRoom(null);
  });
});
