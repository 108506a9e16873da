// Kialo's discussion export: a numbered outline.
//
//   Discussion Title: Should cities ban cars?
//
//   1. Cities should ban cars.
//   1.1. Pro: Cars pollute the air.
//   1.1.1. Con: Electric cars do not.
//   1.2. Con: -> See 1.1.1.
//
// Each numbered line is a claim; a line without a number continues the one above. The
// thesis (one number) becomes the main claim, pros support and cons oppose their parent
// (the number without its last part), and "-> See 1.1.1." links the claim 1.1.1 to this
// parent as well, as a relation of this line's kind.
import type { ArgMap, NodeKind, Relation, RelationKind } from '../types.ts';
import { finishImport, idMaker, plural, quote, type DraftNode, type ImportResult } from './types.ts';

const ITEM = /^\s*((?:\d+\.)+)\s*(?:(Pro|Con):\s*)?(.*)$/i;
const LINK = /^->\s*See\s+((?:\d+\.)*\d+)\.?\s*$/i;

interface Item {
  number: string; // "1.2.3"
  stance: 'pro' | 'con' | null;
  lines: string[];
  line: number;
}

export function parseKialo(text: string): ImportResult {
  const report: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let title = 'Kialo discussion';
  const items: Item[] = [];
  let preamble = 0;
  lines.forEach((raw, index) => {
    const titleMatch = /^\s*Discussion Title:\s*(.*)$/i.exec(raw);
    if (titleMatch && !items.length) {
      title = titleMatch[1]!.trim() || title;
      return;
    }
    const m = ITEM.exec(raw);
    if (m) {
      items.push({
        number: m[1]!.replace(/\.$/, ''),
        stance: m[2] ? (m[2].toLowerCase() as 'pro' | 'con') : null,
        lines: [m[3]!.trim()],
        line: index + 1,
      });
      return;
    }
    if (!raw.trim()) return;
    if (items.length) items[items.length - 1]!.lines.push(raw.trim());
    else preamble++;
  });
  if (preamble) report.push(`${plural(preamble, 'line')} before the first numbered claim not mapped.`);
  if (!items.length) return { ok: false, error: 'This Kialo export has no numbered claims ("1. …", "1.1. Pro: …").' };

  const newId = idMaker();
  const byNumber = new Map<string, { id: string; item: Item }>();
  const nodes: DraftNode[] = [];
  const links: { item: Item; target: string }[] = [];
  for (const item of items) {
    const body = item.lines.join('\n').trim();
    const link = LINK.exec(body);
    if (link) {
      links.push({ item, target: link[1]! });
      continue;
    }
    if (byNumber.has(item.number)) {
      report.push(
        `Line ${item.line}: claim number ${item.number} appears twice; the second one is kept as a separate claim under the same parent.`,
      );
    }
    const depth = item.number.split('.').length;
    const kind: NodeKind = depth === 1 ? 'claim' : item.stance === 'con' ? 'objection' : 'premise';
    if (depth > 1 && !item.stance) report.push(`Line ${item.line}: claim ${item.number} says neither "Pro:" nor "Con:"; read as a pro.`);
    const id = newId(`k${item.number}`);
    nodes.push({ id, kind, text: body });
    if (!byNumber.has(item.number)) byNumber.set(item.number, { id, item });
    else byNumber.set(`${item.number}#${id}`, { id, item });
  }

  const relations: Relation[] = [];
  const kindOf = (item: Item): RelationKind => (item.stance === 'con' ? 'opposes' : 'supports');
  const parentOf = (number: string, line: number): string | null => {
    const parts = number.split('.');
    for (let cut = parts.length - 1; cut >= 1; cut--) {
      const found = byNumber.get(parts.slice(0, cut).join('.'));
      if (found) {
        if (cut < parts.length - 1)
          report.push(
            `Line ${line}: claim ${number} has no parent ${parts.slice(0, parts.length - 1).join('.')} (a gap in the numbering); attached to ${found.item.number}.`,
          );
        return found.id;
      }
    }
    return null;
  };
  for (const [key, { id, item }] of byNumber) {
    if (item.number.split('.').length === 1) continue;
    const parent = parentOf(item.number, item.line);
    if (!parent) {
      report.push(`Line ${item.line}: claim ${key} has no parent in the file; kept as a separate claim.`);
      const node = nodes.find((n) => n.id === id)!;
      node.kind = 'claim';
      continue;
    }
    relations.push({ id: newId(`r${relations.length + 1}`), kind: kindOf(item), from: id, to: parent });
  }
  let linked = 0;
  for (const { item, target } of links) {
    const from = byNumber.get(target);
    const parent = parentOf(item.number, item.line);
    if (!from || !parent) {
      report.push(
        `Line ${item.line}: the link "-> See ${target}." ${!from ? `points to no claim numbered ${target}` : 'has no parent claim'}; not mapped.`,
      );
      continue;
    }
    relations.push({ id: newId(`r${relations.length + 1}`), kind: kindOf(item), from: from.id, to: parent });
    linked++;
  }
  // Cons of cons answer an objection: rebuttals.
  const kindById = new Map(nodes.map((n) => [n.id, n]));
  for (const r of relations) {
    const from = kindById.get(r.from)!;
    if (r.kind === 'opposes' && kindById.get(r.to)?.kind === 'objection' && from.kind === 'objection') from.kind = 'rebuttal';
  }

  const pros = relations.filter((r) => r.kind === 'supports').length;
  report.unshift(
    `Read ${plural(nodes.length, 'claim')}: ${plural(nodes.filter((n) => n.kind === 'claim').length, 'thesis', 'theses')}, ${plural(pros, 'pro')} (supports), ${plural(relations.length - pros, 'con')} (opposes)${linked ? `, ${plural(linked, 'link')} ("-> See") as extra relations` : ''}.`,
  );
  const meta: ArgMap['meta'] = { title, description: `Imported from a Kialo discussion export (${quote(title, 80)}).` };
  return finishImport(meta, nodes, relations, report);
}
