// What runs on every edit of a large map, side by side on the same generated maps:
// npm run bench -- tests/model/analysis.bench.ts
import { bench, describe } from 'vitest';
import { generateMap } from '../../testkit/generate';
import { checkStructure } from '../../src/model/structureCheck';
import { outlineItems } from '../../src/model/outline';
import { mapVisibility } from '../../src/model/visibility';
import { evaluate, inputFromMap } from '../../src/model/evaluation';
import { estimateNodeSize, layoutTree } from '../../src/model/layout';

for (const size of [1_000, 5_000]) {
  const map = generateMap(size, 7);
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  describe(`${size} nodes`, () => {
    bench('structure check', () => void checkStructure(map));
    // outlineItems caches per map object; a shallow copy measures the real work.
    bench('outline items', () => void outlineItems({ ...map }));
    bench('visibility (collapse/focus)', () => void mapVisibility(map));
    bench('evaluation', () => void evaluate(map, inputFromMap(map)));
    bench('layout', () => void layoutTree(map, (id) => estimateNodeSize(byId.get(id)!)));
  });
}
