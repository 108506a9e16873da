// The canvas's derive step on a drag frame (one node moved), with the screen-reader labels:
// they are computed once per content change, so a frame should cost what it did without them.
import { bench, describe } from 'vitest';
import { createFlowDeriver } from '../../src/canvas/flowElements.ts';
import { generateMap } from '../../testkit/generate.ts';
import { moveNodes } from '../../src/model/operations.ts';

for (const count of [1_000, 5_000]) {
  describe(`derive nodes and edges for one drag frame, ${count} nodes`, () => {
    const map = generateMap(count);
    const deriver = createFlowDeriver();
    const none = new Set<string>();
    deriver.nodes(map, none, {});
    deriver.edges(map, none);
    let frame = 0;
    const moved = map.nodes[1]!;
    bench('drag frame', () => {
      frame++;
      const next = moveNodes(map, { [moved.id]: { x: moved.position.x + (frame % 50), y: moved.position.y } });
      deriver.nodes(next, none, {});
      deriver.edges(next, none);
    });
  });
}
