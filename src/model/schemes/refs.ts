// A scheme's references to statements (role fillers, the statements that answer or raise its
// questions) followed through a renaming: pasting (new ids), deleting (gone ids), other formats
// (their ids). Used from the start (delete, paste): no catalogue here.
import type { QuestionState, SchemeUse } from '../types.ts';

/**
 * `follow` gives a statement's new id, or undefined when it is not there: then its role is
 * unfilled, a question it answered stays answered, and one it raised is open again.
 */
export function followSchemeRefs(use: SchemeUse, follow: (id: string) => string | undefined): SchemeUse {
  const out: SchemeUse = { scheme: use.scheme };
  const roles = Object.entries(use.roles ?? {}).flatMap(([role, id]): [string, string][] => {
    const to = follow(id);
    return to ? [[role, to]] : [];
  });
  const questions = Object.entries(use.questions ?? {}).flatMap(([id, q]): [string, QuestionState][] => {
    const by = q.by && follow(q.by);
    return by ? [[id, { status: q.status, by }]] : q.by && q.status === 'raised' ? [] : [[id, { status: q.status }]];
  });
  if (roles.length) out.roles = Object.fromEntries(roles);
  if (questions.length) out.questions = Object.fromEntries(questions);
  return out;
}
