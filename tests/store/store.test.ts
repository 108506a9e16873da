// The store: every document action is one undo step, UI state is never recorded.
import { useEditor, canUndo, canRedo, isDirty } from '../../src/store/store';
import { HISTORY_LIMIT } from '../../src/store/history';
import { serializeMap } from '../../src/model/format/save';
import type { ArgMap } from '../../src/model/types';
import { builders, xy } from '../builders.ts';
import { openText } from './openText.ts';

const { node, rel, mapOf } = builders({ text: () => '', meta: { title: 'Test map', description: 'd' } });

/** claim c with reasons a, b (relations ra, rb) and an objection o (ro). */
const sample = (): ArgMap =>
  mapOf(
    [
      node('c', 'claim', 'Claim'),
      node('a', 'premise', 'A', xy(-300, 200)),
      node('b', 'premise', 'B', xy(0, 200)),
      node('o', 'objection', 'O', xy(300, 200)),
    ],
    [rel('ra', 'a', 'c'), rel('rb', 'b', 'c'), rel('ro', 'o', 'c', 'opposes')],
  );

const S = () => useEditor.getState();
const nodeOf = (id: string) => S().map.nodes.find((n) => n.id === id);
const relOf = (id: string) => S().map.relations.find((r) => r.id === id);

/** Loads `map` as a fresh document: no history, saved. */
function start(map: ArgMap = sample()) {
  S().loadMap(map, 'test.argmap.json', { saved: true });
  expect(S().history.past).toHaveLength(0);
  return S().map;
}

/**
 * Runs `act` and checks it is exactly one undo step: undo gives back the map object from
 * before, redo the one after.
 */
function expectOneStep(act: () => void) {
  const before = S().map;
  const pastBefore = S().history.past.length;
  act();
  const after = S().map;
  expect(after).not.toBe(before);
  expect(S().history.past).toHaveLength(pastBefore + 1);
  expect(canUndo(S())).toBe(true);
  S().undo();
  expect(S().map).toBe(before);
  expect(canRedo(S())).toBe(true);
  S().redo();
  expect(S().map).toBe(after);
  expect(S().history.past).toHaveLength(pastBefore + 1);
  expect(S().history.future).toHaveLength(0);
  return { before, after };
}

beforeEach(() => {
  useEditor.setState(useEditor.getInitialState(), true);
});

describe('undo and redo of each action', () => {
  it('addNode adds one node, selects it and opens it for editing', () => {
    start();
    let id = '';
    const { before } = expectOneStep(() => {
      id = S().addNode('claim', { x: 10, y: 20 });
      expect(S().selectedNodeIds).toEqual([id]);
      expect(S().selectedRelationIds).toEqual([]);
      expect(S().editingNodeId).toBe(id);
    });
    expect(nodeOf(id)).toMatchObject({ kind: 'claim', text: '', position: { x: 10, y: 20 } });
    expect(S().map.nodes).toHaveLength(before.nodes.length + 1);
    S().undo();
    expect(nodeOf(id)).toBeUndefined();
  });

  it('addNode with edit: false does not open the editor', () => {
    start();
    const id = S().addNode('premise', { x: 0, y: 0 }, { edit: false });
    expect(S().editingNodeId).toBeNull();
    expect(S().selectedNodeIds).toEqual([id]);
    const id2 = S().addNode('premise', { x: 0, y: 0 });
    expect(S().editingNodeId).toBe(id2);
  });

  it('addChild adds a connected child as one step, undone whole', () => {
    start();
    let id = '';
    const { before } = expectOneStep(() => {
      id = S().addChild('c', 'objection');
      expect(S().selectedNodeIds).toEqual([id]);
      expect(S().editingNodeId).toBe(id);
    });
    expect(nodeOf(id)?.kind).toBe('objection');
    const link = S().map.relations.find((r) => r.from === id);
    expect(link).toMatchObject({ to: 'c', kind: 'opposes' });
    // Below the parent, right of the existing children.
    expect(nodeOf(id)!.position.y).toBeGreaterThan(0);
    expect(nodeOf(id)!.position.x).toBeGreaterThan(300);
    S().undo();
    expect(S().map.nodes).toHaveLength(before.nodes.length);
    expect(S().map.relations).toHaveLength(before.relations.length);
  });

  it.each([
    ['reason', 'premise', 'supports'],
    ['caveat', 'caveat', 'qualifies'],
    ['evidence', 'evidence', 'supports'],
  ] as const)('addChild %s makes a %s that %s its parent', (role, kind, relation) => {
    start();
    const id = S().addChild('a', role);
    expect(nodeOf(id)?.kind).toBe(kind);
    expect(S().map.relations.find((r) => r.from === id)).toMatchObject({ to: 'a', kind: relation });
  });

  it('addChild of a missing parent does nothing', () => {
    const map = start();
    expect(S().addChild('nope', 'reason')).toBe('');
    expect(S().map).toBe(map);
    expect(S().history.past).toHaveLength(0);
  });

  it('updateNode', () => {
    start();
    expectOneStep(() => S().updateNode('a', { text: 'New text', notes: 'n', kind: 'evidence', source: { paragraph: '12' } }));
    expect(nodeOf('a')).toMatchObject({ text: 'New text', notes: 'n', kind: 'evidence', source: { paragraph: '12' } });
    S().undo();
    expect(nodeOf('a')).toEqual(node('a', 'premise', 'A', xy(-300, 200)));
  });

  it('moveNodes', () => {
    start();
    expectOneStep(() => S().moveNodes({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } }));
    expect(nodeOf('a')!.position).toEqual({ x: 1, y: 2 });
    S().undo();
    expect(nodeOf('a')!.position).toEqual({ x: -300, y: 200 });
    expect(nodeOf('b')!.position).toEqual({ x: 0, y: 200 });
  });

  it('connect', () => {
    start();
    let id = '';
    S().select(['o']);
    expectOneStep(() => {
      id = S().connect('o', 'a');
      expect(S().selectedRelationIds).toEqual([id]);
      expect(S().selectedNodeIds).toEqual([]);
    });
    expect(relOf(id)).toMatchObject({ from: 'o', to: 'a', kind: 'opposes' });
    S().undo();
    expect(relOf(id)).toBeUndefined();
  });

  it('connect to a relation makes an undercut', () => {
    start();
    const id = S().connect('o', 'ra', 'supports');
    expect(relOf(id)).toMatchObject({ from: 'o', to: 'ra', kind: 'undercuts' });
  });

  it('setRelationKind', () => {
    start();
    expectOneStep(() => S().setRelationKind('ra', 'qualifies'));
    expect(relOf('ra')!.kind).toBe('qualifies');
    S().undo();
    expect(relOf('ra')!.kind).toBe('supports');
  });

  it('setRelationKind of several relations (a linked reason) is one step', () => {
    start();
    expectOneStep(() => S().setRelationKind(['ra', 'rb'], 'opposes'));
    expect([relOf('ra')!.kind, relOf('rb')!.kind, relOf('ro')!.kind]).toEqual(['opposes', 'opposes', 'opposes']);
    S().undo();
    expect([relOf('ra')!.kind, relOf('rb')!.kind]).toEqual(['supports', 'supports']);
  });

  it('linkCoPremises and unlinkCoPremises', () => {
    start();
    expectOneStep(() => S().linkCoPremises(['ra', 'rb']));
    const group = relOf('ra')!.group;
    expect(group).toBeTruthy();
    expect(relOf('rb')!.group).toBe(group);
    expect(relOf('ro')!.group).toBeUndefined();
    expectOneStep(() => S().unlinkCoPremises(['ra']));
    // A group of one dissolves.
    expect(relOf('ra')!.group).toBeUndefined();
    expect(relOf('rb')!.group).toBeUndefined();
    S().undo();
    expect(relOf('rb')!.group).toBe(group);
    S().undo();
    expect(relOf('ra')!.group).toBeUndefined();
  });

  it('deleteSelection removes the selected nodes and their relations as one step', () => {
    start();
    S().select(['a'], ['ro']);
    const { before } = expectOneStep(() => S().deleteSelection());
    expect(nodeOf('a')).toBeUndefined();
    expect(relOf('ra')).toBeUndefined();
    expect(relOf('ro')).toBeUndefined();
    expect(nodeOf('o')).toBeDefined();
    expect(S().selectedNodeIds).toEqual([]);
    expect(S().selectedRelationIds).toEqual([]);
    S().undo();
    expect(S().map).toBe(before);
  });

  it('deleteSelection with nothing selected records nothing', () => {
    const map = start();
    S().deleteSelection();
    expect(S().map).toBe(map);
    expect(S().history.past).toHaveLength(0);
  });

  it('setMeta', () => {
    start();
    expectOneStep(() => S().setMeta({ title: 'New title' }));
    expect(S().map.meta).toEqual({ title: 'New title', description: 'd' });
    expectOneStep(() => S().setMeta({ description: 'New description' }));
    S().undo();
    S().undo();
    expect(S().map.meta).toEqual({ title: 'Test map', description: 'd' });
  });

  it('layout moves nodes as one step and asks the canvas to fit', () => {
    // Everything piled up at the origin: layout must spread it.
    start(mapOf([node('c', 'claim'), node('a'), node('b')], [rel('ra', 'a', 'c'), rel('rb', 'b', 'c')]));
    const fit = S().fitRequest;
    expectOneStep(() => S().layout());
    expect(S().fitRequest).toBeGreaterThan(fit);
    expect(nodeOf('a')!.position).not.toEqual(nodeOf('b')!.position);
    expect(nodeOf('a')!.position.y).toBeGreaterThan(nodeOf('c')!.position.y);
    S().undo();
    for (const n of S().map.nodes) expect(n.position).toEqual({ x: 0, y: 0 });
  });

  it('layout of an already laid out map records nothing', () => {
    start();
    S().layout();
    const laidOut = S().map;
    const past = S().history.past.length;
    S().layout();
    expect(S().map).toBe(laidOut);
    expect(S().history.past).toHaveLength(past);
  });

  it('openText replaces the map as one step', () => {
    const old = start();
    const other = mapOf([node('x', 'claim', 'Opened')]);
    const ok = openText(serializeMap(other), 'other.argmap.json');
    expect(ok).toBe(true);
    expect(S().map).toEqual(other);
    expect(S().fileName).toBe('other.argmap.json');
    expect(isDirty(S())).toBe(false);
    expect(S().history.past).toHaveLength(1);
    S().undo();
    expect(S().map).toBe(old);
    S().redo();
    expect(S().map).toEqual(other);
  });

  it('newMap starts an empty map, undoably', () => {
    const old = start();
    S().newMap();
    expect(S().map.nodes).toEqual([]);
    expect(S().map.relations).toEqual([]);
    expect(S().fileName).toBe('untitled.argmap.json');
    expect(isDirty(S())).toBe(false);
    S().undo();
    expect(S().map).toBe(old);
  });

  it('loadMap with record is undoable; without record it clears the history', () => {
    const old = start();
    S().updateNode('a', { text: 'edited' });
    const edited = S().map;
    const other = mapOf([node('x')]);
    S().loadMap(other, 'x.argmap.json', { record: true });
    expect(S().map).toBe(other);
    expect(S().history.past).toHaveLength(2);
    S().undo();
    expect(S().map).toBe(edited);
    S().undo();
    expect(S().map).toBe(old);

    S().loadMap(other, 'x.argmap.json');
    expect(S().history).toEqual({ past: [], future: [] });
    expect(canUndo(S())).toBe(false);
    expect(canRedo(S())).toBe(false);
  });
});

describe('gestures', () => {
  it('a drag of many steps is one undo step that restores the start positions', () => {
    const map = start();
    for (let i = 1; i <= 10; i++) S().dragNodes({ a: { x: -300 + i * 5, y: 200 + i }, b: { x: i, y: 200 - i } });
    // Shown at once…
    expect(nodeOf('a')!.position).toEqual({ x: -250, y: 210 });
    // …undoable while under way, but not yet recorded.
    expect(canUndo(S())).toBe(true);
    expect(S().history.past).toHaveLength(0);
    S().endGesture();
    expect(S().history.past).toHaveLength(1);
    expect(S().history.past[0]!.map).toBe(map);
    expect(S().gestureStart).toBeNull();
    S().undo();
    expect(S().map).toBe(map);
    expect(nodeOf('a')!.position).toEqual({ x: -300, y: 200 });
    expect(nodeOf('b')!.position).toEqual({ x: 0, y: 200 });
    S().redo();
    expect(nodeOf('a')!.position).toEqual({ x: -250, y: 210 });
    expect(nodeOf('b')!.position).toEqual({ x: 10, y: 190 });
    expect(S().history.past).toHaveLength(1);
  });

  it('two drags are two steps', () => {
    start();
    S().dragNodes({ a: { x: 1, y: 1 } });
    S().endGesture();
    S().dragNodes({ a: { x: 2, y: 2 } });
    S().endGesture();
    expect(S().history.past).toHaveLength(2);
    S().undo();
    expect(nodeOf('a')!.position).toEqual({ x: 1, y: 1 });
  });

  it('undo during a drag closes the gesture and undoes it', () => {
    const map = start();
    S().dragNodes({ a: { x: 1, y: 1 } });
    S().undo();
    expect(S().map).toBe(map);
    expect(S().gestureStart).toBeNull();
    expect(S().history.future).toHaveLength(1);
    S().redo();
    expect(nodeOf('a')!.position).toEqual({ x: 1, y: 1 });
  });

  it('redo during a drag does not lose or reorder the drag', () => {
    const map = start();
    S().updateNode('a', { text: 'x' });
    S().undo();
    expect(canRedo(S())).toBe(true);
    S().dragNodes({ b: { x: 5, y: 5 } });
    S().redo();
    S().endGesture();
    // The drag is a new change: it is kept, recorded as one step, and the redo branch is gone.
    expect(nodeOf('b')!.position).toEqual({ x: 5, y: 5 });
    expect(nodeOf('a')!.text).toBe('A');
    expect(canRedo(S())).toBe(false);
    expect(S().history.past).toHaveLength(1);
    S().undo();
    expect(S().map).toBe(map);
  });

  it('a command during a drag records the drag and the command as separate steps', () => {
    const map = start();
    S().dragNodes({ a: { x: 1, y: 1 } });
    S().updateNode('b', { text: 'changed' });
    expect(S().gestureStart).toBeNull();
    S().undo();
    expect(nodeOf('b')!.text).toBe('B');
    expect(nodeOf('a')!.position).toEqual({ x: 1, y: 1 });
    S().undo();
    expect(S().map).toBe(map);
  });

  it('a drag that does not move anything records nothing', () => {
    const map = start();
    S().dragNodes({ a: { x: -300, y: 200 } });
    S().endGesture();
    expect(S().map).toBe(map);
    expect(S().history.past).toHaveLength(0);
    S().endGesture();
    expect(S().history.past).toHaveLength(0);
  });

  it('a no-op or refused action records nothing', () => {
    const map = start();
    const actions: [string, () => void][] = [
      ['updateNode same text', () => S().updateNode('a', { text: 'A' })],
      ['updateNode missing', () => S().updateNode('missing', { text: 'x' })],
      ['moveNodes same', () => S().moveNodes({ a: { x: -300, y: 200 } })],
      ['setRelationKind same', () => S().setRelationKind('ra', 'supports')],
      ['setRelationKind undercuts on node target', () => S().setRelationKind('ra', 'undercuts')],
      ['linkCoPremises one', () => S().linkCoPremises(['ra'])],
      ['unlinkCoPremises unlinked', () => S().unlinkCoPremises(['ra', 'rb'])],
      ['setMeta same', () => S().setMeta({ title: 'Test map', description: 'd' })],
      ['loadMap same map recorded', () => S().loadMap(S().map, 'test.argmap.json', { record: true })],
      ['connect duplicate', () => S().connect('a', 'c')],
    ];
    for (const [name, act] of actions) {
      act();
      expect(S().map, name).toBe(map);
      expect(S().history.past, name).toHaveLength(0);
    }
  });
});

describe('UI state is not history', () => {
  it('selection, sizes and notices are not recorded, and undo leaves them alone', () => {
    start();
    S().updateNode('a', { text: 'edited' });
    S().select(['b', 'c'], ['ro']);
    S().setSizes({ a: { width: 100, height: 50 } });
    S().notify({ tone: 'info', title: 'hello' });
    S().startEditing('c');
    expect(S().history.past).toHaveLength(1);
    S().undo();
    expect(nodeOf('a')!.text).toBe('A');
    expect(S().selectedNodeIds).toEqual(['b', 'c']);
    expect(S().selectedRelationIds).toEqual(['ro']);
    expect(S().editingNodeId).toBe('c');
    expect(S().sizes).toEqual({ a: { width: 100, height: 50 } });
    expect(S().notices.map((n) => n.title)).toEqual(['hello']);
    S().redo();
    expect(S().selectedNodeIds).toEqual(['b', 'c']);
    expect(S().editingNodeId).toBe('c');
    expect(S().history.past).toHaveLength(1);
  });

  it('selecting, editing, sizing and notices alone record nothing and are not unsaved work', () => {
    start();
    S().select(['a']);
    S().selectAll();
    S().startEditing('a');
    S().setSizes({ a: { width: 1, height: 2 } });
    S().notify({ tone: 'warning', title: 'w' });
    S().requestFit();
    expect(S().history.past).toHaveLength(0);
    expect(canUndo(S())).toBe(false);
    expect(isDirty(S())).toBe(false);
  });

  it('undo prunes selected and edited ids that no longer exist', () => {
    start();
    const id = S().addNode('premise', { x: 0, y: 0 });
    const relId = S().connect(id, 'c');
    S().select([id, 'a'], [relId, 'ra']);
    S().startEditing(id);
    S().undo(); // the relation goes
    expect(S().selectedNodeIds).toEqual([id, 'a']);
    expect(S().selectedRelationIds).toEqual(['ra']);
    expect(S().editingNodeId).toBe(id);
    S().undo(); // the node goes
    expect(S().selectedNodeIds).toEqual(['a']);
    expect(S().editingNodeId).toBeNull();
  });

  it('redo prunes ids that no longer exist', () => {
    start();
    S().select(['a']);
    S().deleteSelection();
    S().undo();
    S().select(['a', 'b'], ['ra']);
    S().redo();
    expect(S().selectedNodeIds).toEqual(['b']);
    expect(S().selectedRelationIds).toEqual([]);
  });

  it('selectAll selects every node and relation', () => {
    start();
    S().selectAll();
    expect(S().selectedNodeIds).toEqual(['c', 'a', 'b', 'o']);
    expect(S().selectedRelationIds).toEqual(['ra', 'rb', 'ro']);
  });

  it('select keeps the same state when nothing changes', () => {
    start();
    S().select(['a'], ['ra']);
    const state = S();
    S().select(['a'], ['ra']);
    expect(S()).toBe(state);
  });

  it('setSizes only stores sizes that changed', () => {
    start();
    S().setSizes({ a: { width: 1, height: 2 } });
    const sizes = S().sizes;
    S().setSizes({ a: { width: 1, height: 2 } });
    expect(S().sizes).toBe(sizes);
    S().setSizes({ b: { width: 3, height: 4 } });
    expect(S().sizes.a).toBe(sizes.a);
    expect(S().sizes.b).toEqual({ width: 3, height: 4 });
  });

  it('notices are dismissed by id', () => {
    S().notify({ tone: 'info', title: 'one' });
    S().notify({ tone: 'error', title: 'two' });
    const [one, two] = S().notices;
    expect(one!.id).not.toBe(two!.id);
    S().dismissNotice(one!.id);
    expect(S().notices).toEqual([two]);
  });
});

describe('history', () => {
  it('a new change drops the redo branch', () => {
    start();
    S().updateNode('a', { text: '1' });
    S().updateNode('a', { text: '2' });
    S().undo();
    expect(canRedo(S())).toBe(true);
    S().updateNode('b', { text: 'other' });
    expect(canRedo(S())).toBe(false);
    expect(S().history.future).toEqual([]);
    S().redo();
    expect(nodeOf('a')!.text).toBe('1');
    expect(nodeOf('b')!.text).toBe('other');
  });

  it('a finished drag drops the redo branch', () => {
    start();
    S().updateNode('a', { text: '1' });
    S().undo();
    S().dragNodes({ a: { x: 9, y: 9 } });
    S().endGesture();
    expect(canRedo(S())).toBe(false);
  });

  it('undo and redo with nothing to do change nothing', () => {
    const map = start();
    const state = S();
    S().undo();
    S().redo();
    expect(S()).toBe(state);
    expect(S().map).toBe(map);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps, dropping the oldest`, () => {
    start();
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) S().updateNode('a', { text: `t${i}` });
    expect(S().history.past).toHaveLength(HISTORY_LIMIT);
    let undone = 0;
    while (canUndo(S())) {
      S().undo();
      undone++;
    }
    expect(undone).toBe(HISTORY_LIMIT);
    // The five oldest steps are gone: the earliest text reachable is t5.
    expect(nodeOf('a')!.text).toBe('t5');
    expect(S().history.future).toHaveLength(HISTORY_LIMIT);
  });
});

describe('unsaved work', () => {
  it('isDirty follows changes, undo back to the saved map and markSaved', () => {
    start();
    expect(isDirty(S())).toBe(false);
    S().updateNode('a', { text: 'x' });
    expect(isDirty(S())).toBe(true);
    S().undo();
    expect(isDirty(S())).toBe(false);
    S().redo();
    expect(isDirty(S())).toBe(true);
    S().markSaved('saved.argmap.json');
    expect(isDirty(S())).toBe(false);
    expect(S().fileName).toBe('saved.argmap.json');
    S().undo();
    expect(isDirty(S())).toBe(true);
    S().redo();
    expect(isDirty(S())).toBe(false);
    S().markSaved();
    expect(S().fileName).toBe('saved.argmap.json');
  });

  it('a drag under way is unsaved work', () => {
    start();
    S().dragNodes({ a: { x: 1, y: 1 } });
    expect(isDirty(S())).toBe(true);
  });

  it('loadMap with saved: false keeps the map unsaved', () => {
    start();
    S().loadMap(mapOf([node('x')]), 'restored.argmap.json', { saved: false });
    expect(isDirty(S())).toBe(true);
    S().loadMap(mapOf([node('y')]), 'y.argmap.json', { saved: true });
    expect(isDirty(S())).toBe(false);
  });
});

describe('opening files', () => {
  it('refuses a file that is not JSON: the map and history stay, an error names the problem', () => {
    start();
    S().updateNode('a', { text: 'edited' });
    const map = S().map;
    const history = S().history;
    const fileName = S().fileName;
    expect(openText('{ not json', 'broken.argmap.json')).toBe(false);
    expect(S().map).toBe(map);
    expect(S().history).toBe(history);
    expect(S().fileName).toBe(fileName);
    expect(S().notices).toHaveLength(1);
    const notice = S().notices[0]!;
    expect(notice.tone).toBe('error');
    expect(notice.title).toContain('broken.argmap.json');
    expect(notice.details?.join(' ')).toMatch(/not valid JSON/);
  });

  it('refuses a file of another format and from a newer version, saying so', () => {
    const map = start();
    expect(openText(JSON.stringify({ format: 'other', version: 1, nodes: [] }), 'a.json')).toBe(false);
    expect(openText(JSON.stringify({ format: 'argmap', version: 999, nodes: [] }), 'b.json')).toBe(false);
    expect(openText(JSON.stringify({ format: 'argmap', version: 1, nodes: 'x' }), 'c.json')).toBe(false);
    expect(S().map).toBe(map);
    expect(S().history.past).toHaveLength(0);
    const [a, b, c] = S().notices;
    expect(a!.tone).toBe('error');
    expect(a!.details?.[0]).toMatch(/"other"/);
    expect(b!.details?.[0]).toMatch(/newer Argmap/);
    expect(c!.details?.[0]).toMatch(/no list of nodes/);
  });

  it('opens a repaired file and lists the repairs in a warning', () => {
    const old = start();
    const text = JSON.stringify({
      format: 'argmap',
      version: 1,
      meta: { title: 'Repaired', description: '' },
      nodes: [
        { id: 'n1', kind: 'claim', text: 'ok', position: { x: 0, y: 0 } },
        { id: 'n2', kind: 'nonsense', text: 'bad kind', position: { x: 0, y: 100 } },
      ],
      relations: [{ id: 'r1', kind: 'supports', from: 'n2', to: 'missing' }],
    });
    expect(openText(text, 'repaired.argmap.json')).toBe(true);
    expect(S().map.meta.title).toBe('Repaired');
    expect(S().map.nodes.map((n) => n.kind)).toEqual(['claim', 'premise']);
    expect(S().map.relations).toEqual([]);
    const notice = S().notices.at(-1)!;
    expect(notice.tone).toBe('warning');
    expect(notice.title).toContain('repaired.argmap.json');
    expect(notice.title).toContain('2 repair');
    expect(notice.details).toHaveLength(2);
    expect(notice.details!.join('\n')).toMatch(/n2.*kind/);
    expect(notice.details!.join('\n')).toMatch(/r1.*missing/);
    // The repaired map is not what is on disk: it counts as unsaved.
    expect(isDirty(S())).toBe(true);
    S().undo();
    expect(S().map).toBe(old);
  });

  it('opens a clean file without any warning', () => {
    start();
    expect(openText(serializeMap(sample()), 'clean.argmap.json')).toBe(true);
    expect(S().notices).toEqual([]);
    expect(S().selectedNodeIds).toEqual([]);
  });

  it('opening clears the selection and editing', () => {
    start();
    S().select(['a'], ['ra']);
    S().startEditing('a');
    openText(serializeMap(mapOf([node('a')])), 'x.argmap.json');
    expect(S().selectedNodeIds).toEqual([]);
    expect(S().selectedRelationIds).toEqual([]);
    expect(S().editingNodeId).toBeNull();
  });
});

describe('connect refusals', () => {
  it.each([
    ['a self-link', 'a', 'a', /itself/],
    ['a duplicate', 'a', 'c', /already connected/],
    ['a missing start', 'zz', 'c', /start at a node/],
    ['a missing end', 'a', 'zz', /end at a node/],
    ['an undercut of its own link', 'a', 'ra', /own link/],
  ])('refuses %s with a notice and no change', (_name, from, to, reason) => {
    const map = start();
    expect(S().connect(from, to)).toBe('');
    expect(S().map).toBe(map);
    expect(S().history.past).toHaveLength(0);
    expect(S().notices).toHaveLength(1);
    expect(S().notices[0]!.tone).toBe('warning');
    expect(S().notices[0]!.title).toMatch(reason);
  });
});
