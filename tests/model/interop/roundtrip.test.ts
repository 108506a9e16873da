import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseMapText } from '../../../src/model/format/load.ts';
import { generateMap } from '../../../testkit/generate.ts';
import type { ArgMap } from '../../../src/model/types.ts';
import { parseArgdown, writeArgdown } from '../../../src/model/interop/argdown.ts';
import { parseAif, writeAif } from '../../../src/model/interop/aif.ts';
import { signature } from './roundtrip.ts';

const gsomiaText = readFileSync(new URL('../../../maps/gsomia-2012.json', import.meta.url), 'utf8');
const gsomia = (() => {
  const r = parseMapText(gsomiaText);
  if (!r.ok) throw new Error(r.error);
  return r.map;
})();

async function viaArgdown(map: ArgMap) {
  const text = writeArgdown(map);
  const back = await parseArgdown(text);
  if (!back.ok) throw new Error(`${back.error}\n${text}`);
  return { text, back: back.map, report: back.report };
}
function viaAif(map: ArgMap) {
  const text = writeAif(map);
  const back = parseAif(text);
  if (!back.ok) throw new Error(back.error);
  return { text, back: back.map, report: back.report };
}

// Property runs parse dozens of files: generous time on a shared machine (no timing is asserted).
describe('Argmap → Argdown → Argmap', { timeout: 60_000 }, () => {
  test('the GSOMIA map keeps texts, kinds, relations, groups, notes, sources, title and ids', async () => {
    const { back, report } = await viaArgdown(gsomia);
    expect(signature(back, 'exact')).toEqual(signature(gsomia, 'exact'));
    expect(back.meta.title).toBe(gsomia.meta.title);
    expect(back.meta.description).toBe(gsomia.meta.description);
    expect(back.nodes.map((n) => [n.id, n.notes, n.source, n.mark])).toEqual(gsomia.nodes.map((n) => [n.id, n.notes, n.source, n.mark]));
    expect(report.join('\n')).not.toMatch(/syntax error|not mapped/);
  });

  test('generated maps of any size and seed keep their graph', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 160 }), fc.integer({ min: 1, max: 10_000 }), async (count, seed) => {
        const map = generateMap(count, seed);
        const { back } = await viaArgdown(map);
        expect(signature(back, 'exact')).toEqual(signature(map, 'exact'));
      }),
      { numRuns: 25 },
    );
  });

  test('any statement text survives, markup and all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 6 }), async (texts) => {
        const base = generateMap(texts.length, 3);
        const map = { ...base, nodes: base.nodes.map((n, i) => ({ ...n, text: texts[i]! })) };
        const { back } = await viaArgdown(map);
        expect(back.nodes.map((n) => n.text)).toEqual(texts);
      }),
      { numRuns: 60 },
    );
  });
});

describe('Argmap → Argdown → Argmap, any ids', { timeout: 60_000 }, () => {
  test('node ids and group names of any characters are kept (as titles or in the data)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 8, maxLength: 8 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        async (ids, group) => {
          const base = generateMap(8, 5);
          const rename = new Map(base.nodes.map((n, i) => [n.id, ids[i]!]));
          const map: ArgMap = {
            ...base,
            nodes: base.nodes.map((n) => ({ ...n, id: rename.get(n.id)! })),
            relations: base.relations.map((r, i) => ({
              ...r,
              id: `rel-${i}`,
              from: rename.get(r.from)!,
              to: r.kind === 'undercuts' ? r.to : rename.get(r.to)!,
              ...(i < 2 && r.kind === 'supports' && base.relations[0]!.to === r.to ? { group } : {}),
            })),
          };
          if (map.relations.some((r) => ids.includes(r.id))) return;
          const { back } = await viaArgdown(map);
          expect(back.nodes.map((n) => n.id)).toEqual(ids);
          expect(signature(back, 'exact')).toEqual(signature(map, 'exact'));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('Argmap → AIF → Argmap', { timeout: 60_000 }, () => {
  test('the GSOMIA map keeps texts, kind classes, relations, groups and positions', () => {
    const { back } = viaAif(gsomia);
    expect(signature(back, 'exact')).toEqual(signature(gsomia, 'exact'));
    expect(back.nodes.map((n) => n.position)).toEqual(gsomia.nodes.map((n) => n.position));
  });

  test('generated maps keep their graph', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 10_000 }), (count, seed) => {
        const map = generateMap(count, seed);
        expect(signature(viaAif(map).back, 'exact')).toEqual(signature(map, 'exact'));
      }),
      { numRuns: 40 },
    );
  });
});
