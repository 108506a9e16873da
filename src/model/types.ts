// The argument map as saved in files and kept in history. Plain data, no classes,
// so it can be compared, cloned with structuredClone and serialised as-is.
import type { Anchor } from './source/selectors.ts';

export const NODE_KINDS = ['claim', 'premise', 'objection', 'rebuttal', 'caveat', 'evidence', 'context'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATION_KINDS = ['supports', 'opposes', 'qualifies', 'undercuts'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** How Layout arranges the map (see layout.ts); saved with the map. */
export const LAYOUT_MODES = ['auto', 'tree', 'compact', 'outline'] as const;
export type LayoutMode = (typeof LAYOUT_MODES)[number];

export interface Point {
  x: number;
  y: number;
}

/** Where a node's content comes from in the source text. */
export interface SourceRef {
  document?: string;
  section?: string;
  paragraph?: string;
  quote?: string;
}

/** A user's judgement of a statement; absent means open (not judged). */
export const MARKS = ['accepted', 'rejected'] as const;
export type Mark = (typeof MARKS)[number];

export interface ArgNode {
  id: string;
  kind: NodeKind;
  text: string;
  position: Point;
  notes?: string;
  source?: SourceRef;
  mark?: Mark;
  /** Its subtree (what bears on it) is folded away on the canvas. */
  collapsed?: boolean;
  /** The passage of one of the map's sources that this statement renders. */
  anchor?: Anchor;
}

/**
 * A relation goes from a node to a node; an `undercuts` relation goes from a node to
 * another relation (it attacks the inference, not the claim).
 * Relations that share a `group` and a target are co-premises: one linked reason.
 */
export interface Relation {
  id: string;
  kind: RelationKind;
  from: string;
  to: string;
  group?: string;
  /** How much this support or objection weighs, 0..1; absent means 1 (strong). */
  weight?: number;
  /** The argumentation scheme this argument follows (issue 20); on every relation of a co-premise group alike. */
  scheme?: SchemeUse;
}

/** Where a critical question of an argument's scheme stands; absent from `questions`: open. */
export const QUESTION_STATUSES = ['answered', 'raised'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export interface QuestionState {
  status: QuestionStatus;
  /** The statement that answers it (`answered`) or the objection or undercut made of it (`raised`). */
  by?: string;
}

/**
 * An argument's scheme: the scheme's id in the catalogue (kept even when this editor does not
 * know it), which statement fills which of its premise roles, and its critical questions' states.
 */
export interface SchemeUse {
  scheme: string;
  /** Premise role id → id of the statement that fills it. */
  roles?: Record<string, string>;
  /** Critical question id → its state. */
  questions?: Record<string, QuestionState>;
}

/** Presets for relation weights offered in the UI. */
export const WEIGHT_STRONG = 1;
export const WEIGHT_WEAK = 0.5;

export interface MapMeta {
  title: string;
  description: string;
  /** "Focus on this node": only its neighbourhood is shown. Saved with the map. */
  focus?: string;
  /** The arrangement Layout uses for this map; absent: automatic. */
  layout?: LayoutMode;
}

/**
 * A text the map is made from. Embedded when `text` is present (the text travels with the
 * map); referenced otherwise (the map carries only this description and the anchors'
 * selectors, and the user supplies the text file to see the passages).
 */
export interface SourceDoc {
  id: string;
  title: string;
  author?: string;
  date?: string;
  /** Where the text can be found: a URL or a library reference. */
  address?: string;
  text?: string;
}

/** A reply in a comment's thread. */
export interface CommentReply {
  id: string;
  author: string;
  /** When it was written: ISO 8601. */
  created: string;
  text: string;
}

/** A remark on a statement, a relation or (no target) the whole map, with its replies (issue 19). */
export interface MapComment extends CommentReply {
  /** Id of the node or relation it is about; absent: about the whole map. */
  target?: string;
  /** Set when what it was on was deleted: what that was ("the statement “…”"); it is then on the whole map. */
  wasOn?: string;
  resolved?: boolean;
  replies?: CommentReply[];
}

export const EXERCISE_MODES = ['relations', 'text', 'kinds'] as const;
export type ExerciseMode = (typeof EXERCISE_MODES)[number];

/** Whether the parts of the key a student left out are drawn as ghosts on Check, or only counted. */
export const GHOST_MODES = ['shown', 'counted'] as const;
export type GhostMode = (typeof GHOST_MODES)[number];

/** The key a student's self-check compares with: the teacher's map, without its own sources (the exercise has them). */
export interface ExerciseKey {
  meta: MapMeta;
  nodes: ArgNode[];
  relations: Relation[];
}

/** What makes a map a student's exercise (issue 19). */
export interface ExerciseInfo {
  mode: ExerciseMode;
  ghosts: GhostMode;
  /** Present only when the teacher allows self-checking: then a determined student can read the key. */
  key?: ExerciseKey;
}

export interface ArgMap {
  meta: MapMeta;
  nodes: ArgNode[];
  relations: Relation[];
  /** Absent or empty: the map has no attached text. */
  sources?: SourceDoc[];
  /** Absent or empty: no comments. */
  comments?: MapComment[];
  /** Present when the map is an exercise made for students. */
  exercise?: ExerciseInfo;
}

export const emptyMap = (): ArgMap => ({
  meta: { title: 'Untitled map', description: '' },
  nodes: [],
  relations: [],
});
