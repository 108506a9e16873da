// The store in a shared room, through its seam (src/store/room.ts), with a recording fake room:
// changes are handed on (drags as gesture frames), undo goes to the room, remote maps are shown
// without being recorded, and a view-only or not-yet-ready room changes nothing.
import { initialState, useEditor, canUndo, hasUnsavedWork } from '../../src/store/store';
import { setRoomSync, type RoomState } from '../../src/store/room';
import type { ArgMap } from '../../src/model/types';
import type { TextCaret } from '../../src/model/textEdit';
import { generateMap } from '../../testkit/generate';

const S = () => useEditor.getState();
const room = (patch: Partial<RoomState> = {}): RoomState => ({
  id: 'r',
  access: 'edit',
  status: 'connected',
  ready: true,
  links: { view: '' },
  people: [],
  selfId: 1,
  canUndo: false,
  canRedo: false,
  ...patch,
});

let pushed: { map: ArgMap; gesture: boolean; caret?: TextCaret }[];
let calls: string[];

beforeEach(() => {
  useEditor.setState(initialState());
  S().loadMap(generateMap(10, 3), 'm.json');
  pushed = [];
  calls = [];
  setRoomSync({
    push: (map, gesture, caret) => pushed.push({ map, gesture, ...(caret ? { caret } : {}) }),
    endGesture: () => calls.push('endGesture'),
    undo: () => calls.push('undo'),
    redo: () => calls.push('redo'),
  });
});
afterEach(() => setRoomSync(null));

describe('store in a room', () => {
  it('hands every change to the room, drag frames as one gesture', () => {
    S().setRoom(room());
    const id = S().map.nodes[0]!.id;
    S().updateNode(id, { text: 'typed' });
    expect(pushed).toEqual([{ map: S().map, gesture: false }]);
    S().dragNodes({ [id]: { x: 1, y: 1 } });
    S().dragNodes({ [id]: { x: 2, y: 2 } });
    S().endGesture();
    expect(pushed.slice(1).map((p) => p.gesture)).toEqual([true, true]);
    expect(calls).toEqual(['endGesture']);
  });

  it('text typed in a room is sent key by key with its caret, one gesture until the edit ends', () => {
    S().setRoom(room());
    const id = S().map.nodes[0]!.id;
    S().typeText(id, 'a', 1);
    S().typeText(id, 'ab', 2);
    S().endGesture();
    expect(pushed.map((p) => [p.gesture, p.caret])).toEqual([
      [true, { nodeId: id, at: 1 }],
      [true, { nodeId: id, at: 2 }],
    ]);
    expect(S().map.nodes[0]!.text).toBe('ab');
    expect(calls).toEqual(['endGesture']);
  });

  it('the statement being typed in is deleted by someone else: the text comes back as a new statement, still edited, and a notice says so', () => {
    S().setRoom(room());
    const node = S().map.nodes[1]!;
    S().startEditing(node.id);
    S().receiveMap({ ...S().map, nodes: S().map.nodes.filter((n) => n.id !== node.id) });
    // Nothing typed here: the editor closes, nothing comes back; this person is told.
    expect(S().editingNodeId).toBe(null);
    expect(pushed).toEqual([]);
    expect(S().notices.map((n) => n.title)).toEqual(['Someone deleted the statement you were editing.']);

    const other = S().map.nodes[2]!;
    S().startEditing(other.id);
    S().setDraft({ nodeId: other.id, text: 'my words' });
    S().receiveMap({ ...S().map, nodes: S().map.nodes.filter((n) => n.id !== other.id) });
    const restored = S().map.nodes.find((n) => n.text === 'my words')!;
    expect(restored).toMatchObject({ kind: other.kind, position: other.position });
    expect(restored.id).not.toBe(other.id);
    expect(S().editingNodeId).toBe(restored.id);
    expect(S().selectedNodeIds).toEqual([restored.id]);
    expect(pushed.map((p) => p.map)).toEqual([S().map]);
    expect(
      S()
        .notices.map((n) => n.title)
        .at(-1),
    ).toBe('Someone deleted this statement while you were editing it');
  });

  it('the room’s map arrives as one change that makes the room editable; a room has no unsaved work to lose', () => {
    S().setRoom(room({ ready: false }));
    const states: boolean[] = [];
    const stop = useEditor.subscribe((s) => states.push(!!s.room?.ready && s.map === arrived));
    const arrived = generateMap(5, 2);
    S().enterRoom(arrived);
    stop();
    expect(states).toEqual([true]);
    expect(S().map).toBe(arrived);
    expect(hasUnsavedWork(S())).toBe(false);
    S().updateNode(arrived.nodes[0]!.id, { text: 'changed' });
    expect(hasUnsavedWork(S())).toBe(false);
    S().setRoom(null);
    expect(hasUnsavedWork(S())).toBe(true);
  });

  it('undo and redo go to the room (only my changes), and the toolbar follows the room’s stacks', () => {
    S().setRoom(room({ canUndo: true }));
    S().undo();
    S().redo();
    expect(calls).toEqual(['undo', 'redo']);
    expect(canUndo(S())).toBe(true);
    S().updateRoom({ canUndo: false });
    expect(canUndo(S())).toBe(false);
  });

  it('shows a remote map without recording it, and drops a selection whose node is gone', () => {
    S().setRoom(room());
    const [first, second] = S().map.nodes;
    S().select([first!.id, second!.id]);
    const remote = { ...S().map, nodes: S().map.nodes.filter((n) => n.id !== first!.id) };
    S().receiveMap(remote);
    expect(S().map).toBe(remote);
    expect(S().selectedNodeIds).toEqual([second!.id]);
    expect(S().history.past).toHaveLength(0);
    expect(pushed).toEqual([]);
  });

  it('a view-only link, or a room whose map has not arrived, changes nothing and starts no editing', () => {
    for (const r of [room({ access: 'view' }), room({ ready: false })]) {
      S().setRoom(r);
      const before = S().map;
      const id = before.nodes[0]!.id;
      S().updateNode(id, { text: 'nope' });
      S().addNode('claim', { x: 0, y: 0 });
      S().dragNodes({ [id]: { x: 5, y: 5 } });
      S().layout();
      S().startEditing(id);
      expect(S().map).toBe(before);
      expect(S().editingNodeId).toBe(null);
      expect(pushed).toEqual([]);
    }
  });
});
