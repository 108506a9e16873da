// The map views that derived data is keyed on: each keeps returning the same map while
// only what it does not read changes, so a drag frame or a text edit recomputes nothing
// whole-map that does not depend on it.
import { contentOf, sameExceptPosition, structureOf, unmovedOf } from '../../src/store/mapViews';
import * as ops from '../../src/model/operations';
import type { ArgMap } from '../../src/model/types';
import { builders } from '../builders.ts';

const { node } = builders({ text: (id) => id.toUpperCase() });
const sample = (): ArgMap => ({
  meta: { title: 'Views', description: '' },
  nodes: [node('c', 'claim'), node('a'), node('b')],
  relations: [
    { id: 'ra', kind: 'supports', from: 'a', to: 'c' },
    { id: 'rb', kind: 'opposes', from: 'b', to: 'c' },
  ],
});

describe('structureOf', () => {
  it('keeps the map through moves and text, notes and mark edits', () => {
    const map = sample();
    expect(structureOf(map)).toBe(map);
    const moved = ops.moveNodes(map, { a: { x: 5, y: 7 } });
    expect(structureOf(moved)).toBe(map);
    const edited = ops.updateNode(moved, 'b', { text: 'new words', notes: 'a note' });
    expect(structureOf(edited)).toBe(map);
    // A view passed back in is its own structure, and does not lose the slot.
    expect(structureOf(map)).toBe(map);
    expect(structureOf(edited)).toBe(map);
  });

  it('changes with kinds, folding, relations, the focus and the node list', () => {
    const map = sample();
    structureOf(map);
    const changes: [string, ArgMap][] = [
      ['kind', ops.updateNode(map, 'a', { kind: 'evidence' })],
      ['collapse', ops.setCollapsed(map, 'c', true)],
      ['relations', { ...map, relations: map.relations.slice(0, 1) }],
      ['focus', ops.setFocus(map, 'a')],
      ['nodes', ops.addNode(map, { kind: 'premise', position: { x: 0, y: 0 } }).map],
    ];
    for (const [what, changed] of changes) {
      structureOf(map);
      expect(structureOf(changed), what).toBe(changed);
    }
  });
});

describe('contentOf and unmovedOf', () => {
  it('contentOf ignores positions and notes, not texts', () => {
    const map = sample();
    contentOf(map);
    expect(contentOf(ops.updateNode(ops.moveNodes(map, { c: { x: 1, y: 1 } }), 'a', { notes: 'n' }))).toBe(map);
    const retyped = ops.updateNode(map, 'a', { text: 'other' });
    expect(contentOf(retyped)).toBe(retyped);
  });

  it('unmovedOf ignores positions only', () => {
    const map = sample();
    unmovedOf(map);
    expect(unmovedOf(ops.moveNodes(map, { c: { x: 1, y: 1 } }))).toBe(map);
    const noted = ops.updateNode(map, 'a', { notes: 'n' });
    expect(unmovedOf(noted)).toBe(noted);
  });

  it('sameExceptPosition compares every other field', () => {
    const a = node('a');
    expect(sameExceptPosition(a, { ...a, position: { x: 9, y: 9 } })).toBe(true);
    expect(sameExceptPosition(a, { ...a, text: 'x' })).toBe(false);
    expect(sameExceptPosition(a, { ...a, collapsed: true })).toBe(false);
  });
});
