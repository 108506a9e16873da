/**
 * Structure test for maps/gsomia-2012.json (RSIS Commentary No. 115/2012, Sarah Teo,
 * "Japan-South Korea Military Cooperation: Implications for Northeast Asia").
 *
 * Self-contained on purpose: it reads the JSON directly and depends on no project module.
 *
 * Ids used by this test:
 *   main claim ............ claim-main
 *   implications .......... impl-hub-spokes, impl-pragmatism, impl-china, impl-nk-pressure
 *   China's two branches .. cn-branch-positive (supports impl-china), cn-branch-negative (an
 *                           objection: opposes claim-main)
 *   China evidence ........ cn-global-times (-> cn-branch-negative), cn-no-objection
 *   consequences .......... hs-trilateral-drills, pr-wider-cooperation (further benefits: support claim-main)
 *   unstated objection .... hs-obj-us-influence (opposes impl-hub-spokes), answered by the
 *                           rebuttal hs-us-presence
 *   historical baggage .... hb-main (undercuts the four implication -> main-claim links and
 *                           the two consequence links)
 *   counterweights ........ hb-comfort-women, hb-remilitarisation, hb-dokdo-inflame (each `opposes`);
 *                           hb-dokdo (the dispute) grounds hb-dokdo-inflame; hb-classified-data
 *                           (reinforced by hb-colonial-memories) is part of hb-remilitarisation
 *   caveats ............... caveat-domestic-opposition, caveat-election, caveat-form-depends (each `qualifies`)
 *   background ............ ctx-postponed, ctx-sealed-after-briefing, ctx-first-of-kind,
 *                           ctx-us-redeployment, ctx-lee-benefits (kind `context`)
 *   closing judgement ..... close-new-context, close-uncertain-future, close-expected-signing,
 *                           close-long-term-necessary
 *   linked groups ......... g-us-presence (-> hs-us-presence), g-goes-through (-> claim-main)
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

  it("has both branches of China's response: the positive one for the implication, the negative one against the main claim", () => {
    // The negative branch used to support impl-china, so the evaluation counted China's
    // pushback as a reason for the main claim; the commentary gives it as a risk to it.
    expect(incoming('impl-china').map((r) => r.from)).toEqual(['cn-branch-positive']);
    expect(node('cn-branch-negative').kind).toBe('objection');
    expect(outgoing('cn-branch-negative').map((r) => [r.kind, r.to])).toEqual([['opposes', 'claim-main']]);
    expect(outgoing('cn-global-times').map((r) => r.to)).toEqual(['cn-branch-negative']);
    node('cn-global-times');
    node('cn-no-objection');
    expect(outgoing('cn-global-times').length).toBeGreaterThan(0);
    expect(outgoing('cn-no-objection').length).toBeGreaterThan(0);
  });

  it('has the three historical-baggage counterweights, each opposing the main claim', () => {
    for (const id of ['hb-comfort-women', 'hb-remilitarisation', 'hb-dokdo-inflame']) {
      expect(
        outgoing(id).some((r) => r.kind === 'opposes' && r.to === 'claim-main'),
        id,
      ).toBe(true);
    }
  });

  it('reads the Dokdo paragraph as the commentary does: worsening tensions, grounded on the dispute, weigh against the claim', () => {
    expect(outgoing('hb-dokdo').map((r) => [r.kind, r.to])).toEqual([['supports', 'hb-dokdo-inflame']]);
    expect(node('hb-dokdo-inflame').kind).toBe('objection');
  });

  it('makes the classified-data worry part of the fear of remilitarisation, reinforced by colonial memories', () => {
    expect(outgoing('hb-classified-data').map((r) => [r.kind, r.to])).toEqual([['supports', 'hb-remilitarisation']]);
    expect(outgoing('hb-colonial-memories').map((r) => [r.kind, r.to])).toEqual([['supports', 'hb-classified-data']]);
    expect(incoming('hs-direct-sharing').every((r) => r.kind !== 'opposes')).toBe(true);
  });

  it('draws consequences as further benefits, the US-influence sentence as a rebuttal, and the re-deployment as background', () => {
    for (const id of ['hs-trilateral-drills', 'pr-wider-cooperation'])
      expect(
        outgoing(id).map((r) => [r.kind, r.to]),
        id,
      ).toEqual([['supports', 'claim-main']]);
    expect(node('hs-us-presence').kind).toBe('rebuttal');
    expect(outgoing('hs-us-presence').map((r) => [r.kind, r.to])).toEqual([['opposes', 'hs-obj-us-influence']]);
    expect(outgoing('hs-obj-us-influence').map((r) => [r.kind, r.to])).toEqual([['opposes', 'impl-hub-spokes']]);
    expect(outgoing('ctx-us-redeployment').map((r) => [r.kind, r.to])).toEqual([['qualifies', 'claim-main']]);
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

  it('has the historical-baggage undercut of the implication links', () => {
    const undercuts = file.relations.filter((r) => r.kind === 'undercuts');
    expect(undercuts.length).toBeGreaterThanOrEqual(1);
    const undercutLinks = undercuts.filter((r) => r.from === 'hb-main').map((r) => relations.get(r.to)!);
    for (const impl of [
      'impl-hub-spokes',
      'impl-pragmatism',
      'impl-china',
      'impl-nk-pressure',
      'hs-trilateral-drills',
      'pr-wider-cooperation',
    ]) {
      expect(
        undercutLinks.some((l) => l.from === impl && l.to === 'claim-main'),
        impl,
      ).toBe(true);
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
