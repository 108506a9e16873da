// The critical questions the app and `argmap brief` give buildBrief. The scheme catalogue
// (src/model/schemes/catalogue.ts, with each scheme's critical questions) is built on another
// branch; until it is merged, no open questions are known, and the brief shows only the
// questions the map itself marks raised or answered. To plug the catalogue in, replace
// NO_QUESTIONS below with a lookup of the relation's scheme, e.g.
//   (relation) => (relation.scheme ? (schemeById(relation.scheme.scheme)?.questions ?? []) : [])
// (tests/model/brief.test.ts shows the shape with a stand-in catalogue).
import { NO_QUESTIONS } from './build.ts';
import type { QuestionsOf } from './types.ts';

export const schemeQuestions: QuestionsOf = NO_QUESTIONS;
