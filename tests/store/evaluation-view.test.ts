// The evaluation as the store derives it (src/store/evaluationView.ts): computed from the
// map's own marks and weights, once per change that can affect it (not on a move), and the
// decorations it gives canvas nodes. Plus the store actions the evaluation UI uses.
import { evaluationDecorations, evaluationOf } from '../../src/store/evaluationView';
import { contentOf } from '../../src/store/mapViews';
import { loadEvaluationEngine } from '../../src/store/evaluationEngine';
import { useEditor } from '../../src/store/store';
import type { ArgMap } from '../../src/model/types';
import { node, rel } from '../builders.ts';

const S = () => useEditor.getState();

/** c is supported by a and (linked) b1+b2, opposed by o, qualified by k; o is rebutted by nothing. */
const sample = (): ArgMap => ({
  meta: { title: 'Evaluation', description: '' },
  nodes: [node('c', 'claim'), node('a'), node('b1'), node('b2'), node('o', 'objection'), node('k', 'caveat')],
  relations: [
    rel('ra', 'a', 'c', 'supports'),
    rel('rb1', 'b1', 'c', 'supports', { group: 'g' }),
    rel('rb2', 'b2', 'c', 'supports', { group: 'g' }),
    rel('ro', 'o', 'c', 'opposes'),
    rel('rk', 'k', 'c', 'qualifies'),
  ],
});

// evaluationOf needs the evaluation model, which the editor loads when evaluation is first turned on.
beforeAll(() => loadEvaluationEngine());

beforeEach(() => {
  useEditor.setState(useEditor.getInitialState(), true);
  S().loadMap(sample(), 'evaluation.argmap.json', { saved: true });
});

describe('contentOf and evaluationOf', () => {
  it('keep the same objects while only positions change, so a drag recomputes nothing', () => {
    const content = contentOf(S().map);
    const evaluation = evaluationOf(S().map);
    S().dragNodes({ a: { x: 40, y: 50 } });
    S().dragNodes({ a: { x: 80, y: 90 } });
    S().endGesture();
    S().moveNodes({ c: { x: 5, y: 5 } });
    expect(S().map).not.toBe(sample());
    expect(contentOf(S().map)).toBe(content);
    expect(evaluationOf(S().map)).toBe(evaluation);
    // Collapsing, notes and the map's title are not read by the evaluation either.
    S().setCollapsed('c', true);
    S().updateNode('a', { notes: 'a note' });
    S().setMeta({ title: 'Renamed' });
    expect(evaluationOf(S().map)).toBe(evaluation);
  });

  it('recompute when a mark, a weight, a kind, a text or a relation changes', () => {
    let last = evaluationOf(S().map);
    const changes: [string, () => void][] = [
      ['mark', () => S().setMark('o', 'rejected')],
      ['weight', () => S().setWeight('ra', 0.5)],
      ['kind', () => S().updateNode('a', { kind: 'evidence' })],
      ['text', () => S().updateNode('a', { text: 'A new text' })],
      ['relation', () => S().setRelationKind('rk', 'opposes')],
      ['undo', () => S().undo()],
    ];
    for (const [what, change] of changes) {
      change();
      const next = evaluationOf(S().map);
      expect(next, what).not.toBe(last);
      expect(contentOf(S().map), what).toBe(S().map);
      last = next;
    }
  });

  it('reads the marks and weights saved in the map', () => {
    // Unmarked: o holds, so c is out.
    expect(evaluationOf(S().map).labels.c).toBe('out');
    S().setMark('o', 'rejected');
    expect(evaluationOf(S().map).labels).toMatchObject({ o: 'out', c: 'in' });
    expect(evaluationOf(S().map).explanation.o).toBe('rejected by you (the map alone would accept it)');
    // Reason a alone carries c; with its weight at 0 and the linked reason's b1 rejected, nothing does.
    S().setWeight('ra', 0);
    S().setMark('b1', 'rejected');
    expect(evaluationOf(S().map).labels).toMatchObject({ ra: 'out', c: 'out' });
    expect(evaluationOf(S().map).explanation.c).toBe('its linked reason fails');
    S().setMark('o', undefined);
    expect(evaluationOf(S().map).labels.o).toBe('in');
  });
});

describe('evaluationDecorations', () => {
  it('gives every node its status and explanation, and the balance where something bears on it', () => {
    S().setMark('o', 'rejected');
    const decorations = evaluationDecorations(S().map, evaluationOf(S().map));
    expect([...decorations.keys()].sort()).toEqual(['a', 'b1', 'b2', 'c', 'k', 'o']);
    expect(decorations.get('c')).toEqual({
      status: 'in',
      explanation: 'supported by 2 reasons that hold; every attack on it fails',
      // a and the linked reason b1+b2 for; the caveat k against (o is rejected: it fails).
      balance: { pro: 2, con: 1 },
    });
    expect(decorations.get('o')).toEqual({ status: 'out', marked: true, explanation: 'rejected by you (the map alone would accept it)' });
    expect(decorations.get('a')).toEqual({ status: 'in', explanation: 'not attacked; taken at face value' });
    for (const id of ['a', 'b1', 'b2', 'o', 'k']) expect(decorations.get(id)!.balance, id).toBeUndefined();
  });

  it('shows the balance on a node with only an objection, and follows weights', () => {
    S().setWeight('ro', 0.5);
    S().setRelationKind('rk', 'opposes'); // k now opposes c: two objections
    let decorations = evaluationDecorations(S().map, evaluationOf(S().map));
    expect(decorations.get('c')!.balance).toEqual({ pro: 2, con: 1.5 });
    expect(decorations.get('c')!.status).toBe('out');
    S().setWeight(['rb1', 'rb2'], 0.25);
    decorations = evaluationDecorations(S().map, evaluationOf(S().map));
    expect(decorations.get('c')!.balance).toEqual({ pro: 1.25, con: 1.5 });
  });
});

describe('store actions for marks and weights', () => {
  it('setMark is one undo step each, and undo restores the status', () => {
    S().setMark('o', 'rejected');
    S().setMark('o', 'accepted');
    expect(S().history.past).toHaveLength(2);
    expect(S().map.nodes.find((n) => n.id === 'o')!.mark).toBe('accepted');
    S().undo();
    expect(S().map.nodes.find((n) => n.id === 'o')!.mark).toBe('rejected');
    S().undo();
    expect(S().map.nodes.find((n) => n.id === 'o')!.mark).toBeUndefined();
    expect(evaluationOf(S().map).labels.c).toBe('out');
  });

  it('setWeight on a linked reason changes all its relations as one step; the same weight again records nothing', () => {
    S().setWeight(['rb1', 'rb2'], 0.5);
    expect(
      S()
        .map.relations.filter((r) => r.group === 'g')
        .map((r) => r.weight),
    ).toEqual([0.5, 0.5]);
    expect(S().history.past).toHaveLength(1);
    S().setWeight(['rb1', 'rb2'], 0.5);
    expect(S().history.past).toHaveLength(1);
    S().setWeight('rb1', 1);
    expect(S().map.relations.find((r) => r.id === 'rb1')!.weight).toBeUndefined(); // strong is stored as absent
    expect(S().history.past).toHaveLength(2);
    S().undo();
    S().undo();
    expect(
      S()
        .map.relations.filter((r) => r.group === 'g')
        .map((r) => r.weight),
    ).toEqual([undefined, undefined]);
  });

  it('setEvaluationOn is view state: not an undo step, not a change to the file', () => {
    S().setEvaluationOn(true);
    expect(S().evaluationOn).toBe(true);
    expect(S().history.past).toHaveLength(0);
    expect(S().map).toBe(S().savedMap);
  });
});
