// Turning evaluation on redraws only the nodes whose decoration changed: on a large map,
// opened folded, the statements folded away keep their flow nodes (before: all 1,000 were
// replaced, and React Flow and the node components redid every one).
import { createFlowDeriver, type ArgFlowNode, type FlowNode } from '../../src/canvas/flowElements';
import { combineDecorations } from '../../src/store/decorations';
import { sameDecoration } from '../../src/store/nodeDecoration';
import { evaluationDecorations, evaluationOf } from '../../src/store/evaluationView';
import { loadEvaluationEngine } from '../../src/store/evaluationEngine';
import { toDecorations } from '../../src/store/visibility';
import { mapVisibility } from '../../src/model/visibility';
import { prepareForOpening } from '../../src/model/largeMap';
import { estimateNodeSize } from '../../src/model/layout';
import { generateDebateMap } from '../../testkit/generate';

const args = (list: FlowNode[]) => list.filter((n): n is ArgFlowNode => n.type === 'arg');
const NONE = new Map();
const NO_MATCHES = new Set<string>();

// evaluationOf needs the evaluation model, which the editor loads when evaluation is first turned on.
beforeAll(() => loadEvaluationEngine());

describe('turning evaluation on', () => {
  const generated = generateDebateMap(1000, 7);
  const byId = new Map(generated.nodes.map((n) => [n.id, n]));
  const map = prepareForOpening(generated, (id) => estimateNodeSize(byId.get(id)!));
  const visibility = toDecorations(mapVisibility(map));

  it('replaces the flow nodes of the drawn statements whose decoration changed, and no other', () => {
    const deriver = createFlowDeriver();
    const off = combineDecorations(map, NONE, visibility, NO_MATCHES);
    const before = new Map(args(deriver.nodes(map, new Set(), {}, off.hidden, off.byNode)).map((n) => [n.id, n]));
    const on = combineDecorations(map, evaluationDecorations(map, evaluationOf(map)), visibility, NO_MATCHES);
    const after = args(deriver.nodes(map, new Set(), {}, on.hidden, on.byNode));

    const replaced = after.filter((n) => before.get(n.id) !== n).map((n) => n.id);
    const changed = map.nodes.filter((n) => !sameDecoration(off.byNode.get(n.id), on.byNode.get(n.id))).map((n) => n.id);
    expect(replaced).toEqual(changed);
    // Only the statements on screen: a few dozen of the 1,000.
    expect(replaced.length).toBeLessThan(60);
    expect(replaced.every((id) => !visibility.hidden.has(id))).toBe(true);
  });

  it('still decorates every statement on screen', () => {
    const on = combineDecorations(map, evaluationDecorations(map, evaluationOf(map)), visibility, NO_MATCHES);
    const shown = map.nodes.filter((n) => !visibility.hidden.has(n.id));
    expect(shown.every((n) => on.byNode.get(n.id)?.status)).toBe(true);
  });
});
