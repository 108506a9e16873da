// The scheme catalogue (src/model/schemes/catalogue.ts): every scheme complete, ids stable and
// readable, templates that name only what exists, and every AIFdb name carried through AIF.
import { describe, expect, test } from 'vitest';
import { SCHEMES } from '../../../src/model/schemes/catalogue.ts';
import { schemeByAifName, schemeById, questionText, quoteText, schemesFor } from '../../../src/model/schemes/schemes.ts';
import { schemeShortName } from '../../../src/model/schemes/label.ts';
import { parseAif, writeAif } from '../../../src/model/interop/aif.ts';
import { mapOf, node, rel } from '../../builders.ts';

/** The 25 schemes issue 20 names (Walton, Reed & Macagno and AIFdb's most used), by catalogue id. */
const REQUIRED = [
  'practical-reasoning',
  'positive-consequences',
  'negative-consequences',
  'expert-opinion',
  'position-to-know',
  'analogy',
  'example',
  'sign',
  'cause-to-effect',
  'correlation-to-cause',
  'verbal-classification',
  'precedent',
  'popular-opinion',
  'commitment',
  'ad-hominem',
  'circumstantial-ad-hominem',
  'bias',
  'slippery-slope',
  'values',
  'waste',
  'established-rule',
  'best-explanation',
  'witness-testimony',
  'evidence-to-hypothesis',
  'popular-practice',
];

/**
 * Names from AIFdb's scheme set as OVA writes them on RA nodes (transcribed from the list an OVA
 * reader maps, recap-utr/arguebuf-typescript src/load/ova.ts): the schemes that claim one use these.
 */
const AIFDB_NAMES = [
  'Practical Reasoning',
  'Value Based Practical Reasoning',
  'Positive Consequences',
  'Negative Consequences',
  'Expert Opinion',
  'Position To Know',
  'Witness Testimony',
  'Popular Opinion',
  'Popular Practice',
  'Analogy',
  'Example',
  'Composition',
  'Division',
  'Verbal Classification',
  'Definition To Verbal Classification',
  'Sign',
  'Cause To Effect',
  'Correlation To Cause',
  'Evidence To Hypothesis',
  'Perception',
  'Established Rule',
  'Exceptional Case',
  'Commitment',
  'Inconsistent Commitment',
  'Generic Ad Hominem',
  'Circumstantial Ad Hominem',
  'Bias',
  'Causal Slippery Slope',
  'Fear Appeal',
  'Danger Appeal',
  'Values',
  'Waste',
  'Ignorance',
  'Alternatives',
  'Need For Help',
];

describe('the catalogue', () => {
  test('has at least the 25 schemes issue 20 names, and no id twice', () => {
    const ids = SCHEMES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(SCHEMES.length).toBeGreaterThanOrEqual(25);
    for (const id of REQUIRED) expect(ids, id).toContain(id);
  });

  test.each(SCHEMES.map((s) => [s.id, s] as const))('%s: roles, a conclusion, questions and a source', (_, s) => {
    expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(s.name.trim()).not.toBe('');
    expect(s.aifName.trim()).not.toBe('');
    expect(s.roles.length).toBeGreaterThanOrEqual(1);
    expect(s.conclusion.trim()).not.toBe('');
    expect(s.questions.length).toBeGreaterThanOrEqual(2);
    expect(s.source).toMatch(/Walton/);
    expect(new Set(s.roles.map((r) => r.id)).size).toBe(s.roles.length);
    expect(new Set(s.questions.map((q) => q.id)).size).toBe(s.questions.length);
    for (const r of s.roles) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.label.trim()).not.toBe('');
      expect(r.template.trim()).not.toBe('');
    }
    for (const q of s.questions) {
      expect(q.text.endsWith('?'), q.id).toBe(true);
      // Every placeholder is quoted and names the conclusion or a role of this scheme; each question has one.
      const placeholders = [...q.text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
      expect(placeholders.length, `${s.id}/${q.id} names nothing of the argument`).toBeGreaterThan(0);
      for (const p of placeholders) expect(['conclusion', ...s.roles.map((r) => r.id)], `${s.id}/${q.id}: {${p}}`).toContain(p);
      expect(q.text.replace(/“\{[a-z-]+\}”/g, ''), `${s.id}/${q.id}: unquoted placeholder`).not.toMatch(/[{}]/);
      if (q.attacks === 'premise')
        expect(
          s.roles.map((r) => r.id),
          `${s.id}/${q.id} doubts which premise?`,
        ).toContain(q.role);
      else expect(q.role).toBeUndefined();
    }
  });

  test('the badge reads the id as the short name; AIF names are told apart', () => {
    expect(schemeShortName('expert-opinion')).toBe('Expert opinion');
    expect(schemeShortName('cause-to-effect')).toBe('Cause to effect');
    for (const s of SCHEMES) expect(schemeShortName(s.id).toLowerCase()).toBe(s.id.replace(/-/g, ' '));
    const aifNames = SCHEMES.map((s) => s.aifName.toLowerCase());
    expect(new Set(aifNames).size).toBe(aifNames.length);
  });

  test('the schemes that claim an AIFdb name use one of AIFdb’s names; the others say so', () => {
    for (const s of SCHEMES) {
      if (s.inAifdb) expect(AIFDB_NAMES, s.id).toContain(s.aifName);
      else expect(AIFDB_NAMES, s.id).not.toContain(s.aifName);
    }
    expect(SCHEMES.filter((s) => !s.inAifdb).map((s) => s.id)).toEqual(['precedent', 'best-explanation']);
  });

  test('AIF names are found whatever the case, spacing or "Argument from"', () => {
    expect(schemeByAifName('Expert Opinion')?.id).toBe('expert-opinion');
    expect(schemeByAifName('Argument From Expert Opinion')?.id).toBe('expert-opinion');
    expect(schemeByAifName('argument from   position to know')?.id).toBe('position-to-know');
    expect(schemeByAifName('Causal Slippery Slope')?.id).toBe('slippery-slope');
    expect(schemeByAifName('Slippery slope')?.id).toBe('slippery-slope');
    expect(schemeByAifName('Default Inference')).toBeUndefined();
    expect(schemeByAifName('Argument From Rules')).toBeUndefined();
  });

  test('the picker lists the schemes of the argument’s side first', () => {
    const forSupport = schemesFor('supports');
    expect(forSupport.usual.map((s) => s.id)).toContain('expert-opinion');
    expect(forSupport.other.map((s) => s.id)).toContain('ad-hominem');
    const forAttack = schemesFor('opposes');
    expect(forAttack.usual.map((s) => s.id)).toEqual(expect.arrayContaining(['ad-hominem', 'negative-consequences', 'slippery-slope']));
    expect(forAttack.usual.length + forAttack.other.length).toBe(SCHEMES.length);
  });
});

describe('every AIFdb name round-trips through AIF', () => {
  const map = (schemeId: string, kind: 'supports' | 'opposes') =>
    mapOf(
      [
        node('c', 'claim', 'Schools should start later.'),
        node('p', kind === 'supports' ? 'premise' : 'objection', 'Sleep scientists say so.'),
      ],
      [rel('r', 'p', 'c', kind, { scheme: { scheme: schemeId } })],
    );

  test.each(SCHEMES.map((s) => [s.aifName, s] as const))('%s', (aifName, s) => {
    const kind = s.side === 'attack' ? 'opposes' : 'supports';
    const text = writeAif(map(s.id, kind));
    const doc = JSON.parse(text) as { AIF: { nodes: { type: string; text: string; scheme?: string }[] } };
    const schemeNode = doc.AIF.nodes.find((n) => n.type !== 'I')!;
    expect(schemeNode).toMatchObject({ type: kind === 'supports' ? 'RA' : 'CA', text: aifName, scheme: aifName });
    const back = parseAif(text);
    if (!back.ok) throw new Error(back.error);
    expect(back.map.relations.map((r) => [r.kind, r.scheme])).toEqual([[kind, { scheme: s.id }]]);

    // The same name as another tool writes it, without Argmap's own record beside it, reads back too.
    const plain = JSON.stringify({
      nodes: [
        { nodeID: '1', text: 'Schools should start later.', type: 'I' },
        { nodeID: '2', text: 'Sleep scientists say so.', type: 'I' },
        { nodeID: '3', text: aifName, type: kind === 'supports' ? 'RA' : 'CA' },
      ],
      edges: [
        { edgeID: '1', fromID: '2', toID: '3' },
        { edgeID: '2', fromID: '3', toID: '1' },
      ],
    });
    const fromOther = parseAif(plain);
    if (!fromOther.ok) throw new Error(fromOther.error);
    expect(fromOther.map.relations.map((r) => r.scheme)).toEqual([{ scheme: s.id }]);
  });
});

describe('questions in the argument’s own terms', () => {
  const expert = schemeById('expert-opinion')!;
  const field = expert.questions.find((q) => q.id === 'field')!;
  const credible = expert.questions.find((q) => q.id === 'credible')!;
  const m = mapOf(
    [
      node('c', 'claim', 'Schools should start later.'),
      node('p', 'premise', 'The American Academy of Pediatrics, experts on adolescent health, recommends it.'),
    ],
    [rel('r', 'p', 'c', 'supports', { scheme: { scheme: 'expert-opinion', roles: { expertise: 'p' } } })],
  );

  test('the conclusion and filled roles are quoted from the statements', () => {
    expect(questionText(expert, field, m, m.relations[0]!)).toBe(
      'Is the source an expert in the field that “Schools should start later” belongs to?',
    );
    expect(questionText(expert, credible, m, m.relations[0]!)).toBe(
      'How credible is the source as an expert: “The American Academy of Pediatrics, experts on adolescent health, recommends it”?',
    );
  });

  test('a role no statement fills shows as its label in brackets', () => {
    const said = expert.questions.find((q) => q.id === 'said')!;
    expect(questionText(expert, said, m, m.relations[0]!)).toBe(
      'Did the source really assert what [Assertion] reports, and does it imply “Schools should start later”?',
    );
  });

  test('against a statement, a scheme not made for attacking reads the conclusion as its opposite; an attacking scheme does not', () => {
    const cause = schemeById('cause-to-effect')!;
    const interference = cause.questions.find((q) => q.id === 'interference')!;
    const against = mapOf(
      [node('c', 'claim', 'Relations will improve.'), node('h', 'objection', 'History is unresolved.')],
      [rel('r', 'h', 'c', 'opposes', { scheme: { scheme: 'cause-to-effect' } })],
    );
    expect(questionText(cause, interference, against, against.relations[0]!)).toBe(
      'Could other factors interfere and prevent the opposite of “Relations will improve”?',
    );
    const limit = { ...against.relations[0]!, kind: 'qualifies' as const };
    expect(questionText(cause, interference, against, limit)).toBe(
      'Could other factors interfere and prevent a limit to “Relations will improve”?',
    );
    const adHominem = schemeById('ad-hominem')!;
    const degree = adHominem.questions.find((q) => q.id === 'degree')!;
    expect(questionText(adHominem, degree, against, against.relations[0]!)).toBe(
      'Does the charge make the case for “Relations will improve” worthless, or only weaker?',
    );
  });

  test('long statements are cut at a word, with an ellipsis', () => {
    const long = 'word '.repeat(40).trim();
    expect(quoteText(long).length).toBeLessThanOrEqual(91);
    expect(quoteText(long)).toMatch(/word…$/);
    expect(quoteText('Short one.')).toBe('Short one');
  });
});
