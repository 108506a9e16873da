// The main-thread cost of one autosave write after a one-node edit, on a 5,000-statement map:
// npm run bench -- tests/io/autosave.bench.ts
// "changes only" is what autosave does now: find the changed objects, build the record head,
// and clone what is put (structuredClone stands in for the clone IndexedDB's put makes on the
// main thread; the write itself then happens off the main thread). "whole map" is the earlier
// design: serialize the whole map on every write.
import { bench, describe } from 'vitest';
import { generateMap } from '../../testkit/generate';
import * as ops from '../../src/model/operations';
import { serializeMap } from '../../src/model/format/save';
import { mapChanges } from '../../src/io/recordChanges';
import { headOf } from '../../src/io/autosave';
import { initialState, type EditorState } from '../../src/store/store';

for (const size of [1_000, 5_000]) {
  const map = generateMap(size, 11);
  const first = mapChanges(null, map);
  const order = { nodes: first.nodeOrder, relations: first.relationOrder };
  // The edits are made beforehand: only the write is measured.
  const edits = Array.from({ length: 64 }, (_, k) => ops.updateNode(map, map.nodes[(k * 37) % size]!.id, { text: `edit ${k}` }));
  let i = 0;
  describe(`one-node edit, ${size} statements`, () => {
    bench('changes only (now)', () => {
      const edited = edits[i++ % edits.length]!;
      const state: EditorState = { ...initialState(), map: edited, savedMap: map };
      const changes = mapChanges(map, edited, order);
      structuredClone({
        head: headOf(state, 'record'),
        nodes: changes.putNodes,
        relations: changes.putRelations,
        order: changes.orderChanged ? changes.nodeOrder : null,
      });
    });
    bench('whole map (before)', () => {
      const edited = edits[i++ % edits.length]!;
      structuredClone(serializeMap(edited));
    });
  });
}
