// Maps for the compare tests: the worked example of docs/grading.md (a small key from the GSOMIA
// commentary and a student's map with typical mistakes), builders, and students' wordings of
// statements of the GSOMIA map (written for these tests, not taken from the commentary).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadMapJson } from '../../src/model/format/load.ts';
import type { ArgMap, ArgNode, NodeKind, Relation, RelationKind } from '../../src/model/types.ts';

export const node = (id: string, kind: NodeKind, text: string, extra: Partial<ArgNode> = {}): ArgNode => ({
  id,
  kind,
  text,
  position: { x: 0, y: 0 },
  ...extra,
});
export const rel = (id: string, kind: RelationKind, from: string, to: string, group?: string): Relation => ({
  id,
  kind,
  from,
  to,
  ...(group ? { group } : {}),
});
export const mapOf = (nodes: ArgNode[], relations: Relation[], extra: Partial<ArgMap> = {}): ArgMap => ({
  meta: { title: 'Test', description: '' },
  nodes,
  relations,
  ...extra,
});

export function gsomia(): ArgMap {
  const text = readFileSync(fileURLToPath(new URL('../../maps/gsomia-2012.json', import.meta.url)), 'utf8');
  const loaded = loadMapJson(JSON.parse(text));
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.map;
}

/** The key of the worked example in docs/grading.md. */
export const EXAMPLE_KEY = mapOf(
  [
    node('c', 'claim', 'Closer defence ties through GSOMIA could advance relations in Northeast Asia.'),
    node('p1', 'premise', 'Military cooperation would move US alliances beyond the hub-and-spokes structure.'),
    node('p2', 'premise', 'Japan and South Korea could share sensitive information directly.'),
    node('o1', 'objection', 'The benefits are unlikely unless both states manage their historical legacy.'),
    node('o2', 'objection', 'South Korea insists that the comfort-women issue be resolved first.'),
    node('e1', 'evidence', 'Japan has yet to make satisfactory gestures to the comfort women.'),
    node('e2', 'evidence', 'Japan has never offered an official apology and compensation.'),
    node('k1', 'caveat', 'The year-end election may bring leaders less friendly to Japan.'),
  ],
  [
    rel('r1', 'supports', 'p1', 'c'),
    rel('r2', 'supports', 'p2', 'p1'),
    rel('r3', 'undercuts', 'o1', 'r1'),
    rel('r4', 'opposes', 'o2', 'c'),
    rel('r5', 'supports', 'e1', 'o2', 'g1'),
    rel('r6', 'supports', 'e2', 'o2', 'g1'),
    rel('r7', 'qualifies', 'k1', 'c'),
  ],
);

/** The student's map of the worked example: made from scratch (its own ids), with typical mistakes. */
export const EXAMPLE_STUDENT = mapOf(
  [
    node('s1', 'claim', 'Closer defence ties through GSOMIA could advance relations in Northeast Asia.'),
    node('s2', 'premise', 'Cooperation between the two allies moves US relations beyond hub and spokes.'),
    node('s3', 'premise', 'Japan and South Korea could share sensitive information directly.'),
    node('s4', 'objection', 'Unless both countries deal with their historical legacy, the gains will not come.'),
    node('s5', 'premise', 'South Korea insists that the comfort-women issue be resolved first.'),
    node('s6', 'evidence', 'Japan has not yet made satisfactory gestures to the comfort women.'),
    node('s7', 'evidence', 'Japan has never offered an official apology and compensation.'),
    node('s8', 'premise', 'Both countries face the threat of North Korea.'),
  ],
  [
    rel('t1', 'supports', 's2', 's1'),
    rel('t2', 'supports', 's2', 's3'), // the key has p2 → p1: reversed
    rel('t3', 'opposes', 's4', 's1'), // the key undercuts the link p1 → c
    rel('t4', 'opposes', 's5', 's1'),
    rel('t5', 'supports', 's6', 's5'), // the key links e1 and e2 as co-premises
    rel('t6', 'supports', 's7', 's5'),
    rel('t7', 'supports', 's8', 's1'), // not in the key
  ],
);

/** A student's wording of statements of the GSOMIA map: [the map's id, the student's sentence]. */
export const GSOMIA_PARAPHRASES: [string, string][] = [
  [
    'claim-main',
    'Closer defence ties between Japan and South Korea through GSOMIA may lead to more progress in relations between the states of Northeast Asia, despite their historical animosity.',
  ],
  ['ctx-postponed', 'South Korea has again postponed signing GSOMIA with Japan.'],
  [
    'ctx-sealed-after-briefing',
    'According to a presidential spokesman, the agreement will be signed once the National Assembly has been briefed on the details.',
  ],
  [
    'ctx-first-of-kind',
    'GSOMIA would be the first agreement of its kind: the two countries would exchange intelligence about North Korea.',
  ],
  ['ctx-lee-benefits', 'President Lee Myung-bak said the pact would benefit South Korea, even though some call for it to be scrapped.'],
  ['caveat-domestic-opposition', 'There is domestic opposition to the pact in South Korea, with calls to scrap it.'],
  [
    'ev-anti-japanese-sentiment',
    'The planned signing caused a wave of anti-Japanese sentiment among South Koreans, showing deep mistrust of their former coloniser.',
  ],
  ['ev-secrecy', 'The earlier talks were kept secret, which suggests the leaders wanted to avoid domestic opposition.'],
  [
    'impl-hub-spokes',
    'Military cooperation between the two allies moves US relations with its Northeast Asian allies beyond the hub and spokes structure.',
  ],
  [
    'hs-direct-sharing',
    'Japan and South Korea would be able to share sensitive information directly with each other instead of only through the US hub.',
  ],
  ['hs-obj-us-influence', 'Going beyond hub and spokes would reduce the influence of the US in the region.'],
  ['hs-us-presence', 'US influence in the region would not decrease; the US presence is likely to become stronger.'],
  ['hs-trilateral-drills', 'There may be more trilateral military exercises.'],
  ['ev-june-exercise', 'For example, there was a two-day naval exercise in June south of the Korean peninsula.'],
  ['impl-pragmatism', 'Signing GSOMIA may show that practical considerations rule the foreign policy of Northeast Asian states.'],
  ['pr-realpolitik', 'Despite historical hostility, Japan and South Korea are ultimately motivated by common realpolitik interests.'],
  ['pr-share-resources', 'The two countries may need to share resources to deal with the aggressive stance of North Korea.'],
  ['impl-china', "China's reaction to the pact will determine the future of trilateral cooperation between China, Japan and South Korea."],
  ['cn-no-objection', 'China has not officially objected to the pact yet.'],
  [
    'cn-global-times',
    'The Global Times, close to the Chinese government, warned that the agreement could hurt relations between China and South Korea.',
  ],
  [
    'cn-branch-negative',
    'If China sees GSOMIA as a US move to contain its rise and feels left out, it may be less willing to take part in regional forums.',
  ],
  [
    'impl-nk-pressure',
    'A joint position of Japan and South Korea on North Korea could pressure the Kim regime to return to the Six Party Talks.',
  ],
  ['nk-denunciation', 'North Korea denounced Seoul for selling out the Korean nation by cooperating militarily with Japan.'],
  [
    'hb-main',
    'The benefits of military cooperation will probably not be realised unless the two countries manage their historical legacy.',
  ],
  [
    'hb-comfort-women',
    'South Korea insists that the comfort women issue must be resolved with an official apology and compensation from Japan.',
  ],
  ['hb-remilitarisation', 'South Korea and its neighbours fear that Japan may remilitarise and dominate the region again.'],
  ['hb-dokdo', 'The territorial dispute over the Dokdo/Takeshima islands has troubled relations between Japan and South Korea.'],
  [
    'caveat-election',
    'The presidential election at the end of the year may bring leaders who are less friendly to Japan, which could undermine progress.',
  ],
  [
    'close-long-term-necessary',
    'In the long term, closer defence relations between Japan and South Korea will be necessary to deal with common threats.',
  ],
  ['caveat-form-depends', 'The form of the cooperation depends mostly on domestic support and political will in both countries.'],
];
