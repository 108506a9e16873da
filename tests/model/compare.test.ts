// The compare engine (src/model/compare) on examples: the text measure on real paraphrases and
// unrelated statements of the GSOMIA map, each matching rule, each relation verdict, the scores,
// the worked example of docs/grading.md, and the GSOMIA map against students' copies.
import { describe, expect, it } from 'vitest';
import { anchorOverlaps, pairSources, quoteOverlap, rangeOverlap } from '../../src/model/compare/anchors.ts';
import { compareMaps } from '../../src/model/compare/compare.ts';
import { STRUCTURE_FLOOR, TEXT_THRESHOLD } from '../../src/model/compare/matching.ts';
import { cohensKappa, score } from '../../src/model/compare/scores.ts';
import { makeSide } from '../../src/model/compare/side.ts';
import { stem, textSimilarity, Vocabulary, words } from '../../src/model/compare/similarity.ts';
import type { Comparison } from '../../src/model/compare/types.ts';
import { removeElements } from '../../src/model/operations.ts';
import type { ArgMap, ArgNode } from '../../src/model/types.ts';
import { EXAMPLE_KEY, EXAMPLE_STUDENT, GSOMIA_PARAPHRASES, gsomia, mapOf, node, rel } from './compare-fixtures.ts';
import { renameIds } from './compare-student.ts';

const counts = (c: Comparison) => c.counts;

describe('text similarity', () => {
  it('normalises words: case, accents, possessives, dashes and punctuation', () => {
    expect(words("Japan–South Korea's 'hub-and-spokes' Café, déjà vu!")).toEqual([
      'japan',
      'south',
      'korea',
      'hub',
      'and',
      'spokes',
      'cafe',
      'deja',
      'vu',
    ]);
  });

  it('stems lightly: plurals, -ing, -ed, -ly, a final e, then six letters', () => {
    expect(stem('remilitarise')).toBe(stem('remilitarisation'));
    expect(stem('cooperating')).toBe(stem('cooperation'));
    expect(stem('region')).toBe(stem('regional'));
    expect(stem('disputes')).toBe(stem('disputed'));
    expect(stem('military')).toBe(stem('militarily'));
    expect(stem('2012')).toBe('2012');
    expect(stem('japan')).not.toBe(stem('china'));
  });

  it('is 1 for the same words, symmetric, and 0 for nothing in common', () => {
    expect(textSimilarity('The pact was signed.', 'the PACT is signed')).toBe(1);
    const a = 'Japan has yet to make satisfactory gestures to the comfort women.';
    const b = 'Japan has not yet made satisfactory gestures to the comfort women.';
    expect(textSimilarity(a, b)).toBeCloseTo(textSimilarity(b, a), 12);
    expect(textSimilarity(a, 'Trilateral naval drills followed in June.')).toBeLessThan(0.1);
    expect(textSimilarity('', '')).toBe(0);
    expect(textSimilarity('It is.', 'it is')).toBe(1); // only stop words: the same words
  });

  it('separates a student’s wording of a GSOMIA statement from the map’s other statements', () => {
    const map = gsomia();
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    const own: number[] = [];
    const others: number[] = [];
    for (const [id, sentence] of GSOMIA_PARAPHRASES) {
      const mine = textSimilarity(byId.get(id)!.text, sentence);
      own.push(mine);
      const rest = map.nodes.filter((n) => n.id !== id).map((n) => textSimilarity(n.text, sentence));
      others.push(...rest);
      // Each student's sentence is closest to the statement it rewords.
      expect(mine, id).toBeGreaterThan(Math.max(...rest));
      // And agrees with it at least in part (what the structure can confirm).
      expect(mine, id).toBeGreaterThanOrEqual(STRUCTURE_FLOOR);
    }
    // 28 of the 30 reach the threshold on their own (the two below it: "put off" for
    // "postponed", "kept secret" for "secrecy"); 2 of the 1,350 other pairs reach it, both
    // between closely related statements (domestic opposition and the expected signing; the
    // first implication and the objection to it).
    expect(own.filter((x) => x >= TEXT_THRESHOLD).length).toBe(28);
    expect(others.length).toBe(30 * 45);
    expect(others.filter((x) => x >= TEXT_THRESHOLD).length).toBe(2);
    expect(others.filter((x) => x < STRUCTURE_FLOOR).length / others.length).toBeGreaterThan(0.95);
  });

  it('keeps unrelated statements of the same domain apart', () => {
    const pairs: [string, string][] = [
      ['China has not yet lodged an official objection to the pact.', 'North Korea has condemned Seoul for betraying the Korean nation.'],
      ['More trilateral military exercises may follow.', 'The comfort-women question is still unresolved.'],
      [
        "South Korea's presidential election at year-end could bring new leaders.",
        'Japan and South Korea could share sensitive information directly.',
      ],
    ];
    for (const [a, b] of pairs) expect(textSimilarity(a, b), `${a} / ${b}`).toBeLessThan(STRUCTURE_FLOOR);
  });
});

describe('the worked example of docs/grading.md', () => {
  const c = compareMaps(EXAMPLE_KEY, EXAMPLE_STUDENT);

  it('matches seven statements, each with its reason', () => {
    expect(c.matches.map((m) => [m.keyId, m.submissionId, m.by, m.score])).toEqual([
      ['c', 's1', 'text', 1],
      ['p2', 's3', 'text', 1],
      ['o2', 's5', 'text', 1],
      ['e2', 's7', 'text', 1],
      ['e1', 's6', 'text', 0.851],
      ['p1', 's2', 'text', 0.628],
      ['o1', 's4', 'structure', 0.447],
    ]);
    expect(c.matches.at(-1)!.detail).toBe('Texts agree in part (0.44), and both are joined to 1 statement already matched to each other.');
  });

  it('has every count and score shown in the doc', () => {
    expect(counts(c)).toEqual({
      statements: { key: 8, submission: 8, matched: 7, missing: 1, extra: 1, by: { id: 0, anchor: 0, text: 6, structure: 1 } },
      kinds: { key: 8, submission: 8, correct: 6, wrongKind: 1, missing: 1, extra: 1 },
      relations: { key: 7, submission: 7, correct: 2, wrongKind: 3, reversed: 1, missing: 1, extra: 1 },
    });
    expect(c.scores.statements).toEqual({ precision: 7 / 8, recall: 7 / 8, f1: 7 / 8 });
    expect(c.scores.relations.f1).toBeCloseTo(2 / 7, 12);
    expect(c.scores.kinds).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(c.scores.kappa.statementKinds).toBeCloseTo(29 / 36, 12);
    expect(c.scores.kappa.relationKinds).toBeCloseTo(2 / 3, 12);
    expect(c.scores.combined).toBeCloseTo((7 / 8 + 2 / 7 + 3 / 4) / 3, 12);
    expect(c.scores.combined.toFixed(3)).toBe('0.637');
  });

  it('gives each relation its verdict', () => {
    expect(c.relations.map((r) => [r.keyId, r.submissionId, r.verdict])).toEqual([
      ['r1', 't1', 'correct'],
      ['r2', 't2', 'reversed'],
      ['r3', 't3', 'wrongKind'],
      ['r4', 't4', 'correct'],
      ['r5', 't5', 'wrongKind'],
      ['r6', 't6', 'wrongKind'],
      ['r7', undefined, 'missing'],
      [undefined, 't7', 'extra'],
    ]);
    expect(c.relations[4]!.grouping).toBe('different');
  });

  it('lists the differences in the key’s reading order, the student’s additions after', () => {
    expect(c.differences.map((d) => d.id)).toEqual([
      'relation:reversed:r2:t2',
      'relation:wrongKind:r3:t3',
      'statement:wrongKind:o2:s5',
      'relation:wrongKind:r5:t5',
      'relation:wrongKind:r6:t6',
      'statement:missing:k1:',
      'relation:missing:r7:',
      'statement:extra::s8',
      'relation:extra::t7',
    ]);
    expect(c.differences[2]!.message).toBe(
      'Wrong kind: “South Korea insists that the comfort-women issue be resolved first.” is an objection in the key, a reason here.',
    );
    expect(c.differences[3]!.message).toMatch(
      /^Co-premises differ: the key has “Japan has yet to make .*”, linked with “Japan has never offered .*”; this map has it on its own\.$/,
    );
  });

  it('is plain data: the same after a JSON round trip, and the same every time', () => {
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    expect(compareMaps(EXAMPLE_KEY, EXAMPLE_STUDENT)).toEqual(c);
  });
});

describe('matching statements', () => {
  const key = mapOf(
    [node('a', 'claim', 'The pact should be signed this year.'), node('b', 'premise', 'It lets both allies share intelligence directly.')],
    [rel('r', 'supports', 'b', 'a')],
  );

  it('takes the same id as a match when the texts agree', () => {
    const c = compareMaps(key, structuredClone(key));
    expect(c.matches.map((m) => m.by)).toEqual(['id', 'id']);
    expect(c.matches[0]!.detail).toBe('Same id and the same words.');
  });

  it('does not keep a statement by its id once its text says something else', () => {
    const student = structuredClone(key);
    student.nodes[0]!.text = 'The pact should be signed this year, as planned.';
    student.nodes[1]!.text = 'North Korea condemned the deal.'; // rewritten into another statement
    const c = compareMaps(key, student);
    expect(c.matches.map((m) => [m.keyId, m.submissionId, m.by])).toEqual([['a', 'a', 'id']]);
    expect(counts(c).statements).toMatchObject({ matched: 1, missing: 1, extra: 1 });
  });

  it('follows the texts when a student swaps the texts of two nodes', () => {
    const student = structuredClone(key);
    [student.nodes[0]!.text, student.nodes[1]!.text] = [student.nodes[1]!.text, student.nodes[0]!.text];
    const c = compareMaps(key, student);
    expect(c.matches.map((m) => [m.keyId, m.submissionId, m.by]).sort()).toEqual([
      ['a', 'b', 'text'],
      ['b', 'a', 'text'],
    ]);
    expect(counts(c).kinds.wrongKind).toBe(2);
    expect(counts(c).relations.reversed).toBe(1);
  });

  it('can ignore ids', () => {
    const c = compareMaps(key, structuredClone(key), { ids: false });
    expect(c.matches.map((m) => m.by)).toEqual(['text', 'text']);
  });

  it('matches by text regardless of case, punctuation, stop words and word order', () => {
    const student = mapOf(
      [
        node('x', 'claim', 'the PACT should be signed — this year!'),
        node('y', 'premise', 'Both allies: share intelligence directly, it lets.'),
      ],
      [rel('s', 'supports', 'y', 'x')],
    );
    const c = compareMaps(key, student);
    expect(c.matches.map((m) => [m.keyId, m.submissionId, m.detail])).toEqual([
      ['a', 'x', 'The same words.'],
      ['b', 'y', 'The same words.'],
    ]);
    expect(c.scores.combined).toBe(1);
  });

  it('leaves an unrelated statement unmatched', () => {
    const student = mapOf(
      [node('x', 'claim', 'The pact should be signed this year.'), node('y', 'premise', 'Trade between the two countries keeps growing.')],
      [rel('s', 'supports', 'y', 'x')],
    );
    const c = compareMaps(key, student);
    expect(counts(c).statements).toMatchObject({ matched: 1, missing: 1, extra: 1 });
    expect(counts(c).relations).toMatchObject({ correct: 0, missing: 1, extra: 1 });
  });

  it('lets the structure confirm a partly similar text, and only next to matched statements', () => {
    const k = mapOf(
      [
        node('c', 'claim', 'Seoul and Tokyo should sign the intelligence pact.'),
        node('p', 'premise', 'Seoul has put off signing GSOMIA with Tokyo once more.'),
      ],
      [rel('r', 'qualifies', 'p', 'c')],
    );
    const wording = 'South Korea has again postponed signing GSOMIA with Japan.';
    const sim = textSimilarity(k.nodes[1]!.text, wording);
    expect(sim).toBeGreaterThanOrEqual(STRUCTURE_FLOOR);
    expect(sim).toBeLessThan(TEXT_THRESHOLD);
    const joined = mapOf([node('x', 'claim', k.nodes[0]!.text), node('y', 'context', wording)], [rel('s', 'qualifies', 'y', 'x')]);
    const c = compareMaps(k, joined);
    expect(c.matches.map((m) => [m.keyId, m.submissionId, m.by])).toEqual([
      ['c', 'x', 'text'],
      ['p', 'y', 'structure'],
    ]);
    const alone = mapOf([node('x', 'claim', k.nodes[0]!.text), node('y', 'context', wording)], []);
    expect(compareMaps(k, alone).matches.map((m) => m.keyId)).toEqual(['c']);
  });

  it('lets matched neighbours decide between statements with the same text', () => {
    // Two reasons read "Evidence is thin." under two different claims; the student's copy lists them in the other order.
    const k = mapOf(
      [
        node('c1', 'claim', 'Drills should be held.'),
        node('c2', 'claim', 'Talks should resume.'),
        node('e1', 'premise', 'Evidence is thin.'),
        node('e2', 'premise', 'Evidence is thin.'),
      ],
      [rel('r1', 'opposes', 'e1', 'c1'), rel('r2', 'supports', 'e2', 'c2')],
    );
    const student = mapOf(
      [
        node('x1', 'claim', 'Drills should be held.'),
        node('x2', 'claim', 'Talks should resume.'),
        node('y2', 'premise', 'Evidence is thin.'),
        node('y1', 'premise', 'Evidence is thin.'),
      ],
      [rel('s1', 'opposes', 'y1', 'x1'), rel('s2', 'supports', 'y2', 'x2')],
    );
    const c = compareMaps(k, student);
    const pairs = Object.fromEntries(c.matches.map((m) => [m.keyId, m.submissionId]));
    expect(pairs).toEqual({ c1: 'x1', c2: 'x2', e1: 'y1', e2: 'y2' });
    expect(c.matches.filter((m) => m.by === 'structure').length).toBeGreaterThan(0);
    expect(c.scores.combined).toBe(1);
  });
});

describe('matching by anchors', () => {
  const source = { id: 'src-1', title: 'Japan-South Korea Military Cooperation' };
  const at = (start: number, end: number, exact?: string): ArgNode['anchor'] => ({
    source: 'src-1',
    position: { type: 'TextPositionSelector', start, end },
    ...(exact === undefined ? {} : { quote: { type: 'TextQuoteSelector', exact } }),
  });

  it('measures range and quote overlap', () => {
    expect(rangeOverlap({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1);
    expect(rangeOverlap({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15);
    expect(rangeOverlap({ start: 0, end: 10 }, { start: 10, end: 15 })).toBe(0);
    expect(quoteOverlap('unlikely to be realised', 'unlikely to be realised')).toBe(1);
    expect(quoteOverlap('the benefits are unlikely to be realised', 'unlikely to be realised')).toBeCloseTo(23 / 40);
    expect(quoteOverlap('benefits are unlikely', 'unlikely to be realised')).toBeCloseTo(8 / (21 + 23 - 8));
    expect(quoteOverlap('benefits are unlike', 'likely to be')).toBe(0); // not whole words
    expect(quoteOverlap('alpha', 'beta')).toBe(0);
  });

  it('pairs sources by id and title, then title, then id', () => {
    const key = [
      { id: 'a', title: 'The Commentary' },
      { id: 'b', title: 'Another text' },
    ];
    expect([...pairSources(key, [{ id: 'z', title: 'the commentary!' }])].map(([s, k]) => [s, k.id])).toEqual([['z', 'a']]);
    expect([...pairSources(key, [{ id: 'b', title: 'Renamed' }])].map(([s, k]) => [s, k.id])).toEqual([['b', 'b']]);
    expect([...pairSources(key, [{ id: 'q', title: 'Unrelated' }])]).toEqual([]);
  });

  it('matches statements on the same passage whatever their words, and prefers the one that says the same', () => {
    const key = mapOf(
      [
        node('obj', 'objection', 'Moving beyond hub and spokes would weaken US influence.', {
          anchor: at(2781, 2816, 'a decrease in US regional influence'),
        }),
        node('reb', 'rebuttal', 'This would not diminish US influence in the region.', {
          anchor: at(2762, 2817, 'This does not mean a decrease in US regional influence.'),
        }),
      ],
      [rel('r', 'opposes', 'reb', 'obj')],
      { sources: [source] },
    );
    const student = mapOf(
      [
        node('s1', 'rebuttal', 'This does not mean a decrease in US regional influence.', {
          anchor: { ...at(2762, 2817)!, source: 'src-9' },
        }),
        node('s2', 'objection', 'The US loses influence.', {
          anchor: { source: 'src-9', quote: { type: 'TextQuoteSelector', exact: 'decrease in US regional influence' } },
        }),
      ],
      [rel('t', 'opposes', 's1', 's2')],
      { sources: [{ id: 'src-9', title: 'Japan–South Korea military cooperation' }] },
    );
    const c = compareMaps(key, student);
    expect(c.matches.map((m) => [m.keyId, m.submissionId, m.by, m.overlap])).toEqual([
      ['reb', 's1', 'anchor', 1],
      ['obj', 's2', 'anchor', 0.943],
    ]);
    expect(c.scores.combined).toBe(1);
  });

  it('does not trust two saved positions that quote different words where they overlap', () => {
    const key = mapOf([node('a', 'premise', 'First statement.', { anchor: at(100, 120, 'exactly twenty chars') })], [], {
      sources: [source],
    });
    const student = mapOf([node('b', 'premise', 'Second statement.', { anchor: at(105, 125, 'other twenty letters') })], [], {
      sources: [source],
    });
    const keySide = makeSide(key, new Vocabulary());
    const studentSide = makeSide(student, new Vocabulary());
    expect(anchorOverlaps(keySide, studentSide)).toEqual([]);
    const same = mapOf([node('b', 'premise', 'Second statement.', { anchor: at(105, 125, 'ly twenty chars and ') })], [], {
      sources: [source],
    });
    expect(anchorOverlaps(keySide, makeSide(same, new Vocabulary()))).toEqual([{ key: 0, submission: 0, overlap: 15 / 25 }]);
  });

  it('finds passages again in a text either map carries', () => {
    const text = 'Alpha beta gamma. The pact will be sealed once the Assembly is briefed. Delta epsilon.';
    const start = text.indexOf('the pact will'.replace('the', 'The'));
    const key = mapOf(
      [node('a', 'context', 'The pact will follow a briefing.', { anchor: at(start, start + 23, text.slice(start, start + 23)) })],
      [],
      { sources: [{ ...source, text }] },
    );
    // The student's offsets come from a copy with two more characters at the start.
    const student = mapOf(
      [
        node('b', 'context', 'Signing comes after the Assembly hears about it.', {
          anchor: { ...at(start + 2, start + 2 + 30, text.slice(start, start + 30))!, source: 'mine' },
        }),
      ],
      [],
      {
        sources: [{ id: 'mine', title: source.title }],
      },
    );
    const c = compareMaps(key, student);
    expect(c.matches.map((m) => [m.keyId, m.submissionId, m.by])).toEqual([['a', 'b', 'anchor']]);
    expect(c.matches[0]!.overlap).toBeCloseTo(23 / 30, 3);
  });

  it('needs the texts to agree in part when passages overlap by less than half', () => {
    const key = mapOf([node('a', 'premise', 'Japan may remilitarise.', { anchor: at(0, 100) })], [], { sources: [source] });
    const unrelated = mapOf([node('b', 'premise', 'Trade keeps growing.', { anchor: at(60, 200) })], [], { sources: [source] });
    expect(compareMaps(key, unrelated).matches).toEqual([]);
    const related = mapOf([node('b', 'premise', 'Japan could remilitarise again.', { anchor: at(60, 200) })], [], { sources: [source] });
    expect(compareMaps(key, related).matches.map((m) => m.by)).toEqual(['anchor']);
  });
});

describe('comparing relations', () => {
  const key = mapOf(
    [
      node('c', 'claim', 'The pact should be signed.'),
      node('p', 'premise', 'It helps against North Korea.'),
      node('q', 'premise', 'Both allies gain intelligence.'),
      node('u', 'objection', 'North Korea is not deterred by intelligence.'),
    ],
    [rel('r1', 'supports', 'p', 'c', 'g'), rel('r2', 'supports', 'q', 'c', 'g'), rel('r3', 'undercuts', 'u', 'r1')],
  );
  const verdicts = (c: Comparison) => Object.fromEntries(c.relations.map((r) => [r.keyId ?? `+${r.submissionId}`, r.verdict]));

  it('finds a relation of another kind, and one drawn the wrong way round', () => {
    const student = structuredClone(key);
    student.relations[0]!.kind = 'opposes';
    student.relations[1] = { ...student.relations[1]!, from: 'c', to: 'q' };
    const c = compareMaps(key, student);
    expect(verdicts(c)).toEqual({ r1: 'wrongKind', r2: 'reversed', r3: 'correct' });
  });

  it('matches an undercut by its source and the link it attacks', () => {
    const student = renameIds(structuredClone(key));
    const c = compareMaps(key, student);
    expect(verdicts(c)).toEqual({ r1: 'correct', r2: 'correct', r3: 'correct' });
    // Attacking another link is a different relation.
    const elsewhere = structuredClone(key);
    elsewhere.relations[2]!.to = 'r2';
    expect(verdicts(compareMaps(key, elsewhere))).toEqual({ r1: 'correct', r2: 'correct', r3: 'missing', '+r3': 'extra' });
  });

  it('calls an attack on the conclusion instead of the inference a wrong kind, both ways', () => {
    const student = structuredClone(key);
    student.relations[2] = rel('r3', 'opposes', 'u', 'c');
    const c = compareMaps(key, student);
    expect(verdicts(c)).toEqual({ r1: 'correct', r2: 'correct', r3: 'wrongKind' });
    expect(c.relations[2]!.detail).toMatch(
      /^Wrong kind: the key has “North Korea is not deterred.*” undercuts the link “It helps against North Korea\.” → “The pact should be signed\.”; this map has .* opposes “The pact should be signed\.”\.$/,
    );
    expect(verdicts(compareMaps(student, key))).toEqual({ r1: 'correct', r2: 'correct', r3: 'wrongKind' });
  });

  it('checks co-premises: a linked reason drawn as two reasons is a wrong kind for each', () => {
    const student = structuredClone(key);
    for (const r of student.relations) delete r.group;
    expect(verdicts(compareMaps(key, student))).toEqual({ r1: 'wrongKind', r2: 'wrongKind', r3: 'correct' });
    expect(compareMaps(key, student).relations[0]!.grouping).toBe('different');
    expect(verdicts(compareMaps(student, key))).toEqual({ r1: 'wrongKind', r2: 'wrongKind', r3: 'correct' });
  });

  it('does not blame a co-premise for a partner the student left out', () => {
    const student = removeElements(structuredClone(key), ['q']);
    expect(student.relations.find((r) => r.id === 'r1')!.group).toBeUndefined(); // a group of one is dissolved
    expect(verdicts(compareMaps(key, student))).toEqual({ r1: 'correct', r2: 'missing', r3: 'correct' });
  });

  it('pairs each relation once, even when the student draws two between the same statements', () => {
    const student = structuredClone(key);
    student.relations.push(rel('dup', 'opposes', 'p', 'c'));
    expect(verdicts(compareMaps(key, student))).toEqual({ r1: 'correct', r2: 'correct', r3: 'correct', '+dup': 'extra' });
  });
});

describe('scores', () => {
  it('precision, recall and F1, with nothing drawn or nothing expected', () => {
    expect(score(3, 4, 6)).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(score(0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(score(0, 0, 5)).toEqual({ precision: 1, recall: 0, f1: 0 });
    expect(score(0, 5, 0)).toEqual({ precision: 0, recall: 1, f1: 0 });
  });

  it("Cohen's κ", () => {
    // A textbook case: 50 items, the two agree on 20 yes and 15 no; p_o = 0.7, p_e = 0.5, κ = 0.4.
    const pairs: [string, string][] = [
      ...Array<[string, string]>(20).fill(['yes', 'yes']),
      ...Array<[string, string]>(5).fill(['yes', 'no']),
      ...Array<[string, string]>(10).fill(['no', 'yes']),
      ...Array<[string, string]>(15).fill(['no', 'no']),
    ];
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 12);
    expect(cohensKappa([])).toBeNull();
    expect(cohensKappa([['a', 'a']])).toBe(1);
    expect(
      cohensKappa([
        ['a', 'b'],
        ['b', 'a'],
      ]),
    ).toBe(-1);
  });

  it('two empty maps agree completely', () => {
    const c = compareMaps(mapOf([], []), mapOf([], []));
    expect(c.scores).toEqual({
      statements: { precision: 1, recall: 1, f1: 1 },
      relations: { precision: 1, recall: 1, f1: 1 },
      kinds: { precision: 1, recall: 1, f1: 1 },
      kappa: { statementKinds: null, relationKinds: null },
      combined: 1,
    });
  });

  it('an empty submission scores 0', () => {
    const c = compareMaps(EXAMPLE_KEY, mapOf([], []));
    expect(c.scores.combined).toBe(0);
    expect(c.differences.filter((d) => d.verdict === 'missing').length).toBe(8 + 7);
  });
});

describe('the GSOMIA map against a student’s copy', () => {
  const key = gsomia();
  const paraphrase = new Map(GSOMIA_PARAPHRASES);

  /** The typical mistakes: two statements left out, one added, two of the wrong kind, two relations of the wrong kind, one reversed, the US-influence worry drawn as an objection to the implication instead of an undercut of its link, a linked reason drawn as two. */
  function withMistakes(map: ArgMap): ArgMap {
    const m = removeElements(structuredClone(map), ['ev-june-exercise', 'hb-cw-no-gestures']);
    m.nodes = m.nodes.map((n) =>
      n.id === 'cn-branch-negative' ? { ...n, kind: 'objection' } : n.id === 'ctx-us-redeployment' ? { ...n, kind: 'evidence' } : n,
    );
    m.nodes.push(node('extra-missiles', 'premise', "Both countries worry about North Korea's missiles."));
    m.relations = m.relations.map((r) => {
      if (r.id === 'r-caveat-election') return { ...r, kind: 'supports' };
      if (r.id === 'r-cn-no-objection') return { ...r, kind: 'opposes' };
      if (r.id === 'r-pr-resources') return { ...r, from: r.to, to: r.from };
      if (r.id === 'r-hs-obj-us-influence') return { ...r, id: 'r-worry-opposes', kind: 'opposes', to: 'impl-hub-spokes' };
      if (r.group === 'g-goes-through') {
        const { group: _dropped, ...rest } = r;
        return rest;
      }
      return r;
    });
    m.relations.push(rel('r-extra-missiles', 'supports', 'extra-missiles', 'claim-main'));
    return m;
  }

  const expected = {
    statements: { key: 46, submission: 45, matched: 44, missing: 2, extra: 1 },
    kinds: { key: 46, submission: 45, correct: 42, wrongKind: 2, missing: 2, extra: 1 },
    relations: { key: 45, submission: 44, correct: 37, wrongKind: 4, reversed: 1, missing: 3, extra: 2 },
  };

  it('made from the exercise file (ids kept): every mistake found', () => {
    const c = compareMaps(key, withMistakes(key));
    expect(counts(c)).toMatchObject(expected);
    expect(counts(c).statements.by).toEqual({ id: 44, anchor: 0, text: 0, structure: 0 });
    const wrong = c.relations.filter((r) => r.verdict !== 'correct').map((r) => `${r.verdict} ${r.keyId ?? r.submissionId}`);
    expect(wrong.sort()).toEqual(
      [
        'missing r-hs-obj-us-influence',
        'missing r-ev-june',
        'missing r-hb-cw-no-gestures',
        'wrongKind r-caveat-election',
        'wrongKind r-cn-no-objection',
        'reversed r-pr-resources',
        'wrongKind r-close-new-context',
        'wrongKind r-close-expected',
        'extra r-worry-opposes',
        'extra r-extra-missiles',
      ].sort(),
    );
    expect(c.statements.filter((s) => s.verdict !== 'correct').map((s) => `${s.verdict} ${s.keyId ?? s.submissionId}`)).toEqual(
      [
        'missing ev-june-exercise',
        'missing hb-cw-no-gestures',
        'wrongKind ctx-us-redeployment',
        'wrongKind cn-branch-negative',
        'extra extra-missiles',
      ].sort((a, b) => order(c, a) - order(c, b)),
    );
  });

  it('made from scratch in the Source pane (own ids, own selections of the same text): matched by anchors', () => {
    const student = renameIds(withMistakes(key), 'mine-');
    student.sources = [{ id: 'my-copy', title: 'Japan-South Korea Military Cooperation: Implications for Northeast Asia' }];
    student.nodes = student.nodes.map((n, i) => {
      if (!n.anchor) return n;
      const { start, end } = n.anchor.position!;
      // Every other statement: the student selected a few more characters on each side (position only);
      // the rest: a quote of the first words of the passage, with no position.
      if (i % 2 === 0)
        return {
          ...n,
          anchor: { source: 'my-copy', position: { type: 'TextPositionSelector', start: Math.max(0, start - 4), end: end + 6 } },
        };
      const exact = n.anchor.quote!.exact;
      const firstWords = exact
        .split(' ')
        .slice(0, Math.max(1, Math.ceil(exact.split(' ').length * 0.7)))
        .join(' ');
      return { ...n, anchor: { source: 'my-copy', quote: { type: 'TextQuoteSelector', exact: firstWords } } };
    });
    const c = compareMaps(key, student);
    expect(counts(c)).toMatchObject(expected);
    expect(counts(c).statements.by).toEqual({ id: 0, anchor: 44, text: 0, structure: 0 });
  });

  it('written from scratch in the student’s own words (no ids, no anchors): matched by text and structure', () => {
    const student = renameIds(withMistakes(key), 'mine-');
    delete student.sources;
    const original = new Map(withMistakes(key).nodes.map((n, i) => [student.nodes[i]!.id, n.id]));
    student.nodes = student.nodes.map((n) => {
      const { anchor: _anchor, ...rest } = n;
      const reworded = paraphrase.get(original.get(n.id)!);
      return reworded ? { ...rest, text: reworded } : rest;
    });
    const c = compareMaps(key, student);
    expect(counts(c)).toMatchObject(expected);
    const by = counts(c).statements.by;
    expect(by.id + by.anchor).toBe(0);
    expect(by.structure).toBeGreaterThan(0);
    // Every match pairs a statement with the student's version of it.
    for (const m of c.matches) expect(original.get(m.submissionId), m.detail).toBe(m.keyId);
  });
});

/** Position of a verdict line in the comparison's statement list (key reading order, then extras). */
function order(c: Comparison, line: string): number {
  const id = line.split(' ')[1]!;
  return c.statements.findIndex((s) => s.keyId === id || (s.keyId === undefined && s.submissionId === id));
}
