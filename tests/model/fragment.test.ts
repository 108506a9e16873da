import { loadMapJson } from '../../src/model/format/load.ts';
import { copyFragment, parseFragment, pasteFragment } from '../../src/model/fragment';
import type { ArgMap } from '../../src/model/types';

const map = (): ArgMap => ({
  meta: { title: 'm', description: '' },
  nodes: [
    { id: 'c', kind: 'claim', text: 'Claim', position: { x: 0, y: 0 } },
    { id: 'a', kind: 'premise', text: 'A', position: { x: 0, y: 200 }, mark: 'accepted' },
    { id: 'b', kind: 'premise', text: 'B', position: { x: 300, y: 200 }, collapsed: true },
    { id: 'u', kind: 'objection', text: 'U', position: { x: 0, y: 400 } },
  ],
  relations: [
    { id: 'ra', kind: 'supports', from: 'a', to: 'c', group: 'g' },
    { id: 'rb', kind: 'supports', from: 'b', to: 'c', group: 'g' },
    { id: 'ru', kind: 'undercuts', from: 'u', to: 'ra' },
  ],
});

describe('copy and paste', () => {
  it('copies the selected nodes, the relations among them and undercuts of copied links', () => {
    const f = copyFragment(map(), ['c', 'a', 'u']);
    expect(f.nodes.map((n) => n.id)).toEqual(['c', 'a', 'u']);
    expect(f.relations.map((r) => r.id)).toEqual(['ra', 'ru']);
    expect(copyFragment(map(), ['a', 'b']).relations).toEqual([]); // their target is not copied
  });

  it('pastes with new ids, moved, with relations and groups renamed, as an addition', () => {
    const before = map();
    const f = parseFragment(JSON.stringify(copyFragment(before, ['c', 'a', 'b', 'u'])), loadMapJson)!;
    const { map: after, nodeIds } = pasteFragment(before, f, { x: 40, y: 40 });
    expect(after.nodes).toHaveLength(8);
    expect(after.relations).toHaveLength(6);
    const ids = [...after.nodes.map((n) => n.id), ...after.relations.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const pasted = after.nodes.filter((n) => nodeIds.includes(n.id));
    expect(pasted.map((n) => n.text)).toEqual(['Claim', 'A', 'B', 'U']);
    expect(pasted[1]!.position).toEqual({ x: 40, y: 240 });
    expect(pasted[1]!.mark).toBe('accepted');
    expect(pasted.some((n) => n.collapsed)).toBe(false);
    const newRelations = after.relations.slice(3);
    expect(newRelations.every((r) => nodeIds.includes(r.from))).toBe(true);
    const [ra, rb, ru] = newRelations;
    expect(ra!.group).toBeDefined();
    expect(ra!.group).toBe(rb!.group);
    expect(ru!.to).toBe(ra!.id);
    expect(before.nodes).toHaveLength(4); // the input map is untouched
  });

  it('ignores clipboard text that is not a fragment, and repairs a broken one like a file', () => {
    expect(parseFragment('hello', loadMapJson)).toBeNull();
    expect(parseFragment('{"format":"argmap","version":2}', loadMapJson)).toBeNull();
    const broken = parseFragment(
      JSON.stringify({
        format: 'argmap-fragment',
        nodes: [{ id: 'x', kind: 'nonsense', text: 5 }],
        relations: [{ id: 'r', kind: 'supports', from: 'x', to: 'gone' }],
      }),
      loadMapJson,
    )!;
    expect(broken.nodes).toHaveLength(1);
    expect(broken.nodes[0]!.kind).toBe('premise');
    expect(broken.nodes[0]!.text).toBe('5');
    expect(broken.relations).toEqual([]);
  });
});
