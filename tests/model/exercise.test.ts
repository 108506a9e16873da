// makeExercise (src/model/exercise.ts): what each mode keeps and removes, that nothing of the key
// beyond the given statements leaks, how the key grades against its own exercise, determinism.
import { describe, expect, test } from 'vitest';
import { compareMaps } from '../../src/model/compare/compare.ts';
import { makeExercise, NEUTRAL_KIND } from '../../src/model/exercise.ts';
import { loadMapJson } from '../../src/model/format/load.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { gsomia } from './compare-fixtures.ts';

/** The key with everything an exercise must drop: notes, marks, weights, folds, focus. */
function keyWithExtras(): ArgMap {
  const key = gsomia();
  key.nodes[0]!.notes = 'SECRET NOTE: the main claim';
  key.nodes[1]!.mark = 'accepted';
  key.nodes[2]!.collapsed = true;
  key.relations[0]!.weight = 0.5;
  key.meta.focus = key.nodes[0]!.id;
  return key;
}

const valid = (map: ArgMap) => {
  const loaded = loadMapJson(JSON.parse(serializeMap(map)));
  expect(loaded.ok, loaded.ok ? '' : loaded.error).toBe(true);
};

describe('makeExercise', () => {
  test('relations: the statements with their texts, kinds, sources and anchors; no relations; the rest gone', () => {
    const key = keyWithExtras();
    const before = structuredClone(key);
    const ex = makeExercise(key, 'relations', 1);
    expect(key).toEqual(before); // pure
    expect(ex.relations).toEqual([]);
    expect(ex.sources).toEqual(key.sources);
    expect(ex.meta.title).toBe(`Exercise: ${key.meta.title}`);
    expect(ex.meta.description).toMatch(/Draw the relations/);
    expect(ex.meta.focus).toBeUndefined();
    expect(ex.nodes).toHaveLength(key.nodes.length);
    const byId = new Map(key.nodes.map((n) => [n.id, n]));
    for (const n of ex.nodes) {
      const k = byId.get(n.id)!;
      expect(n.text).toBe(k.text);
      expect(n.kind).toBe(k.kind);
      expect(n.anchor).toEqual(k.anchor);
      expect(n.source).toEqual(k.source);
      expect(n.notes).toBeUndefined();
      expect(n.mark).toBeUndefined();
      expect(n.collapsed).toBeUndefined();
      expect(n.anchor).not.toBe(k.anchor); // a copy
    }
    valid(ex);
  });

  test('relations: placed in a shuffled grid, not the key’s layout, no two statements on one spot', () => {
    const key = gsomia();
    const ex = makeExercise(key, 'relations', 1);
    const spots = new Set(ex.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(spots.size).toBe(ex.nodes.length);
    expect(new Set(ex.nodes.map((n) => n.position.y)).size).toBe(Math.ceil(key.nodes.length / Math.ceil(Math.sqrt(key.nodes.length))));
    const same = ex.nodes.filter((n) => {
      const k = key.nodes.find((m) => m.id === n.id)!;
      return k.position.x === n.position.x && k.position.y === n.position.y;
    });
    expect(same.length).toBeLessThan(3);
    expect(ex.nodes.map((n) => n.id)).not.toEqual(key.nodes.map((n) => n.id));
  });

  test('relations: no key text leaks beyond the statements themselves', () => {
    const key = keyWithExtras();
    const ex = makeExercise(key, 'relations', 1);
    const file = serializeMap(ex);
    expect(file).not.toContain('SECRET NOTE');
    for (const n of key.nodes) if (n.notes) expect(file).not.toContain(n.notes);
    expect(file).not.toContain(key.meta.description);
    expect(file).not.toMatch(/"(notes|mark|collapsed|weight|focus|relations"\s*:\s*\[\s*\{)/);
    for (const r of key.relations) expect(file).not.toContain(`"${r.id}"`);
  });

  test('relations: the key against its exercise: statements recall 1 (all by id), relations recall 0', () => {
    const key = gsomia();
    const c = compareMaps(key, makeExercise(key, 'relations', 1));
    expect(c.scores.statements.recall).toBe(1);
    expect(c.scores.statements.precision).toBe(1);
    expect(c.counts.statements.by.id).toBe(key.nodes.length);
    expect(c.scores.relations.recall).toBe(0);
    expect(c.scores.kinds.recall).toBe(1);
  });

  test('text: no statements, no relations, the sources only', () => {
    const key = keyWithExtras();
    const ex = makeExercise(key, 'text');
    expect(ex.nodes).toEqual([]);
    expect(ex.relations).toEqual([]);
    expect(ex.sources).toEqual(key.sources);
    expect(ex.sources).not.toBe(key.sources);
    expect(ex.meta.description).toMatch(/Source pane/);
    expect(ex.meta.focus).toBeUndefined();
    const file = serializeMap(ex);
    for (const n of key.nodes) expect(file).not.toContain(`"${n.id}"`);
    valid(ex);
    const c = compareMaps(key, ex);
    expect(c.scores.statements.recall).toBe(0);
  });

  test('kinds: the structure and positions kept, every statement a premise, relations neutral, notes and marks gone', () => {
    const key = keyWithExtras();
    const ex = makeExercise(key, 'kinds');
    expect(ex.nodes.map((n) => [n.id, n.text, n.position, n.anchor])).toEqual(key.nodes.map((n) => [n.id, n.text, n.position, n.anchor]));
    expect(ex.nodes.every((n) => n.kind === NEUTRAL_KIND)).toBe(true);
    expect(ex.nodes.every((n) => n.notes === undefined && n.mark === undefined && !n.collapsed)).toBe(true);
    expect(ex.relations.map((r) => [r.id, r.from, r.to, r.group])).toEqual(key.relations.map((r) => [r.id, r.from, r.to, r.group]));
    const relationIds = new Set(key.relations.map((r) => r.id));
    for (const r of ex.relations) expect(r.kind).toBe(relationIds.has(r.to) ? 'undercuts' : 'supports');
    expect(ex.relations.some((r) => r.kind === 'undercuts')).toBe(true);
    expect(ex.relations.every((r) => r.weight === undefined)).toBe(true);
    expect(ex.meta.focus).toBeUndefined();
    expect(serializeMap(ex)).not.toContain('SECRET NOTE');
    valid(ex);
    const c = compareMaps(key, ex);
    expect(c.scores.statements.recall).toBe(1);
    expect(c.counts.kinds.correct).toBe(key.nodes.filter((n) => n.kind === NEUTRAL_KIND).length);
  });

  test('deterministic for a seed, different for another seed', () => {
    const key = gsomia();
    expect(makeExercise(key, 'relations', 1)).toEqual(makeExercise(key, 'relations', 1));
    expect(makeExercise(key, 'relations', 7)).toEqual(makeExercise(key, 'relations', 7));
    expect(makeExercise(key, 'relations')).toEqual(makeExercise(key, 'relations', 1));
    const one = makeExercise(key, 'relations', 1).nodes.map((n) => n.id);
    const two = makeExercise(key, 'relations', 2).nodes.map((n) => n.id);
    expect(two).not.toEqual(one);
    expect([...two].sort()).toEqual([...one].sort());
  });

  test('the exercise block: the mode and the ghosts setting; no key unless self-checking is allowed', () => {
    const key = keyWithExtras();
    for (const mode of ['relations', 'text', 'kinds'] as const) {
      const plain = makeExercise(key, mode, 1);
      expect(plain.exercise).toStrictEqual({ mode, ghosts: 'counted' });
      // No copy of the key: in relations and text modes no relation id at all (kinds mode keeps the relations).
      const file = serializeMap(plain);
      if (mode !== 'kinds') for (const r of key.relations) expect(file).not.toContain(`"${r.id}"`);
      expect(file).not.toContain('"key"');
      expect(makeExercise(key, mode, 1, { ghosts: 'shown' }).exercise).toStrictEqual({ mode, ghosts: 'shown' });
    }
  });

  test('self-check: the key in the file, lean (no notes, marks, weights, folds or focus), and it grades like the key itself', () => {
    const key = keyWithExtras();
    const ex = makeExercise(key, 'relations', 1, { selfCheck: true, ghosts: 'shown' });
    expect(ex.exercise?.mode).toBe('relations');
    expect(ex.exercise?.ghosts).toBe('shown');
    const embedded = ex.exercise!.key!;
    expect(embedded.meta).toStrictEqual({ title: key.meta.title, description: key.meta.description });
    expect(embedded.nodes.map((n) => [n.id, n.kind, n.text, n.position, n.anchor])).toEqual(
      key.nodes.map((n) => [n.id, n.kind, n.text, n.position, n.anchor]),
    );
    expect(embedded.relations.map((r) => [r.id, r.kind, r.from, r.to, r.group])).toEqual(
      key.relations.map((r) => [r.id, r.kind, r.from, r.to, r.group]),
    );
    const file = serializeMap(ex);
    expect(file).not.toContain('SECRET NOTE');
    expect(file).not.toMatch(/"(notes|mark|collapsed|weight|focus)"/);
    valid(ex);
    // Read back, the key grades the same student map as the teacher's own map does.
    const loaded = loadMapJson(JSON.parse(file));
    if (!loaded.ok) throw new Error(loaded.error);
    const back = loaded.map.exercise!.key!;
    const asMap: ArgMap = { ...back, sources: loaded.map.sources };
    const student = makeExercise(key, 'relations', 1);
    expect(compareMaps(asMap, student).scores).toEqual(compareMaps(key, student).scores);
  });

  test('an empty map gives an empty exercise in every mode', () => {
    const empty: ArgMap = { meta: { title: 'E', description: 'd' }, nodes: [], relations: [] };
    for (const mode of ['relations', 'text', 'kinds'] as const) {
      const ex = makeExercise(empty, mode);
      expect(ex.nodes).toEqual([]);
      expect(ex.sources).toBeUndefined();
      valid(ex);
    }
  });
});
