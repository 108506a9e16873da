// The outline model: reading order, the outline edits as relation edits, and Markdown.
import fc from 'fast-check';
import { bearsOn, indent, moveSibling, outdent, outlineItems, outlineOf, planEdit, type OutlineEdit } from '../../src/model/outline';
import { escapeMarkdown, markdownFileName, outlineToMarkdown } from '../../src/model/outlineMarkdown';
import { dissolveLoneGroups } from '../../src/model/operations';
import type { ArgMap, Relation, RelationKind } from '../../src/model/types';
import { builders } from '../builders.ts';

const { node, rel, mapOf } = builders({ text: (id) => id.toUpperCase(), meta: { title: 'Test map', description: '' } });

/** What the outline shows: each node with its depth, parent and relation kind, in order. */
const structure = (map: ArgMap) =>
  outlineItems(map).map((i) => `${'  '.repeat(i.depth)}${i.nodeId}${i.relation ? ` ${i.relation.kind}` : ''}`);
const childrenOf = (map: ArgMap, id: string) => outlineItems(map).find((i) => i.nodeId === id)!.childIds;
const parentOf = (map: ArgMap, id: string) => outlineItems(map).find((i) => i.nodeId === id)!.parentId;
const reasonFor = (map: ArgMap, id: string, edit: OutlineEdit) => {
  const plan = planEdit(map, id, edit);
  return plan.ok ? null : plan.reason;
};

/** c ← a, b, d (supports), o (opposes); a has child a1. */
const flat = () =>
  mapOf(
    [node('c', 'claim'), node('a'), node('b'), node('d'), node('o', 'objection'), node('a1', 'evidence')],
    [rel('ra', 'a', 'c'), rel('rb', 'b', 'c'), rel('rd', 'd', 'c'), rel('ro', 'o', 'c', 'opposes'), rel('ra1', 'a1', 'a')],
  );

/** c ← w, [x, y] (one linked reason, relations interleaved with z's), z. */
const withBlock = () =>
  mapOf(
    [node('c', 'claim'), node('w'), node('x'), node('y'), node('z')],
    [
      rel('rw', 'w', 'c'),
      rel('rx', 'x', 'c', 'supports', { group: 'g' }),
      rel('rz', 'z', 'c'),
      rel('ry', 'y', 'c', 'supports', { group: 'g' }),
    ],
  );

describe('outlineItems', () => {
  it('lists the claim, then what bears on it, in relation order, depth first', () => {
    expect(structure(flat())).toEqual(['c', '  a supports', '    a1 supports', '  b supports', '  d supports', '  o opposes']);
    const first = outlineItems(flat())[0]!;
    expect(first).toMatchObject({ nodeId: 'c', depth: 0, childIds: ['a', 'b', 'd', 'o'] });
    expect(first.relation).toBeUndefined();
  });

  it('keeps co-premises together as one block and marks where each sits in it', () => {
    const items = outlineItems(withBlock());
    expect(items.map((i) => i.nodeId)).toEqual(['c', 'w', 'x', 'y', 'z']);
    expect(items.map((i) => i.coPremise)).toEqual([undefined, undefined, 'first', 'last', undefined]);
  });

  it('hangs an undercut under the reason whose link it attacks', () => {
    const map = mapOf([node('c', 'claim'), node('a'), node('u', 'objection')], [rel('ra', 'a', 'c'), rel('ru', 'u', 'ra', 'undercuts')]);
    expect(structure(map)).toEqual(['c', '  a supports', '    u undercuts']);
  });

  it('is computed once per map, and reused when only positions change', () => {
    const map = flat();
    expect(outlineItems(map)).toBe(outlineItems(map));
    const moved = { ...map, nodes: map.nodes.map((n) => (n.id === 'a' ? { ...n, position: { x: 500, y: 9 } } : n)) };
    expect(outlineOf(moved)).toBe(outlineOf(map));
    const retexted = { ...map, nodes: map.nodes.map((n) => (n.id === 'a' ? { ...n, text: 'New text' } : n)) };
    expect(outlineOf(retexted)).not.toBe(outlineOf(map));
    expect(outlineItems(retexted)[1]!.node.text).toBe('New text');
  });
});

describe('moveSibling', () => {
  it('swaps a node with its neighbour, as relation order', () => {
    const map = flat();
    const down = moveSibling(map, 'a', 1);
    expect(childrenOf(down, 'c')).toEqual(['b', 'a', 'd', 'o']);
    expect(down.relations.map((r) => r.id)).toEqual(['rb', 'ra', 'rd', 'ro', 'ra1']);
    expect(childrenOf(moveSibling(map, 'o', -1), 'c')).toEqual(['a', 'b', 'o', 'd']);
    expect(structure(down)).toContain('    a1 supports'); // its subtree moves with it
  });

  it('moves a single statement past a whole linked reason', () => {
    const map = withBlock();
    expect(childrenOf(moveSibling(map, 'z', -1), 'c')).toEqual(['w', 'z', 'x', 'y']);
    expect(childrenOf(moveSibling(map, 'w', 1), 'c')).toEqual(['x', 'y', 'w', 'z']);
  });

  it('moves a co-premise within its block, and refuses to take it out', () => {
    const map = withBlock();
    const swapped = moveSibling(map, 'y', -1);
    expect(childrenOf(swapped, 'c')).toEqual(['w', 'y', 'x', 'z']);
    expect(outlineItems(swapped).find((i) => i.nodeId === 'y')!.coPremise).toBe('first');
    expect(moveSibling(map, 'x', -1)).toBe(map);
    expect(reasonFor(map, 'x', 'up')).toMatch(/Co-premises stay together/);
    expect(moveSibling(map, 'y', 1)).toBe(map);
  });

  it('refuses at the ends and for top-level statements, with a reason', () => {
    const map = flat();
    expect(moveSibling(map, 'a', -1)).toBe(map);
    expect(reasonFor(map, 'a', 'up')).toMatch(/already first/);
    expect(reasonFor(map, 'o', 'down')).toMatch(/already last/);
    expect(reasonFor(map, 'c', 'down')).toMatch(/Top-level/);
    expect(reasonFor(map, 'nope', 'down')).toMatch(/Select/);
  });

  it('keeps a node under its parent when it also bears on another node', () => {
    // x hangs under c (its first relation); its second relation goes to b.
    const map = mapOf([node('c', 'claim'), node('x'), node('b')], [rel('rx', 'x', 'c'), rel('rxb', 'x', 'b'), rel('rb', 'b', 'c')]);
    expect(childrenOf(map, 'c')).toEqual(['x', 'b']);
    const down = moveSibling(map, 'x', 1);
    expect(childrenOf(down, 'c')).toEqual(['b', 'x']);
    expect(parentOf(down, 'x')).toBe('c');
    expect(down.relations.find((r) => r.id === 'rxb')).toEqual(rel('rxb', 'x', 'b'));
  });
});

describe('indent', () => {
  it('makes a node the last child of its previous sibling, keeping its relation kind and subtree', () => {
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('a1'), node('o', 'objection'), node('o1')],
      [rel('ra', 'a', 'c'), rel('ra1', 'a1', 'a'), rel('ro', 'o', 'c', 'opposes'), rel('ro1', 'o1', 'o')],
    );
    const next = indent(map, 'o');
    expect(structure(next)).toEqual(['c', '  a supports', '    a1 supports', '    o opposes', '      o1 supports']);
    expect(next.relations.find((r) => r.id === 'ro')).toEqual(rel('ro', 'o', 'a', 'opposes'));
    expect(next.nodes).toBe(map.nodes);
  });

  it('takes the node out of its linked reason and dissolves a group left with one member, which stays in place', () => {
    // w, [x, y], z: indenting x under w leaves y alone; y must not jump past z.
    const map = withBlock();
    const next = indent(map, 'x');
    expect(structure(next)).toEqual(['c', '  w supports', '    x supports', '  y supports', '  z supports']);
    expect(next.relations.every((r) => r.group === undefined)).toBe(true);
  });

  it('indents the second co-premise under the first: it leaves the group', () => {
    const map = withBlock();
    const next = indent(map, 'y');
    expect(structure(next)).toEqual(['c', '  w supports', '  x supports', '    y supports', '  z supports']);
    expect(next.relations.some((r) => r.group)).toBe(false);
  });

  it('indents under the last co-premise of the block above, keeping the block whole', () => {
    const map = mapOf(
      [node('c', 'claim'), node('x'), node('y'), node('y1'), node('y2'), node('z')],
      [
        rel('rx', 'x', 'c', 'supports', { group: 'g' }),
        rel('ry', 'y', 'c', 'supports', { group: 'g' }),
        rel('ry1', 'y1', 'c', 'supports', { group: 'g' }),
        rel('ry2', 'y2', 'y1'),
        rel('rz', 'z', 'c'),
      ],
    );
    const next = indent(map, 'z');
    expect(structure(next)).toEqual(['c', '  x supports', '  y supports', '  y1 supports', '    y2 supports', '    z supports']);
    expect(outlineItems(next).map((i) => i.coPremise)).toEqual([undefined, 'first', 'middle', 'last', undefined, undefined]);
  });

  it('refuses the first child, an undercut, a double link and a circle', () => {
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('b'), node('u', 'objection')],
      [rel('ra', 'a', 'c'), rel('rb', 'b', 'c'), rel('rba', 'b', 'a', 'opposes'), rel('ru', 'u', 'ra', 'undercuts')],
    );
    expect(indent(map, 'a')).toBe(map);
    expect(reasonFor(map, 'a', 'indent')).toMatch(/no statement above/);
    expect(reasonFor(map, 'u', 'indent')).toMatch(/undercut stays/);
    expect(reasonFor(map, 'b', 'indent')).toMatch(/already bears on “A”/);
    // d bears on a (a cross-link); indenting a under d would make a circle a → d → a.
    const circle = mapOf([node('c', 'claim'), node('d'), node('a')], [rel('rd', 'd', 'c'), rel('ra', 'a', 'c'), rel('rda', 'd', 'a')]);
    expect(childrenOf(circle, 'c')).toEqual(['d', 'a']);
    expect(indent(circle, 'a')).toBe(circle);
    expect(reasonFor(circle, 'a', 'indent')).toMatch(/circle/);
  });

  it('attaches a free-standing statement to the top-level statement above it', () => {
    const map = mapOf([node('c', 'claim'), node('a'), node('s', 'objection')], [rel('ra', 'a', 'c')]);
    expect(outlineOf(map).roots).toEqual(['c', 's']);
    const next = indent(map, 's');
    expect(structure(next)).toEqual(['c', '  a supports', '  s opposes']);
    expect(reasonFor(map, 'c', 'indent')).toMatch(/no statement above/);
  });

  it('keeps the node under its new parent when it also bears on another node', () => {
    // x's first relation is to c; it also bears on z (later in relation order).
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('x'), node('z')],
      [rel('ra', 'a', 'c'), rel('rx', 'x', 'c'), rel('rxz', 'x', 'z'), rel('rz', 'z', 'c')],
    );
    const next = indent(map, 'x');
    expect(parentOf(next, 'x')).toBe('a');
    expect(childrenOf(next, 'z')).toEqual([]);
  });
});

describe('outdent', () => {
  it('makes a node a sibling of its parent, right after it', () => {
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('a1'), node('a2'), node('b')],
      [rel('ra', 'a', 'c'), rel('ra1', 'a1', 'a', 'qualifies'), rel('ra2', 'a2', 'a'), rel('rb', 'b', 'c')],
    );
    const next = outdent(map, 'a1');
    expect(structure(next)).toEqual(['c', '  a supports', '    a2 supports', '  a1 qualifies', '  b supports']);
  });

  it('goes after the whole linked reason its parent belongs to', () => {
    const map = mapOf(
      [node('c', 'claim'), node('x'), node('x1'), node('y'), node('z')],
      [
        rel('rx', 'x', 'c', 'supports', { group: 'g' }),
        rel('rx1', 'x1', 'x'),
        rel('rz', 'z', 'c'),
        rel('ry', 'y', 'c', 'supports', { group: 'g' }),
      ],
    );
    expect(structure(outdent(map, 'x1'))).toEqual(['c', '  x supports', '  y supports', '  x1 supports', '  z supports']);
  });

  it('from under an undercut, goes to the reason whose link is undercut', () => {
    const map = mapOf(
      [node('c', 'claim'), node('a'), node('u', 'objection'), node('e', 'evidence')],
      [rel('ra', 'a', 'c'), rel('ru', 'u', 'ra', 'undercuts'), rel('re', 'e', 'u')],
    );
    expect(structure(outdent(map, 'e'))).toEqual(['c', '  a supports', '    u undercuts', '    e supports']);
  });

  it('refuses at the top, right under a top-level statement, and for a circle', () => {
    const map = flat();
    expect(outdent(map, 'a')).toBe(map);
    expect(reasonFor(map, 'a', 'outdent')).toMatch(/directly on a top-level/);
    expect(reasonFor(map, 'c', 'outdent')).toMatch(/already at the top/);
    // c1 bears on x; outdenting x to c1 would make x → c1 → … → x.
    const circle = mapOf(
      [node('top', 'claim'), node('c1'), node('p'), node('x')],
      [rel('r1', 'c1', 'top'), rel('r2', 'p', 'c1'), rel('r3', 'x', 'p'), rel('r4', 'c1', 'x')],
    );
    expect(reasonFor(circle, 'x', 'outdent')).toMatch(/circle/);
  });

  it('refuses an edit that circles in the links would land somewhere else', () => {
    // x and q bear on each other; x also bears on p, which hangs it under p for now.
    const map = mapOf(
      [node('c', 'claim'), node('p'), node('x'), node('q')],
      [rel('r1', 'x', 'q'), rel('r2', 'q', 'x'), rel('r3', 'x', 'p'), rel('r4', 'p', 'c')],
    );
    expect(structure(map)).toEqual(['c', '  p supports', '    x supports', '      q supports']);
    // Outdenting q to p would turn the circle around: x would end up under q.
    expect(outdent(map, 'q')).toBe(map);
    expect(reasonFor(map, 'q', 'outdent')).toMatch(/would not land where the outline shows it/);
  });

  it('undoes an indent', () => {
    const map = flat();
    const there = indent(map, 'b');
    expect(parentOf(there, 'b')).toBe('a');
    expect(structure(outdent(there, 'b'))).toEqual(structure(map));
  });
});

describe('outlineToMarkdown', () => {
  it('writes a nested list with marks, kinds and cited paragraphs', () => {
    const map = flat();
    map.meta.description = 'Why it matters.';
    map.nodes[1]!.source = { paragraph: '4' };
    const md = outlineToMarkdown(map, (k) => ({ claim: 'Claim', premise: 'Reason' })[k as 'claim'] ?? k);
    expect(md).toBe(
      [
        '# Test map',
        '',
        'Why it matters.',
        '',
        '*Marks: + supports, − opposes, ~ qualifies, × undercuts the link above it.*',
        '',
        '- **Claim:** C',
        '  - **+ Reason:** A (¶4)',
        '    - **+ evidence:** A1',
        '  - **+ Reason:** B',
        '  - **+ Reason:** D',
        '  - **− objection:** O',
        '',
      ].join('\n'),
    );
  });

  it('escapes Markdown in user text, so it comes through literally', () => {
    const map = mapOf(
      [
        node('c', 'claim', 'Use *stars*, _under_ and `code` <script>alert(1)</script>'),
        node('a', 'premise', '[link](http://x) # not a heading ~~no~~ a|b & &amp; \\ back'),
      ],
      [rel('ra', 'a', 'c')],
      { title: 'My *bold* <b>title</b> #1' },
    );
    map.meta.description = '- not a list\n1. not numbered\n> not a quote\n\nsecond *para*';
    const md = outlineToMarkdown(map);
    expect(md).toContain('# My \\*bold\\* \\<b\\>title\\</b\\> \\#1\n');
    expect(md).toContain('\\- not a list\n1\\. not numbered\n\\> not a quote\n\nsecond \\*para\\*\n');
    expect(md).toContain('- **Claim:** Use \\*stars\\*, \\_under\\_ and \\`code\\` \\<script\\>alert(1)\\</script\\>\n');
    expect(md).toContain('  - **+ Premise:** \\[link\\](http://x) \\# not a heading \\~\\~no\\~\\~ a\\|b \\& \\&amp; \\\\ back\n');
    expect(md).not.toMatch(/[^\\]<script>/);
  });

  it('puts each statement on one line and marks empty ones', () => {
    const map = mapOf([node('c', 'claim', 'one\n\ntwo  three'), node('a', 'premise', '')], [rel('ra', 'a', 'c')]);
    const md = outlineToMarkdown(map);
    expect(md).toContain('- **Claim:** one two three\n');
    expect(md).toContain('  - **+ Premise:** *(empty)*\n');
  });

  it('escapes backslashes before the other characters', () => {
    expect(escapeMarkdown('\\*')).toBe('\\\\\\*');
  });
});

describe('markdownFileName', () => {
  it('is the title with .md, without characters file systems refuse', () => {
    expect(markdownFileName('GSOMIA 2012')).toBe('GSOMIA 2012.md');
    expect(markdownFileName('a/b\\c: "d"? <e>|*')).toBe('a b c d e.md');
    expect(markdownFileName('  ..hidden.  ')).toBe('hidden.md');
    expect(markdownFileName('')).toBe('outline.md');
    expect(markdownFileName('line\nbreak')).toBe('line break.md');
  });
});

// ---- Properties ----

const KINDS: RelationKind[] = ['supports', 'opposes', 'qualifies'];

/**
 * Acyclic maps: node i bears only on nodes before it (its first relation makes a tree, more
 * make cross-links), undercuts attack links among earlier nodes, some relations are
 * co-premises, and relations come in shuffled order.
 */
const acyclicMap = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    seeds: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
    order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
  })
  .map(({ n, seeds, order }) => {
    let s = 0;
    const pick = (k: number) => seeds[s++ % seeds.length]! % k;
    const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`, i === 0 ? 'claim' : 'premise'));
    const relations: Relation[] = [];
    for (let i = 1; i < n; i++) {
      const extra = pick(4) === 0 ? 2 : 1;
      const targets = new Set<number>();
      for (let k = 0; k < extra; k++) targets.add(pick(i));
      for (const t of targets) {
        const r = rel(`r${relations.length}`, `n${i}`, `n${t}`, KINDS[pick(3)]!);
        if (pick(3) === 0) r.group = `g${pick(2)}`;
        relations.push(r);
      }
      if (pick(5) === 0) {
        const attacked = relations.filter((r) => r.kind !== 'undercuts' && Number(r.from.slice(1)) < i);
        if (attacked.length) relations.push(rel(`r${relations.length}`, `n${i}`, attacked[pick(attacked.length)]!.id, 'undercuts'));
      }
    }
    const shuffled = relations
      .map((r, i) => ({ r, k: order[i % order.length]! + i * 1e-9 }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.r);
    return mapOf(nodes, dissolveLoneGroups(shuffled));
  });

/** Any relations at all: circles, self-links, dangling ends, undercuts of anything. */
const anyMap = fc
  .record({
    n: fc.integer({ min: 0, max: 10 }),
    rels: fc.array(
      fc.record({
        from: fc.nat(12),
        to: fc.nat(30),
        kind: fc.constantFrom<RelationKind>('supports', 'opposes', 'qualifies', 'undercuts'),
        group: fc.option(fc.constantFrom('g', 'h'), { nil: undefined }),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ n, rels }) => {
    const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`));
    const relations = rels.map((r, i) =>
      rel(
        `r${i}`,
        `n${r.from}`,
        r.kind === 'undercuts' ? `r${r.to % Math.max(1, rels.length)}` : `n${r.to % 14}`,
        r.kind,
        r.group === undefined ? {} : { group: r.group },
      ),
    );
    return mapOf(nodes, relations);
  });

const edits = fc.array(fc.record({ edit: fc.constantFrom<OutlineEdit>('up', 'down', 'indent', 'outdent'), at: fc.nat() }), {
  maxLength: 12,
});

function applyEdits(map: ArgMap, list: { edit: OutlineEdit; at: number }[]): ArgMap[] {
  const maps = [map];
  for (const { edit, at } of list) {
    const current = maps[maps.length - 1]!;
    if (!current.nodes.length) break;
    const plan = planEdit(current, current.nodes[at % current.nodes.length]!.id, edit);
    if (plan.ok) maps.push(plan.map);
  }
  return maps;
}

function danglingRelations(map: ArgMap): string[] {
  const nodes = new Set(map.nodes.map((n) => n.id));
  const rels = new Map(map.relations.map((r) => [r.id, r]));
  return map.relations.filter((r) => !nodes.has(r.from) || (r.kind === 'undercuts' ? !rels.has(r.to) : !nodes.has(r.to))).map((r) => r.id);
}

function hasCycle(map: ArgMap): boolean {
  const edges = bearsOn(map);
  const state = new Map<string, 1 | 2>();
  const visit = (v: string): boolean => {
    if (state.get(v) === 2) return false;
    if (state.get(v) === 1) return true;
    state.set(v, 1);
    for (const w of edges.get(v) ?? []) if (visit(w)) return true;
    state.set(v, 2);
    return false;
  };
  return map.nodes.some((n) => visit(n.id));
}

/** Every distinct node once, children right under their parent, one level deeper. */
function checkOutline(map: ArgMap) {
  const items = outlineItems(map);
  const ids = items.map((i) => i.nodeId);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(ids)).toEqual(new Set(map.nodes.map((n) => n.id)));
  const byId = new Map(items.map((i) => [i.nodeId, i]));
  for (const item of items) {
    if (item.parentId === undefined) expect(item.depth).toBe(0);
    else {
      expect(byId.get(item.parentId)!.childIds).toContain(item.nodeId);
      expect(item.depth).toBe(byId.get(item.parentId)!.depth + 1);
    }
  }
}

describe('outline properties', () => {
  it('lists every node exactly once, whatever the relations', () => {
    fc.assert(fc.property(anyMap, (map) => checkOutline(map)));
  });

  it('edits never leave dangling relations, circles, lone co-premises or lost nodes', () => {
    fc.assert(
      fc.property(acyclicMap, edits, (start, list) => {
        expect(hasCycle(start)).toBe(false);
        for (const map of applyEdits(start, list)) {
          expect(danglingRelations(map)).toEqual([]);
          expect(hasCycle(map)).toBe(false);
          expect(map.nodes).toBe(start.nodes);
          expect(new Set(map.relations.map((r) => r.id)).size).toBe(map.relations.length);
          const groups = new Map<string, number>();
          for (const r of map.relations) if (r.group) groups.set(`${r.group}/${r.to}`, (groups.get(`${r.group}/${r.to}`) ?? 0) + 1);
          expect([...groups.values()].every((c) => c >= 2)).toBe(true);
          checkOutline(map);
        }
      }),
    );
  });

  it('edits on tangled maps do not throw, and leave nothing dangling that was not', () => {
    fc.assert(
      fc.property(anyMap, edits, (start, list) => {
        const before = new Set(danglingRelations(start));
        for (const map of applyEdits(start, list)) {
          expect(danglingRelations(map).filter((id) => !before.has(id))).toEqual([]);
          checkOutline(map);
        }
      }),
    );
  });

  it('a move does what it says: the node passes its neighbour (a whole linked reason), nothing else changes place', () => {
    fc.assert(
      fc.property(acyclicMap, fc.nat(), fc.boolean(), (map, at, up) => {
        const id = map.nodes[at % map.nodes.length]!.id;
        const plan = planEdit(map, id, up ? 'up' : 'down');
        if (!plan.ok) return;
        const parent = parentOf(map, id)!;
        const before = childrenOf(map, parent);
        const after = childrenOf(plan.map, parent);
        const from = before.indexOf(id);
        const to = after.indexOf(id);
        expect(up ? to < from : to > from).toBe(true);
        expect(after.filter((x) => x !== id)).toEqual(before.filter((x) => x !== id));
        const passed = before.slice(Math.min(from, to) + (up ? 0 : 1), Math.max(from, to) + (up ? 0 : 1));
        if (passed.length > 1) {
          const blockOf = (x: string) => {
            const r = outlineItems(map).find((i) => i.nodeId === x)!.relation!;
            return `${r.to}/${r.group}`;
          };
          expect(new Set(passed.map(blockOf)).size).toBe(1);
          expect(passed.every((x) => outlineItems(map).find((i) => i.nodeId === x)!.coPremise)).toBe(true);
        }
        for (const n of map.nodes) expect(parentOf(plan.map, n.id)).toBe(parentOf(map, n.id));
      }),
    );
  });

  it('moving up then down gives back the same outline (and the same relations)', () => {
    fc.assert(
      fc.property(acyclicMap, fc.nat(), (map, at) => {
        const id = map.nodes[at % map.nodes.length]!.id;
        const up = moveSibling(map, id, -1);
        if (up === map) return;
        const back = moveSibling(up, id, 1);
        expect(structure(back)).toEqual(structure(map));
        expect(new Set(back.relations)).toEqual(new Set(map.relations));
      }),
    );
  });

  it('indent puts the node last under its previous sibling; outdent then gives back the same outline', () => {
    fc.assert(
      fc.property(acyclicMap, fc.nat(), (map, at) => {
        const id = map.nodes[at % map.nodes.length]!.id;
        const item = outlineItems(map).find((i) => i.nodeId === id)!;
        const indented = indent(map, id);
        if (indented === map) return;
        const newParent = parentOf(indented, id)!;
        expect(childrenOf(indented, newParent).at(-1)).toBe(id);
        if (!item.relation || item.coPremise) return; // a root gains a relation; a co-premise leaves its group
        expect(newParent).toBe(childrenOf(map, item.parentId!)[childrenOf(map, item.parentId!).indexOf(id) - 1]);
        expect(structure(outdent(indented, id))).toEqual(structure(map));
      }),
    );
  });
});
