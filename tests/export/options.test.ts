import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, normalizeOptions } from '../../src/export/options.ts';
import { selectedPart } from '../../src/export/exportMap.ts';
import { generateMap } from '../../testkit/generate.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import { parseMapText } from '../../src/model/format/load.ts';
import type { ArgMap } from '../../src/model/types.ts';

describe('export options', () => {
  it('fills defaults and checks values, naming the problem', () => {
    expect(normalizeOptions({ format: 'svg' })).toEqual({ ...DEFAULT_OPTIONS, format: 'svg' });
    expect(normalizeOptions({ scale: undefined })).toEqual(DEFAULT_OPTIONS);
    expect(() => normalizeOptions({ format: 'gif' as 'png' })).toThrow('Unknown format "gif"');
    expect(() => normalizeOptions({ scale: -1 })).toThrow(/scale/);
    expect(() => normalizeOptions({ width: 10.5 })).toThrow(/width/);
    expect(() => normalizeOptions({ format: 'pdf', background: 'transparent' })).toThrow(/transparent/);
    expect(() => normalizeOptions({ padding: -3 })).toThrow(/padding/);
    expect(() => normalizeOptions({ page: 'a3' as 'a4' })).toThrow(/page size/);
  });
});

describe('selectedPart', () => {
  const map: ArgMap = {
    meta: { title: 't', description: '' },
    nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'premise', text: id, position: { x: 0, y: 0 } })),
    relations: [
      { id: 'r1', kind: 'supports', from: 'b', to: 'a' },
      { id: 'r2', kind: 'supports', from: 'c', to: 'a' },
      { id: 'u1', kind: 'undercuts', from: 'd', to: 'r1' },
    ],
  };
  it('keeps the selected nodes, the relations among them and undercuts of those', () => {
    expect(selectedPart(map, ['a', 'b', 'd']).relations.map((r) => r.id)).toEqual(['r1', 'u1']);
    expect(selectedPart(map, ['a', 'c', 'd']).relations.map((r) => r.id)).toEqual(['r2']);
    expect(selectedPart(map, ['b']).nodes.map((n) => n.id)).toEqual(['b']);
  });
});

describe('generateMap', () => {
  it('makes the same valid map for the same seed, with every kind of structure', () => {
    const a = generateMap(1000, 7);
    expect(a).toEqual(generateMap(1000, 7));
    expect(a).not.toEqual(generateMap(1000, 8));
    expect(a.nodes).toHaveLength(1000);
    expect(new Set(a.nodes.map((n) => n.id)).size).toBe(1000);
    expect(a.relations.some((r) => r.kind === 'undercuts')).toBe(true);
    expect(a.relations.some((r) => r.group)).toBe(true);
    const loaded = parseMapText(serializeMap(a));
    expect(loaded.ok && loaded.repairs).toEqual([]);
  });
});
