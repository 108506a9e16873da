// The catalogue of argumentation schemes: what a supporting or opposing argument can be
// marked as, each with its premise roles, its conclusion and its critical questions. Data
// only; the helpers that read it are in ./schemes.ts.
//
// Sources:
// - Douglas Walton, Chris Reed and Fabrizio Macagno, *Argumentation Schemes*, Cambridge
//   University Press, 2008 (WRM): the schemes, their premises and critical questions, here
//   paraphrased and shortened; `source` names the scheme as the compendium of schemes
//   at the end of the book lists it.
// - Douglas Walton, *Fundamentals of Critical Argumentation*, Cambridge University Press, 2006,
//   for the wording of a few questions.
// - The names AIFdb and OVA write on a scheme node (`aifName`): the scheme set OVA offers from
//   AIFdb, as OVA writes it in the node's `text` (OVA3, arg-tech/OVA3 `res/js/ova-save.js`, with
//   the numeric id in `schemefulfillments`), and as readers of AIFdb and OVA files list them
//   (recap-utr/arguebuf-typescript `src/load/ova.ts`, `src/model/node.ts`): "Expert Opinion",
//   "Position To Know", "Cause To Effect", … — title case, no "Argument from". `inAifdb` is false
//   for the few schemes of WRM that scheme set has no name for (precedent, best explanation); their
//   `aifName` is written and read back by Argmap, but other tools will not know it.
//
// Ids are stable: files store them (Relation.scheme.scheme), so an id is never renamed or reused.
// An id reads as the scheme's short name ('expert-opinion' → "Expert opinion": the badge on a
// relation shows it without loading this file, see ./label.ts).
//
// Templates: `{conclusion}` is the statement the argument bears on, `{<role id>}` the statement
// that fills that premise role (see questionText in ./schemes.ts). A scheme of side 'attack' is
// worded against its `{conclusion}`; any other scheme used against a statement (an objection
// from negative consequences, say) reads it as "the opposite of …", and as "a limit to …" in a
// qualification.

/** Where a scheme is usually used: for a claim (supporting), against one (opposing), or both. */
export type SchemeSide = 'support' | 'attack' | 'both';

/**
 * What a critical question attacks when it is raised: a premise (an objection to the statement
 * that fills `role`), the inference (an undercut of the link), or the conclusion (an objection to it).
 */
export type QuestionTarget = 'premise' | 'inference' | 'conclusion';

export interface PremiseRole {
  id: string;
  label: string;
  /** The premise's general form, as the scheme states it. */
  template: string;
}

export interface CriticalQuestion {
  id: string;
  /** With `{conclusion}` and `{<role id>}` placeholders. */
  text: string;
  attacks: QuestionTarget;
  /** For `attacks: 'premise'`: the role whose statement the question doubts. */
  role?: string;
}

export interface Scheme {
  id: string;
  name: string;
  /** As AIFdb and OVA write it on an RA or CA node. */
  aifName: string;
  /** Whether AIFdb's scheme set has this name (else only Argmap reads it back). */
  inAifdb: boolean;
  side: SchemeSide;
  roles: PremiseRole[];
  conclusion: string;
  questions: CriticalQuestion[];
  /** Where the scheme is described. */
  source: string;
}

const WRM = 'Walton, Reed & Macagno 2008';

export const SCHEMES: readonly Scheme[] = [
  {
    id: 'practical-reasoning',
    name: 'Practical reasoning',
    aifName: 'Practical Reasoning',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'goal', label: 'Goal', template: 'We have a goal G.' },
      { id: 'means', label: 'Means', template: 'Carrying out action A is a means to realise G.' },
    ],
    conclusion: 'We ought to carry out action A.',
    questions: [
      {
        id: 'other-goals',
        text: 'Are there other goals, besides “{goal}”, that conflict with it and should be weighed?',
        attacks: 'inference',
      },
      { id: 'alternatives', text: 'Are there other ways than “{means}” to reach “{goal}”?', attacks: 'inference' },
      { id: 'best-means', text: 'Of the ways to reach “{goal}”, is the one in “{conclusion}” the best?', attacks: 'inference' },
      { id: 'possible', text: 'Is it practically possible to do what “{means}” says?', attacks: 'premise', role: 'means' },
      { id: 'side-effects', text: 'What consequences of “{conclusion}” weigh against doing it?', attacks: 'conclusion' },
    ],
    source: `${WRM}, compendium: practical reasoning`,
  },
  {
    id: 'value-based-practical-reasoning',
    name: 'Value-based practical reasoning',
    aifName: 'Value Based Practical Reasoning',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'goal', label: 'Goal', template: 'We have a goal G.' },
      { id: 'means', label: 'Means', template: 'Carrying out action A is a means to realise G.' },
      { id: 'value', label: 'Value', template: 'Realising G would promote a value V.' },
    ],
    conclusion: 'We ought to carry out action A.',
    questions: [
      { id: 'alternatives', text: 'Are there other ways than “{means}” to reach “{goal}”?', attacks: 'inference' },
      { id: 'promotes', text: 'Would reaching “{goal}” really promote the value in “{value}”?', attacks: 'premise', role: 'value' },
      { id: 'other-values', text: 'Does “{conclusion}” demote other values that count for more here?', attacks: 'conclusion' },
      { id: 'possible', text: 'Is it practically possible to do what “{means}” says?', attacks: 'premise', role: 'means' },
    ],
    source: `${WRM}, compendium: value-based practical reasoning`,
  },
  {
    id: 'positive-consequences',
    name: 'Positive consequences',
    aifName: 'Positive Consequences',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'consequences', label: 'Good consequences', template: 'If A is brought about, good consequences will plausibly follow.' },
    ],
    conclusion: 'A should be brought about.',
    questions: [
      { id: 'likely', text: 'How likely is it that “{consequences}” will actually happen?', attacks: 'premise', role: 'consequences' },
      { id: 'evidence', text: 'What evidence supports that “{consequences}” will follow?', attacks: 'premise', role: 'consequences' },
      {
        id: 'bad-consequences',
        text: 'Are there bad consequences of “{conclusion}” that weigh against the good ones?',
        attacks: 'conclusion',
      },
    ],
    source: `${WRM}, compendium: argument from positive consequences`,
  },
  {
    id: 'negative-consequences',
    name: 'Negative consequences',
    aifName: 'Negative Consequences',
    inAifdb: true,
    side: 'both',
    roles: [{ id: 'consequences', label: 'Bad consequences', template: 'If A is brought about, bad consequences will plausibly follow.' }],
    conclusion: 'A should not be brought about.',
    questions: [
      { id: 'likely', text: 'How likely is it that “{consequences}” will actually happen?', attacks: 'premise', role: 'consequences' },
      { id: 'evidence', text: 'What evidence supports that “{consequences}” will follow?', attacks: 'premise', role: 'consequences' },
      { id: 'good-consequences', text: 'Are there good consequences that outweigh “{consequences}”?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from negative consequences`,
  },
  {
    id: 'expert-opinion',
    name: 'Expert opinion',
    aifName: 'Expert Opinion',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'expertise', label: 'Expertise', template: 'Source E is an expert in a field F that contains proposition A.' },
      { id: 'assertion', label: 'Assertion', template: 'E asserts that A is true.' },
    ],
    conclusion: 'A is true.',
    questions: [
      { id: 'credible', text: 'How credible is the source as an expert: “{expertise}”?', attacks: 'premise', role: 'expertise' },
      { id: 'field', text: 'Is the source an expert in the field that “{conclusion}” belongs to?', attacks: 'premise', role: 'expertise' },
      {
        id: 'said',
        text: 'Did the source really assert what “{assertion}” reports, and does it imply “{conclusion}”?',
        attacks: 'premise',
        role: 'assertion',
      },
      { id: 'reliable', text: 'Is the source personally reliable, without a stake in “{conclusion}”?', attacks: 'inference' },
      { id: 'consistent', text: 'Do other experts agree that “{conclusion}”?', attacks: 'conclusion' },
      { id: 'evidence', text: 'Is the assertion in “{assertion}” based on evidence?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from expert opinion`,
  },
  {
    id: 'position-to-know',
    name: 'Position to know',
    aifName: 'Position To Know',
    inAifdb: true,
    side: 'support',
    roles: [
      {
        id: 'position',
        label: 'Position',
        template: 'Source a is in a position to know about things in a field that contains proposition A.',
      },
      { id: 'assertion', label: 'Assertion', template: 'a asserts that A is true.' },
    ],
    conclusion: 'A is true.',
    questions: [
      { id: 'in-position', text: 'Is the source in a position to know whether “{conclusion}”?', attacks: 'premise', role: 'position' },
      { id: 'honest', text: 'Is the source of “{assertion}” honest, trustworthy and reliable?', attacks: 'inference' },
      { id: 'asserted', text: 'Did the source really assert what “{assertion}” reports?', attacks: 'premise', role: 'assertion' },
    ],
    source: `${WRM}, compendium: argument from position to know`,
  },
  {
    id: 'witness-testimony',
    name: 'Witness testimony',
    aifName: 'Witness Testimony',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'position', label: 'Position to know', template: 'Witness W is in a position to know whether A is true.' },
      { id: 'testimony', label: 'Testimony', template: 'W states that A is true.' },
    ],
    conclusion: 'A may plausibly be taken to be true.',
    questions: [
      { id: 'consistent', text: 'Is the testimony, “{testimony}”, consistent with itself and with the known facts?', attacks: 'inference' },
      { id: 'biased', text: 'Is there reason to think the witness is biased about “{conclusion}”?', attacks: 'inference' },
      { id: 'plausible', text: 'How plausible is “{conclusion}” in itself?', attacks: 'conclusion' },
      { id: 'in-position', text: 'Was the witness in a position to know: “{position}”?', attacks: 'premise', role: 'position' },
    ],
    source: `${WRM}, compendium: argument from witness testimony`,
  },
  {
    id: 'popular-opinion',
    name: 'Popular opinion',
    aifName: 'Popular Opinion',
    inAifdb: true,
    side: 'support',
    roles: [{ id: 'accepted', label: 'General acceptance', template: 'Proposition A is generally accepted as true.' }],
    conclusion: 'A is (presumably) true.',
    questions: [
      { id: 'evidence', text: 'What shows that “{accepted}” is really generally accepted?', attacks: 'premise', role: 'accepted' },
      { id: 'doubt', text: 'Even if it is generally accepted, is there good reason to doubt that “{conclusion}”?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from popular opinion`,
  },
  {
    id: 'popular-practice',
    name: 'Popular practice',
    aifName: 'Popular Practice',
    inAifdb: true,
    side: 'support',
    roles: [{ id: 'practice', label: 'Common practice', template: 'Most people do A (or consider it acceptable).' }],
    conclusion: 'A is acceptable.',
    questions: [
      { id: 'evidence', text: 'What shows that “{practice}” is really what most people do?', attacks: 'premise', role: 'practice' },
      {
        id: 'reason',
        text: 'Even if it is common practice, is there a reason why “{conclusion}” does not follow here?',
        attacks: 'inference',
      },
    ],
    source: `${WRM}, compendium: argument from popular practice`,
  },
  {
    id: 'analogy',
    name: 'Analogy',
    aifName: 'Analogy',
    inAifdb: true,
    side: 'both',
    roles: [
      { id: 'similarity', label: 'Similarity', template: 'Case C1 is similar to case C2.' },
      { id: 'base', label: 'Base case', template: 'A is true (or false) in case C1.' },
    ],
    conclusion: 'A is true (or false) in case C2.',
    questions: [
      { id: 'differences', text: 'Are there differences between the cases that undermine “{similarity}”?', attacks: 'inference' },
      { id: 'base-true', text: 'Is “{base}” really so in the case compared with?', attacks: 'premise', role: 'base' },
      { id: 'counter-case', text: 'Is there another similar case in which the opposite of “{conclusion}” holds?', attacks: 'conclusion' },
    ],
    source: `${WRM}, compendium: argument from analogy`,
  },
  {
    id: 'precedent',
    name: 'Precedent',
    aifName: 'Precedent',
    inAifdb: false,
    side: 'both',
    roles: [
      { id: 'precedent', label: 'Precedent', template: 'An earlier case C1 was decided (treated) in a certain way.' },
      { id: 'similarity', label: 'Similarity', template: 'The present case C2 is like C1 in the respects that mattered.' },
    ],
    conclusion: 'C2 should be decided (treated) the same way.',
    questions: [
      {
        id: 'differences',
        text: 'Does the present case differ from the precedent in a way that matters: “{similarity}”?',
        attacks: 'premise',
        role: 'similarity',
      },
      { id: 'rightly', text: 'Was the precedent, “{precedent}”, decided rightly?', attacks: 'premise', role: 'precedent' },
      { id: 'exception', text: 'Is there a reason to make an exception and not conclude “{conclusion}”?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from precedent`,
  },
  {
    id: 'example',
    name: 'Example',
    aifName: 'Example',
    inAifdb: true,
    side: 'support',
    roles: [{ id: 'example', label: 'Example', template: 'In this case, a has property F and also property G.' }],
    conclusion: 'Generally, what has property F also has property G.',
    questions: [
      { id: 'true', text: 'Is the example, “{example}”, actually so?', attacks: 'premise', role: 'example' },
      { id: 'supports', text: 'Does the example really support “{conclusion}”?', attacks: 'inference' },
      { id: 'typical', text: 'Is the example typical of the cases “{conclusion}” is about?', attacks: 'inference' },
      { id: 'counter', text: 'Are there counter-examples to “{conclusion}”?', attacks: 'conclusion' },
    ],
    source: `${WRM}, compendium: argument from example`,
  },
  {
    id: 'composition',
    name: 'Composition',
    aifName: 'Composition',
    inAifdb: true,
    side: 'support',
    roles: [{ id: 'parts', label: 'Parts', template: 'All the parts of a whole X have property F.' }],
    conclusion: 'X has property F.',
    questions: [
      { id: 'transfers', text: 'Is the property in “{parts}” one that passes from the parts to the whole?', attacks: 'inference' },
      { id: 'all-parts', text: 'Do all the parts really have it: “{parts}”?', attacks: 'premise', role: 'parts' },
    ],
    source: `${WRM}, compendium: argument from composition`,
  },
  {
    id: 'division',
    name: 'Division',
    aifName: 'Division',
    inAifdb: true,
    side: 'support',
    roles: [{ id: 'whole', label: 'Whole', template: 'The whole X has property F.' }],
    conclusion: 'Each part of X has property F.',
    questions: [
      { id: 'transfers', text: 'Is the property in “{whole}” one that passes from the whole to its parts?', attacks: 'inference' },
      { id: 'whole-true', text: 'Does the whole really have it: “{whole}”?', attacks: 'premise', role: 'whole' },
    ],
    source: `${WRM}, compendium: argument from division`,
  },
  {
    id: 'verbal-classification',
    name: 'Verbal classification',
    aifName: 'Verbal Classification',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'particular', label: 'Particular fact', template: 'a has a particular property F.' },
      { id: 'classification', label: 'Classification', template: 'Whatever has property F can be classified as G.' },
    ],
    conclusion: 'a is G.',
    questions: [
      {
        id: 'has-property',
        text: 'Does the case definitely have the property in “{particular}”, or is there room for doubt?',
        attacks: 'premise',
        role: 'particular',
      },
      {
        id: 'definition',
        text: 'Does the classification in “{classification}” rest on a clear, accepted definition?',
        attacks: 'premise',
        role: 'classification',
      },
    ],
    source: `${WRM}, compendium: argument from verbal classification`,
  },
  {
    id: 'definition-to-verbal-classification',
    name: 'Definition to verbal classification',
    aifName: 'Definition To Verbal Classification',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'definition', label: 'Definition', template: 'D is a definition of G.' },
      { id: 'fits', label: 'Fits the definition', template: 'a fits definition D.' },
    ],
    conclusion: 'a is G.',
    questions: [
      { id: 'fits', text: 'Does the case really fit the definition: “{fits}”?', attacks: 'premise', role: 'fits' },
      {
        id: 'acceptable',
        text: 'Is “{definition}” an acceptable definition, or are there others?',
        attacks: 'premise',
        role: 'definition',
      },
    ],
    source: `${WRM}, compendium: argument from definition to verbal classification`,
  },
  {
    id: 'sign',
    name: 'Sign',
    aifName: 'Sign',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'finding', label: 'Finding', template: 'A finding A is true in this situation.' },
      { id: 'indication', label: 'Indication', template: 'B is generally true when its sign, A, is true.' },
    ],
    conclusion: 'B is true in this situation.',
    questions: [
      { id: 'strength', text: 'How strongly does “{finding}” indicate “{conclusion}”?', attacks: 'premise', role: 'indication' },
      { id: 'other-events', text: 'Could other events account for “{finding}” just as well?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from sign`,
  },
  {
    id: 'cause-to-effect',
    name: 'Cause to effect',
    aifName: 'Cause To Effect',
    inAifdb: true,
    side: 'both',
    roles: [
      { id: 'rule', label: 'Causal rule', template: 'Generally, if A occurs, B will (or might) occur.' },
      { id: 'cause', label: 'Cause', template: 'In this case, A occurs (or might occur).' },
    ],
    conclusion: 'In this case, B will (or might) occur.',
    questions: [
      {
        id: 'strength',
        text: 'How strong is the causal link in “{rule}”: does it really bring about “{conclusion}”?',
        attacks: 'premise',
        role: 'rule',
      },
      { id: 'evidence', text: 'Is there evidence enough that “{cause}” is or will be the case?', attacks: 'premise', role: 'cause' },
      { id: 'interference', text: 'Could other factors interfere and prevent “{conclusion}”?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from cause to effect`,
  },
  {
    id: 'correlation-to-cause',
    name: 'Correlation to cause',
    aifName: 'Correlation To Cause',
    inAifdb: true,
    side: 'support',
    roles: [{ id: 'correlation', label: 'Correlation', template: 'There is a positive correlation between A and B.' }],
    conclusion: 'A causes B.',
    questions: [
      { id: 'real', text: 'Is there really a correlation, as “{correlation}” says?', attacks: 'premise', role: 'correlation' },
      { id: 'coincidence', text: 'Is the correlation in “{correlation}” more than a coincidence?', attacks: 'inference' },
      { id: 'third-factor', text: 'Could a third factor cause both sides of “{correlation}”?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from correlation to cause`,
  },
  {
    id: 'evidence-to-hypothesis',
    name: 'Evidence to hypothesis',
    aifName: 'Evidence To Hypothesis',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'prediction', label: 'Prediction', template: 'If hypothesis A is true, then B will be observed to be true.' },
      { id: 'observed', label: 'Observation', template: 'B has been observed to be true.' },
    ],
    conclusion: 'A is (more likely) true.',
    questions: [
      { id: 'follows', text: 'Does “{observed}” really follow from “{conclusion}”?', attacks: 'premise', role: 'prediction' },
      { id: 'observed', text: 'Has it really been observed: “{observed}”?', attacks: 'premise', role: 'observed' },
      { id: 'other-reasons', text: 'Could there be other reasons why “{observed}” is true?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from evidence to a hypothesis`,
  },
  {
    id: 'best-explanation',
    name: 'Best explanation',
    aifName: 'Best Explanation',
    inAifdb: false,
    side: 'support',
    roles: [
      { id: 'findings', label: 'Findings', template: 'F is a finding or a set of facts.' },
      { id: 'explains', label: 'Explanation', template: 'E would explain F satisfactorily.' },
      { id: 'best', label: 'Best so far', template: 'No other explanation given so far is as satisfactory as E.' },
    ],
    conclusion: 'E is plausible, as a hypothesis.',
    questions: [
      { id: 'facts', text: 'How well established are the facts: “{findings}”?', attacks: 'premise', role: 'findings' },
      { id: 'explains', text: 'Does “{conclusion}” really explain “{findings}”?', attacks: 'premise', role: 'explains' },
      { id: 'alternatives', text: 'Is there another explanation of “{findings}” as good as “{conclusion}”?', attacks: 'inference' },
      {
        id: 'more-evidence',
        text: 'Would it be better to look for more evidence before concluding “{conclusion}”?',
        attacks: 'conclusion',
      },
    ],
    source: `${WRM}, compendium: abductive argumentation, inference to the best explanation`,
  },
  {
    id: 'perception',
    name: 'Perception',
    aifName: 'Perception',
    inAifdb: true,
    side: 'support',
    roles: [{ id: 'perceived', label: 'Perceived', template: 'Someone has a perception of something with property P.' }],
    conclusion: 'The thing really has property P.',
    questions: [
      {
        id: 'doubt',
        text: 'Are there reasons to doubt the perception, “{perceived}” (conditions, distance, bias)?',
        attacks: 'premise',
        role: 'perceived',
      },
      { id: 'other-evidence', text: 'Does other evidence go against “{conclusion}”?', attacks: 'conclusion' },
    ],
    source: `${WRM}, compendium: argument from perception`,
  },
  {
    id: 'established-rule',
    name: 'Established rule',
    aifName: 'Established Rule',
    inAifdb: true,
    side: 'both',
    roles: [
      { id: 'rule', label: 'Rule', template: 'It is an established rule that in cases like this, A must (or must not) be done.' },
      { id: 'applies', label: 'Applies here', template: 'This is a case the rule covers.' },
    ],
    conclusion: 'A must (or must not) be done here.',
    questions: [
      { id: 'rule-exists', text: 'Is there really such a rule: “{rule}”?', attacks: 'premise', role: 'rule' },
      { id: 'applies', text: 'Does the rule cover this case: “{applies}”?', attacks: 'premise', role: 'applies' },
      { id: 'conflict', text: 'Do other rules conflict with “{rule}” here?', attacks: 'inference' },
      { id: 'exception', text: 'Is this an exceptional case in which “{conclusion}” need not follow?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from an established rule`,
  },
  {
    id: 'exceptional-case',
    name: 'Exceptional case',
    aifName: 'Exceptional Case',
    inAifdb: true,
    side: 'attack',
    roles: [
      { id: 'rule', label: 'Rule', template: 'Generally, in cases like this, A must be done.' },
      { id: 'exception', label: 'Exception', template: 'This case is an exception to the rule.' },
    ],
    conclusion: 'A need not be done here.',
    questions: [
      { id: 'recognised', text: 'Is “{exception}” an exception the rule recognises?', attacks: 'premise', role: 'exception' },
      { id: 'other-rule', text: 'Does another rule still require what “{rule}” says here?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from an exceptional case`,
  },
  {
    id: 'commitment',
    name: 'Commitment',
    aifName: 'Commitment',
    inAifdb: true,
    side: 'both',
    roles: [{ id: 'commitment', label: 'Commitment', template: 'a is committed to proposition A (by what a said or did before).' }],
    conclusion: 'In this case, a should support A.',
    questions: [
      { id: 'committed', text: 'What shows that the party is really committed: “{commitment}”?', attacks: 'premise', role: 'commitment' },
      { id: 'exception', text: 'Is there reason to think the commitment does not extend to “{conclusion}”?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from commitment`,
  },
  {
    id: 'inconsistent-commitment',
    name: 'Inconsistent commitment',
    aifName: 'Inconsistent Commitment',
    inAifdb: true,
    side: 'attack',
    roles: [
      { id: 'committed', label: 'Commitment', template: 'a has claimed or shown that a is committed to A.' },
      { id: 'contrary', label: 'Contrary commitment', template: 'Other things a said or did show that a is committed to not-A.' },
    ],
    conclusion: "a's commitments are inconsistent, and a's case for A is weakened.",
    questions: [
      { id: 'committed', text: 'What shows the party is committed to “{committed}”?', attacks: 'premise', role: 'committed' },
      { id: 'contrary', text: 'Does “{contrary}” really show a commitment to the contrary?', attacks: 'premise', role: 'contrary' },
      { id: 'resolved', text: 'Can the two commitments be reconciled, so that the case for “{conclusion}” stands?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from inconsistent commitment`,
  },
  {
    id: 'ad-hominem',
    name: 'Ad hominem (direct)',
    aifName: 'Generic Ad Hominem',
    inAifdb: true,
    side: 'attack',
    roles: [
      { id: 'character', label: 'Bad character', template: 'a is a person of bad character (dishonest, …).' },
      { id: 'argues', label: 'Argument', template: 'a argues for A.' },
    ],
    conclusion: "a's argument for A should be given less weight.",
    questions: [
      { id: 'true', text: 'Is it true: “{character}”?', attacks: 'premise', role: 'character' },
      { id: 'relevant', text: 'Is “{character}” relevant to whether the argument should be accepted?', attacks: 'inference' },
      {
        id: 'degree',
        text: 'Does the charge make the case for “{conclusion}” worthless, or only weaker?',
        attacks: 'conclusion',
      },
    ],
    source: `${WRM}, compendium: generic ad hominem`,
  },
  {
    id: 'circumstantial-ad-hominem',
    name: 'Ad hominem (circumstantial)',
    aifName: 'Circumstantial Ad Hominem',
    inAifdb: true,
    side: 'attack',
    roles: [
      { id: 'advocates', label: 'Advocates', template: 'a argues for A.' },
      { id: 'acts-against', label: 'Acts against it', template: 'What a does shows that a is personally committed to not-A.' },
    ],
    conclusion: "a's credibility as an advocate of A is in doubt, and the argument for A should weigh less.",
    questions: [
      { id: 'inconsistent', text: 'Is there really an inconsistency: “{acts-against}”?', attacks: 'premise', role: 'acts-against' },
      { id: 'explained', text: 'Can the inconsistency in “{acts-against}” be explained away?', attacks: 'inference' },
      { id: 'relevant', text: 'Even if it is inconsistent, does it bear on whether “{advocates}” is right?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: circumstantial ad hominem`,
  },
  {
    id: 'bias',
    name: 'Bias',
    aifName: 'Bias',
    inAifdb: true,
    side: 'attack',
    roles: [{ id: 'bias', label: 'Bias', template: 'a is biased: a has something to gain from A.' }],
    conclusion: "a's argument for A should be given less weight.",
    questions: [
      { id: 'evidence', text: 'What evidence is there that “{bias}”?', attacks: 'premise', role: 'bias' },
      {
        id: 'one-sided',
        text: 'Is this a debate where one-sided argument is expected, so that “{bias}” matters less?',
        attacks: 'inference',
      },
      { id: 'merits', text: 'Does the argument stand on its merits all the same, whatever “{bias}”?', attacks: 'conclusion' },
    ],
    source: `${WRM}, compendium: argument from bias`,
  },
  {
    id: 'slippery-slope',
    name: 'Slippery slope',
    aifName: 'Causal Slippery Slope',
    inAifdb: true,
    side: 'attack',
    roles: [
      { id: 'first-step', label: 'First step', template: 'A0 is being considered; at first sight it seems worth doing.' },
      { id: 'sequence', label: 'Sequence', template: 'A0 would plausibly lead to A1, which would lead to A2, … and on to An.' },
      { id: 'outcome', label: 'Bad outcome', template: 'An is a very bad outcome.' },
    ],
    conclusion: 'A0 should not be brought about.',
    questions: [
      { id: 'steps', text: 'How plausible is each step of “{sequence}”?', attacks: 'premise', role: 'sequence' },
      { id: 'stop', text: 'Could the sequence be stopped before it ends in “{outcome}”?', attacks: 'inference' },
      { id: 'bad', text: 'Is the outcome really as bad as “{outcome}” says?', attacks: 'premise', role: 'outcome' },
    ],
    source: `${WRM}, compendium: causal slippery slope`,
  },
  {
    id: 'fear-appeal',
    name: 'Fear appeal',
    aifName: 'Fear Appeal',
    inAifdb: true,
    side: 'both',
    roles: [
      { id: 'danger', label: 'Danger', template: 'If you do not do A, something you very much fear will happen.' },
      { id: 'avoid', label: 'Avoidance', template: 'Doing A is the way to avoid it.' },
    ],
    conclusion: 'You should do A.',
    questions: [
      { id: 'real', text: 'Is the danger real and as great as “{danger}” says?', attacks: 'premise', role: 'danger' },
      { id: 'other-ways', text: 'Are there other ways to avoid it than “{avoid}”?', attacks: 'inference' },
      { id: 'cost', text: 'Does doing what “{conclusion}” asks cost more than the danger?', attacks: 'conclusion' },
    ],
    source: `${WRM}, compendium: fear appeal argument`,
  },
  {
    id: 'danger-appeal',
    name: 'Danger appeal',
    aifName: 'Danger Appeal',
    inAifdb: true,
    side: 'both',
    roles: [{ id: 'danger', label: 'Danger', template: 'If you (or we) bring about A, a danger D will result.' }],
    conclusion: 'You (or we) should not bring about A.',
    questions: [
      { id: 'likely', text: 'How likely is it that “{danger}” will come about?', attacks: 'premise', role: 'danger' },
      { id: 'serious', text: 'How serious would “{danger}” be, against what bringing it about would gain?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: danger appeal argument`,
  },
  {
    id: 'values',
    name: 'Values',
    aifName: 'Values',
    inAifdb: true,
    side: 'both',
    roles: [
      { id: 'value', label: 'Value', template: 'Value V is positive (or negative) as judged by those concerned.' },
      { id: 'bears', label: 'Bears on the goal', template: 'That V is positive (or negative) is a reason for (or against) the goal G.' },
    ],
    conclusion: 'V is a reason to keep (or drop) G.',
    questions: [
      { id: 'held', text: 'Is the value in “{value}” one that those concerned actually hold?', attacks: 'premise', role: 'value' },
      { id: 'bears', text: 'Does the value really bear on “{conclusion}”?', attacks: 'premise', role: 'bears' },
      { id: 'other-values', text: 'Are there other values that weigh against “{conclusion}”?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from values`,
  },
  {
    id: 'waste',
    name: 'Waste',
    aifName: 'Waste',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'effort', label: 'Effort so far', template: 'If we stop trying to realise A now, all our efforts so far will be wasted.' },
      { id: 'bad', label: 'Waste is bad', template: 'Wasting those efforts would be a bad thing.' },
    ],
    conclusion: 'We ought to go on trying to realise A.',
    questions: [
      { id: 'possible', text: 'Can the aim still be reached, or is “{conclusion}” throwing good money after bad?', attacks: 'conclusion' },
      { id: 'sunk', text: 'Is the effort in “{effort}” a reason to go on, or only a sunk cost?', attacks: 'inference' },
      { id: 'cost', text: 'Would going on, as “{conclusion}” urges, cost more than it is worth?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from waste`,
  },
  {
    id: 'ignorance',
    name: 'Ignorance',
    aifName: 'Ignorance',
    inAifdb: true,
    side: 'both',
    roles: [
      { id: 'not-known', label: 'Not known', template: 'It is not known that A is true.' },
      { id: 'would-know', label: 'Would be known', template: 'If A were true, it would be known to be true.' },
    ],
    conclusion: 'A is (presumably) false.',
    questions: [
      { id: 'searched', text: 'How far has the search gone, for “{not-known}” to be so?', attacks: 'premise', role: 'not-known' },
      { id: 'would-know', text: 'Would it really be known by now: “{would-know}”?', attacks: 'premise', role: 'would-know' },
      { id: 'burden', text: 'Who has to prove it: is silence enough to conclude “{conclusion}”?', attacks: 'inference' },
    ],
    source: `${WRM}, compendium: argument from ignorance`,
  },
  {
    id: 'alternatives',
    name: 'Alternatives',
    aifName: 'Alternatives',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'options', label: 'Options', template: 'Either A or B (or C …) is the case.' },
      { id: 'ruled-out', label: 'Ruled out', template: 'The other options are not the case.' },
    ],
    conclusion: 'A is the case.',
    questions: [
      { id: 'complete', text: 'Are there options that “{options}” leaves out?', attacks: 'premise', role: 'options' },
      { id: 'ruled-out', text: 'Are the other options really ruled out: “{ruled-out}”?', attacks: 'premise', role: 'ruled-out' },
    ],
    source: `${WRM}, compendium: argument from alternatives`,
  },
  {
    id: 'need-for-help',
    name: 'Need for help',
    aifName: 'Need For Help',
    inAifdb: true,
    side: 'support',
    roles: [
      { id: 'need', label: 'Need', template: 'Someone needs help to reach a good goal.' },
      { id: 'can-help', label: 'Can help', template: 'Doing A would help, and we can do it at a reasonable cost.' },
    ],
    conclusion: 'We ought to do A.',
    questions: [
      { id: 'really-needs', text: 'Is the help really needed: “{need}”?', attacks: 'premise', role: 'need' },
      { id: 'helps', text: 'Would doing it really help, at a reasonable cost: “{can-help}”?', attacks: 'premise', role: 'can-help' },
      { id: 'harm', text: 'Would doing “{conclusion}” do harm elsewhere?', attacks: 'conclusion' },
    ],
    source: `${WRM}, compendium: argument from need for help`,
  },
];
