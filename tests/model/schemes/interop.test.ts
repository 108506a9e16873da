// Schemes through the other formats: Argdown keeps them in the argument's data, AIF on the RA or
// CA node (AIFdb's name) with roles and question states in the OVA section; both read back.
import { describe, expect, test } from 'vitest';
import { parseArgdown, writeArgdown } from '../../../src/model/interop/argdown.ts';
import { parseAif, writeAif } from '../../../src/model/interop/aif.ts';
import type { ArgMap, Relation } from '../../../src/model/types.ts';
import { readFileSync } from 'node:fs';
import { parseMapText } from '../../../src/model/format/load.ts';
import { mapOf, node, rel } from '../../builders.ts';

/** An argument of each kind with a scheme: a single reason, a linked pair, an objection, a qualification. */
const sample = (): ArgMap =>
  mapOf(
    [
      node('claim', 'claim', 'Schools should start later.'),
      node('sleep', 'premise', 'Teenagers sleep later than adults.'),
      node('aap', 'premise', 'The AAP, experts on adolescent health, recommends it.'),
      node('says', 'premise', 'The AAP says schools should start at 8:30 or later.'),
      node('study', 'evidence', 'A 2017 study found better grades after later starts.'),
      node('cost', 'objection', 'Later starts would cost more in buses.'),
      node('budget', 'caveat', 'Where budgets allow.'),
      node('raised', 'objection', 'Are the AAP experts on school timetables?'),
      node('undercut', 'objection', 'The grade gains may come from other changes.'),
    ],
    [
      rel('r-sleep', 'sleep', 'claim', 'supports', { scheme: { scheme: 'cause-to-effect', roles: { cause: 'sleep' } } }),
      rel('r-aap', 'aap', 'claim', 'supports', {
        group: 'g-expert',
        scheme: {
          scheme: 'expert-opinion',
          roles: { assertion: 'says', expertise: 'aap' },
          questions: {
            evidence: { status: 'answered', by: 'study' },
            field: { status: 'raised', by: 'raised' },
            reliable: { status: 'answered' },
          },
        },
      }),
      rel('r-says', 'says', 'claim', 'supports', {
        group: 'g-expert',
        scheme: {
          scheme: 'expert-opinion',
          roles: { assertion: 'says', expertise: 'aap' },
          questions: {
            evidence: { status: 'answered', by: 'study' },
            field: { status: 'raised', by: 'raised' },
            reliable: { status: 'answered' },
          },
        },
      }),
      rel('r-study', 'study', 'says', 'supports', { scheme: { scheme: 'example' } }),
      rel('r-cost', 'cost', 'claim', 'opposes', { scheme: { scheme: 'negative-consequences', roles: { consequences: 'cost' } } }),
      rel('r-budget', 'budget', 'claim', 'qualifies', { scheme: { scheme: 'established-rule' } }),
      rel('r-raised', 'raised', 'aap', 'opposes'),
      rel('r-undercut', 'undercut', 'r-study', 'undercuts'),
      // A scheme this editor does not know is kept as it is.
      rel('r-unknown', 'budget', 'cost', 'opposes', { scheme: { scheme: 'from-the-future' } }),
    ],
  );

/** Each relation's ends (by node text) and scheme, with scheme statement ids made texts: ids may change on the way. */
function schemes(map: ArgMap) {
  const text = (id: string | undefined) => map.nodes.find((n) => n.id === id)?.text ?? id;
  const end = (r: Relation): string => {
    const target = map.relations.find((x) => x.id === r.to);
    return `${text(r.from)} -${r.kind}→ ${target ? `(${end(target)})` : text(r.to)}`;
  };
  return map.relations
    .map((r) => ({
      end: end(r),
      scheme: r.scheme && {
        scheme: r.scheme.scheme,
        roles: Object.fromEntries(Object.entries(r.scheme.roles ?? {}).map(([k, v]) => [k, text(v)])),
        questions: Object.fromEntries(Object.entries(r.scheme.questions ?? {}).map(([k, q]) => [k, { ...q, by: text(q.by) }])),
      },
    }))
    .sort((a, b) => a.end.localeCompare(b.end));
}

describe('Argdown', () => {
  test('writes the scheme in the argument’s data and reads back every scheme, role and question', async () => {
    const map = sample();
    const text = writeArgdown(map);
    expect(text).toContain('"scheme":"expert-opinion"');
    expect(text).toContain('"roles":{"assertion":"says","expertise":"aap"}');
    const back = await parseArgdown(text);
    if (!back.ok) throw new Error(back.error);
    expect(schemes(back.map)).toEqual(schemes(map));
    expect(back.report.join('\n')).toMatch(/6 argumentation schemes read from the arguments' data/);
    expect(back.report.join('\n')).not.toMatch(/repair|not mapped/i);
  });

  test('a scheme written by hand: statement titles name the roles; unknown statements and states are left out', async () => {
    const text = [
      '[C]: Schools should start later.',
      '[E]: The AAP recommends it.',
      '',
      '<Expert> {"scheme": "expert-opinion", "roles": {"assertion": "E", "expertise": "Nobody"}, "questions": {"evidence": {"status": "answered", "by": "E"}, "field": {"status": "maybe"}}}',
      '',
      '(1) [E]',
      '----',
      '(2) [C]',
    ].join('\n');
    const back = await parseArgdown(text);
    if (!back.ok) throw new Error(back.error);
    expect(back.map.relations).toEqual([
      expect.objectContaining({
        from: 'E',
        to: 'C',
        scheme: { scheme: 'expert-opinion', roles: { assertion: 'E' }, questions: { evidence: { status: 'answered', by: 'E' } } },
      }),
    ]);
  });
});

describe('AIF', () => {
  test('the RA and CA nodes carry AIFdb’s scheme names; roles and questions come back through the OVA section', () => {
    const map = sample();
    const text = writeAif(map);
    const doc = JSON.parse(text) as {
      AIF: { nodes: { nodeID: string; type: string; text: string; scheme?: string }[] };
      OVA: { nodes: { nodeID: string; scheme?: unknown }[] };
    };
    const texts = doc.AIF.nodes.filter((n) => n.type !== 'I').map((n) => `${n.type} ${n.text} / ${n.scheme}`);
    expect(texts).toEqual(
      expect.arrayContaining([
        'RA Cause To Effect / Cause To Effect',
        'RA Expert Opinion / Expert Opinion',
        'RA Example / Example',
        'CA Negative Consequences / Negative Consequences',
        'RA Qualification / Established Rule',
        'CA Default Conflict / Default Conflict',
      ]),
    );
    // One RA for the linked pair, with its roles by AIF node id.
    const expertRa = doc.AIF.nodes.filter((n) => n.text === 'Expert Opinion');
    expect(expertRa).toHaveLength(1);
    const aifIdOf = (text: string) => doc.AIF.nodes.find((n) => n.type === 'I' && n.text === text)!.nodeID;
    expect(doc.OVA.nodes.find((n) => n.nodeID === expertRa[0]!.nodeID)!.scheme).toEqual({
      scheme: 'expert-opinion',
      roles: {
        assertion: aifIdOf('The AAP says schools should start at 8:30 or later.'),
        expertise: aifIdOf('The AAP, experts on adolescent health, recommends it.'),
      },
      questions: {
        evidence: { status: 'answered', by: aifIdOf('A 2017 study found better grades after later starts.') },
        field: { status: 'raised', by: aifIdOf('Are the AAP experts on school timetables?') },
        reliable: { status: 'answered' },
      },
    });
    const back = parseAif(text);
    if (!back.ok) throw new Error(back.error);
    expect(schemes(back.map)).toEqual(schemes(map));
    expect(back.report.join('\n')).not.toMatch(/repair/i);
  });

  test('a broken scheme record in the OVA section is reported and left out; the AIFdb name still counts', () => {
    const text = JSON.stringify({
      AIF: {
        nodes: [
          { nodeID: '1', text: 'C', type: 'I' },
          { nodeID: '2', text: 'P', type: 'I' },
          { nodeID: '3', text: 'Argument From Position To Know', type: 'RA' },
        ],
        edges: [
          { edgeID: '1', fromID: '2', toID: '3' },
          { edgeID: '2', fromID: '3', toID: '1' },
        ],
      },
      OVA: { nodes: [{ nodeID: '3', x: 0, y: 0, scheme: { roles: 'nonsense' } }] },
    });
    const back = parseAif(text);
    if (!back.ok) throw new Error(back.error);
    expect(back.map.relations.map((r) => r.scheme)).toEqual([{ scheme: 'position-to-know' }]);
    expect(back.report.join('\n')).toMatch(/AIF node 3.*names no scheme/);
    expect(back.report.join('\n')).toMatch(/1 argumentation scheme/);
  });

  test('a scheme name the catalogue does not know stays a note, as before', () => {
    const text = JSON.stringify({
      nodes: [
        { nodeID: '1', text: 'C', type: 'I' },
        { nodeID: '2', text: 'P', type: 'I' },
        { nodeID: '3', text: 'Argument From Rules', type: 'RA' },
      ],
      edges: [
        { edgeID: '1', fromID: '2', toID: '3' },
        { edgeID: '2', fromID: '3', toID: '1' },
      ],
    });
    const back = parseAif(text);
    if (!back.ok) throw new Error(back.error);
    expect(back.map.relations[0]!.scheme).toBeUndefined();
    expect(back.map.nodes.find((n) => n.text === 'P')!.notes).toBe('Scheme: Argument From Rules');
  });
});

describe('the GSOMIA worked example', () => {
  const loaded = parseMapText(readFileSync(new URL('../../../maps/gsomia-2012.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error);
  const gsomia = loaded.map;

  test('keeps every scheme, role and question state through Argdown and through AIF', async () => {
    expect(gsomia.relations.filter((r) => r.scheme).length).toBeGreaterThanOrEqual(15);
    const viaArgdown = await parseArgdown(writeArgdown(gsomia));
    if (!viaArgdown.ok) throw new Error(viaArgdown.error);
    expect(schemes(viaArgdown.map)).toEqual(schemes(gsomia));
    const viaAif = parseAif(writeAif(gsomia));
    if (!viaAif.ok) throw new Error(viaAif.error);
    expect(schemes(viaAif.map)).toEqual(schemes(gsomia));
  });
});
