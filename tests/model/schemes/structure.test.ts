// The structure check's "open critical questions" hint: one per argument with a known scheme and
// a question neither answered nor raised.
import { describe, expect, test } from 'vitest';
import { checkStructure } from '../../../src/model/structureCheck.ts';
import { SCHEMES } from '../../../src/model/schemes/catalogue.ts';
import { mapOf, node, rel } from '../../builders.ts';

const expert = SCHEMES.find((s) => s.id === 'expert-opinion')!;
const allAnswered = Object.fromEntries(expert.questions.map((q) => [q.id, { status: 'answered' as const }]));
const open = (map: ReturnType<typeof mapOf>) => checkStructure(map).filter((f) => f.rule === 'open-questions');

describe('open critical questions', () => {
  test('an argument with open questions gets one hint naming the scheme, the count and the first question in its terms', () => {
    const map = mapOf(
      [
        node('c', 'claim', 'Schools should start later.'),
        node('p', 'premise', 'The AAP recommends it.'),
        node('q', 'premise', 'The AAP are experts.'),
      ],
      [
        rel('r1', 'p', 'c', 'supports', {
          group: 'g',
          scheme: { scheme: 'expert-opinion', questions: { credible: { status: 'answered', by: 'q' } } },
        }),
        rel('r2', 'q', 'c', 'supports', {
          group: 'g',
          scheme: { scheme: 'expert-opinion', questions: { credible: { status: 'answered', by: 'q' } } },
        }),
      ],
    );
    const findings = open(map);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'hint', nodeIds: ['p', 'q', 'c'], relationIds: ['r1', 'r2'], id: 'open-questions:r1' });
    expect(findings[0]!.message).toBe(
      `The expert opinion argument from the reason “The AAP recommends it.” to the claim “Schools should start later.” has ${expert.questions.length - 1} open critical questions; the first: Is the source an expert in the field that “Schools should start later” belongs to? Answer them with a statement, or raise them as objections.`,
    );
  });

  test('none when every question is answered or raised, when there is no scheme, or the scheme is unknown', () => {
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('b'), node('d')],
      [
        rel('r1', 'a', 'c', 'supports', { scheme: { scheme: 'expert-opinion', questions: allAnswered } }),
        rel('r2', 'b', 'c'),
        rel('r3', 'd', 'c', 'supports', { scheme: { scheme: 'not-in-the-catalogue' } }),
      ],
    );
    expect(open(map)).toEqual([]);
  });

  test('one open question is named in the singular', () => {
    const questions = Object.fromEntries(expert.questions.slice(1).map((q) => [q.id, { status: 'answered' as const }]));
    const map = mapOf(
      [node('c', 'claim', 'C.'), node('a', 'premise', 'A.')],
      [rel('r', 'a', 'c', 'supports', { scheme: { scheme: 'expert-opinion', questions } })],
    );
    expect(open(map)[0]!.message).toBe(
      'The expert opinion argument from the reason “A.” to the claim “C.” has an open critical question: How credible is the source as an expert: [Expertise]? Answer it with a statement, or raise it as an objection.',
    );
  });

  test('one per argument, each with its own id, even from one statement', () => {
    const map = mapOf(
      [node('c', 'claim'), node('d', 'claim'), node('a')],
      [rel('r1', 'a', 'c', 'supports', { scheme: { scheme: 'sign' } }), rel('r2', 'a', 'd', 'supports', { scheme: { scheme: 'example' } })],
    );
    expect(open(map).map((f) => f.id)).toEqual(['open-questions:r1', 'open-questions:r2']);
  });
});
