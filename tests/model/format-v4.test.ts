// Format version 4: argumentation schemes on relations, comments and the exercise block; the
// v3 → v4 migration, round trips, and the repairs the lenient reader makes to each.
import { loadMapJson, parseMapText } from '../../src/model/format/load.ts';
import { MIGRATIONS } from '../../src/model/format/migrations.ts';
import { serializeMap, toMapFile } from '../../src/model/format/save.ts';
import { FileSchema } from '../../src/model/format/schema.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { mapOf, node, rel } from '../builders.ts';

const loaded = (json: unknown) => {
  const r = loadMapJson(json);
  if (!r.ok) throw new Error(r.error);
  return r;
};
const file = (map: ArgMap) => JSON.parse(serializeMap(map)) as Record<string, unknown>;

const rich: ArgMap = {
  ...mapOf(
    [node('c', 'claim'), node('a'), node('b'), node('o', 'objection'), node('e', 'evidence')],
    [
      rel('ra', 'a', 'c', 'supports', {
        group: 'g',
        scheme: {
          scheme: 'expert-opinion',
          roles: { source: 'a', domain: 'b' },
          questions: { trustworthy: { status: 'raised', by: 'o' } },
        },
      }),
      rel('rb', 'b', 'c', 'supports', {
        group: 'g',
        scheme: {
          scheme: 'expert-opinion',
          roles: { source: 'a', domain: 'b' },
          questions: { trustworthy: { status: 'raised', by: 'o' } },
        },
      }),
      rel('ro', 'o', 'ra', 'undercuts'),
      rel('re', 'e', 'c', 'supports', { scheme: { scheme: 'sign', questions: { strength: { status: 'answered', by: 'e' } } } }),
    ],
  ),
  comments: [
    {
      id: 'c1',
      target: 'a',
      author: 'Teacher',
      created: '2026-12-06T10:00:00.000Z',
      text: 'Is this one premise or two?',
      replies: [{ id: 'c1-r1', author: 'Student', created: '2026-12-06T10:05:00.000Z', text: 'Two, fixed.' }],
      resolved: true,
    },
    { id: 'c2', target: 'ra', author: 'Teacher', created: '2026-12-06T10:01:00.000Z', text: 'Which scheme?' },
    { id: 'c3', author: 'Teacher', created: '2026-12-06T10:02:00.000Z', text: 'Good start overall.' },
  ],
  exercise: {
    mode: 'relations',
    ghosts: 'shown',
    key: { meta: { title: 'Key', description: '' }, nodes: [node('c', 'claim')], relations: [] },
  },
};

describe('format version 4', () => {
  it('migrates a version-3 file step 3 → 4 keeping every field', () => {
    const v3 = { ...file(mapOf([node('a')])), version: 3 };
    expect(MIGRATIONS[3]!(structuredClone(v3))).toStrictEqual({ ...v3, version: 4 });
    const r = loaded(v3);
    expect(r.migratedFrom).toBe(3);
    expect(r.repairs).toEqual([]);
  });

  it('saves schemes, comments and the exercise, valid against the schema, and opens them back unchanged', () => {
    expect(FileSchema.safeParse(toMapFile(rich)).success).toBe(true);
    const r = loaded(file(rich));
    expect(r.repairs).toEqual([]);
    expect(r.map).toStrictEqual(rich);
    expect(serializeMap(r.map)).toBe(serializeMap(rich));
  });

  it('writes scheme roles and questions in a stable order, and leaves out what is empty', () => {
    const a = mapOf(
      [node('a'), node('c')],
      [rel('r', 'a', 'c', 'supports', { scheme: { scheme: 's', roles: { z: 'a', b: 'c' }, questions: {} } })],
    );
    const saved = file(a) as { relations: { scheme: unknown }[] };
    expect(JSON.stringify(saved.relations[0]!.scheme)).toBe('{"scheme":"s","roles":{"b":"c","z":"a"}}');
    expect(file(mapOf([node('a')]))).not.toHaveProperty('comments');
    expect(file(mapOf([node('a')]))).not.toHaveProperty('exercise');
  });
});

describe('format version 4 repairs', () => {
  const base = file(mapOf([node('c', 'claim'), node('a'), node('b')], [rel('ra', 'a', 'c'), rel('rb', 'b', 'c')]));
  const withRelations = (relations: unknown[]) => ({ ...base, relations });

  it('keeps the readable parts of a broken scheme and says what went', () => {
    const r = loaded(
      withRelations([
        {
          id: 'ra',
          kind: 'supports',
          from: 'a',
          to: 'c',
          scheme: {
            scheme: 'analogy',
            roles: { similar: 'a', odd: 7 },
            questions: { q1: { status: 'maybe' }, q2: { status: 'answered' } },
            colour: 'red',
          },
        },
      ]),
    );
    expect(r.map.relations[0]!.scheme).toStrictEqual({
      scheme: 'analogy',
      roles: { similar: 'a' },
      questions: { q2: { status: 'answered' } },
    });
    expect(r.repairs).toHaveLength(1);
    expect(r.repairs[0]).toMatch(
      /Relation "ra": its scheme "analogy" had invalid parts; removed roles not filled.*critical questions with an unknown state.*"colour"/,
    );
  });

  it('removes a scheme that names no scheme, keeping the relation', () => {
    const r = loaded(withRelations([{ id: 'ra', kind: 'supports', from: 'a', to: 'c', scheme: { roles: {} } }]));
    expect(r.map.relations).toStrictEqual([{ id: 'ra', kind: 'supports', from: 'a', to: 'c' }]);
    expect(r.repairs).toEqual([expect.stringMatching(/^Relation "ra": its scheme .* names no scheme; removed\.$/)]);
  });

  it('leaves a role unfilled and a question without its answer when they name a missing statement', () => {
    const r = loaded(
      withRelations([
        {
          id: 'ra',
          kind: 'supports',
          from: 'a',
          to: 'c',
          scheme: { scheme: 'sign', roles: { sign: 'ghost' }, questions: { q: { status: 'answered', by: 'gone' } } },
        },
      ]),
    );
    expect(r.map.relations[0]!.scheme).toStrictEqual({ scheme: 'sign', questions: { q: { status: 'answered' } } });
    expect(r.repairs).toEqual([
      expect.stringMatching(/role "sign" pointed to a missing statement "ghost"; left unfilled/),
      expect.stringMatching(/critical question "q" pointed to a missing statement "gone"; kept without it/),
    ]);
  });

  it('gives every co-premise of a group the scheme of its first relation', () => {
    const r = loaded(
      withRelations([
        { id: 'ra', kind: 'supports', from: 'a', to: 'c', group: 'g', scheme: { scheme: 'sign' } },
        { id: 'rb', kind: 'supports', from: 'b', to: 'c', group: 'g', scheme: { scheme: 'analogy' } },
      ]),
    );
    expect(r.map.relations.map((x) => x.scheme)).toStrictEqual([{ scheme: 'sign' }, { scheme: 'sign' }]);
    expect(r.repairs).toEqual([expect.stringMatching(/"rb" is a co-premise of group "g".*given the group's \("sign"\)/)]);
  });

  it('keeps a comment on a missing statement as a comment on the whole map, and never drops words', () => {
    const r = loaded({
      ...base,
      comments: [
        { id: 'x', target: 'gone', author: 'T', created: '2026-01-01', text: 'Where did this go?' },
        { id: 'y', author: 5, text: 'Author was a number', replies: [{ text: 'reply without id' }, 'junk'] },
        'not a comment',
        { id: 'a', author: 'T', created: '', text: 'same id as a node' },
      ],
    });
    expect(r.map.comments!.map((c) => c.text)).toEqual(['Where did this go?', 'Author was a number', 'same id as a node']);
    expect(r.map.comments![0]).not.toHaveProperty('target');
    expect(r.map.comments![1]!.author).toBe('Unknown');
    expect(r.map.comments![1]!.replies!.map((x) => x.text)).toEqual(['reply without id']);
    expect(r.map.comments![2]!.id).not.toBe('a');
    expect(r.repairs.join('\n')).toMatch(/Comment "x" was on "gone", which is not in the map; kept as a comment on the whole map/);
    expect(r.repairs.join('\n')).toMatch(/Comment #3 was "not a comment", with no text; skipped/);
    expect(r.repairs.join('\n')).toMatch(/Comment "a" had the same id as something else in the map; renamed/);
  });

  it('opens a file whose comments are not a list without them, and says so', () => {
    const r = loaded({ ...base, comments: { c1: 'x' } });
    expect(r.map).not.toHaveProperty('comments');
    expect(r.repairs).toEqual([expect.stringMatching(/"comments" field was .*not a list; opened without comments/)]);
  });

  it('opens a map with a broken exercise block as an ordinary map, and repairs a broken key like a map', () => {
    const plain = loaded({ ...base, exercise: { mode: 'draw' } });
    expect(plain.map).not.toHaveProperty('exercise');
    expect(plain.repairs).toEqual([expect.stringMatching(/exercise settings .* with no exercise mode; opened as an ordinary map/)]);

    const keyed = loaded({
      ...base,
      exercise: {
        mode: 'kinds',
        ghosts: 'sometimes',
        key: {
          meta: { title: 'K', description: '' },
          nodes: [{ id: 'k', kind: 'claim', text: 'K', position: { x: 0, y: 0 } }],
          relations: [{ id: 'rk', kind: 'supports', from: 'k', to: 'nowhere' }],
        },
      },
    });
    expect(keyed.map.exercise).toStrictEqual({
      mode: 'kinds',
      ghosts: 'counted',
      key: {
        meta: { title: 'K', description: '' },
        nodes: [{ id: 'k', kind: 'claim', text: 'K', position: { x: 0, y: 0 } }],
        relations: [],
      },
    });
    expect(keyed.repairs).toEqual([
      expect.stringMatching(/ghosts setting was "sometimes"; missing parts are only counted/),
      expect.stringMatching(/^In the exercise key: Relation "rk" \(supports\) pointed to a missing node "nowhere"; removed\.$/),
    ]);
  });

  it('never throws on any of these, as text either', () => {
    for (const comments of [null, 7, [null], [{ text: 1 }]]) expect(parseMapText(JSON.stringify({ ...base, comments })).ok).toBe(true);
    for (const exercise of [null, [], { mode: 'relations', key: 3 }, { mode: 'text', key: { nodes: 'x' } }])
      expect(parseMapText(JSON.stringify({ ...base, exercise })).ok).toBe(true);
  });
});
