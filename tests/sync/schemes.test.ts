// Schemes in a shared room: a relation's scheme is one of its plain fields in the Yjs document, so
// setting one, answering a question and raising one reach a peer as they are.
import * as Y from 'yjs';
import { expect, test } from 'vitest';
import { MapBinding, writeMap } from '../../src/sync/binding.ts';
import * as ops from '../../src/model/schemes/operations.ts';
import { mapOf, node, rel } from '../builders.ts';

test('scheme operations through the doc reach a peer exactly', () => {
  let map = mapOf(
    [node('c', 'claim', 'Schools should start later.'), node('p', 'premise', 'The AAP recommends it.'), node('e', 'evidence', 'A study.')],
    [rel('r', 'p', 'c'), rel('re', 'e', 'p')],
  );
  const [a, b] = [new Y.Doc(), new Y.Doc()];
  writeMap(a, map);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u, 'remote'));
  const writer = new MapBinding(a);
  const reader = new MapBinding(b);
  for (const step of [
    (m: typeof map) => ops.setScheme(m, 'r', 'expert-opinion'),
    (m: typeof map) => ops.fillRole(m, 'r', 'assertion', 'p'),
    (m: typeof map) => ops.answerQuestion(m, 'r', 'evidence', 'e'),
    (m: typeof map) => ops.raiseQuestion(m, 'r', 'consistent', { x: 0, y: 300 }).map,
  ]) {
    map = step(map);
    writer.apply(map);
    expect(JSON.parse(JSON.stringify(reader.map))).toEqual(JSON.parse(JSON.stringify(map)));
  }
  expect(reader.map.relations.find((r) => r.id === 'r')!.scheme!.questions!.consistent!.status).toBe('raised');
});
