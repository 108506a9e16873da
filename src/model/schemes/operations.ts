// Pure operations on arguments' schemes (issue 20). Each returns a new map, or the same map when
// nothing changed. An argument is a relation or its whole co-premise group: every relation of a
// group carries the same scheme, so each operation writes all of them.
import type { ArgMap, NodeKind, Point, QuestionState, Relation, SchemeUse } from '../types.ts';
import { addNode, connect, linkCoPremises } from '../operations.ts';
import { argumentOf, premiseTarget, questionText, raisesAsUndercut, schemeById, type Argument } from './schemes.ts';

/** Gives every relation of the argument `use` (or no scheme, with undefined). */
function withScheme(map: ArgMap, argument: Argument, use: SchemeUse | undefined): ArgMap {
  if (JSON.stringify(argument.scheme) === JSON.stringify(use)) return map;
  const ids = new Set(argument.relations.map((r) => r.id));
  const relations = map.relations.map((r): Relation => {
    if (!ids.has(r.id)) return r;
    const { scheme: _old, ...rest } = r;
    return use ? { ...rest, scheme: use } : rest;
  });
  return { ...map, relations };
}

/** Sets the argument's scheme (undefined: none). Choosing the scheme it has already keeps its roles and questions. */
export function setScheme(map: ArgMap, relationId: string, schemeId: string | undefined): ArgMap {
  const argument = argumentOf(map, relationId);
  if (!argument || argument.scheme?.scheme === schemeId) return map;
  return withScheme(map, argument, schemeId ? { scheme: schemeId } : undefined);
}

/** Which statement fills a premise role (undefined: none). */
export function fillRole(map: ArgMap, relationId: string, roleId: string, nodeId: string | undefined): ArgMap {
  const argument = argumentOf(map, relationId);
  const use = argument?.scheme;
  if (!argument || !use || (nodeId !== undefined && !map.nodes.some((n) => n.id === nodeId))) return map;
  const roles = { ...use.roles };
  if (nodeId === undefined) delete roles[roleId];
  else roles[roleId] = nodeId;
  return withScheme(map, argument, tidy({ ...use, roles }));
}

/** A critical question's state; undefined makes it open again. */
export function setQuestionState(map: ArgMap, relationId: string, questionId: string, state: QuestionState | undefined): ArgMap {
  const argument = argumentOf(map, relationId);
  const use = argument?.scheme;
  if (!argument || !use || (state?.by !== undefined && !map.nodes.some((n) => n.id === state.by))) return map;
  const questions = { ...use.questions };
  if (state) questions[questionId] = state.by ? { status: state.status, by: state.by } : { status: state.status };
  else delete questions[questionId];
  return withScheme(map, argument, tidy({ ...use, questions }));
}

/** Marks a question answered by a statement (the answer the map gives it). */
export function answerQuestion(map: ArgMap, relationId: string, questionId: string, by: string | undefined): ArgMap {
  return setQuestionState(map, relationId, questionId, by ? { status: 'answered', by } : { status: 'answered' });
}

export type RaiseResult = { map: ArgMap; id: string } | { map: ArgMap; id: ''; reason: string };

/**
 * Raises a critical question: a new statement, worded as the question in the argument's own
 * terms, that objects to the premise it doubts or to the conclusion, or undercuts the argument's
 * link when it doubts the inference (see raisesAsUndercut); the question is marked raised by it.
 */
export function raiseQuestion(map: ArgMap, relationId: string, questionId: string, position: Point): RaiseResult {
  const argument = argumentOf(map, relationId);
  const scheme = argument?.scheme && schemeById(argument.scheme.scheme);
  const question = scheme?.questions.find((q) => q.id === questionId);
  if (!argument || !scheme || !question) return { map, id: '', reason: 'This argument has no such critical question.' };
  const target = raisesAsUndercut(question, argument.relations[0]!)
    ? argument.relations[0]!.id
    : question.attacks === 'conclusion'
      ? argument.conclusion
      : premiseTarget(argument, question);
  if (!target) return { map, id: '', reason: 'Choose the statement that fills this premise first: the question objects to it.' };
  const text = questionText(scheme, question, map, argument.relations[0]!);
  const added = addNode(map, { kind: 'objection', text, position });
  const connected = connect(added.map, added.id, target, 'opposes');
  if ('reason' in connected) return { map, id: '', reason: connected.reason };
  return { map: setQuestionState(connected.map, relationId, questionId, { status: 'raised', by: added.id }), id: added.id };
}

/**
 * A statement for a role no statement fills yet: a new co-premise of the argument (same kind as its
 * premise, same relation to the conclusion, linked with it), worded as the role's form, filling the role.
 */
export function addRolePremise(map: ArgMap, relationId: string, roleId: string, position: Point): { map: ArgMap; id: string } {
  const argument = argumentOf(map, relationId);
  const scheme = argument?.scheme && schemeById(argument.scheme.scheme);
  const role = scheme?.roles.find((r) => r.id === roleId);
  if (!argument || !role) return { map, id: '' };
  const first = argument.relations[0]!;
  const kind: NodeKind = map.nodes.find((n) => n.id === first.from)?.kind ?? 'premise';
  const added = addNode(map, { kind, text: role.template, position });
  const connected = connect(added.map, added.id, argument.conclusion, first.kind);
  if ('reason' in connected) return { map, id: '' };
  const linked = linkCoPremises(connected.map, [...argument.relations.map((r) => r.id), connected.id]);
  return { map: fillRole(linked, relationId, roleId, added.id), id: added.id };
}

/** Empty roles and questions are left out, as the file writes them. */
function tidy(use: SchemeUse): SchemeUse {
  const out: SchemeUse = { scheme: use.scheme };
  if (use.roles && Object.keys(use.roles).length) out.roles = use.roles;
  if (use.questions && Object.keys(use.questions).length) out.questions = use.questions;
  return out;
}
