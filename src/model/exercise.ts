// A student's starting file made from the teacher's map (the key), for one of three exercises
// (issue 19, "Exercises"; docs/grading.md#exercises). The student's map is later graded
// against the key with compareMaps (compare/compare.ts).
//
// Rules:
// - Pure: a map in, a new map out; the key is never changed, nothing is shared with it.
// - Deterministic: the same key, mode and seed give the same map (a seeded PRNG, no
//   Math.random, no clock).
// - The exercise never contains the answer: no notes, no marks, no weights, no folds, no
//   focus, no copy of the key, and the key's description (which often sums up the argument)
//   is replaced by the instructions.
// - Statement ids are kept (relations and kinds modes): the compare engine takes the same id
//   with the same text as its strongest match reason. Sources are kept in every mode.
// - The file says it is an exercise (`exercise`: mode, and whether the parts a student left out
//   are drawn as ghosts on Check or only counted). Only when the teacher allows self-checking
//   does it hold the key (statements and relations, without notes, marks or weights): then a
//   determined student can read the answer in the file.
//
// The modes:
// - `relations`: the statements (text, kind, source reference, anchor), no relations, placed in
//   a shuffled grid so that their positions do not give the key's tree away. The kinds are kept
//   as a hint; the student draws the relations and may change kinds.
// - `text`: the sources only; the student makes the statements from the text (Source pane) and
//   the relations.
// - `kinds`: the structure (statements, relations, co-premise groups, positions) with every
//   statement a `premise` (the editor's plain reason) and every relation the kind the editor
//   gives a premise's connection (`supports`, defaultRelationKind), since relation kinds would
//   tell the statement kinds; a relation that attacks a relation stays `undercuts`, the only
//   kind such a relation can have. The student sets the kinds of both.
import { seededRandom } from './random.ts';
import { CARD_WIDTH } from './theme/card.ts';
import { defaultRelationKind } from './operations.ts';
import type { ArgMap, ArgNode, ExerciseInfo, ExerciseKey, ExerciseMode, GhostMode, NodeKind, Relation } from './types.ts';

/** The kind every statement gets in `kinds` mode. */
export const NEUTRAL_KIND: NodeKind = 'premise';

const COLUMN_GAP = 60;
const ROW_HEIGHT = 200;

const INSTRUCTIONS: Record<ExerciseMode, string> = {
  relations:
    'Exercise: the statements of the text are given, the relations are not. Draw the relations between them ' +
    '(supports, opposes, qualifies, undercuts), group co-premises, and change a statement’s kind if you think it ' +
    'is wrong. Arrange the map as you like; your map will be compared with the teacher’s.',
  text:
    'Exercise: only the text is given. Read it in the Source pane, make a statement from each claim, reason, ' +
    'objection or caveat (select its words to anchor it), give each its kind and draw the relations between ' +
    'them. Your map will be compared with the teacher’s.',
  kinds:
    'Exercise: the statements and relations are given, their kinds are not: every statement is a premise and ' +
    'every relation a support. Set the kind of each statement (claim, premise, objection, rebuttal, caveat, ' +
    'evidence, context) and of each relation. Your map will be compared with the teacher’s.',
};

/** A shuffled copy (Fisher–Yates). */
function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A statement without what could give the answer away (notes, mark, fold). */
function bare(n: ArgNode, kind: NodeKind = n.kind): ArgNode {
  const out: ArgNode = { id: n.id, kind, text: n.text, position: { x: n.position.x, y: n.position.y } };
  if (n.source) out.source = { ...n.source };
  if (n.anchor) out.anchor = structuredClone(n.anchor);
  return out;
}

export interface ExerciseOptions {
  /** Put the key in the file, so the student can check their map in the editor (and read the key). Default false. */
  selfCheck?: boolean;
  /** On Check, draw what the student left out as ghosts, or only count it. Default 'counted'. */
  ghosts?: GhostMode;
}

/** What the comparison needs of the key, and nothing more: no notes, marks, weights, schemes, folds or focus. */
function keyForSelfCheck(key: ArgMap): ExerciseKey {
  return {
    meta: { title: key.meta.title, description: key.meta.description },
    nodes: key.nodes.map((n) => bare(n)),
    relations: key.relations.map((r) => ({ id: r.id, kind: r.kind, from: r.from, to: r.to, ...(r.group ? { group: r.group } : {}) })),
  };
}

export function makeExercise(key: ArgMap, mode: ExerciseMode, seed = 1, options: ExerciseOptions = {}): ArgMap {
  const meta = {
    title: `Exercise: ${key.meta.title}`,
    description: INSTRUCTIONS[mode],
    ...(key.meta.layout ? { layout: key.meta.layout } : {}),
  };
  const exercise: ExerciseInfo = { mode, ghosts: options.ghosts ?? 'counted' };
  if (options.selfCheck) exercise.key = keyForSelfCheck(key);
  const sources = key.sources?.length ? { sources: structuredClone(key.sources) } : {};
  const rest = { ...sources, exercise };
  if (mode === 'text') return { meta, nodes: [], relations: [], ...rest };

  if (mode === 'kinds') {
    const relationIds = new Set(key.relations.map((r) => r.id));
    const relations = key.relations.map((r): Relation => {
      const out: Relation = {
        id: r.id,
        kind: relationIds.has(r.to) ? 'undercuts' : defaultRelationKind(NEUTRAL_KIND),
        from: r.from,
        to: r.to,
      };
      if (r.group) out.group = r.group;
      return out;
    });
    return { meta, nodes: key.nodes.map((n) => bare(n, NEUTRAL_KIND)), relations, ...rest };
  }

  // relations: a grid of about square shape, the statements in a shuffled order.
  const order = shuffled(key.nodes, seededRandom(seed));
  const columns = Math.max(1, Math.ceil(Math.sqrt(order.length)));
  const nodes = order.map((n, i) => ({
    ...bare(n),
    position: { x: (i % columns) * (CARD_WIDTH + COLUMN_GAP), y: Math.floor(i / columns) * ROW_HEIGHT },
  }));
  return { meta, nodes, relations: [], ...rest };
}
