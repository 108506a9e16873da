// The file format: writer (save.ts), reader (load.ts → migrations.ts → restore.ts).
// Broken files live in tests/fixtures/ (the end-to-end tests open some of them too);
// smaller variations are built inline from `doc()`.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadMapJson, parseMapText, type LoadResult } from '../../src/model/format/load.ts';
import { migrate, MIGRATIONS, OLDEST_VERSION } from '../../src/model/format/migrations.ts';
import { FileSchema, FORMAT_VERSION } from '../../src/model/format/schema.ts';
import { serializeMap, toMapFile } from '../../src/model/format/save.ts';
import { LAYOUT_MODES, NODE_KINDS, RELATION_KINDS, type ArgMap, type ArgNode, type Relation } from '../../src/model/types.ts';

// ---------------------------------------------------------------- helpers

const readText = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const fixture = (name: string) => readText(`tests/fixtures/${name}`);

type Loaded = Extract<LoadResult, { ok: true }>;

function expectLoaded(result: LoadResult): Loaded {
  if (!result.ok) expect.fail(`expected the file to open, but it was refused: ${result.error}`);
  expectWellFormed(result.map);
  return result;
}

function expectRefused(result: LoadResult, ...patterns: (string | RegExp)[]): string {
  if (result.ok) expect.fail(`expected a refusal, but the file opened with repairs: ${JSON.stringify(result.repairs)}`);
  for (const p of patterns) expect(result.error).toMatch(p);
  return result.error;
}

/** The one repair message matching every pattern (fails if there is none or more than one). */
function repairMatching(result: Loaded, ...patterns: (string | RegExp)[]): string {
  const matches = result.repairs.filter((m) => patterns.every((p) => (typeof p === 'string' ? m.includes(p) : p.test(m))));
  expect(matches, `one repair matching ${patterns.join(' & ')} in ${JSON.stringify(result.repairs, null, 2)}`).toHaveLength(1);
  return matches[0]!;
}

/** What every map the reader hands out must satisfy. */
function expectWellFormed(map: ArgMap) {
  const parsed = FileSchema.safeParse(toMapFile(map));
  expect(parsed.success, parsed.error?.message).toBe(true);
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const relIds = new Set(map.relations.map((r) => r.id));
  expect(nodeIds.size + relIds.size, 'ids unique across nodes and relations').toBe(map.nodes.length + map.relations.length);
  for (const r of map.relations) {
    expect(nodeIds.has(r.from), `relation ${r.id} starts at a node`).toBe(true);
    expect(r.kind === 'undercuts' ? relIds.has(r.to) : nodeIds.has(r.to), `relation ${r.id} (${r.kind}) has a target`).toBe(true);
  }
}

const byId = <T extends { id: string }>(items: T[], id: string) => items.find((i) => i.id === id);

/** A small valid version-1 document; `patch` replaces top-level fields (undefined deletes). */
function doc(patch: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    format: 'argmap',
    version: 1,
    meta: { title: 'Tea or coffee', description: '' },
    nodes: [
      { id: 'c', kind: 'claim', text: 'Tea is better than coffee.', position: { x: 0, y: 0 } },
      { id: 'p', kind: 'premise', text: 'Tea has less caffeine.', position: { x: 0, y: 200 } },
      { id: 'o', kind: 'objection', text: 'Less caffeine is not better for everyone.', position: { x: 300, y: 200 } },
    ],
    relations: [
      { id: 'r-p', kind: 'supports', from: 'p', to: 'c' },
      { id: 'r-o', kind: 'undercuts', from: 'o', to: 'r-p' },
    ],
  };
  for (const [k, v] of Object.entries(patch))
    if (v === undefined) delete base[k];
    else base[k] = v;
  return base;
}
const load = (patch: Record<string, unknown>) => parseMapText(JSON.stringify(doc(patch)));
const withNodes = (...extra: unknown[]) => load({ nodes: [...(doc().nodes as unknown[]), ...extra] });
const withRelations = (...extra: unknown[]) => load({ relations: [...(doc().relations as unknown[]), ...extra] });

// ---------------------------------------------------------------- generators

const nonEmpty = fc.string({ minLength: 1, unit: 'binary' });
const coordinate = fc
  .oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
  // JSON has no -0: a position of -0 is written as 0. Not worth keeping, so not generated.
  .map((v) => (Object.is(v, -0) ? 0 : v));
const idArb = fc.oneof(
  fc.stringMatching(/^[a-z]{1,2}-[a-z0-9]{1,5}$/),
  fc.string({ minLength: 1 }),
  fc.constantFrom('__proto__', 'constructor', 'toString'),
);

// fast-check may build null-prototype objects; JSON.parse never does, and toStrictEqual tells them apart.
const noNullPrototype = true;
const nodeBody = fc.record(
  {
    kind: fc.constantFrom(...NODE_KINDS),
    text: fc.string({ unit: 'binary' }),
    position: fc.record({ x: coordinate, y: coordinate }, { noNullPrototype }),
    notes: fc.option(nonEmpty, { nil: undefined }),
    source: fc.option(
      fc
        .record({ document: nonEmpty, section: nonEmpty, paragraph: nonEmpty, quote: nonEmpty }, { requiredKeys: [], noNullPrototype })
        .filter((s) => Object.keys(s).length > 0),
      { nil: undefined },
    ),
  },
  { noNullPrototype },
);
const relationSpec = fc.record({
  kind: fc.constantFrom(...RELATION_KINDS),
  from: fc.nat(),
  to: fc.nat(),
  group: fc.option(fc.constantFrom('g1', 'g2', 'linked'), { nil: undefined }),
});

/**
 * Valid, normalised maps: unique ids (across nodes and relations), every relation attached,
 * undercuts aimed at earlier relations, no empty notes or source parts, finite numbers.
 * Lone groups, duplicate links and self-links are allowed: the format does not forbid them.
 */
const validMap: fc.Arbitrary<ArgMap> = fc
  .record({
    meta: fc.record(
      { title: fc.string({ unit: 'binary' }), description: fc.string({ unit: 'binary' }), layout: fc.constantFrom(...LAYOUT_MODES) },
      { noNullPrototype, requiredKeys: ['title', 'description'] },
    ),
    nodes: fc.array(nodeBody, { minLength: 1, maxLength: 12 }),
    relations: fc.array(relationSpec, { maxLength: 16 }),
    ids: fc.uniqueArray(idArb, { minLength: 28, maxLength: 28 }),
  })
  .map(({ meta, nodes: bodies, relations: specs, ids }) => {
    const nodes: ArgNode[] = bodies.map(({ notes, source, ...b }, i) => ({
      id: ids[i]!,
      ...b,
      ...(notes !== undefined ? { notes } : {}),
      ...(source !== undefined ? { source } : {}),
    }));
    const relations: Relation[] = [];
    specs.forEach(({ kind, from, to, group }, j) => {
      const undercut = kind === 'undercuts' && relations.length > 0;
      relations.push({
        id: ids[nodes.length + j]!,
        kind: kind === 'undercuts' && !undercut ? 'opposes' : kind,
        from: nodes[from % nodes.length]!.id,
        to: undercut ? relations[to % relations.length]!.id : nodes[to % nodes.length]!.id,
        ...(group !== undefined && !undercut ? { group } : {}),
      });
    });
    return { meta, nodes, relations };
  });

// ---------------------------------------------------------------- round trip

describe('save → open', () => {
  it('gives back exactly the same map, for any valid map', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const text = serializeMap(map);
        const loaded = expectLoaded(parseMapText(text));
        expect(loaded.repairs).toStrictEqual([]);
        expect(loaded.migratedFrom).toBeUndefined();
        expect(loaded.map).toStrictEqual(map);
        expect(serializeMap(loaded.map), 'saving again gives the same text').toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('every saved file validates against FileSchema', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const file = JSON.parse(serializeMap(map));
        expect(FileSchema.safeParse(file).success).toBe(true);
        expect(file).toStrictEqual(toMapFile(map));
      }),
      { numRuns: 200 },
    );
  });

  it('writes fields in a fixed order and drops empty notes and source parts', () => {
    const map: ArgMap = {
      meta: { description: 'd', title: 't' } as ArgMap['meta'],
      nodes: [{ position: { y: 2, x: 1 }, text: 'x', notes: '', source: { quote: '', document: 'doc' }, kind: 'claim', id: 'a' }],
      relations: [{ to: 'a', from: 'a', kind: 'supports', id: 'r', group: '' }],
    };
    expect(JSON.parse(serializeMap(map))).toStrictEqual({
      format: 'argmap',
      version: FORMAT_VERSION,
      meta: { title: 't', description: 'd' },
      nodes: [{ id: 'a', kind: 'claim', text: 'x', position: { x: 1, y: 2 }, source: { document: 'doc' } }],
      relations: [{ id: 'r', kind: 'supports', from: 'a', to: 'a' }],
    });
    expect(Object.keys(JSON.parse(serializeMap(map)).nodes[0])).toStrictEqual(['id', 'kind', 'text', 'position', 'source']);
    expect(serializeMap(map).endsWith('}\n')).toBe(true);
  });

  it('maps/gsomia-2012.json opens with no repairs and saves back byte for byte', () => {
    const text = readText('maps/gsomia-2012.json');
    const loaded = expectLoaded(parseMapText(text));
    expect(loaded.repairs).toStrictEqual([]);
    expect(loaded.map.nodes.length).toBeGreaterThan(10);
    expect(FileSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(expectLoaded(parseMapText(serializeMap(loaded.map))).map).toStrictEqual(loaded.map);
    expect(serializeMap(loaded.map)).toBe(text);
  });

  it('accepts a UTF-8 byte-order mark at the start', () => {
    const text = fixture('with-bom.json');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const loaded = expectLoaded(parseMapText(text));
    expect(loaded.repairs).toStrictEqual([]);
    expect(loaded.map.meta.title).toBe('Library opening hours');
    expect(loaded.map.nodes).toHaveLength(3);
  });
});

// ---------------------------------------------------------------- refusals

describe('files that are refused', () => {
  it('not JSON', () => {
    expectRefused(parseMapText(fixture('not-json.txt')), /not valid JSON/);
    expectRefused(parseMapText(''), /not valid JSON/);
    expectRefused(parseMapText('{"format": "argmap",'), /not valid JSON/);
  });

  // A file renamed to .json, decoded as the browser's File.text() does (UTF-8).
  const asText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  /** Nothing of the file's bytes shows: no control characters, no U+FFFD. */
  const readable = (message: string) => expect(message).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/);

  it('an image renamed to .json: says it is an image, never shows its bytes', () => {
    const png = readFileSync(new URL('../../docs/gsomia-export.png', import.meta.url));
    readable(expectRefused(parseMapText(asText(png)), 'This is an image (PNG), not an Argmap map.'));
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);
    readable(expectRefused(parseMapText(asText(jpeg)), 'This is an image (JPEG), not an Argmap map.'));
    readable(expectRefused(parseMapText(asText(Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]))), /an archive \(ZIP\)/));
  });

  it('any other binary file: "a binary file", never its bytes', () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 256);
    readable(expectRefused(parseMapText(asText(bytes)), 'This is a binary file, not an Argmap map.'));
    // Text that is not JSON is still "not valid JSON", and its control characters are not shown raw.
    readable(expectRefused(parseMapText('hello\u0001 world, this is text'), /not valid JSON/));
  });

  it.each([
    ['an array', '[{"format": "argmap"}]'],
    ['a number', '42'],
    ['a string', '"argmap"'],
    ['null', 'null'],
  ])('JSON, but %s', (_what, text) => {
    expectRefused(parseMapText(text), /not an Argmap map/, /no JSON object/);
  });

  it('no "format" field', () => {
    expectRefused(parseMapText(fixture('not-argmap.json')), /not an Argmap map/, /no "format": "argmap" field/);
    expectRefused(load({ format: undefined }), /no "format"/);
  });

  it('another format, named in the message', () => {
    expectRefused(load({ format: 'kumu' }), /not an Argmap map/, /"kumu"/);
    expectRefused(load({ format: 'Argmap' }), /"Argmap", not "argmap"/);
  });

  it('a newer version, with the version and "newer" in the message', () => {
    const error = expectRefused(parseMapText(fixture('newer-version.json')), /newer/, /version 40/);
    expect(error).toContain(`up to ${FORMAT_VERSION}`);
    expectRefused(load({ version: FORMAT_VERSION + 40 }), /newer/, new RegExp(`version ${FORMAT_VERSION + 40}\\b`));
  });

  it.each([
    ['missing', undefined, 'undefined'],
    ['a string', '1', '"1"'],
    ['a fraction', 1.5, '1.5'],
    ['negative', -1, '-1'],
    ['null', null, 'null'],
  ])('an invalid version (%s)', (_what, version, shown) => {
    const error = expectRefused(load({ version }), /invalid format version/);
    expect(error).toContain(`(${shown})`);
  });

  it('no list of nodes', () => {
    expectRefused(parseMapText(fixture('broken-no-nodes.json')), /no list of nodes/, /"nodes" is missing/);
    expectRefused(load({ nodes: { c: {} } }), /no list of nodes/, /"nodes" is \{"c":\{\}\}/);
    expectRefused(load({ nodes: 'c, p, o' }), /no list of nodes/, /"c, p, o"/);
  });

  it('"relations" that is not a list', () => {
    expectRefused(load({ relations: { 'r-p': {} } }), /"relations" field is not a list/);
    expectRefused(load({ relations: null }), /"relations" field is not a list/, /null/);
  });
});

// ---------------------------------------------------------------- repairs

describe('files that open with repairs', () => {
  it('a valid file needs none', () => {
    expect(expectLoaded(load({})).repairs).toStrictEqual([]);
  });

  it('an unknown layout arrangement is dropped with a repair (Layout then chooses automatically)', () => {
    const loaded = expectLoaded(load({ meta: { title: 't', description: '', layout: 'spiral' } }));
    expect(loaded.map.meta.layout).toBeUndefined();
    expect(loaded.repairs.join(' ')).toMatch(/layout was "spiral"/);
  });

  it('a known layout arrangement is kept', () => {
    const loaded = expectLoaded(load({ meta: { title: 't', description: '', layout: 'compact' } }));
    expect(loaded.map.meta.layout).toBe('compact');
    expect(loaded.repairs).toStrictEqual([]);
  });

  it('no "relations" list: opens with none', () => {
    const loaded = expectLoaded(parseMapText(fixture('broken-no-relations.json')));
    expect(loaded.map.relations).toStrictEqual([]);
    expect(loaded.map.nodes).toHaveLength(3);
    expect(loaded.repairs).toStrictEqual([expect.stringMatching(/no "relations" list/)]);
  });

  it('relations to a missing node are removed, with their undercuts (broken-missing-node.json)', () => {
    const loaded = expectLoaded(parseMapText(fixture('broken-missing-node.json')));
    expect(loaded.map.nodes).toHaveLength(6);
    expect(loaded.map.relations.map((r) => r.id)).toStrictEqual(['r-traffic', 'r-stockholm', 'r-fairness', 'r-exemptions']);
    expect(loaded.repairs).toHaveLength(2);
    repairMatching(loaded, '"r-air-quality"', '"p-air-quality"', /missing node/, /removed/);
    repairMatching(loaded, '"u-one-sensor"', '"r-air-quality"', /missing relation/, /removed/);
  });

  it('a relation whose target node is missing names the target', () => {
    const loaded = expectLoaded(withRelations({ id: 'r-x', kind: 'opposes', from: 'o', to: 'gone' }));
    repairMatching(loaded, '"r-x"', 'node "gone"', /removed/);
    expect(byId(loaded.map.relations, 'r-x')).toBeUndefined();
  });

  it('an undercut that points at a node becomes "opposes"', () => {
    const loaded = expectLoaded(withRelations({ id: 'u-node', kind: 'undercuts', from: 'o', to: 'c' }));
    expect(byId(loaded.map.relations, 'u-node')).toStrictEqual({ id: 'u-node', kind: 'opposes', from: 'o', to: 'c' });
    repairMatching(loaded, '"u-node"', /undercut a node/, /"opposes"/);
  });

  it('duplicate node and relation ids are renamed (broken-duplicate-id.json)', () => {
    const loaded = expectLoaded(parseMapText(fixture('broken-duplicate-id.json')));
    expect(loaded.map.nodes).toHaveLength(5);
    expect(loaded.map.relations).toHaveLength(3);
    expect(loaded.repairs).toHaveLength(2);

    const nodeRepair = repairMatching(loaded, 'Node "p-commute"', /same id/);
    const renamedNode = loaded.map.nodes[2]!;
    expect(renamedNode.text).toBe('Fewer commuters means less crowding at rush hour.');
    expect(renamedNode.id).not.toBe('p-commute');
    expect(nodeRepair).toContain(`"${renamedNode.id}"`);
    expect(nodeRepair).toContain('#3');
    // Links to the duplicated id go to the first node with it.
    expect(byId(loaded.map.relations, 'r1')?.from).toBe('p-commute');
    expect(byId(loaded.map.nodes, 'p-commute')?.text).toBe('Commuting time is unpaid and tiring.');

    const relRepair = repairMatching(loaded, 'Relation "r2"', /same id/);
    const renamedRel = loaded.map.relations[2]!;
    expect(renamedRel).toMatchObject({ kind: 'qualifies', from: 'k-roles' });
    expect(renamedRel.id).not.toBe('r2');
    expect(relRepair).toContain(`"${renamedRel.id}"`);
  });

  it('a relation with the id of a node is renamed', () => {
    const loaded = expectLoaded(withRelations({ id: 'p', kind: 'opposes', from: 'o', to: 'c' }));
    repairMatching(loaded, 'Relation "p"', /same id/);
  });

  describe('nodes with fields of the wrong type (broken-wrong-types.json)', () => {
    const loaded = () => expectLoaded(parseMapText(fixture('broken-wrong-types.json')));
    const nodeOf = (id: string) => byId(loaded().map.nodes, id);

    it('keeps every node that is an object, and every relation', () => {
      expect(loaded().map.nodes.map((n) => n.id)).toStrictEqual(['c-late-start', 'e-hours', 'p-melatonin', 'o-buses', 'rb-stagger']);
      expect(loaded().map.relations).toHaveLength(4);
    });

    it('a number as text is converted', () => {
      expect(nodeOf('e-hours')?.text).toBe('8.5');
      repairMatching(loaded(), 'Node "e-hours"', 'field "text"', /number; converted/);
    });

    it('an unknown kind is shown as a premise', () => {
      expect(nodeOf('p-melatonin')?.kind).toBe('premise');
      repairMatching(loaded(), 'Node "p-melatonin"', 'field "kind"', '"hypothesis"', /premise/);
    });

    it('a missing position puts the node on a grid', () => {
      expect(nodeOf('p-melatonin')?.position).toStrictEqual({ x: 600, y: 0 }); // #3 on an 8-wide grid of 300×200
      repairMatching(loaded(), 'Node "p-melatonin"', 'field "position"', /missing/, /grid/);
    });

    it('a position given as strings is parsed', () => {
      expect(nodeOf('o-buses')?.position).toStrictEqual({ x: 600, y: 200 });
      repairMatching(loaded(), 'Node "o-buses"', 'field "position"', /numbers read from text/);
    });

    it('notes of the wrong type are dropped', () => {
      expect(nodeOf('o-buses')).not.toHaveProperty('notes');
      repairMatching(loaded(), 'Node "o-buses"', 'field "notes"', '42');
    });

    it('a node that is not an object is skipped, with the reason', () => {
      repairMatching(loaded(), 'Node #5', 'TODO: add the parents', /not an object; skipped/);
    });

    it('unknown fields are listed as ignored', () => {
      repairMatching(loaded(), 'Node "rb-stagger"', '"color", "weight"', /ignored/);
      repairMatching(loaded(), 'The file', '"exportedBy"', /ignored/);
      expect(nodeOf('rb-stagger')).toStrictEqual({
        id: 'rb-stagger',
        kind: 'rebuttal',
        text: 'Staggering start times by year group frees the buses.',
        position: { x: 600, y: 400 },
      });
    });

    it('reports nothing else', () => {
      expect(loaded().repairs).toHaveLength(8);
    });
  });

  it('more node repairs: missing id, missing text, half-valid source, source not an object', () => {
    const loaded = expectLoaded(
      withNodes(
        { kind: 'premise', text: 'no id', position: { x: 1, y: 1 } },
        { id: 'no-text', kind: 'premise', position: { x: 1, y: 1 } },
        { id: 'src', kind: 'evidence', text: 's', position: { x: 1, y: 1 }, source: { document: 'Report', page: 4, quote: 7 } },
        { id: 'src2', kind: 'evidence', text: 's', position: { x: 1, y: 1 }, source: 'p. 4' },
      ),
    );
    repairMatching(loaded, 'Node #4', /no valid id/, '"node-4"');
    expect(byId(loaded.map.nodes, 'node-4')?.text).toBe('no id');
    repairMatching(loaded, 'Node "no-text"', 'field "text"', /missing/);
    expect(byId(loaded.map.nodes, 'no-text')?.text).toBe('');
    repairMatching(loaded, 'Node "src"', /source/, /kept document/);
    expect(byId(loaded.map.nodes, 'src')?.source).toStrictEqual({ document: 'Report' });
    repairMatching(loaded, 'Node "src2"', 'field "source"', '"p. 4"', /removed/);
    expect(byId(loaded.map.nodes, 'src2')).not.toHaveProperty('source');
  });

  it('a source whose keys are Object.prototype names is not kept', () => {
    for (const key of ['constructor', 'toString', '__proto__']) {
      const text = JSON.stringify(doc()).replace('"text":"Tea has less caffeine."', `"text":"t","source":{"${key}":"x","document":"d"}`);
      const loaded = expectLoaded(parseMapText(text));
      expect(byId(loaded.map.nodes, 'p')?.source, key).toStrictEqual({ document: 'd' });
    }
  });

  it('relation repairs: unknown kind, unknown fields, empty group, no id, not an object', () => {
    const loaded = expectLoaded(
      withRelations(
        { id: 'r-kind', kind: 'attacks', from: 'o', to: 'c' },
        { id: 'r-extra', kind: 'opposes', from: 'o', to: 'p', weight: 2, colour: 'red' },
        { id: 'r-group', kind: 'supports', from: 'o', to: 'c', group: '' },
        { kind: 'supports', from: 'c', to: 'o' },
        'p -> c',
        { id: 'r-no-to', kind: 'supports', from: 'p' },
      ),
    );
    expect(byId(loaded.map.relations, 'r-kind')?.kind).toBe('supports');
    repairMatching(loaded, 'Relation "r-kind"', '"attacks"');
    repairMatching(loaded, 'Relation "r-extra"', '"colour"', /ignored/);
    repairMatching(loaded, 'Relation "r-extra"', /weight 2 clamped to 1/);
    expect(byId(loaded.map.relations, 'r-extra')?.weight).toBe(1);
    expect(byId(loaded.map.relations, 'r-group')).not.toHaveProperty('group');
    repairMatching(loaded, 'Relation "r-group"', /invalid group/);
    repairMatching(loaded, /no valid id/);
    expect(loaded.map.relations.filter((r) => r.from === 'c' && r.to === 'o')).toHaveLength(1);
    repairMatching(loaded, '"relation #7"', /removed/, /expected object/);
    repairMatching(loaded, 'Relation "r-no-to"', /removed/, /"to"/);
    expect(byId(loaded.map.relations, 'r-no-to')).toBeUndefined();
  });

  it('meta that is missing or of the wrong type gets defaults', () => {
    const noMeta = expectLoaded(load({ meta: undefined }));
    expect(noMeta.map.meta).toStrictEqual({ title: 'Untitled map', description: '' });
    expect(noMeta.repairs.length).toBeGreaterThan(0);
    const badTitle = expectLoaded(load({ meta: { title: 7, description: 'd', author: 'me' } }));
    expect(badTitle.map.meta).toStrictEqual({ title: 'Untitled map', description: 'd' });
    repairMatching(badTitle, /title was 7/);
    repairMatching(badTitle, '"author"', /ignored/);
  });
});

// ---------------------------------------------------------------- fuzzing

describe('the reader never throws', () => {
  const nodeish = fc.oneof(
    fc.anything(),
    fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'r1'), fc.anything()),
        kind: fc.oneof(fc.constantFrom(...NODE_KINDS), fc.anything()),
        text: fc.oneof(fc.string(), fc.anything()),
        position: fc.oneof(
          fc.record({ x: fc.oneof(fc.double(), fc.string(), fc.anything()), y: fc.oneof(fc.double(), fc.anything()) }),
          fc.anything(),
        ),
        notes: fc.anything(),
        source: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.anything())), fc.anything()),
      },
      { requiredKeys: [] },
    ),
  );
  const relationish = fc.oneof(
    fc.anything(),
    fc.record(
      {
        id: fc.oneof(fc.constantFrom('r1', 'r2', 'r3', 'a'), fc.anything()),
        kind: fc.oneof(fc.constantFrom(...RELATION_KINDS), fc.anything()),
        from: fc.oneof(fc.constantFrom('a', 'b', 'c', 'r1'), fc.anything()),
        to: fc.oneof(fc.constantFrom('a', 'b', 'c', 'r1', 'r2', 'r3'), fc.anything()),
        group: fc.oneof(fc.constantFrom('g', ''), fc.anything()),
      },
      { requiredKeys: [] },
    ),
  );
  const argmapLike = fc.record(
    {
      format: fc.constant('argmap'),
      version: fc.oneof(fc.constantFrom(0, 1), fc.anything()),
      meta: fc.oneof(fc.record({ title: fc.string(), description: fc.string() }), fc.anything()),
      nodes: fc.oneof(fc.array(nodeish, { maxLength: 8 }), fc.anything()),
      relations: fc.oneof(fc.array(relationish, { maxLength: 8 }), fc.anything()),
      edges: fc.array(relationish, { maxLength: 4 }), // read by the version-0 migration
      title: fc.anything(),
    },
    { requiredKeys: ['format', 'version', 'nodes'] },
  );

  const neverThrows = (result: () => LoadResult) => {
    let r: LoadResult | undefined;
    expect(() => (r = result())).not.toThrow();
    if (r?.ok) expectWellFormed(r.map);
    else expect(r?.error).toEqual(expect.any(String));
  };

  it('for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => neverThrows(() => parseMapText(JSON.stringify(v)))),
      { numRuns: 500 },
    );
  });

  it('for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (t) => neverThrows(() => parseMapText(t))),
      { numRuns: 300 },
    );
  });

  it('for argmap-looking documents with random nodes and relations, as text and as values', () => {
    fc.assert(
      fc.property(argmapLike, (d) => {
        neverThrows(() => parseMapText(JSON.stringify(d)));
        neverThrows(() => loadMapJson(d));
      }),
      { numRuns: 1000 },
    );
  });

  it('for almost-valid maps (a valid map with one field anywhere replaced by anything)', () => {
    fc.assert(
      fc.property(validMap, fc.nat(), fc.nat(), fc.anything(), (map, which, field, value) => {
        const file = JSON.parse(serializeMap(map)) as { nodes: Record<string, unknown>[]; relations: Record<string, unknown>[] };
        const items = [...file.nodes, ...file.relations];
        const item = items[which % items.length]!;
        const keys = [...Object.keys(item), 'extra'];
        item[keys[field % keys.length]!] = value;
        neverThrows(() => loadMapJson(file));
        neverThrows(() => parseMapText(JSON.stringify(file)));
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------- migrations

describe('migrations', () => {
  it('a version-1 file opens unchanged, upgraded to the current version', () => {
    const v1 = expectLoaded(parseMapText(fixture('v1-map.json')));
    const current = expectLoaded(parseMapText(fixture('with-bom.json')));
    expect(v1.repairs).toStrictEqual([]);
    expect(v1.migratedFrom).toBe(1);
    expect(v1.map).toStrictEqual(current.map);
    expect(JSON.parse(serializeMap(v1.map)).version).toBe(FORMAT_VERSION);
  });

  it('a version-0 file opens as the same map as its current-version equivalent', () => {
    const fromV0 = expectLoaded(parseMapText(fixture('v0-draft.json')));
    const current = expectLoaded(parseMapText(fixture('v0-draft.current.json')));
    expect(current.repairs).toStrictEqual([]);
    expect(fromV0.repairs).toStrictEqual([]);
    expect(fromV0.map).toStrictEqual(current.map);
    expect(fromV0.migratedFrom).toBe(0);
    expect(current).not.toHaveProperty('migratedFrom');
    // Saving an upgraded map writes the current version.
    expect(serializeMap(fromV0.map)).toBe(fixture('v0-draft.current.json'));
  });

  it('a version-0 node keeps its notes, and its unknown fields are reported', () => {
    const v0 = {
      format: 'argmap',
      version: 0,
      title: 'T',
      nodes: [{ id: 'a', type: 'claim', label: 'A', x: 1, y: 2, note: 'N', colour: 'red' }],
      edges: [],
    };
    const loaded = expectLoaded(loadMapJson(v0));
    expect(loaded.map).toStrictEqual({
      meta: { title: 'T', description: '' },
      nodes: [{ id: 'a', kind: 'claim', text: 'A', position: { x: 1, y: 2 }, notes: 'N' }],
      relations: [],
    });
    repairMatching(loaded, 'Node "a"', '"colour"', /ignored/);
    expect(loaded.migratedFrom).toBe(0);
  });

  it('a broken version-0 file is repaired after migrating, not refused', () => {
    const loaded = expectLoaded(
      loadMapJson({
        format: 'argmap',
        version: 0,
        nodes: [{ id: 'a', type: 'thesis', label: 3 }],
        edges: [{ id: 'e', type: 'supports', source: 'a', target: 'zz' }],
      }),
    );
    expect(loaded.map.nodes[0]).toMatchObject({ id: 'a', kind: 'premise', text: '3' });
    repairMatching(loaded, 'Relation "e"', 'node "zz"', /removed/);
  });

  it('MIGRATIONS has one step for every version from the oldest to the current', () => {
    const expected = Array.from({ length: FORMAT_VERSION - OLDEST_VERSION }, (_, i) => OLDEST_VERSION + i);
    expect(
      Object.keys(MIGRATIONS)
        .map(Number)
        .sort((a, b) => a - b),
    ).toStrictEqual(expected);
    for (const v of expected) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('migrate reports the versions it passed through', () => {
    const v0 = JSON.parse(fixture('v0-draft.json'));
    const { doc: upgraded, steps } = migrate(v0, 0);
    expect(steps).toStrictEqual(Array.from({ length: FORMAT_VERSION }, (_, i) => i + 1));
    expect(upgraded.version).toBe(FORMAT_VERSION);
    expect(migrate(doc(), FORMAT_VERSION)).toStrictEqual({ doc: doc(), steps: [] });
    expect(() => migrate({}, OLDEST_VERSION - 1)).toThrow(/no migration from format version -1/);
  });

  it('migrations do not modify the document they are given', () => {
    const v0 = JSON.parse(fixture('v0-draft.json'));
    const copy = structuredClone(v0);
    migrate(v0, 0);
    expect(v0).toStrictEqual(copy);
  });

  it('every migration tolerates odd input without throwing', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (d) => {
        for (const [v, step] of Object.entries(MIGRATIONS)) expect(() => step(d), `migration ${v}`).not.toThrow();
      }),
    );
  });
});
