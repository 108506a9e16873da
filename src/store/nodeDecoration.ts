// What the canvas draws on top of a node besides its content, as one plain object per node:
// the evaluation and visibility features each fill in their part (evaluationView.ts,
// visibility.ts), decorations.ts combines them, and the flow deriver compares them.
import type { Label } from '../model/evaluation.ts';
import type { StatementMark } from '../model/compare/view.ts';

export interface NodeDecoration {
  /** Computed status when evaluation is on. */
  status?: Label;
  /** The status is the user's mark (accepted/rejected), not computed. */
  marked?: boolean;
  /** Why the node has that status, one sentence (tooltip). */
  explanation?: string;
  /** Weighed reasons for and against (shown on claims when evaluation is on). */
  balance?: { pro: number; con: number };
  /** Number of nodes folded away under this node (collapsed), shown on its toggle. */
  hiddenCount?: number;
  /** Shown faintly: e.g. not yet reached in presentation mode. */
  dimmed?: boolean;
  /** Found by the search. */
  match?: boolean;
  /** Open comments on it (its marker). */
  comments?: number;
  /** Compared with a key (store/teaching.ts): how this statement stands. */
  verdict?: StatementMark;
}

/** Shallow equality, so a node whose decoration did not change keeps its flow object. */
export function sameDecoration(a: NodeDecoration | undefined, b: NodeDecoration | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.status === b.status &&
    a.marked === b.marked &&
    a.explanation === b.explanation &&
    a.balance?.pro === b.balance?.pro &&
    a.balance?.con === b.balance?.con &&
    a.hiddenCount === b.hiddenCount &&
    a.dimmed === b.dimmed &&
    a.match === b.match &&
    a.comments === b.comments &&
    a.verdict === b.verdict
  );
}
