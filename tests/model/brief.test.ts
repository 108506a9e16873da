// The brief (src/model/brief/): the case for or against a statement, the attacks to expect and
// the map's answers, the weak points; on small maps written out here and on the GSOMIA map.
import { describe, expect, test } from 'vitest';
import { buildBrief, MAX_DEPTH } from '../../src/model/brief/build.ts';
import { briefLines } from '../../src/model/brief/lines.ts';
import { briefMarkdown, escapeMarkdown } from '../../src/model/brief/markdown.ts';
import type { Brief, BriefPoint, CriticalQuestion } from '../../src/model/brief/types.ts';
import type { ArgMap, Relation } from '../../src/model/types.ts';
import { mapOf, node, rel } from '../builders.ts';
import { gsomia } from './compare-fixtures.ts';

/** Every point of a brief, replies included, depth first. */
function allPoints(brief: Brief): BriefPoint[] {
  const out: BriefPoint[] = [];
  const walk = (p: BriefPoint) => {
    out.push(p);
    p.replies.forEach(walk);
  };
  [...brief.case, ...brief.opposing].forEach(walk);
  return out;
}
const ids = (p: BriefPoint) => p.statements.map((s) => s.id);
const weakKeys = (brief: Brief) => brief.weakPoints.flatMap((w) => w.points.map((p) => p.key));

// c: the claim. a is a reason for it, attacked by o (which b rebuts) and undercut by u;
// x objects to the claim, k qualifies it; e is evidence for a.
const small = (): ArgMap =>
  mapOf(
    [
      node('c', 'claim', 'Schools should start later'),
      node('a', 'premise', 'Teenagers sleep late'),
      node('e', 'evidence', 'A study of 3,000 pupils', { source: { section: 'Findings', paragraph: '3', quote: 'pupils slept later' } }),
      node('o', 'objection', 'Buses cannot run later'),
      node('b', 'rebuttal', 'Buses already run at nine'),
      node('u', 'objection', 'Sleeping late does not mean sleeping less'),
      node('x', 'objection', 'Parents start work early'),
      node('k', 'caveat', 'Only for secondary schools'),
    ],
    [
      rel('ra', 'a', 'c'),
      rel('re', 'e', 'a'),
      rel('ro', 'o', 'a', 'opposes'),
      rel('rb', 'b', 'o', 'opposes'),
      rel('ru', 'u', 'ra', 'undercuts'),
      rel('rx', 'x', 'c', 'opposes'),
      rel('rk', 'k', 'c', 'qualifies'),
    ],
  );

describe('a brief for', () => {
  test('the case is the reasons; each has the attacks to expect and the answers; the weak points are the unanswered attacks', () => {
    const brief = buildBrief(small(), { side: 'for' });
    expect(brief.target.id).toBe('c');
    expect(brief.mainClaim).toBe(true);
    expect(brief.case.map(ids)).toEqual([['a']]);
    const reason = brief.case[0]!;
    expect(reason.side).toBe('ours');
    expect(reason.backing.map((b) => b.statements.map((s) => s.id))).toEqual([['e']]);
    // The undercut holds; the objection fails (b rebuts it): the stronger attack first.
    expect(reason.replies.map((r) => [r.kind, ids(r), r.status])).toEqual([
      ['undercut', ['u'], 'in'],
      ['objection', ['o'], 'out'],
    ]);
    const [undercut, objection] = reason.replies as [BriefPoint, BriefPoint];
    expect(objection.side).toBe('theirs');
    expect(objection.answered).toBe(true);
    expect(objection.replies.map(ids)).toEqual([['b']]);
    expect(objection.replies[0]!.side).toBe('ours');
    expect(undercut.answered).toBe(false);
    expect(undercut.on).toEqual([{ nodeId: 'a', relationId: 'ra', to: 'c' }]);
    // What the other side says against the claim itself: the objection before the caveat.
    expect(brief.opposing.map((p) => [p.kind, ids(p)])).toEqual([
      ['objection', ['x']],
      ['caveat', ['k']],
    ]);
    expect(weakKeys(brief).sort()).toEqual(['opposes:rx', 'qualifies:rk', 'undercuts:ru']);
    // The undercut defeats the reason's link: the reason fails, and the brief says so.
    expect(reason.status).toBe('out');
    expect(reason.why).toBe('fails; weight 1; balance 1 for, 0 against');
  });

  test('cites the section, paragraph and quote, or the anchor’s quote when the source has none', () => {
    const map = small();
    map.nodes[1] = {
      ...map.nodes[1]!,
      source: { section: 'Intro', paragraph: '1' },
      anchor: { source: 's', quote: { type: 'TextQuoteSelector', exact: 'sleep late' } },
    };
    const brief = buildBrief(map, { side: 'for' });
    expect(brief.case[0]!.statements[0]!.citation).toEqual({ section: 'Intro', paragraph: '1', quote: 'sleep late' });
    expect(brief.case[0]!.backing[0]!.statements[0]!.citation).toEqual({
      section: 'Findings',
      paragraph: '3',
      quote: 'pupils slept later',
    });
    expect(brief.opposing[0]!.statements[0]!.citation).toBeUndefined();
    const md = briefMarkdown(brief);
    expect(md).toContain('Teenagers sleep late `a` — *Intro, ¶ 1: “sleep late”*');
    expect(md).toContain('A study of 3,000 pupils `e` — *Findings, ¶ 3: “pupils slept later”*');
  });

  test('orders reasons strongest first: holding before failing, then weight, then balance; says why', () => {
    const map = mapOf(
      [
        node('c', 'claim'),
        node('w', 'premise'),
        node('s', 'premise'),
        node('r', 'premise', 'r', { mark: 'rejected' }),
        node('t'),
        node('v', 'evidence'),
      ],
      [
        rel('rw', 'w', 'c', 'supports', { weight: 0.5 }),
        rel('rr', 'r', 'c'),
        rel('rs', 's', 'c'),
        rel('rt', 't', 'c'),
        rel('rv', 'v', 't'),
      ],
    );
    const brief = buildBrief(map, { side: 'for' });
    // t and s hold at weight 1; t has evidence (balance 1 for), so it leads; w weighs 0.5; r is rejected.
    expect(brief.case.map((p) => ids(p)[0])).toEqual(['t', 's', 'w', 'r']);
    expect(brief.case.map((p) => p.why)).toEqual([
      'holds; weight 1; balance 1 for, 0 against',
      'holds; weight 1; balance 0 for, 0 against',
      'holds; weight 0.5; balance 0 for, 0 against',
      'fails; weight 1; balance 0 for, 0 against',
    ]);
    const lines = briefLines(brief);
    expect(lines.find((l) => l.label === 'Why first')?.text).toBe('holds; weight 1; balance 1 for, 0 against.');
  });

  test('a linked reason is one point; an attack on one of its premises is an attack on it', () => {
    const map = mapOf(
      [node('c', 'claim'), node('p1'), node('p2'), node('o', 'objection')],
      [rel('r1', 'p1', 'c', 'supports', { group: 'g' }), rel('r2', 'p2', 'c', 'supports', { group: 'g' }), rel('ro', 'o', 'p2', 'opposes')],
    );
    const brief = buildBrief(map, { side: 'for' });
    expect(brief.case).toHaveLength(1);
    expect(ids(brief.case[0]!)).toEqual(['p1', 'p2']);
    expect(brief.case[0]!.relationIds).toEqual(['r1', 'r2']);
    expect(brief.case[0]!.replies.map((r) => [ids(r), r.on])).toEqual([[['o'], [{ nodeId: 'p2' }]]]);
    const md = briefMarkdown(brief);
    expect(md).toContain('### 1. Linked reason');
    expect(md).toContain('**together with:** p2 `p2`');
  });

  test('an attack on what backs a reason is an attack on the reason, and says what it hits', () => {
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('e', 'evidence', 'The survey'), node('o', 'objection')],
      [rel('ra', 'a', 'c'), rel('re', 'e', 'a'), rel('ro', 'o', 'e', 'opposes')],
    );
    const brief = buildBrief(map, { side: 'for' });
    expect(brief.case[0]!.replies.map(ids)).toEqual([['o']]);
    const line = briefLines(brief).find((l) => l.statement?.id === 'o' && l.type === 'item')!;
    expect(line.remark).toBe('against “The survey”, which backs it');
    expect(line.weak).toBe(true);
    expect(briefMarkdown(brief)).toContain('(against “The survey”, which backs it) **⚠ Weak point: no answer in the map.**');
  });
});

describe('a brief against', () => {
  test('the case is the objections, caveats and undercuts of the reasons; the other side’s case is the reasons, with our answers', () => {
    const brief = buildBrief(small(), { side: 'against' });
    expect(brief.case.map((p) => [p.kind, ids(p)])).toEqual([
      ['objection', ['x']],
      ['undercut', ['u']],
      ['caveat', ['k']],
    ]);
    expect(brief.case.every((p) => p.side === 'ours')).toBe(true);
    expect(brief.opposing.map(ids)).toEqual([['a']]);
    const theirReason = brief.opposing[0]!;
    expect(theirReason.side).toBe('theirs');
    // Our answers to their reason: the undercut u (our case point 2: met above) and the objection o.
    expect(theirReason.replies.map((r) => [ids(r), r.side, !!r.repeat])).toEqual([
      [['u'], 'ours', true],
      [['o'], 'ours', false],
    ]);
    expect(theirReason.answered).toBe(true);
    // Their rebuttal b of our objection o has no answer: a weak point of the case against.
    expect(theirReason.replies[1]!.replies.map((r) => [ids(r), r.side, r.answered])).toEqual([[['b'], 'theirs', false]]);
    expect(weakKeys(brief)).toEqual(['opposes:rb']);
    expect(brief.weakPoints[0]!.against).toEqual([{ key: 'opposes:ro', statements: [expect.objectContaining({ id: 'o' })] }]);
  });

  test('one statement undercutting several reasons is one point of the case and one weak point', () => {
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('b'), node('h', 'objection')],
      [rel('ra', 'a', 'c'), rel('rb', 'b', 'c'), rel('u1', 'h', 'ra', 'undercuts'), rel('u2', 'h', 'rb', 'undercuts')],
    );
    const against = buildBrief(map, { side: 'against' });
    expect(against.case).toHaveLength(1);
    expect(against.case[0]!.relationIds).toEqual(['u1', 'u2']);
    expect(against.case[0]!.on.map((o) => o.relationId)).toEqual(['ra', 'rb']);
    const forIt = buildBrief(map, { side: 'for' });
    expect(forIt.case.map((p) => p.replies.map((r) => r.key))).toEqual([['undercuts:u1'], ['undercuts:u2']]);
    expect(forIt.weakPoints).toHaveLength(1);
    expect(forIt.weakPoints[0]!.points.map((p) => p.key)).toEqual(['undercuts:u1', 'undercuts:u2']);
    expect(forIt.weakPoints[0]!.against.map((a) => a.statements[0]!.id)).toEqual(['a', 'b']);
  });
});

describe('targets, critical questions, odd maps', () => {
  test('any statement can be the target; an unknown one or an empty map is refused', () => {
    const brief = buildBrief(small(), { side: 'for', target: 'o' });
    expect(brief.mainClaim).toBe(false);
    expect(brief.case).toEqual([]);
    expect(brief.opposing.map(ids)).toEqual([['b']]);
    expect(briefMarkdown(brief)).toContain('# Brief for: Buses cannot run later');
    expect(() => buildBrief(small(), { side: 'for', target: 'nope' })).toThrow('The map has no statement "nope".');
    expect(() => buildBrief(mapOf([]), { side: 'for' })).toThrow('nothing to brief');
  });

  // A minimal stand-in for the scheme catalogue (src/model/schemes/catalogue.ts on the schemes branch).
  const catalogue: Record<string, CriticalQuestion[]> = {
    'expert-opinion': [
      { id: 'expertise', text: 'Is the source an expert in this field?' },
      { id: 'consistent', text: 'Do other experts agree?' },
      { id: 'trustworthy', text: 'Is the source reliable?' },
    ],
  };
  const questionsOf = (r: Relation) => (r.scheme ? (catalogue[r.scheme.scheme] ?? []) : []);
  const withScheme = () =>
    mapOf(
      [
        node('c', 'claim'),
        node('a', 'premise', 'Dr X says so'),
        node('o', 'objection', 'Dr X is a dentist'),
        node('y', 'evidence', 'Two panels agree'),
      ],
      [
        rel('ra', 'a', 'c', 'supports', {
          scheme: {
            scheme: 'expert-opinion',
            questions: { expertise: { status: 'raised', by: 'o' }, consistent: { status: 'answered', by: 'y' } },
          },
        }),
        rel('ru', 'o', 'ra', 'undercuts'),
      ],
    );

  test('with the catalogue: a raised question tags its undercut, an answered one shows its answer, an open one is a likely attack and a weak point', () => {
    const brief = buildBrief(withScheme(), { side: 'for', questions: questionsOf });
    const replies = brief.case[0]!.replies;
    expect(replies.map((r) => [r.kind, ids(r), r.question?.status ?? null])).toEqual([
      ['undercut', ['o'], null],
      ['question', [], 'answered'],
      ['question', [], 'open'],
    ]);
    expect(replies[0]!.raises).toEqual([{ id: 'expertise', text: 'Is the source an expert in this field?', status: 'raised' }]);
    expect(replies[1]!.answered).toBe(true);
    expect(replies[1]!.replies.map((r) => [r.kind, ids(r)])).toEqual([['answer', ['y']]]);
    expect(replies[2]!.question!.text).toBe('Is the source reliable?');
    expect(replies[2]!.why).toBe('an open critical question: the map neither raises nor answers it');
    expect(weakKeys(brief)).toEqual(['undercuts:ru', 'question:supports:ra:trustworthy']);
    const md = briefMarkdown(brief);
    expect(md).toContain('raises the critical question “Is the source an expert in this field?”');
    expect(md).toContain('**Critical question:** Is the source reliable?');
  });

  test('without a catalogue (the default) only the map’s own answered and raised questions show, by id', () => {
    const brief = buildBrief(withScheme(), { side: 'for' });
    const replies = brief.case[0]!.replies;
    expect(replies.map((r) => r.kind)).toEqual(['undercut', 'question']);
    expect(replies[0]!.raises![0]!.text).toBe('Critical question "expertise" of the scheme "expert-opinion"');
    expect(weakKeys(brief)).toEqual(['undercuts:ru']);
  });

  test('on the other side, an open question of their argument is one we may ask; it does not count as an answer', () => {
    const map = mapOf([node('c', 'claim'), node('a')], [rel('ra', 'a', 'c', 'supports', { scheme: { scheme: 'expert-opinion' } })]);
    const brief = buildBrief(map, { side: 'against', questions: questionsOf });
    const theirs = brief.opposing[0]!;
    expect(theirs.replies.map((r) => [r.side, r.question?.id])).toEqual([
      ['ours', 'expertise'],
      ['ours', 'consistent'],
      ['ours', 'trustworthy'],
    ]);
    expect(theirs.answered).toBe(false);
    expect(briefMarkdown(brief)).toContain('**You may ask:** Do other experts agree?');
  });

  test('attack cycles and support cycles end: what was met is marked as met, not expanded again', () => {
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('p', 'objection'), node('q', 'objection'), node('s'), node('t')],
      [
        rel('ra', 'a', 'c'),
        rel('rp', 'p', 'a', 'opposes'),
        rel('rq', 'q', 'p', 'opposes'),
        rel('rq2', 'p', 'q', 'opposes'),
        rel('rs', 's', 't'),
        rel('rt', 't', 's'),
        rel('rt2', 't', 'a'),
      ],
    );
    for (const side of ['for', 'against'] as const) {
      const brief = buildBrief(map, { side });
      expect(allPoints(brief).some((p) => p.repeat)).toBe(true);
      expect(() => briefMarkdown(brief)).not.toThrow();
    }
  });

  test(`a chain of attacks longer than ${MAX_DEPTH} stops there and says the exchange goes on`, () => {
    const n = 500;
    const nodes = [node('c', 'claim'), ...Array.from({ length: n }, (_, i) => node(`o${i}`, 'objection'))];
    const rels = Array.from({ length: n }, (_, i) => rel(`r${i}`, `o${i}`, i === 0 ? 'c' : `o${i - 1}`, 'opposes'));
    const brief = buildBrief(mapOf(nodes, rels), { side: 'for' });
    expect(allPoints(brief)).toHaveLength(MAX_DEPTH + 1);
    expect(allPoints(brief).at(-1)!.more).toBe(true);
    expect(briefMarkdown(brief)).toContain('The exchange goes on in the map.');
    // A chain of reasons under one reason: its backing stops there too, and its attacks are still all found.
    const supports = Array.from({ length: n }, (_, i) => rel(`s${i}`, `o${i}`, i === 0 ? 'c' : `o${i - 1}`));
    const deep = buildBrief(mapOf([...nodes, node('x', 'objection')], [...supports, rel('rx', 'x', `o${n - 1}`, 'opposes')]), {
      side: 'for',
    });
    let backing = deep.case[0]!.backing;
    let levels = 1;
    while (backing[0]?.backing.length) [backing, levels] = [backing[0].backing, levels + 1];
    expect(levels).toBe(MAX_DEPTH + 1);
    expect(backing[0]!.more).toBe(true);
    expect(deep.case[0]!.replies.map((r) => r.key)).toEqual(['opposes:rx']);
    expect(briefMarkdown(deep)).toContain('More backing in the map.');
  });

  test('the map’s texts are escaped in Markdown', () => {
    expect(escapeMarkdown('*bold* _it_ [link](x) <script> `code` a|b\nnext')).toBe(
      '\\*bold\\* \\_it\\_ \\[link\\](x) \\<script\\> \\`code\\` a\\|b next',
    );
    const map = mapOf([node('c', 'claim', '<img src=x onerror=alert(1)> **win**')]);
    expect(briefMarkdown(buildBrief(map, { side: 'for' }))).toContain('# Brief for: \\<img src=x onerror=alert(1)\\> \\*\\*win\\*\\*');
  });
});

describe('the GSOMIA brief', () => {
  const map = gsomia();
  const attacks = map.relations.filter((r) => r.kind !== 'supports');

  test.each(['for', 'against'] as const)('%s: every attack in the map is in the brief, answered or as a weak point', (side) => {
    const brief = buildBrief(map, { side });
    const points = allPoints(brief);
    const inBrief = new Set(points.flatMap((p) => p.relationIds));
    expect(attacks.filter((r) => !inBrief.has(r.id)).map((r) => r.id)).toEqual([]);
    // Every point of the other side is answered, or listed among the weak points; the weak points are all unanswered.
    const weak = new Set(weakKeys(brief));
    for (const p of points.filter((p) => p.side === 'theirs')) expect(p.answered || weak.has(p.key), p.key).toBe(true);
    for (const w of brief.weakPoints) for (const p of w.points) expect(p.answered, p.key).toBe(false);
    // Every attack of theirs on our side shows in the Markdown with its statement's id.
    const md = briefMarkdown(brief);
    for (const p of points) for (const s of p.statements) expect(md).toContain(`\`${s.id}\``);
  });

  test('for: the case is the five reasons of the main claim; the historical baggage (answered by the doubts the commentary raises about it) and two caveats are what the other side says', () => {
    const brief = buildBrief(map, { side: 'for' });
    expect(brief.target.id).toBe('claim-main');
    const reasons = map.relations.filter((r) => r.kind === 'supports' && r.to === 'claim-main');
    expect(brief.case.flatMap((p) => p.relationIds).sort()).toEqual(reasons.map((r) => r.id).sort());
    expect(brief.case).toHaveLength(5);
    expect(brief.case.find((p) => p.statements.length === 2)!.statements.map((s) => s.id)).toEqual([
      'close-new-context',
      'close-expected-signing',
    ]);
    // The US-influence worry undercuts the hub-and-spokes reason's link; hs-us-presence answers it.
    const hub = brief.case.find((p) => p.statements[0]!.id === 'impl-hub-spokes')!;
    const usInfluence = hub.replies.find((r) => r.statements[0]?.id === 'hs-obj-us-influence')!;
    expect(usInfluence.kind).toBe('undercut');
    expect(usInfluence.on).toEqual([{ nodeId: 'impl-hub-spokes', relationId: 'r-hub-main', to: 'claim-main' }]);
    expect(usInfluence.answered).toBe(true);
    expect(usInfluence.replies.map((r) => r.statements[0]!.id)).toEqual(['hs-us-presence']);
    // The historical baggage: one linked objection with its three counterweights under it. The
    // commentary's own doubts about it are critical questions of its schemes, raised by statements
    // of the map (docs/schemes.md): they answer it, so it is not a weak point.
    expect(brief.opposing.map((p) => p.kind)).toEqual(['objection', 'caveat', 'caveat']);
    const baggage = brief.opposing[0]!;
    expect(baggage.statements.map((s) => s.id)).toEqual(['hb-main', 'hb-unresolved']);
    expect(baggage.backing.map((b) => b.statements[0]!.id).sort()).toEqual(['hb-classified-data', 'hb-comfort-women', 'hb-dokdo-inflame']);
    expect(baggage.answered).toBe(true);
    const raised = baggage.replies.filter((r) => r.kind === 'question' && r.question!.status === 'raised');
    expect(new Set(raised.flatMap((r) => r.statements.map((s) => s.id)))).toEqual(
      new Set(['hb-overcome-history', 'ctx-lee-benefits', 'close-long-term-necessary']),
    );
    expect(brief.weakPoints.flatMap((w) => w.points)).not.toContain(baggage);
    // North Korea's denunciation still has no answer.
    expect(brief.weakPoints.some((w) => w.points[0]!.statements[0]?.id === 'nk-denunciation')).toBe(true);
  });

  test('against: the historical baggage leads the case; unanswered are the US-influence rebuttal and the commentary’s answers to critical questions', () => {
    const brief = buildBrief(map, { side: 'against' });
    expect(brief.case[0]!.statements.map((s) => s.id)).toEqual(['hb-main', 'hb-unresolved']);
    expect(brief.case[0]!.why).toBe('holds; weight 1; balance 3 for, 0 against');
    expect(brief.opposing).toHaveLength(5);
    expect(brief.weakPoints[0]!.points[0]!.statements.map((s) => s.id)).toEqual(['hs-us-presence']);
    // The rest: statements the map names as answers to critical questions, or as raising them against our links.
    const rest = brief.weakPoints.slice(1).map((w) => w.points[0]!);
    expect(rest.length).toBeGreaterThan(0);
    for (const p of rest) expect(['answer', 'question', 'caveat'], p.key).toContain(p.kind);
    expect(rest.filter((p) => p.kind === 'answer').map((p) => p.statements[0]!.id)).toContain('hs-direct-sharing');
  });

  test('every anchored statement carries its citation', () => {
    for (const side of ['for', 'against'] as const) {
      const lines = briefLines(buildBrief(map, { side }));
      const shown = lines.filter((l) => l.statement);
      expect(shown.length).toBeGreaterThan(40);
      for (const l of shown) {
        const n = map.nodes.find((x) => x.id === l.statement!.id)!;
        expect(n.anchor, n.id).toBeDefined();
        expect(l.statement!.citation?.section, n.id).toBe(n.source!.section);
        expect(l.statement!.citation?.paragraph, n.id).toBe(n.source!.paragraph);
        expect(l.statement!.citation?.quote, n.id).toBe(n.source!.quote ?? n.anchor!.quote!.exact);
      }
    }
  });
});
