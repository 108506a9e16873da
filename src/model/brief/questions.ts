// The critical questions the app and `argmap brief` give buildBrief: those of the relation's
// scheme in the scheme catalogue (src/model/schemes/catalogue.ts), each worded in the argument's
// own terms. A scheme the catalogue does not know has none; the brief still shows the questions
// the map itself marks raised or answered.
import { questionText, schemeById } from '../schemes/schemes.ts';
import type { QuestionsOf } from './types.ts';

export const schemeQuestions: QuestionsOf = (relation, map) => {
  const scheme = relation.scheme && schemeById(relation.scheme.scheme);
  return scheme ? scheme.questions.map((q) => ({ id: q.id, text: questionText(scheme, q, map, relation) })) : [];
};
