import fc from 'fast-check';
import * as Y from 'yjs';
import { afterEach, vi } from 'vitest';
import type { ArgMap } from '../../src/model/types.ts';
import * as ops from '../../src/model/operations.ts';
import { generateMap, seededRandom } from '../../testkit/generate.ts';
import { loadMapJson } from '../../src/model/format/load.ts';
import { toMapFile } from '../../src/model/format/save.ts';
import { MapBinding, readMap, writeMap } from '../../src/sync/binding.ts';
import { OPERATION_COUNT, randomOperation } from './randomOps.ts';

afterEach(() => vi.restoreAllMocks());

/** Two docs wired together both ways, as a server would relay them. */
function connectedPeers(count: number, initial?: ArgMap) {
  const docs = Array.from({ length: count }, () => new Y.Doc());
  if (initial) writeMap(docs[0]!, initial);
  const state = Y.encodeStateAsUpdate(docs[0]!);
  for (const doc of docs.slice(1)) Y.applyUpdate(doc, state, 'remote');
  docs.forEach((doc, i) =>
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      docs.forEach((other, j) => j !== i && Y.applyUpdate(other, update, 'remote'));
    }),
  );
  return docs.map((doc) => new MapBinding(doc));
}

/** The map is one the loader accepts as it is: no dangling relation, lone group, bad focus, duplicate id. */
function expectValid(map: ArgMap) {
  const loaded = loadMapJson(JSON.parse(JSON.stringify(toMapFile(map))));
  expect(loaded.ok && loaded.repairs).toEqual([]);
}

/** Ids and fields compared as saved (the writer drops nothing the model holds; extra fields compared separately). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('binding: a map through the doc', () => {
  it('writes and reads back a large map exactly, order included', () => {
    const map = generateMap(1000, 3);
    const doc = new Y.Doc();
    writeMap(doc, map);
    expect(readMap(doc)).toEqual(map);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(new MapBinding(copy).map).toEqual(map);
  });

  it('random model operations through the doc give the same map as applied directly, on the writer and on a peer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.record({ op: fc.nat(OPERATION_COUNT - 1), args: fc.array(fc.nat(10_000), { minLength: 8, maxLength: 8 }) }), {
          minLength: 1,
          maxLength: 40,
        }),
        (size, steps) => {
          let direct = generateMap(size, size);
          const [writer, reader] = connectedPeers(2, direct);
          for (const { op, args } of steps) {
            let i = 0;
            const before = reader!.map;
            direct = randomOperation(direct, op, () => args[i++ % args.length]!);
            writer!.apply(direct);
            expect(writer!.map).toBe(direct);
            expect(plain(readMap(writer!.doc))).toEqual(plain(direct));
            expect(plain(reader!.map)).toEqual(plain(direct));
            // What the operation did not touch keeps its object identity on the peer.
            const old = new Map(before.nodes.map((n) => [n.id, n]));
            for (const n of reader!.map.nodes) if (JSON.stringify(old.get(n.id)) === JSON.stringify(n)) expect(n).toBe(old.get(n.id));
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('keeps the identity of the whole map, its arrays and untouched nodes for a change to one node', () => {
    const [a, b] = connectedPeers(2, generateMap(50, 2));
    const before = b!.map;
    const target = a!.map.nodes[10]!;
    a!.apply(ops.updateNode(a!.map, target.id, { text: 'changed' }));
    const after = b!.map;
    expect(after).not.toBe(before);
    expect(after.relations).toBe(before.relations);
    expect(after.meta).toBe(before.meta);
    after.nodes.forEach((n, i) => (n.id === target.id ? expect(n.text).toBe('changed') : expect(n).toBe(before.nodes[i])));
  });

  it('sends only what changed: moving one node of a 1,000-node map is a small update', () => {
    const [a] = connectedPeers(1, generateMap(1000, 5));
    const updates: Uint8Array[] = [];
    a!.doc.on('update', (u: Uint8Array) => updates.push(u));
    const node = a!.map.nodes[500]!;
    a!.apply(ops.moveNodes(a!.map, { [node.id]: { x: 1, y: 2 } }));
    expect(updates).toHaveLength(1);
    expect(updates[0]!.length).toBeLessThan(200);
  });
});

describe('binding: concurrent editing', () => {
  it('two people typing in one node both keep their characters', () => {
    const docs = [new Y.Doc(), new Y.Doc()];
    writeMap(docs[0]!, generateMap(3, 1));
    Y.applyUpdate(docs[1]!, Y.encodeStateAsUpdate(docs[0]!));
    const [a, b] = docs.map((d) => new MapBinding(d));
    const id = a!.map.nodes[0]!.id;
    const text = a!.map.nodes[0]!.text;
    a!.apply(ops.updateNode(a!.map, id, { text: `AAA ${text}` }));
    b!.apply(ops.updateNode(b!.map, id, { text: `${text} BBB` }));
    Y.applyUpdate(docs[1]!, Y.encodeStateAsUpdate(docs[0]!));
    Y.applyUpdate(docs[0]!, Y.encodeStateAsUpdate(docs[1]!));
    expect(a!.map.nodes[0]!.text).toBe(`AAA ${text} BBB`);
    expect(b!.map).toEqual(a!.map);
  });

  it('a node deleted by one while another connects to it or edits it: the node is gone everywhere, no dangling relation', () => {
    const docs = [new Y.Doc(), new Y.Doc()];
    writeMap(docs[0]!, generateMap(6, 4));
    Y.applyUpdate(docs[1]!, Y.encodeStateAsUpdate(docs[0]!));
    const [a, b] = docs.map((d) => new MapBinding(d));
    const victim = a!.map.nodes[2]!.id;
    a!.apply(ops.removeElements(a!.map, [victim]));
    const other = b!.map.nodes[4]!.id;
    const connected = ops.connect(b!.map, other, victim, 'supports');
    b!.apply(ops.updateNode(connected.map, victim, { text: 'edited meanwhile' }));
    Y.applyUpdate(docs[1]!, Y.encodeStateAsUpdate(docs[0]!));
    Y.applyUpdate(docs[0]!, Y.encodeStateAsUpdate(docs[1]!));
    expect(a!.map.nodes.some((n) => n.id === victim)).toBe(false);
    expect(b!.map).toEqual(a!.map);
    expectValid(a!.map);
  });

  it('4 peers, random concurrent operations, random delivery order: all converge to the same valid map (100 seeds × 200 operations)', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const rng = seededRandom(seed);
      vi.spyOn(Math, 'random').mockImplementation(rng); // ids made by the model are seeded too
      const int = () => Math.floor(rng() * 1_000_000);
      const docs = Array.from({ length: 4 }, () => new Y.Doc());
      writeMap(docs[0]!, generateMap(8, seed));
      for (const doc of docs.slice(1)) Y.applyUpdate(doc, Y.encodeStateAsUpdate(docs[0]!));
      const peers = docs.map((d) => new MapBinding(d));
      const inboxes: Uint8Array[][] = docs.map(() => []);
      docs.forEach((doc, i) =>
        doc.on('update', (u: Uint8Array, origin: unknown) => {
          if (origin !== 'remote') inboxes.forEach((box, j) => j !== i && box.push(u));
        }),
      );
      for (let step = 0; step < 200; step++) {
        const p = int() % 4;
        const peer = peers[p]!;
        const roll = int() % 20;
        if (roll === 0) peer.undo();
        else if (roll === 1) peer.redo();
        else peer.apply(randomOperation(peer.map, int(), int));
        // Deliver a random few pending updates, in random order (Yjs holds back what comes too early).
        for (let k = int() % 4; k > 0; k--) {
          const box = inboxes[int() % 4]!;
          if (!box.length) continue;
          const [u] = box.splice(int() % box.length, 1);
          Y.applyUpdate(docs[inboxes.indexOf(box)]!, u!, 'remote');
        }
      }
      inboxes.forEach((box, j) => box.splice(0).forEach((u) => Y.applyUpdate(docs[j]!, u, 'remote')));
      const final = plain(peers[0]!.map);
      for (const peer of peers.slice(1)) expect(plain(peer.map), `seed ${seed}`).toEqual(final);
      expect(plain(readMap(docs[0]!))).toEqual(final);
      expectValid(peers[0]!.map);
      vi.restoreAllMocks();
    }
  }, 180_000);
});

describe('binding: undo per person', () => {
  it('undoes only my own change, one step per change, and redoes it', () => {
    const [a, b] = connectedPeers(2, generateMap(5, 7));
    const mine = ops.addNode(a!.map, { kind: 'claim', text: 'mine', position: { x: 0, y: 0 } });
    a!.apply(mine.map);
    const theirs = b!.map.nodes[1]!;
    b!.apply(ops.updateNode(b!.map, theirs.id, { text: 'theirs' }));
    a!.apply(ops.setMeta(a!.map, { title: 'My title' }));

    expect(a!.undo()).toBe(true);
    expect(a!.map.meta.title).not.toBe('My title');
    expect(a!.map.nodes.some((n) => n.id === mine.id)).toBe(true);
    expect(a!.undo()).toBe(true);
    expect(a!.map.nodes.some((n) => n.id === mine.id)).toBe(false);
    expect(a!.map.nodes.find((n) => n.id === theirs.id)!.text).toBe('theirs');
    expect(a!.undo()).toBe(false);
    expect(b!.map).toEqual(a!.map);

    expect(a!.redo()).toBe(true);
    expect(b!.map.nodes.some((n) => n.id === mine.id)).toBe(true);
  });

  it('a whole drag is one step', () => {
    const [a] = connectedPeers(1, generateMap(5, 8));
    const node = a!.map.nodes[0]!;
    const start = node.position;
    for (let x = 1; x <= 10; x++) a!.apply(ops.moveNodes(a!.map, { [node.id]: { x: start.x + x * 10, y: start.y } }), { gesture: true });
    a!.endGesture();
    a!.apply(ops.updateNode(a!.map, node.id, { text: 'after the drag' }));
    a!.undo();
    expect(a!.map.nodes[0]!.position).toEqual({ x: start.x + 100, y: start.y });
    a!.undo();
    expect(a!.map.nodes[0]!.position).toEqual(start);
    expect(a!.canUndo()).toBe(false);
  });

  it('opening another map in a room replaces it for everyone as one step, which undo takes back', () => {
    const [a, b] = connectedPeers(2, generateMap(30, 12));
    const before = plain(a!.map);
    const opened = generateMap(12, 99);
    a!.apply(opened);
    expect(plain(b!.map)).toEqual(plain(opened));
    a!.undo();
    expect(plain(b!.map)).toEqual(before);
    expect(a!.canUndo()).toBe(false);
  });

  it('undoing a delete brings back the node and the relations that hung on it', () => {
    const [a, b] = connectedPeers(2, generateMap(10, 9));
    const before = plain(a!.map);
    const victim = a!.map.nodes[0]!.id;
    a!.apply(ops.removeElements(a!.map, [victim]));
    expect(b!.map.nodes).toHaveLength(9);
    a!.undo();
    expect(plain(a!.map)).toEqual(before);
    expect(plain(b!.map)).toEqual(before);
  });
});
