// Text typed live in a room, through the binding: a keystroke is written where the caret says
// (identical characters make the place ambiguous otherwise), and a peer is told exactly which
// characters a change inserted and deleted, so an open editor can move its caret.
import * as Y from 'yjs';
import { MapBinding, writeMap } from '../../src/sync/binding.ts';
import { generateMap } from '../../testkit/generate.ts';
import * as ops from '../../src/model/operations.ts';
import type { ArgMap } from '../../src/model/types.ts';
import type { Splice } from '../../src/model/textEdit.ts';

function twoPeers() {
  const [one, two] = [new Y.Doc(), new Y.Doc()];
  writeMap(one, { ...generateMap(3, 1) });
  Y.applyUpdate(two, Y.encodeStateAsUpdate(one), 'remote');
  for (const [from, to] of [
    [one, two],
    [two, one],
  ] as const)
    from.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(to, u, 'remote'));
  return [new MapBinding(one), new MapBinding(two)] as const;
}

const typed = (map: ArgMap, id: string, text: string) => ops.updateNode(map, id, { text });

describe('live text through the binding', () => {
  it('writes a key where the caret says and tells the peer exactly that', () => {
    const [a, b] = twoPeers();
    const id = a.map.nodes[0]!.id;
    a.apply(typed(a.map, id, 'aaaa'));
    const heard: (ReadonlyMap<string, Splice[]> | undefined)[] = [];
    b.subscribe((_map, texts) => heard.push(texts));
    // An "a" typed after the first "a": the caret is at 2 afterwards.
    a.apply(typed(a.map, id, 'aaaaa'), { gesture: true, caret: { nodeId: id, at: 2 } });
    expect(heard.at(-1)?.get(id)).toEqual([{ start: 1, removed: 0, inserted: 'a' }]);
    a.apply(typed(a.map, id, 'aaa'), { gesture: true, caret: { nodeId: id, at: 0 } });
    expect(heard.at(-1)?.get(id)).toEqual([{ start: 0, removed: 2, inserted: '' }]);
    expect(b.map.nodes[0]!.text).toBe('aaa');
  });

  it('the keys of one edit are one undo step, which takes back only this person’s characters', () => {
    const [a, b] = twoPeers();
    const id = a.map.nodes[0]!.id;
    a.apply(typed(a.map, id, 'base'));
    a.endGesture();
    for (const [text, at] of [
      ['baseX', 5],
      ['baseXY', 6],
    ] as const)
      a.apply(typed(a.map, id, text), { gesture: true, caret: { nodeId: id, at } });
    b.apply(typed(b.map, id, `>${b.map.nodes[0]!.text}`));
    a.endGesture();
    expect(a.map.nodes[0]!.text).toBe('>baseXY');
    a.undo();
    expect(a.map.nodes[0]!.text).toBe('>base');
    expect(b.map.nodes[0]!.text).toBe('>base');
  });

  it('a change made while reading one from elsewhere (a listener writing back) reaches the peer', () => {
    const [a, b] = twoPeers();
    const id = a.map.nodes[0]!.id;
    const stop = a.subscribe((map) => {
      if (map.nodes.some((n) => n.id === id)) return;
      stop();
      a.apply(ops.addNode(map, { kind: 'premise', position: { x: 0, y: 0 }, text: 'kept' }).map);
    });
    b.apply(ops.removeElements(b.map, [id], []));
    expect(a.map.nodes.some((n) => n.text === 'kept')).toBe(true);
    expect(b.map.nodes.some((n) => n.text === 'kept')).toBe(true);
  });
});
