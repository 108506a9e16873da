/**
 * Structure test for maps/gsomia-2012.json (RSIS Commentary No. 115/2012, Sarah Teo,
 * "Japan-South Korea Military Cooperation: Implications for Northeast Asia").
 *
 * Self-contained on purpose: it reads the JSON directly and depends on no project module.
 *
 * Ids used by this test:
 *   main claim ............ claim-main
 *   implications .......... impl-hub-spokes, impl-pragmatism, impl-china, impl-nk-pressure
 *   China's two branches .. cn-branch-positive, cn-branch-negative (linked: together they support
 *                           impl-china, the direction hinging on China's reaction)
 *   China evidence ........ cn-global-times (-> cn-branch-negative), cn-no-objection
 *   extensions ............ hs-trilateral-drills (-> impl-hub-spokes), pr-wider-cooperation (-> impl-pragmatism)
 *   unstated objection .... hs-obj-us-influence (undercuts impl-hub-spokes -> claim-main), answered
 *                           by the rebuttal hs-us-presence
 *   historical baggage .... hb-main + hb-unresolved (one linked objection: opposes claim-main)
 *   counterweights ........ hb-comfort-women, hb-classified-data, hb-dokdo-inflame (each supports hb-main);
 *                           hb-dokdo (the dispute) grounds hb-dokdo-inflame; hb-remilitarisation and
 *                           hb-colonial-memories ground hb-classified-data
 *   caveats ............... caveat-domestic-opposition, caveat-election, caveat-form-depends (each `qualifies`)
 *   background ............ ctx-postponed, ctx-sealed-after-briefing, ctx-first-of-kind,
 *                           ctx-us-redeployment, ctx-lee-benefits (kind `context`)
 *   closing judgement ..... close-new-context, close-uncertain-future, close-expected-signing,
 *                           close-long-term-necessary
 *   linked groups ......... g-us-presence (-> hs-us-presence), g-goes-through (-> claim-main),
 *                           g-history (-> claim-main), g-china-outcomes (-> impl-china)
 *
 * The key's relations were reviewed against the commentary (issue 19, part 5); each decision is
 * recorded in the notes of the statement it moved.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FORMAT_VERSION } from '../../src/model/format/schema.ts';

interface RawNode {
  id: string;
  kind: string;
  text: string;
  position: { x: number; y: number };
  notes?: string;
  source?: { document?: string; section?: string; paragraph?: string; quote?: string };
}
interface RawRelation {
  id: string;
  kind: string;
  from: string;
  to: string;
  group?: string;
}
interface RawFile {
  format: string;
  version: number;
  meta: { title: string; description: string };
  nodes: RawNode[];
  relations: RawRelation[];
}

const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../maps/gsomia-2012.json', import.meta.url)), 'utf8')) as RawFile;

const NODE_KINDS = ['claim', 'premise', 'objection', 'rebuttal', 'caveat', 'evidence', 'context'];
const RELATION_KINDS = ['supports', 'opposes', 'qualifies', 'undercuts'];
const SECTIONS = [
  'Synopsis',
  'Commentary',
  'Implications of Japan-South Korea military cooperation',
  'Historical baggage',
  'Whither Japan-South Korea military cooperation?',
];

const nodes = new Map(file.nodes.map((n) => [n.id, n]));
const relations = new Map(file.relations.map((r) => [r.id, r]));
const outgoing = (id: string) => file.relations.filter((r) => r.from === id);
const incoming = (id: string) => file.relations.filter((r) => r.to === id);
const node = (id: string): RawNode => {
  const n = nodes.get(id);
  if (!n) throw new Error(`missing node ${id}`);
  return n;
};
/** The node a relation ultimately bears on (an undercut's target relation's target, recursively). */
const targetNode = (r: RawRelation): string => {
  const viaRelation = relations.get(r.to);
  return viaRelation ? targetNode(viaRelation) : r.to;
};

describe('maps/gsomia-2012.json', () => {
  it('has the current argmap envelope and meta', () => {
    expect(file.format).toBe('argmap');
    expect(file.version).toBe(FORMAT_VERSION);
    expect(file.meta.title).toBe('Japan–South Korea military cooperation (GSOMIA), RSIS Commentary 115/2012');
    expect(file.meta.description).toMatch(/Sarah Teo/);
    expect(file.meta.description).toMatch(/RSIS/);
    expect(file.nodes.length).toBeGreaterThanOrEqual(40);
    expect(file.nodes.length).toBeLessThanOrEqual(60);
  });

  it('has unique ids across nodes and relations', () => {
    const ids = [...file.nodes.map((n) => n.id), ...file.relations.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses only known kinds, non-empty text and numeric positions', () => {
    for (const n of file.nodes) {
      expect(NODE_KINDS).toContain(n.kind);
      expect(n.text.trim().length).toBeGreaterThan(0);
      expect(Number.isFinite(n.position.x) && Number.isFinite(n.position.y)).toBe(true);
    }
    for (const r of file.relations) expect(RELATION_KINDS).toContain(r.kind);
  });

  it('has relations whose endpoints exist (undercuts target relations)', () => {
    for (const r of file.relations) {
      expect(nodes.has(r.from), `${r.id}.from`).toBe(true);
      if (r.kind === 'undercuts') {
        expect(relations.has(r.to), `${r.id}.to should be a relation`).toBe(true);
        expect(r.to).not.toBe(r.id);
      } else {
        expect(nodes.has(r.to), `${r.id}.to should be a node`).toBe(true);
      }
      expect(r.from).not.toBe(r.to);
    }
  });

  it('gives every node a source in the commentary with a known section and paragraph', () => {
    for (const n of file.nodes) {
      expect(n.source, n.id).toBeDefined();
      expect(n.source?.document).toBe('RSIS Commentary No. 115/2012');
      expect(SECTIONS, n.id).toContain(n.source?.section);
      expect(n.source?.paragraph ?? '', n.id).toMatch(/^[1-9]\d*$/);
      if (n.source?.quote !== undefined) {
        expect(n.source.quote.split(/\s+/).length, n.id).toBeLessThanOrEqual(15);
      }
    }
  });

  it('has exactly one root, the main claim, reachable from every node', () => {
    const roots = file.nodes.filter((n) => outgoing(n.id).length === 0);
    expect(roots.map((n) => n.id)).toEqual(['claim-main']);
    expect(file.nodes.filter((n) => n.kind === 'claim').map((n) => n.id)).toEqual(['claim-main']);

    for (const n of file.nodes) {
      const seen = new Set<string>();
      const stack = [n.id];
      let reached = false;
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (id === 'claim-main') {
          reached = true;
          break;
        }
        if (seen.has(id)) continue;
        seen.add(id);
        for (const r of outgoing(id)) stack.push(targetNode(r));
      }
      expect(reached, `${n.id} should reach claim-main`).toBe(true);
    }
  });

  it('has the four implications, each supporting the main claim with reasons under it', () => {
    for (const id of ['impl-hub-spokes', 'impl-pragmatism', 'impl-china', 'impl-nk-pressure']) {
      node(id);
      expect(
        file.relations.some((r) => r.kind === 'supports' && r.from === id && r.to === 'claim-main'),
        id,
      ).toBe(true);
      const reasons = incoming(id).filter((r) => r.kind === 'supports' && ['premise', 'evidence'].includes(node(r.from).kind));
      expect(reasons.length, id).toBeGreaterThanOrEqual(1);
    }
  });

  it("has both branches of China's response, side by side: together they support the implication", () => {
    expect(incoming('impl-china').map((r) => [r.from, r.group])).toEqual([
      ['cn-branch-negative', 'g-china-outcomes'],
      ['cn-branch-positive', 'g-china-outcomes'],
    ]);
    expect(node('cn-branch-negative').kind).toBe('premise');
    expect(outgoing('cn-global-times').map((r) => r.to)).toEqual(['cn-branch-negative']);
    expect(outgoing('cn-no-objection').map((r) => [r.kind, r.to])).toEqual([['qualifies', 'cn-global-times']]);
    expect(node('impl-china').notes).toMatch(/together/);
  });

  it('weighs the four implications against the historical baggage, counted once, at a glance', () => {
    const onClaim = incoming('claim-main');
    const supports = onClaim.filter((r) => r.kind === 'supports' && !r.group).map((r) => r.from);
    expect(supports).toEqual(['impl-hub-spokes', 'impl-pragmatism', 'impl-china', 'impl-nk-pressure']);
    const against = onClaim.filter((r) => r.kind === 'opposes');
    expect(against.map((r) => [r.from, r.group])).toEqual([
      ['hb-main', 'g-history'],
      ['hb-unresolved', 'g-history'],
    ]);
    expect(file.relations.filter((r) => r.from === 'hb-main')).toHaveLength(1);
  });

  it('has the three historical-baggage counterweights, each supporting the history objection', () => {
    expect(incoming('hb-main').map((r) => [r.kind, r.from])).toEqual([
      ['supports', 'hb-comfort-women'],
      ['supports', 'hb-classified-data'],
      ['supports', 'hb-dokdo-inflame'],
    ]);
    for (const id of ['hb-comfort-women', 'hb-classified-data', 'hb-dokdo-inflame']) expect(node(id).kind, id).toBe('objection');
  });

  it('reads the Dokdo paragraph as the commentary does: worsening tensions, grounded on the dispute, weigh against the claim', () => {
    expect(outgoing('hb-dokdo').map((r) => [r.kind, r.to])).toEqual([['supports', 'hb-dokdo-inflame']]);
    expect(node('hb-dokdo-inflame').kind).toBe('objection');
  });

  it('grounds the classified-data worry on the fear of remilitarisation and the colonial memories', () => {
    expect(incoming('hb-classified-data').map((r) => [r.kind, r.from])).toEqual([
      ['supports', 'hb-remilitarisation'],
      ['supports', 'hb-colonial-memories'],
    ]);
    expect(incoming('hs-direct-sharing').every((r) => r.kind !== 'opposes')).toBe(true);
  });

  it('uses the betrayal perception to explain the domestic opposition, as the comfort-women paragraph does', () => {
    expect(outgoing('hb-cw-betrayal').map((r) => [r.kind, r.to])).toEqual([['supports', 'caveat-domestic-opposition']]);
    expect(outgoing('hb-cw-no-gestures').map((r) => [r.kind, r.to])).toEqual([['supports', 'hb-cw-betrayal']]);
  });

  it('draws extensions under their implications, the US-influence worry as an undercut answered by a rebuttal, and the re-deployment as background', () => {
    expect(outgoing('hs-trilateral-drills').map((r) => [r.kind, r.to])).toEqual([['supports', 'impl-hub-spokes']]);
    expect(outgoing('pr-wider-cooperation').map((r) => [r.kind, r.to])).toEqual([['supports', 'impl-pragmatism']]);
    expect(node('hs-us-presence').kind).toBe('rebuttal');
    expect(outgoing('hs-us-presence').map((r) => [r.kind, r.to])).toEqual([['opposes', 'hs-obj-us-influence']]);
    const undercut = outgoing('hs-obj-us-influence');
    expect(undercut.map((r) => r.kind)).toEqual(['undercuts']);
    expect(relations.get(undercut[0]!.to)).toMatchObject({ from: 'impl-hub-spokes', to: 'claim-main' });
    expect(outgoing('ctx-us-redeployment').map((r) => [r.kind, r.to])).toEqual([['qualifies', 'claim-main']]);
  });

  it('reads the closing section as the commentary does: the uncertainty is about the signing, the necessity is realpolitik', () => {
    expect(outgoing('close-uncertain-future').map((r) => [r.kind, r.to])).toEqual([['qualifies', 'close-expected-signing']]);
    expect(outgoing('close-long-term-necessary').map((r) => [r.kind, r.to])).toEqual([['supports', 'pr-realpolitik']]);
  });

  it('records why in the notes of every statement the review moved', () => {
    for (const id of [
      'hs-obj-us-influence',
      'hb-main',
      'hb-classified-data',
      'hb-cw-betrayal',
      'impl-china',
      'hs-trilateral-drills',
      'pr-wider-cooperation',
      'close-uncertain-future',
      'close-long-term-necessary',
    ])
      expect(node(id).notes, id).toMatch(/¶\d/);
  });

  it('has the three caveats, each qualifying something', () => {
    for (const id of ['caveat-domestic-opposition', 'caveat-election', 'caveat-form-depends']) {
      expect(node(id).kind).toBe('caveat');
      expect(
        outgoing(id).some((r) => r.kind === 'qualifies'),
        id,
      ).toBe(true);
    }
  });

  it('has at least one linked group of two or more co-premises sharing a target', () => {
    const groups = new Map<string, RawRelation[]>();
    for (const r of file.relations) {
      if (r.group === undefined) continue;
      groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
    }
    expect(groups.size).toBeGreaterThanOrEqual(1);
    for (const [group, members] of groups) {
      expect(members.length, group).toBeGreaterThanOrEqual(2);
      expect(new Set(members.map((m) => m.to)).size, group).toBe(1);
      expect(new Set(members.map((m) => m.kind)).size, group).toBe(1);
    }
  });

  it('has the background facts as context nodes', () => {
    for (const id of ['ctx-postponed', 'ctx-sealed-after-briefing', 'ctx-first-of-kind', 'ctx-us-redeployment', 'ctx-lee-benefits']) {
      expect(node(id).kind).toBe('context');
      expect(outgoing(id).length, id).toBeGreaterThan(0);
    }
  });

  it('has the closing judgement nodes from the last section', () => {
    for (const id of ['close-new-context', 'close-uncertain-future', 'close-expected-signing', 'close-long-term-necessary']) {
      expect(node(id).source?.section).toBe('Whither Japan-South Korea military cooperation?');
      expect(outgoing(id).length, id).toBeGreaterThan(0);
    }
  });
});
