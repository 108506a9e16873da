// What screen readers hear (labels, live-region sentences) and where the arrow keys go.
import { beforeAll, describe, expect, it } from 'vitest';
import { addChild, connect, removeElements, setMark, setRelationKind } from '../../src/model/operations.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { edgeLabel, nodeLabel, outgoingOf } from '../../src/canvas/a11yLabels.ts';
import { describeChange, type Snapshot } from '../../src/components/announcements.ts';
import { mainNodeId, nearestInDirection, tabStopOf } from '../../src/canvas/keyboardNavigation.ts';
import { evaluationOf } from '../../src/store/evaluationView.ts';
import { loadEvaluationEngine } from '../../src/store/evaluationEngine.ts';

const map: ArgMap = {
  meta: { title: 'T', description: '' },
  nodes: [
    { id: 'c', kind: 'claim', text: 'Cats are good pets', position: { x: 300, y: 0 } },
    { id: 'r', kind: 'premise', text: 'They are quiet', position: { x: 0, y: 300 } },
    { id: 'o', kind: 'objection', text: 'They scratch', position: { x: 600, y: 300 } },
    { id: 'e', kind: 'evidence', text: 'A study', position: { x: 0, y: 600 } },
  ],
  relations: [
    { id: 'r1', kind: 'supports', from: 'r', to: 'c' },
    { id: 'r2', kind: 'opposes', from: 'o', to: 'c' },
    { id: 'r3', kind: 'supports', from: 'e', to: 'r' },
  ],
};
const byId = new Map(map.nodes.map((n) => [n.id, n]));
const relById = new Map(map.relations.map((r) => [r.id, r]));
const snap = (m: ArgMap, extra: Partial<Snapshot> = {}): Snapshot => ({
  map: m,
  evaluationOn: false,
  pastLength: 0,
  futureLength: 0,
  fileName: 'a.json',
  ...extra,
});

// evaluationOf needs the evaluation model, which the editor loads when evaluation is first turned on.
beforeAll(() => loadEvaluationEngine());

describe('labels', () => {
  it('names a node by kind, text, what it bears on and its status', () => {
    expect(nodeLabel(byId.get('r')!, outgoingOf(map).get('r'), byId, relById, { label: 'out' })).toBe(
      'Reason: They are quiet. Supports claim “Cats are good pets”. Status: defeated.',
    );
  });
  it('names an edge by its statements, never by ids', () => {
    expect(edgeLabel([relById.get('r2')!], byId, relById)).toBe('opposes: They scratch → Cats are good pets');
  });
});

describe('live region sentences', () => {
  it('says what was added, connected, re-kinded, marked and deleted', () => {
    const added = addChild(map, 'c', 'reason', { x: 0, y: 0 });
    expect(describeChange(snap(map), snap(added.map))).toBe('Added reason, supports claim “Cats are good pets”.');
    const linked = connect(map, 'e', 'c');
    if ('reason' in linked) throw new Error(linked.reason);
    expect(describeChange(snap(map), snap(linked.map))).toBe('Connected: supports: A study → Cats are good pets.');
    expect(describeChange(snap(map), snap(setRelationKind(map, 'r1', 'qualifies')))).toBe(
      'Relation is now qualifies: They are quiet → Cats are good pets.',
    );
    expect(describeChange(snap(map), snap(removeElements(map, ['o'])))).toBe('Deleted objection “They scratch”.');
    const marked = setMark(map, 'o', 'rejected');
    expect(describeChange(snap(map), snap(marked))).toBe('Marked rejected: objection “They scratch”.');
  });
  it('says undo and redo, and the evaluation when it is turned on or changes', () => {
    const gone = removeElements(map, ['o']);
    expect(describeChange(snap(gone, { pastLength: 1 }), snap(map, { futureLength: 1 }))).toBe(
      'Undone: Added objection, opposes claim “Cats are good pets”.',
    );
    const on = describeChange(snap(map), snap(map, { evaluationOn: true, evaluation: evaluationOf(map) }));
    expect(on).toMatch(/^Evaluation on\. \d+ stands, \d+ defeated, \d+ undecided\.$/);
    const marked = setMark(map, 'o', 'rejected');
    const after = describeChange(
      snap(map, { evaluationOn: true, evaluation: evaluationOf(map) }),
      snap(marked, { evaluationOn: true, evaluation: evaluationOf(marked) }),
    );
    expect(after).toMatch(/^Marked rejected: objection “They scratch”\. \d+ stands/);
  });
  it('says a shared room was joined, not that its statements were added', () => {
    const empty = { ...map, nodes: [], relations: [] };
    expect(describeChange(snap(empty), snap(map, { inRoom: true }))).toBe(
      `Joined the shared map “${map.meta.title}”: ${map.nodes.length} statements.`,
    );
  });
  it('says nothing for a move', () => {
    const moved = { ...map, nodes: map.nodes.map((n) => ({ ...n, position: { x: n.position.x + 5, y: 0 } })) };
    expect(describeChange(snap(map), snap(moved))).toBeNull();
  });
});

describe('arrow keys and the tab stop', () => {
  const sizes = {};
  it('go to the nearest node in that direction', () => {
    expect(nearestInDirection(map, 'c', 'down', sizes)).toBe('r'); // r and o are as near; r first
    expect(nearestInDirection(map, 'r', 'right', sizes)).toBe('o');
    expect(nearestInDirection(map, 'r', 'up', sizes)).toBe('c');
    expect(nearestInDirection(map, 'r', 'down', sizes)).toBe('e');
    expect(nearestInDirection(map, 'r', 'left', sizes)).toBeNull();
    expect(nearestInDirection(map, 'r', 'down', sizes, new Set(['e']))).toBeNull();
  });
  it('Tab stops at the selection, else the last focused node, else the main claim', () => {
    expect(mainNodeId(map)).toBe('c');
    expect(tabStopOf(map, [], null)).toBe('c');
    expect(tabStopOf(map, [], 'o')).toBe('o');
    expect(tabStopOf(map, ['e'], 'o')).toBe('e');
    expect(tabStopOf(map, [], 'gone')).toBe('c');
    expect(tabStopOf(map, [], null, new Set(['c']))).toBe('r');
  });
});
