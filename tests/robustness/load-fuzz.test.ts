// Mutated and random files never crash the loader: every one is either opened (with its
// repairs listed) or refused with a message, and whatever opens is a sound map.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parseMapText } from '../../src/model/format/load';
import { serializeMap } from '../../src/model/format/save';
import type { ArgMap } from '../../src/model/types';
import { mutateFile, mutationArb } from './mutate';
import { report, runs, timeout } from './scale';

const ROOT = join(import.meta.dirname, '../..');
// Every file, in sub-folders too (tests/fixtures/interop holds other tools' formats: still input).
const FILES = ['maps', 'tests/fixtures'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') })),
);

/**
 * What a sound map satisfies: unique ids, every relation's ends exist, and its saved file opens
 * with no repair into a map that saves to the very same file (the writer leaves out empty
 * source parts, so the file, not the in-memory map, is the fixed point).
 */
function expectSound(map: ArgMap) {
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const relationIds = new Set(map.relations.map((r) => r.id));
  expect(nodeIds.size).toBe(map.nodes.length);
  expect(relationIds.size).toBe(map.relations.length);
  for (const r of map.relations) {
    expect(nodeIds.has(r.from)).toBe(true);
    expect(r.kind === 'undercuts' ? relationIds.has(r.to) : nodeIds.has(r.to)).toBe(true);
  }
  const saved = serializeMap(map);
  const again = parseMapText(saved);
  expect(again.ok && again.repairs).toEqual([]);
  if (again.ok) expect(serializeMap(again.map)).toBe(saved);
}

describe('loading mutated files', () => {
  it('covers every example map and fixture', () => {
    expect(FILES.map((f) => f.name)).toContain('maps/gsomia-2012.json');
    expect(FILES.length).toBeGreaterThan(10);
  });

  it('never crashes: each mutated file opens with listed repairs or is refused with a message', { timeout }, () => {
    const count = { loads: 0, opened: 0, repaired: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat(FILES.length - 1), mutationArb, (fileIndex, mutation) => {
        const text = mutateFile(FILES[fileIndex]!.text, mutation);
        const result = parseMapText(text);
        count.loads++;
        if (!result.ok) {
          count.refused++;
          expect(typeof result.error).toBe('string');
          expect(result.error.length).toBeGreaterThan(10);
          return;
        }
        if (result.repairs.length) count.repaired++;
        else count.opened++;
        for (const repair of result.repairs) expect(typeof repair === 'string' && repair.length > 0).toBe(true);
        expectSound(result.map);
      }),
      { numRuns: runs(100_000, 2_000) },
    );
    report('mutated files', count);
    // The mix must reach all three outcomes, or the mutations are not testing the reader.
    expect(count.opened).toBeGreaterThan(0);
    expect(count.repaired).toBeGreaterThan(0);
    expect(count.refused).toBeGreaterThan(0);
  });

  it('never crashes on random bytes or random JSON', { timeout }, () => {
    const count = { loads: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
        ),
        (text) => {
          const result = parseMapText(text);
          count.loads++;
          if (!result.ok) count.refused++;
          else expectSound(result.map);
        },
      ),
      { numRuns: runs(10_000, 1_000) },
    );
    report('random text', count);
  });
});
