// The store's scheme actions (store/schemeActions.ts): each one undo step, the raised objection
// selected and in editing, nothing on a view-only link.
import { beforeEach, describe, expect, test } from 'vitest';
import { useEditor, canUndo } from '../../src/store/store.ts';
import { addRolePremise, fillRole, raiseQuestion, setQuestionState, setScheme } from '../../src/store/schemeActions.ts';
import type { RoomState } from '../../src/store/room.ts';
import { mapOf, node, rel, xy } from '../builders.ts';

const S = () => useEditor.getState();
const relOf = (id: string) => S().map.relations.find((r) => r.id === id)!;

beforeEach(() => {
  useEditor.setState(useEditor.getInitialState(), true);
  S().loadMap(
    mapOf(
      [
        node('c', 'claim', 'Schools should start later.'),
        node('p', 'premise', 'The AAP recommends it.', xy(0, 200)),
        node('e', 'evidence', 'A study.', xy(0, 400)),
      ],
      [rel('r', 'p', 'c'), rel('re', 'e', 'p')],
    ),
    'test.argmap.json',
    { saved: true },
  );
});

describe('scheme actions', () => {
  test('set, fill, answer: each one undo step', () => {
    setScheme('r', 'expert-opinion');
    fillRole('r', 'assertion', 'p');
    setQuestionState('r', 'evidence', { status: 'answered', by: 'e' });
    expect(relOf('r').scheme).toEqual({
      scheme: 'expert-opinion',
      roles: { assertion: 'p' },
      questions: { evidence: { status: 'answered', by: 'e' } },
    });
    expect(S().history.past).toHaveLength(3);
    S().undo();
    expect(relOf('r').scheme).toEqual({ scheme: 'expert-opinion', roles: { assertion: 'p' } });
    S().undo();
    S().undo();
    expect(relOf('r').scheme).toBeUndefined();
    expect(canUndo(S())).toBe(false);
  });

  test('raising a question adds the objection, selected and in editing, as one step', () => {
    setScheme('r', 'expert-opinion');
    const id = raiseQuestion('r', 'consistent');
    expect(id).not.toBe('');
    expect(S().selectedNodeIds).toEqual([id]);
    expect(S().editingNodeId).toBe(id);
    expect(S().map.nodes.find((n) => n.id === id)!.text).toBe('Do other experts agree that “Schools should start later”?');
    expect(S().history.past).toHaveLength(2);
    S().undo();
    expect(S().map.nodes.some((n) => n.id === id)).toBe(false);
    expect(relOf('r').scheme).toEqual({ scheme: 'expert-opinion' });
  });

  test('a question that cannot be raised yet says why', () => {
    S().apply(
      mapOf(
        [node('c', 'claim'), node('a'), node('b')],
        [rel('r', 'a', 'c', 'supports', { group: 'g' }), rel('r2', 'b', 'c', 'supports', { group: 'g' })],
      ),
    );
    setScheme('r', 'expert-opinion');
    expect(raiseQuestion('r', 'said')).toBe('');
    expect(S().notices.at(-1)!.title).toMatch(/Choose the statement that fills this premise first/);
  });

  test('adding a premise for a role links it as a co-premise and opens it for editing', () => {
    setScheme('r', 'expert-opinion');
    const id = addRolePremise('r', 'expertise');
    expect(S().editingNodeId).toBe(id);
    expect(relOf('r').group).toBeDefined();
    expect(relOf('r').scheme!.roles).toEqual({ expertise: id });
  });

  test('a view-only link changes nothing', () => {
    const room: RoomState = {
      id: 'x',
      access: 'view',
      status: 'connected',
      ready: true,
      links: { view: '' },
      people: [],
      selfId: 1,
      canUndo: false,
      canRedo: false,
    };
    setScheme('r', 'expert-opinion');
    S().setRoom(room);
    const before = S().map;
    setScheme('r', 'sign');
    fillRole('r', 'assertion', 'p');
    expect(raiseQuestion('r', 'consistent')).toBe('');
    expect(addRolePremise('r', 'expertise')).toBe('');
    expect(S().map).toBe(before);
    expect(S().editingNodeId).toBeNull();
  });
});
