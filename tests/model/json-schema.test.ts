// schema/argmap.schema.json is the published JSON Schema of the file format, generated from
// the zod FileSchema. This test fails when the committed file is out of date. To regenerate:
//
//   UPDATE_SCHEMA=1 npx vitest run --project unit tests/model/json-schema.test.ts
//
// (or `npm run schema` on Node >= 22.6; see scripts/write-json-schema.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileJsonSchema, FileSchema, FORMAT_NAME, FORMAT_VERSION } from '../../src/model/format/schema.ts';
import { NODE_KINDS, RELATION_KINDS } from '../../src/model/types.ts';

const root = new URL('../../', import.meta.url);
const schemaFile = new URL('schema/argmap.schema.json', root);
const expectedText = `${JSON.stringify(fileJsonSchema(), null, 2)}\n`;

if (process.env.UPDATE_SCHEMA) {
  mkdirSync(new URL('schema/', root), { recursive: true });
  writeFileSync(schemaFile, expectedText);
}

const committed = JSON.parse(readFileSync(schemaFile, 'utf8')) as JsonSchema;

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
};

/**
 * A deliberately tiny JSON Schema checker for the keywords the generated schema uses.
 * It throws on any other keyword, so a change in zod's output cannot make it pass silently.
 */
function schemaErrors(schema: JsonSchema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  for (const [key, rule] of Object.entries(schema)) {
    switch (key) {
      case '$schema':
      case '$id':
      case 'title':
      case 'description':
      case 'properties':
        break;
      case 'type': {
        const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
        if (actual !== rule) errors.push(`${path}: expected ${rule as string}, got ${actual}`);
        break;
      }
      case 'const':
        if (value !== rule) errors.push(`${path}: expected ${JSON.stringify(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < (rule as number)) errors.push(`${path}: shorter than ${rule as number}`);
        break;
      case 'required':
        for (const k of rule as string[]) if (!Object.hasOwn(value as object, k)) errors.push(`${path}: missing "${k}"`);
        break;
      case 'additionalProperties':
        // false: a closed object; a schema: a record (scheme roles, question states), every value checked.
        for (const [k, v] of Object.entries(value as object))
          if (!Object.hasOwn(schema.properties ?? {}, k))
            errors.push(...(rule === false ? [`${path}: unexpected "${k}"`] : schemaErrors(rule as JsonSchema, v, `${path}.${k}`)));
        break;
      case 'propertyNames':
        for (const k of Object.keys(value as object)) errors.push(...schemaErrors(rule as JsonSchema, k, `${path} key "${k}"`));
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((v, i) => errors.push(...schemaErrors(rule as JsonSchema, v, `${path}[${i}]`)));
        break;
      default:
        throw new Error(`the test's checker does not know the keyword "${key}" (at ${path})`);
    }
  }
  if (schema.properties && value && typeof value === 'object' && !Array.isArray(value))
    for (const [k, sub] of Object.entries(schema.properties))
      if (Object.hasOwn(value, k)) errors.push(...schemaErrors(sub, (value as Record<string, unknown>)[k], `${path}.${k}`));
  return errors;
}

const exampleMaps = readdirSync(new URL('maps/', root)).filter((f) => f.endsWith('.json'));
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8').replace(/^\uFEFF/, ''));

describe('schema/argmap.schema.json', () => {
  it('is exactly what fileJsonSchema() generates (regenerate with UPDATE_SCHEMA=1)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(expectedText);
  });

  it('is a draft 2020-12 schema with an id and a title naming the version', () => {
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(committed.$id).toMatch(/argmap\.schema\.json$/);
    expect(committed.title).toContain(`version ${FORMAT_VERSION}`);
  });

  it('requires format, version, meta, nodes and relations, and nothing else', () => {
    expect(committed.type).toBe('object');
    expect([...(committed.required ?? [])].sort()).toStrictEqual(['format', 'meta', 'nodes', 'relations', 'version']);
    expect(committed.additionalProperties).toBe(false);
    expect(committed.properties?.format?.const).toBe(FORMAT_NAME);
    expect(committed.properties?.version?.const).toBe(FORMAT_VERSION);
  });

  it('lists the node and relation kinds and their required fields', () => {
    const node = committed.properties?.nodes?.items;
    const relation = committed.properties?.relations?.items;
    expect(node?.properties?.kind?.enum).toStrictEqual([...NODE_KINDS]);
    expect(relation?.properties?.kind?.enum).toStrictEqual([...RELATION_KINDS]);
    expect(node?.required).toStrictEqual(['id', 'kind', 'text', 'position']);
    expect(relation?.required).toStrictEqual(['id', 'kind', 'from', 'to']);
    expect(node?.additionalProperties).toBe(false);
    expect(relation?.additionalProperties).toBe(false);
  });

  it('there is at least one example map', () => {
    expect(exampleMaps.length).toBeGreaterThan(0);
  });

  it.each(exampleMaps)('maps/%s validates against FileSchema and the JSON Schema', (name) => {
    const map = readJson(`maps/${name}`);
    const parsed = FileSchema.safeParse(map);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(schemaErrors(committed, map)).toStrictEqual([]);
  });

  it('a scheme whose role is filled by an empty id, or whose question has an unknown state, fails both', () => {
    const map = readJson('maps/gsomia-2012.json') as { relations: { scheme?: Record<string, unknown> }[] };
    const withScheme = map.relations.find((r) => r.scheme)!;
    withScheme.scheme = { scheme: 'sign', roles: { sign: '' }, questions: { strength: { status: 'perhaps' } } };
    expect(FileSchema.safeParse(map).success).toBe(false);
    const errors = schemaErrors(committed, map);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/scheme\.roles\.sign: shorter than 1$/)]));
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/scheme\.questions\.strength\.status: "perhaps" not in enum$/)]));
  });

  it.each(['v0-draft.current.json', 'with-bom.json'])('the valid fixture %s validates too', (name) => {
    expect(FileSchema.safeParse(readJson(`tests/fixtures/${name}`)).success).toBe(true);
    expect(schemaErrors(committed, readJson(`tests/fixtures/${name}`))).toStrictEqual([]);
  });

  it.each([
    [
      'broken-wrong-types.json',
      ['$: unexpected "exportedBy"', '$.nodes[1].text: expected string, got number', '$.nodes[2]: missing "position"'],
    ],
    ['broken-no-nodes.json', ['$: missing "nodes"', '$: unexpected "node"']],
    ['newer-version.json', [`$.version: expected ${FORMAT_VERSION}`, '$.meta: unexpected "language"']],
    ['v0-draft.json', [`$.version: expected ${FORMAT_VERSION}`, '$: missing "meta"', '$.nodes[0]: missing "kind"']],
  ])('the broken fixture %s fails both, for the right reasons', (name, expected) => {
    const json = readJson(`tests/fixtures/${name}`);
    expect(FileSchema.safeParse(json).success).toBe(false);
    expect(schemaErrors(committed, json)).toEqual(expect.arrayContaining(expected));
  });
});
