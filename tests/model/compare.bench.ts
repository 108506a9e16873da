// Comparing a student's map with the key (src/model/compare): two maps of 5,000 statements,
// the second a student's copy of the first with typical mistakes (tests/model/compare-student.ts:
// 3 % of statements left out, 3 % added, 5 % reworded, 3 % of another kind, 3 % of the
// relations of another kind, 2 % reversed). Issue 19 asks for ≤ 200 ms.
// npx vitest bench --run --project unit tests/model/compare.bench.ts
import { bench, describe } from 'vitest';
import { compareMaps } from '../../src/model/compare/compare.ts';
import { generateMap } from '../../testkit/generate.ts';
import { studentCopy, TYPICAL } from './compare-student.ts';

const key = generateMap(5000, 1);
const keptIds = studentCopy(key, 7);
const renamed = studentCopy(key, 7, { ...TYPICAL, renameIds: true });

describe('compare two 5,000-statement maps', () => {
  bench('student copy with the key’s ids (a map made from the exercise)', () => void compareMaps(key, keptIds));
  bench('student copy with every id renamed (matched by text)', () => void compareMaps(key, renamed));
  bench('the key against itself', () => void compareMaps(key, key));
});
