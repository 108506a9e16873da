// A debater's brief for one side of a statement, as plain data (issue 20, part 2): the case,
// for each point the attacks to expect and the map's answers, what the other side will say,
// and the weak points. Built by buildBrief (build.ts); the rules are in docs/brief.md.
import type { Label } from '../evaluation.ts';
import type { ArgMap, NodeKind, Relation } from '../types.ts';

export const BRIEF_SIDES = ['for', 'against'] as const;
export type BriefSide = (typeof BRIEF_SIDES)[number];

/** Where a statement comes from in its source text (its `source`, or its anchor's quote). */
export interface Citation {
  section?: string;
  paragraph?: string;
  quote?: string;
}

export interface BriefStatement {
  id: string;
  kind: NodeKind;
  text: string;
  citation?: Citation;
}

/**
 * reason: a `supports` unit (one statement, or a linked reason); objection: `opposes`; caveat:
 * `qualifies`; undercut: `undercuts` (it attacks a link, not a statement); question: a critical
 * question of an argument's scheme; answer: the statement the map names as a question's answer.
 */
export type PointKind = 'reason' | 'objection' | 'caveat' | 'undercut' | 'question' | 'answer';

export type QuestionStatus = 'open' | 'raised' | 'answered';

export interface BriefQuestion {
  id: string;
  text: string;
  status: QuestionStatus;
}

/** A critical question of a scheme, with its text (the scheme catalogue's). */
export interface CriticalQuestion {
  id: string;
  text: string;
}

/**
 * The critical questions of the scheme a relation follows: all of them, whatever their state
 * (the brief reads which are answered or raised from `relation.scheme.questions`; the rest are
 * open). Without a catalogue none are known, and only answered and raised questions show. The
 * map is there to word each question in the argument's own terms.
 */
export type QuestionsOf = (relation: Relation, map: ArgMap) => readonly CriticalQuestion[];

/** What a point bears on: a statement, or (an undercut, a question) the link `relationId` from `nodeId` to `to`. */
export interface PointTarget {
  nodeId: string;
  relationId?: string;
  to?: string;
}

/** Reasons and evidence under a statement, recursively (same side as the statement). */
export interface BriefBacking {
  statements: BriefStatement[];
  /** The statement it backs. */
  to: string;
  relationIds: string[];
  backing: BriefBacking[];
  /** Met before in this brief: its own backing is listed there. */
  repeat?: true;
  /** The backing goes deeper than the brief follows (MAX_DEPTH): the rest is in the map. */
  more?: true;
}

export interface BriefPoint {
  /** Unique in the brief (the relations it stands for, or the question): the drill's key. */
  key: string;
  kind: PointKind;
  /** The side the brief is for ('ours') or the other ('theirs'). */
  side: 'ours' | 'theirs';
  /** The statements that make the point: one, several for a linked reason; none for an open question. */
  statements: BriefStatement[];
  relationIds: string[];
  /** What it bears on (an undercut of several links of one statement: each link). */
  on: PointTarget[];
  question?: BriefQuestion;
  /** The critical questions this objection or undercut raises (the scheme's `raised` questions it is named by). */
  raises?: BriefQuestion[];
  /** The evaluation's verdict on the point (each statement and link holds: in), given the map's marks. */
  status: Label;
  /** The point's weight, 0..1 (a linked reason: its smallest). */
  weight: number;
  /** Why it stands where it does in its list. */
  why: string;
  backing: BriefBacking[];
  /** The other side's points against it: for our points the attacks to expect, for theirs our answers. */
  replies: BriefPoint[];
  /** The other side's point has an answer in the map: a reply of ours with a statement (an open question is not one). */
  answered?: boolean;
  /** Met before in this brief: its backing and replies are listed there. */
  repeat?: true;
  /** The exchange goes deeper than the brief follows (MAX_DEPTH): the rest is in the map. */
  more?: true;
}

/** An attack with no answer in the map, and what it attacks. */
export interface WeakPoint {
  /** The attack; several when one statement undercuts several links. */
  points: BriefPoint[];
  /** The points of ours it attacks (each place it was met), or the target when it attacks the statement itself. */
  against: { key: string; statements: BriefStatement[] }[];
}

export interface Brief {
  side: BriefSide;
  target: BriefStatement;
  /** The target is the map's main claim. */
  mainClaim: boolean;
  mapTitle: string;
  /** Our points on the target, strongest first. */
  case: BriefPoint[];
  /** The other side's points on the target itself, strongest first, with our answers. */
  opposing: BriefPoint[];
  /** Attacks with no answer in the map, most dangerous first. */
  weakPoints: WeakPoint[];
}
