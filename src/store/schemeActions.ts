// The store's actions on arguments' schemes (issue 20). They load with the inspector's scheme
// section (components/SchemeSection.tsx), not with the editor: each wraps a pure operation of
// model/schemes/operations.ts and records it through the store's `apply`, as one undo step.
import type { ArgMap, QuestionState } from '../model/types.ts';
import * as ops from '../model/schemes/operations.ts';
import { argumentOf, premiseTarget, schemeById } from '../model/schemes/schemes.ts';
import { childPosition } from '../model/placement.ts';
import { estimateNodeSize } from '../model/layout.ts';
import { UNMEASURED_CARD } from '../model/theme/card.ts';
import { revealNode } from '../model/visibility.ts';
import { isViewOnly, useEditor } from './store.ts';

const apply = (next: ArgMap, nodeIds?: string[]) => useEditor.getState().apply(next, nodeIds);
const map = () => useEditor.getState().map;

export const setScheme = (relationId: string, schemeId: string | undefined) => apply(ops.setScheme(map(), relationId, schemeId));

export const fillRole = (relationId: string, roleId: string, nodeId: string | undefined) =>
  apply(ops.fillRole(map(), relationId, roleId, nodeId));

export const setQuestionState = (relationId: string, questionId: string, state: QuestionState | undefined) =>
  apply(ops.setQuestionState(map(), relationId, questionId, state));

/** Where a new statement about `nearId` goes: beside what already bears on it, clear of other boxes. */
function placeNear(nearId: string) {
  const { map, sizes } = useEditor.getState();
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  return childPosition(map, nearId, (id) => sizes[id] ?? (byId.has(id) ? estimateNodeSize(byId.get(id)!) : UNMEASURED_CARD));
}

/**
 * Raises a critical question as an objection (or an undercut of the link): the new statement is
 * selected and opened for editing, its words the question's. Returns its id, or '' (and says why).
 */
export function raiseQuestion(relationId: string, questionId: string): string {
  const state = useEditor.getState();
  const argument = isViewOnly(state) ? undefined : argumentOf(state.map, relationId);
  const question = argument?.scheme && schemeById(argument.scheme.scheme)?.questions.find((q) => q.id === questionId);
  if (!argument || !question) return '';
  const near =
    question.attacks === 'conclusion'
      ? argument.conclusion
      : question.attacks === 'premise'
        ? premiseTarget(argument, question)
        : argument.premises[0];
  const result = ops.raiseQuestion(state.map, relationId, questionId, placeNear(near ?? argument.conclusion));
  if (!result.id) {
    state.notify({ tone: 'warning', title: 'reason' in result ? result.reason : 'This question cannot be raised here.' });
    return '';
  }
  apply(revealNode(result.map, result.id), [result.id]);
  useEditor.getState().startEditing(result.id);
  return result.id;
}

/** A new co-premise worded as the role's form, filling the role; selected and opened for editing. */
export function addRolePremise(relationId: string, roleId: string): string {
  const argument = isViewOnly(useEditor.getState()) ? undefined : argumentOf(map(), relationId);
  if (!argument) return '';
  const result = ops.addRolePremise(map(), relationId, roleId, placeNear(argument.conclusion));
  if (!result.id) return '';
  apply(revealNode(result.map, result.id), [result.id]);
  useEditor.getState().startEditing(result.id);
  return result.id;
}
