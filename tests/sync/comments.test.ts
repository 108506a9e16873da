// Comments in a shared room (issue 19): each comment and each reply is an entry of its own in
// the doc, so two people commenting, replying and resolving at once both keep their change;
// what a hostile peer writes is checked when read; undo takes back only one's own comments.
import * as Y from 'yjs';
import type { ArgMap } from '../../src/model/types.ts';
import * as ops from '../../src/model/operations.ts';
import * as comments from '../../src/model/comments.ts';
import { loadMapJson } from '../../src/model/format/load.ts';
import { toMapFile } from '../../src/model/format/save.ts';
import { MapBinding, readMap, writeMap } from '../../src/sync/binding.ts';
import { mapOf, node, rel } from '../builders.ts';

const T = '2026-12-07T09:00:00.000Z';
const teacher = (text: string) => ({ author: 'Ms Tan', created: T, text });
const student = (text: string) => ({ author: 'Alex', created: '2026-12-07T09:01:00.000Z', text });

const start = (): ArgMap =>
  mapOf([node('c', 'claim', 'Claim'), node('a', 'premise', 'Reason'), node('o', 'objection', 'Objection')], [rel('ra', 'a', 'c')]);

/** Two peers on one doc that exchange nothing until `sync()`: their changes are concurrent. */
function twoPeers(initial: ArgMap = start()) {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  writeMap(docs[0], initial);
  Y.applyUpdate(docs[1], Y.encodeStateAsUpdate(docs[0]));
  const [a, b] = docs.map((d) => new MapBinding(d)) as [MapBinding, MapBinding];
  const sync = () => {
    Y.applyUpdate(docs[1], Y.encodeStateAsUpdate(docs[0]), 'remote');
    Y.applyUpdate(docs[0], Y.encodeStateAsUpdate(docs[1]), 'remote');
  };
  return { a, b, docs, sync };
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
const texts = (map: ArgMap) => (map.comments ?? []).map((c) => c.text);

/** The map is one the file loader accepts without a repair. */
function expectValid(map: ArgMap) {
  const loaded = loadMapJson(JSON.parse(JSON.stringify(toMapFile(map))));
  expect(loaded.ok && loaded.repairs).toEqual([]);
}

describe('comments through the doc', () => {
  it('a map with comments, replies, a resolved and a detached one is written and read back exactly', () => {
    let map = comments.addComment(start(), 'a', teacher('Source?')).map;
    map = comments.addReply(map, map.comments![0]!.id, student('Paragraph 3')).map;
    map = comments.addReply(map, map.comments![0]!.id, teacher('Thanks')).map;
    map = comments.addComment(map, 'ra', teacher('Why?')).map;
    map = comments.addComment(map, 'o', teacher('On the objection')).map;
    map = comments.setResolved(map, map.comments![1]!.id, true);
    map = ops.removeElements(map, ['o']);
    const doc = new Y.Doc();
    writeMap(doc, map);
    expect(readMap(doc)).toEqual(map);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(new MapBinding(copy).map).toEqual(map);
    // Comments are entries of their own, not one value among the top-level fields.
    expect(doc.getMap('top').has('comments')).toBe(false);
    expect(doc.getMap('comments').size).toBe(3);
    expect(doc.getMap('replies').size).toBe(2);
  });

  it('the writer keeps the very map it applied, and a peer keeps the objects of comments nobody touched', () => {
    const { a, b, sync } = twoPeers();
    const first = comments.addComment(a.map, 'a', teacher('One')).map;
    a.apply(first);
    expect(a.map).toBe(first);
    sync();
    const seen = b.map.comments![0];
    const nodes = b.map.nodes;
    const second = comments.addComment(a.map, 'c', teacher('Two')).map;
    a.apply(second);
    sync();
    expect(b.map.comments![0]).toBe(seen);
    expect(b.map.nodes).toBe(nodes);
  });
});

describe('comments: two people at once', () => {
  it('two comments added at once on one statement: both peers have both, in the same order', () => {
    const { a, b, sync } = twoPeers();
    a.apply(comments.addComment(a.map, 'a', teacher('From the teacher')).map);
    b.apply(comments.addComment(b.map, 'a', student('From the student')).map);
    sync();
    expect(texts(a.map).sort()).toEqual(['From the student', 'From the teacher']);
    expect(plain(b.map)).toEqual(plain(a.map));
    expectValid(a.map);
  });

  it('replies written at once to one comment, and a resolve meanwhile: nothing is lost', () => {
    const { a, b, sync } = twoPeers();
    a.apply(comments.addComment(a.map, 'a', teacher('Source?')).map);
    sync();
    const id = a.map.comments![0]!.id;
    a.apply(comments.addReply(a.map, id, teacher('Look at paragraph 3')).map);
    a.apply(comments.addReply(a.map, id, teacher('Or 4')).map);
    b.apply(comments.addReply(b.map, id, student('Found it')).map);
    b.apply(comments.setResolved(b.map, id, true));
    sync();
    const thread = a.map.comments![0]!;
    expect(thread.resolved).toBe(true);
    expect(thread.replies!.map((r) => r.text).sort()).toEqual(['Found it', 'Look at paragraph 3', 'Or 4']);
    // One person's replies stay in the order they wrote them.
    const mine = thread.replies!.filter((r) => r.author === 'Ms Tan').map((r) => r.text);
    expect(mine).toEqual(['Look at paragraph 3', 'Or 4']);
    expect(plain(b.map)).toEqual(plain(a.map));
  });

  it('an edit and a reply at once on one comment both survive', () => {
    const { a, b, sync } = twoPeers();
    a.apply(comments.addComment(a.map, 'c', teacher('Claer?')).map);
    sync();
    const id = a.map.comments![0]!.id;
    a.apply(comments.editText(a.map, id, 'Clear?', 'Ms Tan'));
    b.apply(comments.addReply(b.map, id, student('Yes')).map);
    sync();
    expect(a.map.comments![0]).toMatchObject({ text: 'Clear?', replies: [{ text: 'Yes' }] });
    expect(plain(b.map)).toEqual(plain(a.map));
  });

  it('a statement deleted by one while the other comments on it: the comment shows on the whole map; undoing the delete puts it back', () => {
    const { a, b, sync } = twoPeers();
    a.apply(ops.removeElements(a.map, ['a']));
    b.apply(comments.addComment(b.map, 'a', student('Is this right?')).map);
    sync();
    for (const peer of [a, b]) {
      expect(peer.map.comments).toHaveLength(1);
      expect(peer.map.comments![0]).not.toHaveProperty('target');
      expect(peer.map.comments![0]!.text).toBe('Is this right?');
    }
    expect(plain(b.map)).toEqual(plain(a.map));
    expectValid(a.map);
    expect(a.undo()).toBe(true);
    sync();
    expect(b.map.comments![0]!.target).toBe('a');
    expect(plain(b.map)).toEqual(plain(a.map));
  });

  it('a comment deleted by its author while someone replies to it: the thread goes (the reply with it), on both', () => {
    const { a, b, sync } = twoPeers();
    a.apply(comments.addComment(a.map, 'c', teacher('Never mind')).map);
    sync();
    const id = a.map.comments![0]!.id;
    a.apply(comments.deleteComment(a.map, id, 'Ms Tan'));
    b.apply(comments.addReply(b.map, id, student('Too late')).map);
    sync();
    expect(a.map).not.toHaveProperty('comments');
    expect(plain(b.map)).toEqual(plain(a.map));
  });
});

describe('comments: undo per person', () => {
  it('deleting a commented statement detaches the comment for everyone; undoing the delete puts it back on the statement for everyone', () => {
    const { a, b, sync } = twoPeers();
    b.apply(comments.addComment(b.map, 'a', student('On the reason')).map);
    sync();
    a.apply(ops.removeElements(a.map, ['a']));
    sync();
    expect(b.map.comments![0]).toMatchObject({ text: 'On the reason', wasOn: 'the statement “Reason”' });
    expect(b.map.comments![0]).not.toHaveProperty('target');
    expect(a.undo()).toBe(true);
    sync();
    for (const peer of [a, b]) {
      expect(peer.map.comments![0]!.target).toBe('a');
      expect(peer.map.comments![0]).not.toHaveProperty('wasOn');
    }
  });

  it('undo takes back my comment, not the other’s; redo brings it back', () => {
    const { a, b, sync } = twoPeers();
    a.apply(comments.addComment(a.map, 'a', teacher('Mine')).map);
    b.apply(comments.addComment(b.map, 'a', student('Theirs')).map);
    sync();
    expect(a.undo()).toBe(true);
    sync();
    expect(texts(b.map)).toEqual(['Theirs']);
    expect(a.redo()).toBe(true);
    sync();
    expect(texts(b.map).sort()).toEqual(['Mine', 'Theirs']);
  });
});

describe('comments: what a hostile peer writes is checked', () => {
  it('wrong types, unknown fields, orphan replies and targets that do not exist are repaired the same way on every peer', () => {
    const { a, b, docs, sync } = twoPeers();
    docs[1].transact(() => {
      const put = (root: string, id: string, fields: Record<string, unknown>) => {
        const y = new Y.Map<unknown>();
        docs[1].getMap<Y.Map<unknown>>(root).set(id, y);
        for (const [k, v] of Object.entries(fields)) y.set(k, v);
      };
      put('comments', 'k1', { text: 'fine', author: 42, created: { when: 'now' }, target: 'a', resolved: 'yes', evil: '<script>' });
      put('comments', 'k2', { text: { rich: true }, author: 'X' });
      put('comments', 'k3', { text: 'on nothing', author: 'X', created: T, target: 'nowhere' });
      put('comments', 'k4', { text: 'proto', author: 'X', created: T, target: ['a'] });
      docs[1].getMap<Y.Map<unknown>>('comments').get('k4')!.set('__proto__', { polluted: true });
      put('replies', 'q1', { text: 'reply', author: 'Y', created: T, comment: 'k1', extra: 1 });
      put('replies', 'q2', { text: 'orphan', author: 'Y', created: T, comment: 'k2' });
      put('replies', 'q3', { text: 7, author: 'Y', created: T, comment: 'k1' });
      put('replies', 'q4', { text: 'no comment field', author: 'Y', created: T });
    });
    sync();
    const expected = [
      {
        id: 'k1',
        author: 'Unknown',
        created: '',
        text: 'fine',
        target: 'a',
        replies: [{ id: 'q1', author: 'Y', created: T, text: 'reply' }],
      },
      { id: 'k3', author: 'X', created: T, text: 'on nothing' },
      { id: 'k4', author: 'X', created: T, text: 'proto' },
    ];
    expect(a.map.comments).toEqual(expected);
    expect(b.map.comments).toEqual(expected);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((a.map.comments![2] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expectValid(a.map);
    // The editor can go on: a comment added on top of that is written and read by both.
    a.apply(comments.addComment(a.map, 'c', teacher('After')).map);
    sync();
    expect(texts(b.map)).toEqual(['fine', 'on nothing', 'proto', 'After']);
  });

  it('a "comments" value a peer puts among the top-level fields is ignored, not shown as comments', () => {
    const { a, docs, sync } = twoPeers();
    docs[1].transact(() => docs[1].getMap('top').set('comments', [{ id: 'z', author: 'X', created: T, text: 'sneaky' }]));
    sync();
    expect(a.map).not.toHaveProperty('comments');
  });
});
