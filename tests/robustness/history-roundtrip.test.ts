// Save → open gives back the same map for generated maps, and undo all / redo all walk back
// and forth through exactly the maps the actions made, over random operation sequences
// applied through the store's actions (as the UI applies them).
import fc from 'fast-check';
import { generateMap } from '../../testkit/generate';
import { parseMapText } from '../../src/model/format/load';
import { serializeMap } from '../../src/model/format/save';
import { useEditor, canUndo, canRedo } from '../../src/store/store';
import { MARKS, NODE_KINDS, RELATION_KINDS, type ArgMap, type ArgNode, type Relation } from '../../src/model/types';
import type { ChildRole } from '../../src/model/operations';
import { report, runs, timeout } from './scale';

const text = fc.string({ unit: 'grapheme', maxLength: 80 });
const nonEmpty = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
// JSON has no -0: the writer saves it as 0, which is the same place on the canvas.
const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v));

/** A generated map (generate.ts) with everything the format can hold varied by fast-check. */
const mapArb: fc.Arbitrary<ArgMap> = fc
  .record({
    count: fc.integer({ min: 1, max: 40 }),
    seed: fc.nat(),
    title: text,
    description: text,
    focus: fc.option(fc.nat(), { nil: undefined }),
    nodeEdits: fc.array(
      fc.record({
        text,
        kind: fc.constantFrom(...NODE_KINDS),
        position: fc.record({ x: coordinate, y: coordinate }, { noNullPrototype: true }),
        notes: fc.option(nonEmpty, { nil: undefined }),
        source: fc.option(
          fc.record(
            { document: nonEmpty, section: nonEmpty, paragraph: nonEmpty, quote: nonEmpty },
            { requiredKeys: [], noNullPrototype: true },
          ),
          { nil: undefined },
        ),
        mark: fc.option(fc.constantFrom(...MARKS), { nil: undefined }),
        collapsed: fc.boolean(),
      }),
      { maxLength: 40 },
    ),
    relationEdits: fc.array(
      fc.record({
        weight: fc.option(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { nil: undefined }),
        kind: fc.constantFrom(...RELATION_KINDS),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ count, seed, title, description, focus, nodeEdits, relationEdits }) => {
    const base = generateMap(count, seed);
    const nodes = base.nodes.map((n, i): ArgNode => {
      const e = nodeEdits[i];
      if (!e) return n;
      const out: ArgNode = { id: n.id, kind: e.kind, text: e.text, position: e.position };
      if (e.notes !== undefined) out.notes = e.notes;
      if (e.source && Object.keys(e.source).length) out.source = e.source;
      if (e.mark) out.mark = e.mark;
      if (e.collapsed) out.collapsed = true;
      return out;
    });
    const relations = base.relations.map((r, i): Relation => {
      const e = relationEdits[i];
      if (!e) return r;
      // An undercut points at a relation: keep undercuts undercuts and the rest node-to-node.
      const kind = r.kind === 'undercuts' ? r.kind : e.kind === 'undercuts' ? 'opposes' : e.kind;
      return e.weight === undefined ? { ...r, kind } : { ...r, kind, weight: e.weight };
    });
    const meta = focus === undefined ? { title, description } : { title, description, focus: nodes[focus % nodes.length]!.id };
    return { meta, nodes, relations };
  });

describe('save → open', () => {
  it('gives back the same map for generated maps', { timeout }, () => {
    let maps = 0;
    fc.assert(
      fc.property(mapArb, (map) => {
        const result = parseMapText(serializeMap(map));
        expect(result.ok && result.repairs).toEqual([]);
        if (result.ok) expect(result.map).toStrictEqual(map);
        maps++;
      }),
      { numRuns: runs(10_000, 500) },
    );
    report('save → open', { maps });
  });
});

// ---- Undo all / redo all over random action sequences ----

type Action =
  | { a: 'addNode'; kind: number; x: number; y: number }
  | { a: 'addChild'; node: number; role: number }
  | { a: 'text'; node: number; text: string }
  | { a: 'notes'; node: number; text: string }
  | { a: 'kind'; node: number; kind: number }
  | { a: 'move'; node: number; x: number; y: number }
  | { a: 'drag'; node: number; steps: number }
  | { a: 'connect'; from: number; to: number; kind: number }
  | { a: 'relationKind'; relation: number; kind: number }
  | { a: 'weight'; relation: number; weight: number }
  | { a: 'link'; relations: number[] }
  | { a: 'unlink'; relation: number }
  | { a: 'delete'; nodes: number[]; relations: number[] }
  | { a: 'paste'; nodes: number[] }
  | { a: 'meta'; title: string }
  | { a: 'mark'; node: number; mark: number }
  | { a: 'collapse'; node: number; on: boolean }
  | { a: 'focus'; node: number; on: boolean }
  | { a: 'sibling'; node: number; down: boolean }
  | { a: 'indent'; node: number }
  | { a: 'outdent'; node: number }
  | { a: 'layout' }
  | { a: 'reveal'; node: number };

const i = fc.nat(1000);
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    a: fc.constant('addNode' as const),
    kind: i,
    x: fc.integer({ min: -2000, max: 2000 }),
    y: fc.integer({ min: -2000, max: 2000 }),
  }),
  { weight: 3, arbitrary: fc.record({ a: fc.constant('addChild' as const), node: i, role: i }) },
  { weight: 2, arbitrary: fc.record({ a: fc.constant('text' as const), node: i, text: fc.string({ maxLength: 20 }) }) },
  fc.record({ a: fc.constant('notes' as const), node: i, text: fc.string({ maxLength: 20 }) }),
  fc.record({ a: fc.constant('kind' as const), node: i, kind: i }),
  fc.record({
    a: fc.constant('move' as const),
    node: i,
    x: fc.integer({ min: -2000, max: 2000 }),
    y: fc.integer({ min: -2000, max: 2000 }),
  }),
  fc.record({ a: fc.constant('drag' as const), node: i, steps: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ a: fc.constant('connect' as const), from: i, to: i, kind: i }),
  fc.record({ a: fc.constant('relationKind' as const), relation: i, kind: i }),
  fc.record({ a: fc.constant('weight' as const), relation: i, weight: fc.constantFrom(0, 0.25, 0.5, 1) }),
  fc.record({ a: fc.constant('link' as const), relations: fc.array(i, { minLength: 2, maxLength: 3 }) }),
  fc.record({ a: fc.constant('unlink' as const), relation: i }),
  fc.record({ a: fc.constant('delete' as const), nodes: fc.array(i, { maxLength: 2 }), relations: fc.array(i, { maxLength: 1 }) }),
  fc.record({ a: fc.constant('paste' as const), nodes: fc.array(i, { minLength: 1, maxLength: 3 }) }),
  fc.record({ a: fc.constant('meta' as const), title: fc.string({ maxLength: 10 }) }),
  fc.record({ a: fc.constant('mark' as const), node: i, mark: fc.nat(2) }),
  fc.record({ a: fc.constant('collapse' as const), node: i, on: fc.boolean() }),
  fc.record({ a: fc.constant('focus' as const), node: i, on: fc.boolean() }),
  fc.record({ a: fc.constant('sibling' as const), node: i, down: fc.boolean() }),
  fc.record({ a: fc.constant('indent' as const), node: i }),
  fc.record({ a: fc.constant('outdent' as const), node: i }),
  fc.record({ a: fc.constant('layout' as const) }),
  fc.record({ a: fc.constant('reveal' as const), node: i }),
);

const ROLES: ChildRole[] = ['reason', 'objection', 'caveat', 'evidence', 'rebuttal'];
const S = () => useEditor.getState();
const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

function run(action: Action) {
  const { map } = S();
  const node = (n: number) => pick(map.nodes, n)?.id ?? 'none';
  const relation = (n: number) => pick(map.relations, n)?.id ?? 'none';
  switch (action.a) {
    case 'addNode':
      return S().addNode(pick(NODE_KINDS, action.kind)!, { x: action.x, y: action.y }, { edit: false });
    case 'addChild':
      return S().addChild(node(action.node), pick(ROLES, action.role)!, { edit: false });
    case 'text':
      return S().updateNode(node(action.node), { text: action.text });
    case 'notes':
      return S().updateNode(node(action.node), { notes: action.text });
    case 'kind':
      return S().updateNode(node(action.node), { kind: pick(NODE_KINDS, action.kind)! });
    case 'move':
      return S().moveNodes({ [node(action.node)]: { x: action.x, y: action.y } });
    case 'drag': {
      // A whole drag, many frames, is one step.
      const id = node(action.node);
      const at = pick(map.nodes, action.node)?.position ?? { x: 0, y: 0 };
      for (let s = 1; s <= action.steps; s++) S().dragNodes({ [id]: { x: at.x + s * 7, y: at.y + s * 3 } });
      return S().endGesture();
    }
    case 'connect':
      return S().connect(node(action.from), node(action.to), pick(RELATION_KINDS, action.kind));
    case 'relationKind':
      return S().setRelationKind(relation(action.relation), pick(RELATION_KINDS, action.kind)!);
    case 'weight':
      return S().setWeight(relation(action.relation), action.weight);
    case 'link':
      return S().linkCoPremises(action.relations.map(relation));
    case 'unlink':
      return S().unlinkCoPremises([relation(action.relation)]);
    case 'delete':
      S().select(action.nodes.map(node), action.relations.map(relation));
      return S().deleteSelection();
    case 'paste': {
      S().select(action.nodes.map(node));
      const fragment = S().copySelection();
      return fragment && S().paste(fragment, { x: 40, y: 40 });
    }
    case 'meta':
      return S().setMeta({ title: action.title });
    case 'mark':
      return S().setMark(node(action.node), MARKS[action.mark]);
    case 'collapse':
      return S().setCollapsed(node(action.node), action.on);
    case 'focus':
      return S().setFocus(action.on ? node(action.node) : undefined);
    case 'sibling':
      return S().moveSibling(node(action.node), action.down ? 1 : -1);
    case 'indent':
      return S().indent(node(action.node));
    case 'outdent':
      return S().outdent(node(action.node));
    case 'layout':
      return S().layout();
    case 'reveal':
      return S().centerOn(node(action.node));
  }
}

describe('undo all and redo all', () => {
  it('restore exactly every map of random 200-operation sequences', { timeout }, () => {
    const figures = { sequences: 0, operations: 0, steps: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.nat(),
        fc.array(actionArb, { minLength: 200, maxLength: 200 }),
        (count, seed, actions) => {
          S().loadMap(generateMap(count, seed), 'start.argmap.json', { saved: true });
          S().notices.forEach((n) => S().dismissNotice(n.id));
          // Every distinct map the actions made, as saved files (history keeps map objects;
          // comparing the files also proves nothing was mutated in place).
          const states = [serializeMap(S().map)];
          for (const action of actions) {
            const before = S().map;
            run(action);
            if (S().map !== before) states.push(serializeMap(S().map));
          }
          expect(S().history.past.length).toBe(states.length - 1);
          for (let k = states.length - 2; k >= 0; k--) {
            expect(canUndo(S())).toBe(true);
            S().undo();
            expect(serializeMap(S().map)).toBe(states[k]);
          }
          expect(canUndo(S())).toBe(false);
          for (let k = 1; k < states.length; k++) {
            expect(canRedo(S())).toBe(true);
            S().redo();
            expect(serializeMap(S().map)).toBe(states[k]);
          }
          expect(canRedo(S())).toBe(false);
          figures.sequences++;
          figures.operations += actions.length;
          figures.steps += states.length - 1;
        },
      ),
      { numRuns: runs(1_000, 25) },
    );
    report('undo/redo', figures);
  });
});
