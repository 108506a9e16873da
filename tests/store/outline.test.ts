// The outline's store actions: each edit one undo step, refusals no step, and the order
// the outline shows is what a saved file keeps.
import { useEditor } from '../../src/store/store';
import { outlineItems } from '../../src/model/outline';
import { serializeMap } from '../../src/model/format/save';
import { parseMapText } from '../../src/model/format/load';
import type { ArgMap, Relation } from '../../src/model/types';
import { builders } from '../builders.ts';

const { node, rel } = builders({ text: (id) => id.toUpperCase() });

/** c ← a (← a1), [x, y] (linked), o (opposes). */
const sample = (): ArgMap => ({
  meta: { title: 'Outline store', description: '' },
  nodes: [node('c', 'claim'), node('a'), node('a1', 'evidence'), node('x'), node('y'), node('o', 'objection')],
  relations: [
    rel('ra', 'a', 'c'),
    rel('ra1', 'a1', 'a'),
    rel('rx', 'x', 'c', 'supports', { group: 'g' }),
    rel('ry', 'y', 'c', 'supports', { group: 'g' }),
    rel('ro', 'o', 'c', 'opposes'),
  ],
});

const S = () => useEditor.getState();
const shape = () => outlineItems(S().map).map((i) => `${'  '.repeat(i.depth)}${i.nodeId}`);

beforeEach(() => {
  useEditor.setState(useEditor.getInitialState(), true);
  S().loadMap(sample(), 'outline.argmap.json', { saved: true });
});

/** Runs `act` and checks it is exactly one undo step, undone and redone by identity. */
function expectOneStep(act: () => void, after: string[]) {
  const before = S().map;
  const beforeShape = shape();
  act();
  expect(shape()).toEqual(after);
  expect(S().history.past).toHaveLength(1);
  const changed = S().map;
  S().undo();
  expect(S().map).toBe(before);
  expect(shape()).toEqual(beforeShape);
  S().redo();
  expect(S().map).toBe(changed);
}

describe('outline edits in the store', () => {
  it('moving a sibling is one undo step', () => {
    expectOneStep(() => S().moveSibling('o', -1), ['c', '  a', '    a1', '  o', '  x', '  y']);
  });

  it('indenting is one undo step', () => {
    expectOneStep(() => S().indent('x'), ['c', '  a', '    a1', '    x', '  y', '  o']);
  });

  it('outdenting is one undo step', () => {
    expectOneStep(() => S().outdent('a1'), ['c', '  a', '  a1', '  x', '  y', '  o']);
  });

  it('a refused edit records nothing and leaves the map as it was', () => {
    const before = S().map;
    S().moveSibling('a', -1); // already first
    S().outdent('a'); // already right under the claim
    S().indent('a'); // nothing above it
    S().moveSibling('x', -1); // a co-premise stays in its block
    expect(S().map).toBe(before);
    expect(S().history.past).toHaveLength(0);
  });

  it('keeps the selection through an edit', () => {
    S().select(['x']);
    S().indent('x');
    expect(S().selectedNodeIds).toEqual(['x']);
  });

  it('adds a connected child without canvas editing when asked (the outline edits it itself)', () => {
    const id = S().addChild('a', 'objection', { edit: false });
    expect(S().map.relations.at(-1)).toMatchObject({ from: id, to: 'a', kind: 'opposes' });
    expect(S().selectedNodeIds).toEqual([id]);
    expect(S().editingNodeId).toBeNull();
    expect(shape()).toEqual(['c', '  a', '    a1', `    ${id}`, '  x', '  y', '  o']);
    // Without the option, the canvas starts editing as before.
    const other = S().addChild('a', 'reason');
    expect(S().editingNodeId).toBe(other);
  });

  it('saves the outline order in the file: sibling order is relation order', () => {
    S().moveSibling('o', -1);
    S().moveSibling('o', -1);
    S().indent('y');
    const expected = shape();
    expect(expected).toEqual(['c', '  o', '  a', '    a1', '  x', '    y']);
    const text = serializeMap(S().map);
    const reopened = parseMapText(text);
    if (!reopened.ok) throw new Error(reopened.error);
    expect(reopened.repairs).toEqual([]);
    expect(outlineItems(reopened.map).map((i) => `${'  '.repeat(i.depth)}${i.nodeId}`)).toEqual(expected);
    expect((JSON.parse(text) as { relations: Relation[] }).relations.map((r) => r.id)).toEqual(S().map.relations.map((r) => r.id));
  });
});
