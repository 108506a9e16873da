// Random editing of a map through the model's own operations, driven by a stream of numbers
// (fast-check values or a seeded PRNG), for the binding's property tests and the sync benches.
import type { ArgMap } from '../../src/model/types.ts';
import { LAYOUT_MODES, NODE_KINDS, RELATION_KINDS } from '../../src/model/types.ts';
import * as ops from '../../src/model/operations.ts';
import * as outline from '../../src/model/outline.ts';
import { pasteFragment, copyFragment } from '../../src/model/fragment.ts';
import * as comments from '../../src/model/comments.ts';

const ROLES: ops.ChildRole[] = ['reason', 'objection', 'caveat', 'evidence', 'rebuttal'];
const TEXTS = ['', 'a', 'Japan signs', 'Korea postpones the pact', 'x y z', 'ünïcødé ✓', 'premise'];

export const OPERATION_COUNT = 25;
const AUTHORS = ['Ms Tan', 'Alex'];

/** Applies operation number `op` (0..OPERATION_COUNT-1) with arguments picked by `n()` (any non-negative integers). */
export function randomOperation(map: ArgMap, op: number, n: () => number): ArgMap {
  const node = () => map.nodes[n() % Math.max(1, map.nodes.length)];
  const relation = () => map.relations[n() % Math.max(1, map.relations.length)];
  const pick = <T>(list: readonly T[]) => list[n() % list.length]!;
  switch (op % OPERATION_COUNT) {
    case 0:
    case 1:
      return ops.addNode(map, { kind: pick(NODE_KINDS), text: pick(TEXTS), position: { x: n() % 2000, y: n() % 2000 } }).map;
    case 2:
    case 3: {
      const parent = node();
      return parent ? ops.addChild(map, parent.id, pick(ROLES), { x: n() % 2000, y: n() % 2000 }).map : map;
    }
    case 4: {
      // Typing: insert or delete a few characters somewhere in the text.
      const target = node();
      if (!target) return map;
      const at = n() % (target.text.length + 1);
      const text =
        n() % 3 === 0
          ? target.text.slice(0, at) + target.text.slice(at + 1)
          : target.text.slice(0, at) + pick(TEXTS) + target.text.slice(at);
      return ops.updateNode(map, target.id, { text });
    }
    case 5: {
      const target = node();
      return target ? ops.updateNode(map, target.id, { kind: pick(NODE_KINDS), notes: pick(TEXTS) }) : map;
    }
    case 6: {
      const target = node();
      return target ? ops.updateNode(map, target.id, { source: { document: pick(TEXTS), paragraph: String(n() % 9) } }) : map;
    }
    case 7: {
      const a = node();
      const b = node();
      if (!a) return map;
      const positions: Record<string, { x: number; y: number }> = { [a.id]: { x: n() % 3000, y: n() % 3000 } };
      if (b) positions[b.id] = { x: n() % 3000, y: n() % 3000 };
      return ops.moveNodes(map, positions);
    }
    case 8:
    case 9: {
      const a = node();
      return a ? ops.removeElements(map, [a.id]) : map;
    }
    case 10: {
      const r = relation();
      return r ? ops.removeElements(map, [], [r.id]) : map;
    }
    case 11: {
      const a = node();
      const target = n() % 4 === 0 ? relation() : node();
      return a && target ? ops.connect(map, a.id, target.id, pick(RELATION_KINDS)).map : map;
    }
    case 12: {
      const r = relation();
      return r ? ops.setRelationKind(map, r.id, pick(RELATION_KINDS)) : map;
    }
    case 13: {
      const r = relation();
      if (!r) return map;
      const siblings = map.relations.filter((s) => s.to === r.to).map((s) => s.id);
      return ops.linkCoPremises(map, siblings.slice(0, 2 + (n() % 2)));
    }
    case 14: {
      const r = relation();
      return r ? ops.unlinkCoPremises(map, [r.id]) : map;
    }
    case 15: {
      const a = node();
      return a ? ops.setMark(map, a.id, pick([undefined, 'accepted', 'rejected'] as const)) : map;
    }
    case 16: {
      const r = relation();
      return r ? ops.setWeight(map, r.id, pick([0, 0.5, 1, 0.25])) : map;
    }
    case 17: {
      const a = node();
      return a ? ops.setCollapsed(map, a.id, n() % 2 === 0) : map;
    }
    case 18: {
      const a = node();
      return n() % 3 === 0 ? ops.setFocus(map, undefined) : a ? ops.setFocus(map, a.id) : map;
    }
    case 19:
      // The layout arrangement: a meta field added after the binding was written; it travels as it is.
      return n() % 2 === 0
        ? ops.setMeta(map, { title: pick(TEXTS) || 'Untitled', description: pick(TEXTS) })
        : { ...map, meta: { ...map.meta, layout: pick(LAYOUT_MODES) } };
    case 20: {
      const a = node();
      if (!a) return map;
      const edit = n() % 3;
      return edit === 0
        ? outline.moveSibling(map, a.id, n() % 2 === 0 ? -1 : 1)
        : edit === 1
          ? outline.indent(map, a.id)
          : outline.outdent(map, a.id);
    }
    case 22: {
      // A comment on a statement, a relation or the whole map.
      const on = n() % 3;
      const target = on === 0 ? node()?.id : on === 1 ? relation()?.id : undefined;
      return comments.addComment(map, target, {
        author: pick(AUTHORS),
        created: `2026-12-07T09:0${n() % 10}:00.000Z`,
        text: pick(TEXTS) || 'ok',
      }).map;
    }
    case 23: {
      const c = map.comments?.[n() % Math.max(1, map.comments.length)];
      return c
        ? comments.addReply(map, c.id, { author: pick(AUTHORS), created: '2026-12-07T10:00:00.000Z', text: pick(TEXTS) || 're' }).map
        : map;
    }
    case 24: {
      const c = map.comments?.[n() % Math.max(1, map.comments.length)];
      if (!c) return map;
      const what = n() % 4;
      const reply = c.replies?.[n() % c.replies.length];
      if (what === 0) return comments.setResolved(map, c.id, !c.resolved);
      if (what === 1) return comments.editText(map, reply?.id ?? c.id, pick(TEXTS) || 'edited', reply?.author ?? c.author);
      return comments.deleteComment(map, what === 2 && reply ? reply.id : c.id, what === 2 && reply ? reply.author : c.author);
    }
    default: {
      const a = node();
      if (!a) return map;
      if (n() % 2 === 0) return pasteFragment(map, copyFragment(map, [a.id]), { x: 40, y: 40 }).map;
      // A field the binding does not know (as new format fields were, once) passes through.
      const extended = { ...a, futureField: { start: n() % 100, end: 100 + (n() % 100) } } as typeof a;
      return { ...map, nodes: map.nodes.map((x) => (x.id === a.id ? extended : x)) };
    }
  }
}
