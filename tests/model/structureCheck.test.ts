import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { checkStructure, normalise, problemCount, shorten, supportCycles, type Finding, type Rule } from '../../src/model/structureCheck';
import { buildArgumentTree } from '../../src/model/tree';
import type { ArgMap, ArgNode, NodeKind, Relation, RelationKind } from '../../src/model/types';
import { builders } from '../builders.ts';

const { node, rel, mapOf } = builders({ text: (id) => `Statement ${id}` });

/** A small map a teacher would accept: a claim, a reason with evidence, an answered objection. */
const sound = (): ArgMap =>
  mapOf(
    [
      node('c', 'claim', 'Schools should start later in the morning.'),
      node('p', 'premise', 'Teenagers are biologically inclined to sleep late.'),
      node('e', 'evidence', 'A 2014 study found melatonin release shifts by two hours in adolescence.'),
      node('o', 'objection', 'Later starts clash with parents’ working hours.'),
      node('k', 'caveat', 'Only where buses can be rescheduled.'),
    ],
    [rel('rp', 'p', 'c'), rel('re', 'e', 'p'), rel('ro', 'o', 'c', 'opposes'), rel('rk', 'k', 'c', 'qualifies')],
  );

const with_ = (map: ArgMap, nodes: ArgNode[], relations: Relation[] = []): ArgMap =>
  mapOf([...map.nodes, ...nodes], [...map.relations, ...relations]);
const ofRule = (findings: Finding[], rule: Rule) => findings.filter((f) => f.rule === rule);

describe('checkStructure on a sound map', () => {
  it('finds nothing', () => {
    expect(checkStructure(sound())).toEqual([]);
  });

  it('finds nothing on an empty map', () => {
    expect(checkStructure(mapOf([]))).toEqual([]);
  });
});

describe('claim with no reason', () => {
  it('is an error naming the claim by a short quote', () => {
    const findings = checkStructure(
      mapOf([node('c', 'claim', 'Homework should be abolished in primary schools, because it does not help')]),
    );
    const [f] = ofRule(findings, 'claim-no-reason');
    expect(f).toMatchObject({ severity: 'error', nodeIds: ['c'], id: 'claim-no-reason:c' });
    expect(f!.message).toContain('“Homework should be abolished in primary…”');
  });

  it('counts only support: a claim with objections and caveats but no reason is still flagged', () => {
    const map = mapOf(
      [node('c', 'claim'), node('o', 'objection'), node('k', 'caveat')],
      [rel('ro', 'o', 'c', 'opposes'), rel('rk', 'k', 'c', 'qualifies')],
    );
    expect(ofRule(checkStructure(map), 'claim-no-reason').map((f) => f.nodeIds)).toEqual([['c']]);
  });

  it('flags a secondary claim too, and not a claim with a reason', () => {
    const map = with_(sound(), [node('c2', 'claim', 'Homework should go')], [rel('rc2', 'c2', 'p')]);
    expect(ofRule(checkStructure(map), 'claim-no-reason').map((f) => f.nodeIds)).toEqual([['c2']]);
    expect(ofRule(checkStructure(sound()), 'claim-no-reason')).toEqual([]);
  });

  it('does not count a relation from a missing node, or a claim supporting itself', () => {
    const map = mapOf([node('c', 'claim')], [rel('r1', 'ghost', 'c'), rel('r2', 'c', 'c')]);
    expect(ofRule(checkStructure(map), 'claim-no-reason')).toHaveLength(1);
  });
});

describe('objection, caveat or rebuttal attached to nothing', () => {
  it.each(['objection', 'caveat', 'rebuttal'] as const)('flags a free-standing %s as an error', (kind) => {
    const map = with_(sound(), [node('x', kind, 'Free floating text')]);
    const findings = ofRule(checkStructure(map), 'unattached');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', nodeIds: ['x'] });
    expect(findings[0]!.message).toMatch(/^The (objection|caveat|rebuttal) “Free floating text” is attached to nothing\. Connect it to/);
  });

  it('does not flag objections that oppose a node, undercut a link or qualify', () => {
    const map = with_(
      sound(),
      [node('u', 'objection', 'Melatonin is not the whole story'), node('b', 'rebuttal', 'It is most of it')],
      [rel('ru', 'u', 'rp', 'undercuts'), rel('rb', 'b', 'u', 'opposes')],
    );
    expect(ofRule(checkStructure(map), 'unattached')).toEqual([]);
  });

  it('flags an objection whose only relation points to something missing', () => {
    const map = with_(sound(), [node('x', 'objection', 'Dangling')], [rel('rx', 'x', 'nowhere', 'opposes')]);
    expect(ofRule(checkStructure(map), 'unattached').map((f) => f.nodeIds)).toEqual([['x']]);
  });

  it('does not flag reasons or evidence (those are "not connected" instead)', () => {
    const map = with_(sound(), [node('x', 'premise', 'Loose reason')]);
    expect(ofRule(checkStructure(map), 'unattached')).toEqual([]);
    expect(ofRule(checkStructure(map), 'disconnected').map((f) => f.nodeIds)).toEqual([['x']]);
  });

  it('is not reported a second time as "not connected" when it stands alone', () => {
    const map = with_(sound(), [node('x', 'objection', 'Alone')]);
    expect(ofRule(checkStructure(map), 'disconnected')).toEqual([]);
  });
});

describe('parts not connected to the main claim', () => {
  it('reports each disconnected part once, with all its nodes, the top one first', () => {
    const map = with_(
      sound(),
      [
        node('q', 'premise', 'Uniforms reduce bullying'),
        node('qe', 'evidence', 'A survey of 40 schools'),
        node('qo', 'objection', 'Bullying moves online'),
        node('z', 'evidence', 'Lone fact'),
      ],
      [rel('rqe', 'qe', 'q'), rel('rqo', 'qo', 'q', 'opposes')],
    );
    const findings = ofRule(checkStructure(map), 'disconnected');
    expect(findings.map((f) => f.nodeIds)).toEqual([['q', 'qe', 'qo'], ['z']]);
    expect(findings[0]).toMatchObject({ severity: 'warning', id: 'disconnected:q' });
    expect(findings[0]!.message).toBe(
      'The reason “Uniforms reduce bullying” and the 2 statements attached to it are not connected to the main claim “Schools should start later in the…”. Connect them to the argument, or delete them if they do not belong.',
    );
    expect(findings[1]!.message).toMatch(/^The evidence “Lone fact” is not connected to the main claim/);
  });

  it('counts undercuts and qualifications as connections', () => {
    const map = with_(
      sound(),
      [node('u', 'objection', 'Undercut'), node('ue', 'evidence', 'Its evidence'), node('k2', 'caveat', 'A condition')],
      [rel('ru', 'u', 'rp', 'undercuts'), rel('rue', 'ue', 'u'), rel('rk2', 'k2', 'o', 'qualifies')],
    );
    expect(ofRule(checkStructure(map), 'disconnected')).toEqual([]);
  });

  it('takes the claim with the most below it as the main claim', () => {
    const small = mapOf([node('a', 'claim', 'Small claim'), node('ap', 'premise', 'Its reason')], [rel('r1', 'ap', 'a')]);
    const map = with_(small, sound().nodes, sound().relations);
    const [f] = ofRule(checkStructure(map), 'disconnected');
    expect(f!.nodeIds).toEqual(['a', 'ap']);
    expect(f!.message).toContain('The claim “Small claim” and the 1 statement attached to it are not connected to the main claim “Schools');
  });
});

describe('no main claim', () => {
  it('warns when the top of the argument is not a claim', () => {
    const map = mapOf([node('p', 'premise', 'A reason'), node('e', 'evidence', 'A fact')], [rel('r', 'e', 'p')]);
    const [f] = ofRule(checkStructure(map), 'no-main-claim');
    expect(f).toMatchObject({ severity: 'warning', nodeIds: ['p'] });
    expect(f!.message).toContain('the reason “A reason”');
  });

  it('is silent when there is a claim', () => {
    expect(ofRule(checkStructure(sound()), 'no-main-claim')).toEqual([]);
  });
});

describe('circular support', () => {
  it('finds two statements supporting each other, with the relations of the circle', () => {
    const map = with_(
      sound(),
      [node('x', 'premise', 'X is true'), node('y', 'premise', 'Y is true')],
      [rel('rx', 'x', 'c'), rel('rxy', 'x', 'y'), rel('ryx', 'y', 'x')],
    );
    const [f, ...rest] = ofRule(checkStructure(map), 'support-cycle');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', nodeIds: ['x', 'y'], relationIds: ['rxy', 'ryx'] });
    expect(f!.message).toBe(
      'Circular reasoning: the reason “X is true” and the reason “Y is true” support each other. A reason cannot rest on what it is meant to prove; break the circle.',
    );
  });

  it('finds a longer circle without the statements that only lead into it, and each separate circle once', () => {
    const map = mapOf(
      ['c', 'a', 'b', 'd', 't', 'x', 'y'].map((id) => node(id, id === 'c' ? 'claim' : 'premise')),
      [
        rel('r1', 'a', 'c'),
        rel('r2', 'b', 'a'),
        rel('r3', 'd', 'b'),
        rel('r4', 'a', 'd'),
        rel('r5', 't', 'a'),
        rel('r6', 'x', 'y'),
        rel('r7', 'y', 'x'),
        rel('r8', 'x', 'c'),
      ],
    );
    const cycles = ofRule(checkStructure(map), 'support-cycle');
    expect(cycles.map((f) => [...f.nodeIds].sort())).toEqual([
      ['a', 'b', 'd'],
      ['x', 'y'],
    ]);
    expect([...cycles[0]!.relationIds!].sort()).toEqual(['r2', 'r3', 'r4']);
    expect(cycles[0]!.message).toMatch(/support each other in a circle/);
  });

  it('ignores diamonds and circles of objections', () => {
    const diamond = mapOf(
      ['c', 'a', 'b', 'e'].map((id) => node(id, id === 'c' ? 'claim' : 'premise')),
      [rel('r1', 'a', 'c'), rel('r2', 'b', 'c'), rel('r3', 'e', 'a'), rel('r4', 'e', 'b')],
    );
    expect(ofRule(checkStructure(diamond), 'support-cycle')).toEqual([]);
    const attacks = with_(
      sound(),
      [node('x', 'objection'), node('y', 'objection')],
      [rel('rx', 'x', 'c', 'opposes'), rel('rxy', 'x', 'y', 'opposes'), rel('ryx', 'y', 'x', 'opposes')],
    );
    expect(ofRule(checkStructure(attacks), 'support-cycle')).toEqual([]);
  });

  it('finds a statement that supports itself (possible in a hand-written file)', () => {
    const map = with_(sound(), [], [rel('self', 'p', 'p')]);
    const [f] = ofRule(checkStructure(map), 'support-cycle');
    expect(f).toMatchObject({ nodeIds: ['p'], relationIds: ['self'] });
    expect(f!.message).toContain('supports itself');
  });

  it('names at most three statements of a long circle', () => {
    const ids = ['c', 'a', 'b', 'd', 'e', 'f'];
    const map = mapOf(
      ids.map((id) => node(id, id === 'c' ? 'claim' : 'premise', `Text ${id}`)),
      [rel('r0', 'a', 'c'), rel('r1', 'a', 'b'), rel('r2', 'b', 'd'), rel('r3', 'd', 'e'), rel('r4', 'e', 'f'), rel('r5', 'f', 'a')],
    );
    const [f] = ofRule(checkStructure(map), 'support-cycle');
    expect(f!.nodeIds).toHaveLength(5);
    expect(f!.message).toMatch(/and 2 more support each other in a circle/);
  });
});

describe('empty text', () => {
  it.each([[''], ['   \n'], ['…?!']])('flags %j as an error', (text) => {
    const map = with_(sound(), [node('x', 'premise', text)], [rel('rx', 'x', 'c')]);
    const [f] = ofRule(checkStructure(map), 'empty-text');
    expect(f).toMatchObject({ severity: 'error', nodeIds: ['x'] });
  });

  it('accepts a short statement made of digits', () => {
    const map = with_(sound(), [node('x', 'evidence', '42')], [rel('rx', 'x', 'p')]);
    expect(ofRule(checkStructure(map), 'empty-text')).toEqual([]);
  });

  it('names an empty node by its kind, with no empty quote', () => {
    const map = mapOf([node('x', 'objection', '')]);
    const messages = checkStructure(map).map((f) => f.message);
    expect(messages).toContain('An empty objection is attached to nothing. Connect it to the claim or reason it argues against.');
    expect(messages).toContain('An objection is empty. Write the statement it stands for, or delete it.');
    expect(
      checkStructure(mapOf([node('c', 'claim', 'Claim'), node('x', 'premise', '...')], [rel('r', 'x', 'c')])).map((f) => f.message),
    ).toContain('The reason “...” says nothing. Write the statement it stands for, or delete it.');
    expect(messages.join(' ')).not.toContain('“”');
  });
});

describe('duplicate text', () => {
  it('groups statements that differ only in case, spacing and punctuation', () => {
    const map = with_(
      sound(),
      [
        node('x', 'objection', '  schools SHOULD start later, in the morning '),
        node('y', 'premise', 'Schools should start—later in the morning!'),
      ],
      [rel('rx', 'x', 'c', 'opposes'), rel('ry', 'y', 'p')],
    );
    const [f, ...rest] = ofRule(checkStructure(map), 'duplicate-text');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning' });
    expect([...f!.nodeIds].sort()).toEqual(['c', 'x', 'y']);
    expect(f!.message).toMatch(
      /^The same statement appears 3 times \(as a claim, a reason and an objection\): “Schools should start later in the…”/,
    );
  });

  it('does not group different statements, or empty ones', () => {
    const map = with_(
      sound(),
      [node('x', 'premise', 'Schools should start later at night'), node('e1', 'evidence', ''), node('e2', 'evidence', '')],
      [rel('rx', 'x', 'c'), rel('r1', 'e1', 'x'), rel('r2', 'e2', 'x')],
    );
    expect(ofRule(checkStructure(map), 'duplicate-text')).toEqual([]);
  });

  it('normalises as documented', () => {
    expect(normalise('  It’s  SO — “obvious”.\n')).toBe('it s so obvious');
    expect(normalise('Café')).toBe(normalise('CAFÉ'));
  });
});

describe('reason with no evidence', () => {
  it('is a hint for a reason nothing supports', () => {
    const map = with_(sound(), [node('x', 'premise', 'Sleep matters')], [rel('rx', 'x', 'c')]);
    const [f, ...rest] = ofRule(checkStructure(map), 'premise-no-evidence');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'hint', nodeIds: ['x'] });
    expect(f!.message).toBe('Nothing backs the reason “Sleep matters” yet. Add evidence: a fact, an example or a source.');
  });

  it.each(['evidence', 'premise', 'context', 'claim'] as const)('is satisfied by a supporting %s', (kind) => {
    const map = with_(
      sound(),
      [node('x', 'premise', 'Sleep matters'), node('y', kind, 'Backing')],
      [rel('rx', 'x', 'c'), rel('ry', 'y', 'x')],
    );
    expect(ofRule(checkStructure(map), 'premise-no-evidence').map((f) => f.nodeIds[0])).not.toContain('x');
  });

  it('is not satisfied by an objection, a caveat, or evidence that opposes', () => {
    const map = with_(
      sound(),
      [
        node('x', 'premise', 'Sleep matters'),
        node('y', 'objection', 'Odd support'),
        node('z', 'evidence', 'Counter-fact'),
        node('k', 'caveat', 'If so'),
      ],
      [rel('rx', 'x', 'c'), rel('ry', 'y', 'x'), rel('rz', 'z', 'x', 'opposes'), rel('rk', 'k', 'x', 'qualifies')],
    );
    expect(ofRule(checkStructure(map), 'premise-no-evidence').map((f) => f.nodeIds[0])).toContain('x');
  });
});

describe('ordering and counting', () => {
  const messy = () =>
    with_(
      sound(),
      [
        node('x', 'premise', 'Loose'),
        node('o2', 'objection', 'Alone'),
        node('d', 'evidence', 'Schools should start later in the morning'),
        node('c2', 'claim', 'Second'),
      ],
      [rel('rd', 'd', 'p'), rel('rc2', 'c2', 'p')],
    );

  it('lists errors, then warnings, then hints; by rule, then in reading order', () => {
    const findings = checkStructure(messy());
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.nodeIds[0]}`)).toEqual([
      'error claim-no-reason c2',
      'error unattached o2',
      'warning disconnected x',
      'warning duplicate-text c',
      'hint premise-no-evidence x',
    ]);
    expect(problemCount(findings)).toBe(4);
  });

  it('is deterministic and does not depend on the order of the relations', () => {
    const map = messy();
    const again = { ...map, relations: [...map.relations].reverse() };
    expect(checkStructure(again)).toEqual(checkStructure(map));
  });

  it('shortens quotes at a word boundary', () => {
    expect(shorten('Short text', 40)).toBe('Short text');
    expect(shorten('Closer Japan–South Korea defence ties through GSOMIA could advance', 40)).toBe(
      'Closer Japan–South Korea defence ties…',
    );
    expect(shorten('x'.repeat(60), 40)).toBe(`${'x'.repeat(40)}…`);
  });
});

describe('maps/gsomia-2012.json', () => {
  const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../maps/gsomia-2012.json', import.meta.url)), 'utf8')) as ArgMap;
  const gsomia = mapOf(file.nodes, file.relations);

  it('has no errors or warnings, and hints at the nine reasons the commentary states without evidence', () => {
    const findings = checkStructure(gsomia);
    expect(problemCount(findings)).toBe(0);
    expect(findings.every((f) => f.rule === 'premise-no-evidence')).toBe(true);
    expect(findings.map((f) => f.nodeIds[0]).sort()).toEqual(
      [
        'close-long-term-necessary',
        'close-new-context',
        'cn-branch-positive',
        'hb-overcome-history',
        'hb-remilitarisation',
        'hs-allies-cooperate',
        'hs-cooperation-bolsters-us',
        'nk-long-run',
        'pr-wider-cooperation',
      ].sort(),
    );
  });

  it('counts background facts as backing (the spokesman’s statement backs the expected signing)', () => {
    const ids = checkStructure(gsomia).map((f) => f.nodeIds[0]);
    expect(ids).not.toContain('close-expected-signing');
    expect(ids).not.toContain('hs-direct-sharing');
  });
});

describe('scale', () => {
  /** A broad tree of `n` nodes with a disconnected part, a long support circle and duplicates. */
  const big = (n: number): ArgMap => {
    const nodes: ArgNode[] = [node('n0', 'claim', 'Main')];
    const relations: Relation[] = [];
    for (let i = 1; i < n; i++) {
      nodes.push(node(`n${i}`, i % 5 === 0 ? 'evidence' : i % 7 === 0 ? 'objection' : 'premise', `Statement number ${i % 300}`));
      relations.push(rel(`r${i}`, `n${i}`, `n${Math.floor((i - 1) / 3)}`, i % 7 === 0 ? 'opposes' : 'supports'));
    }
    return mapOf(nodes, relations);
  };

  // Speed is measured in structureCheck.bench.ts (npm run bench); these check large inputs work.
  it('checks 1,000 nodes', () => {
    expect(checkStructure(big(1000)).length).toBeGreaterThan(0);
  });

  it('finds every one of many small circles (2,000 pairs supporting each other)', () => {
    const pairs = 2_000;
    const nodes = [node('c', 'claim', 'Main')];
    const relations: Relation[] = [];
    for (let i = 0; i < pairs; i++) {
      nodes.push(node(`a${i}`, 'premise', `A${i}`), node(`b${i}`, 'premise', `B${i}`));
      relations.push(rel(`ra${i}`, `a${i}`, 'c'), rel(`rab${i}`, `a${i}`, `b${i}`), rel(`rba${i}`, `b${i}`, `a${i}`));
    }
    expect(ofRule(checkStructure(mapOf(nodes, relations)), 'support-cycle')).toHaveLength(pairs);
  });

  it('handles a 50,000-long support circle and chain without running out of stack', { timeout: 30_000 }, () => {
    const n = 50_000;
    const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`, i === 0 ? 'claim' : 'premise', `S${i}`));
    const chain = Array.from({ length: n - 1 }, (_, i) => rel(`r${i}`, `n${i + 1}`, `n${i}`));
    expect(checkStructure(mapOf(nodes, chain)).filter((f) => f.rule === 'support-cycle')).toEqual([]);
    const circle = [...chain, rel('back', 'n0', `n${n - 1}`)];
    const cycles = checkStructure(mapOf(nodes, circle)).filter((f) => f.rule === 'support-cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.nodeIds).toHaveLength(n);
    expect(cycles[0]!.relationIds).toHaveLength(n);
  });
});

describe('properties', () => {
  const KINDS: NodeKind[] = ['claim', 'premise', 'objection', 'rebuttal', 'caveat', 'evidence', 'context'];
  const REL_KINDS: RelationKind[] = ['supports', 'opposes', 'qualifies', 'undercuts'];
  const TEXTS = ['', '  ', 'Same text', 'same TEXT!', 'Other', 'Third one', '…'];

  const mapArb = fc
    .record({
      kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 0, maxLength: 12 }),
      texts: fc.array(fc.constantFrom(...TEXTS), { minLength: 12, maxLength: 12 }),
      dupIds: fc.boolean(),
      rels: fc.array(fc.record({ kind: fc.constantFrom(...REL_KINDS), from: fc.nat(14), to: fc.nat(30), toRelation: fc.boolean() }), {
        maxLength: 24,
      }),
    })
    .map(({ kinds, texts, dupIds, rels }): ArgMap => {
      const nodes = kinds.map((kind, i) => node(`n${i}`, kind, texts[i]!));
      if (dupIds && nodes.length > 1) nodes.push({ ...nodes[0]!, text: 'duplicate id' });
      // Some ends are missing nodes or relations, some point at relations: corrupt input too.
      const relations = rels.map((r, i) =>
        rel(`r${i}`, `n${r.from}`, r.toRelation ? `r${r.to % Math.max(rels.length, 1)}` : `n${r.to % 14}`, r.kind),
      );
      return mapOf(nodes, relations);
    });

  it('never throws; every finding names existing nodes and relations, has a unique id and comes in severity order', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const findings = checkStructure(map);
        const nodeIds = new Set(map.nodes.map((n) => n.id));
        const relIds = new Set(map.relations.map((r) => r.id));
        const sev = { error: 0, warning: 1, hint: 2 };
        expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
        findings.forEach((f, i) => {
          expect(f.nodeIds.length).toBeGreaterThan(0);
          for (const id of f.nodeIds) expect(nodeIds.has(id)).toBe(true);
          for (const id of f.relationIds ?? []) expect(relIds.has(id)).toBe(true);
          expect(f.message.length).toBeGreaterThan(10);
          if (i > 0) expect(sev[f.severity]).toBeGreaterThanOrEqual(sev[findings[i - 1]!.severity]);
        });
      }),
      { numRuns: 500 },
    );
  });

  /** The nodes each node reaches through one or more `supports` relations between nodes (brute force). */
  const onSupportCycle = (map: ArgMap): Set<string> => {
    const ids = new Set(map.nodes.map((n) => n.id));
    const out = new Map<string, string[]>();
    for (const r of map.relations)
      if (r.kind === 'supports' && ids.has(r.from) && ids.has(r.to)) out.set(r.from, [...(out.get(r.from) ?? []), r.to]);
    const result = new Set<string>();
    for (const start of ids) {
      const seen = new Set<string>();
      const todo = [...(out.get(start) ?? [])];
      while (todo.length) {
        const v = todo.pop()!;
        if (v === start) result.add(start);
        if (seen.has(v)) continue;
        seen.add(v);
        todo.push(...(out.get(v) ?? []));
      }
    }
    return result;
  };

  it('reports exactly the statements that support themselves through a circle', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const reported = checkStructure(map)
          .filter((f) => f.rule === 'support-cycle')
          .flatMap((f) => f.nodeIds);
        expect(new Set(reported).size).toBe(reported.length); // each node in one circle finding
        expect(new Set(reported)).toEqual(onSupportCycle(map));
      }),
      { numRuns: 500 },
    );
  });

  it('reports exactly the statements not connected to the main claim (by breadth-first search)', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const tree = buildArgumentTree(map);
        if (!tree.nodes.length) return;
        const mainId = tree.nodes[tree.roots[0]!]!.id;
        const relById = new Map<string, Relation>();
        for (const r of map.relations) if (!relById.has(r.id)) relById.set(r.id, r);
        const ids = new Set(tree.nodes.map((n) => n.id));
        const nb = new Map<string, string[]>();
        const link = (a: string, b: string) => {
          nb.set(a, [...(nb.get(a) ?? []), b]);
          nb.set(b, [...(nb.get(b) ?? []), a]);
        };
        for (const r of map.relations) {
          const attacked = relById.get(r.to);
          const to = r.kind === 'undercuts' && attacked ? attacked.from : ids.has(r.to) ? r.to : attacked?.from;
          if (ids.has(r.from) && to !== undefined && ids.has(to)) link(r.from, to);
        }
        const reached = new Set([mainId]);
        const todo = [mainId];
        while (todo.length) {
          for (const w of nb.get(todo.pop()!) ?? []) {
            if (reached.has(w)) continue;
            reached.add(w);
            todo.push(w);
          }
        }
        const expected = [...ids].filter((id) => !reached.has(id)).sort();

        const findings = checkStructure(map);
        const unattachedAlone = findings.filter(
          (f) => f.rule === 'unattached' && f.nodeIds[0] !== mainId && !(nb.get(f.nodeIds[0]!) ?? []).some((w) => w !== f.nodeIds[0]),
        );
        const reported = [
          ...findings.filter((f) => f.rule === 'disconnected').flatMap((f) => f.nodeIds),
          ...unattachedAlone.map((f) => f.nodeIds[0]!),
        ];
        expect(reported.sort()).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with a brute-force check of the per-node rules', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const tree = buildArgumentTree(map);
        const findings = checkStructure(map);
        const flagged = (rule: Rule) =>
          findings
            .filter((f) => f.rule === rule)
            .map((f) => f.nodeIds[0])
            .sort();
        const kindOf = new Map(tree.nodes.map((n) => [n.id, n.kind]));
        const supportsInto = (id: string) =>
          map.relations.filter((r) => r.kind === 'supports' && r.to === id && r.from !== id && kindOf.has(r.from));
        expect(flagged('claim-no-reason')).toEqual(
          tree.nodes
            .filter((n) => n.kind === 'claim' && supportsInto(n.id).length === 0)
            .map((n) => n.id)
            .sort(),
        );
        expect(flagged('premise-no-evidence')).toEqual(
          tree.nodes
            .filter(
              (n) =>
                n.kind === 'premise' &&
                !supportsInto(n.id).some((r) => ['evidence', 'premise', 'context', 'claim'].includes(kindOf.get(r.from)!)),
            )
            .map((n) => n.id)
            .sort(),
        );
        expect(flagged('empty-text')).toEqual(
          tree.nodes
            .filter((n) => !/[\p{L}\p{N}]/u.test(n.text))
            .map((n) => n.id)
            .sort(),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('supportCycles (Tarjan)', () => {
  it('finds the components of a small graph', () => {
    // 0→1→2→0, 2→3, 3→4→3, 5 alone
    const { cycles, comp } = supportCycles(6, [0, 1, 2, 2, 3, 4], [1, 2, 0, 3, 4, 3]);
    expect(cycles.map((c) => [...c].sort())).toEqual(
      expect.arrayContaining([
        [0, 1, 2],
        [3, 4],
      ]),
    );
    expect(cycles).toHaveLength(2);
    expect(comp[5]).toBe(-1);
    expect(comp[0]).toBe(comp[2]);
    expect(comp[0]).not.toBe(comp[3]);
  });
});
