// Autosave writes only what changed: nodes and relations whose object changed, by id.
import { assembleMap, mapChanges } from '../../src/io/recordChanges';
import * as ops from '../../src/model/operations';
import { generateMap } from '../../testkit/generate';
import type { ArgMap } from '../../src/model/types';

/** Applies changes to a stored copy, as IndexedDB would, and puts the map back together. */
function applyTo(
  stored: { nodes: Map<string, unknown>; relations: Map<string, unknown>; order: { nodes: string[]; relations: string[] } },
  map: ArgMap,
  changes: ReturnType<typeof mapChanges>,
): ArgMap {
  if (changes.full) {
    stored.nodes.clear();
    stored.relations.clear();
  }
  for (const n of changes.putNodes) stored.nodes.set(n.id, structuredClone(n));
  for (const id of changes.deleteNodes) stored.nodes.delete(id);
  for (const r of changes.putRelations) stored.relations.set(r.id, structuredClone(r));
  for (const id of changes.deleteRelations) stored.relations.delete(id);
  if (changes.orderChanged) stored.order = { nodes: changes.nodeOrder, relations: changes.relationOrder };
  return assembleMap(
    map,
    stored.order.nodes,
    stored.order.relations,
    [...stored.nodes.values()] as ArgMap['nodes'],
    [...stored.relations.values()] as ArgMap['relations'],
  );
}

describe('mapChanges', () => {
  it('a first write is whole; a one-node edit writes that node only, and the order is not rewritten', () => {
    const map = generateMap(500, 3);
    const first = mapChanges(null, map);
    expect(first.full).toBe(true);
    expect(first.putNodes).toHaveLength(500);
    expect(first.orderChanged).toBe(true);
    const id = map.nodes[10]!.id;
    const edited = ops.updateNode(map, id, { text: 'changed' });
    const next = mapChanges(map, edited, { nodes: first.nodeOrder, relations: first.relationOrder });
    expect(next.full).toBe(false);
    expect(next.putNodes.map((n) => n.id)).toEqual([id]);
    expect(next.putRelations).toEqual([]);
    expect(next.deleteNodes).toEqual([]);
    expect(next.orderChanged).toBe(false);
  });

  it('a series of edits, written as changes, always puts back exactly the map', () => {
    let map = generateMap(200, 5);
    const stored = { nodes: new Map(), relations: new Map(), order: { nodes: [] as string[], relations: [] as string[] } };
    let before: ArgMap | null = null;
    let order: { nodes: string[]; relations: string[] } | null = null;
    const write = () => {
      const changes = mapChanges(before, map, order);
      order = { nodes: changes.nodeOrder, relations: changes.relationOrder };
      before = map;
      expect(applyTo(stored, map, changes)).toEqual(map);
    };
    write();
    map = ops.updateNode(map, map.nodes[3]!.id, { text: 'edited' });
    write();
    map = ops.removeElements(map, [map.nodes[7]!.id, map.nodes[50]!.id], []);
    write();
    const added = ops.addChild(map, map.nodes[0]!.id, 'objection', { x: 1, y: 2 });
    map = added.map;
    write();
    map = ops.moveNodes(map, { [map.nodes[1]!.id]: { x: 5, y: 5 } });
    write();
    map = { ...map, nodes: [...map.nodes].reverse() };
    write();
  });
});

describe('comments and the exercise block in a record', () => {
  it('are kept in the record’s head and put back with the map', async () => {
    const { headOf } = await import('../../src/io/autosave');
    const { initialState } = await import('../../src/store/store');
    const map: ArgMap = {
      ...generateMap(5, 1),
      comments: [{ id: 'k1', author: 'Ms Tan', created: '2026-12-07T09:00:00.000Z', text: 'Source?' }],
      exercise: { mode: 'relations', ghosts: 'shown', key: { meta: { title: 'Key', description: '' }, nodes: [], relations: [] } },
    };
    const head = headOf({ ...initialState(), map }, 'record');
    expect(head.comments).toBe(map.comments);
    expect(head.exercise).toBe(map.exercise);
    const changes = mapChanges(null, map);
    expect(assembleMap(structuredClone(head), changes.nodeOrder, changes.relationOrder, map.nodes, map.relations)).toEqual(map);
    expect(headOf({ ...initialState(), map: generateMap(5, 1) }, 'record')).not.toHaveProperty('comments');
    expect(headOf({ ...initialState(), map: generateMap(5, 1) }, 'record')).not.toHaveProperty('exercise');
  });
});
