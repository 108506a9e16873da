// Each import rule on hand-written files in each format's documented syntax, and hostile
// or broken input: always a map and a report, or a refusal that names the problem.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ArgMap } from '../../../src/model/types.ts';
import { importText } from '../../../src/model/interop/import.ts';
import { detectFormat } from '../../../src/model/interop/detect.ts';
import { MAX_IMPORT_CHARS } from '../../../src/model/interop/types.ts';
import { parseAif } from '../../../src/model/interop/aif.ts';
import { parseKialo } from '../../../src/model/interop/kialo.ts';
import { parseArgdown } from '../../../src/model/interop/argdown.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/interop/${name}`, import.meta.url), 'utf8');

async function open(name: string) {
  const { format, result } = await importText(fixture(name), name);
  if (!result.ok) throw new Error(result.error);
  return { format, map: result.map, report: result.report };
}
const byText = (map: ArgMap, start: string) => {
  const node = map.nodes.find((n) => n.text.startsWith(start));
  if (!node) throw new Error(`no node "${start}"`);
  return node;
};
const relation = (map: ArgMap, from: string, to: string) =>
  map.relations.find((r) => r.from === byText(map, from).id && r.to === byText(map, to).id);

describe('recognising the format by content', { timeout: 30_000 }, () => {
  test('each kind of file, whatever its name', () => {
    expect(detectFormat(fixture('aifdb.json'), 'x.json')).toBe('aif');
    expect(detectFormat(fixture('ova.json'), 'map.txt')).toBe('aif');
    expect(detectFormat(fixture('discussion.txt'), 'export.json')).toBe('kialo');
    expect(detectFormat(fixture('debate.argdown'), 'notes.txt')).toBe('argdown');
    expect(detectFormat(readFileSync(new URL('../../../maps/gsomia-2012.json', import.meta.url), 'utf8'), 'a.argdown')).toBe('argmap');
    expect(detectFormat('just some words\nand more', 'readme.txt')).toBe('unknown');
    expect(detectFormat('anything', 'a.ad')).toBe('argdown');
  });

  test('large JSON files are recognised by their first keys', () => {
    const pad = 'x'.repeat(1_100_000);
    expect(detectFormat(`{"AIF": {"nodes": [{"nodeID": "1", "type": "I", "text": "${pad}"}], "edges": []}}`)).toBe('aif');
    expect(detectFormat(`{"nodes": [{"nodeID": "1", "type": "I", "text": "${pad}"}]}`)).toBe('aif');
    expect(detectFormat(`{"format": "argmap", "version": 2, "meta": {"title": "${pad}"}}`)).toBe('argmap');
    expect(detectFormat(`{"meta": {"title": "${pad}"}, "format": "argmap"}`)).toBe('argmap');
  });

  test('an unknown text file is refused with a message', async () => {
    const { result } = await importText('Dear diary, today nothing happened.', 'diary.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/no format Argmap reads/);
  });

  test('a 50 MB file is refused at once, without parsing', async () => {
    const big = `[A]: ${'x'.repeat(50 * 1024 * 1024)}`;
    expect(big.length).toBeGreaterThan(MAX_IMPORT_CHARS);
    const { result } = await importText(big, 'big.argdown');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/50\.0 MB.*up to 20\.0 MB/);
  });
});

describe('Argdown', { timeout: 30_000 }, () => {
  test('statements, tags, a PCS argument as co-premises, relations and an undercut', async () => {
    const { format, map, report } = await open('debate.argdown');
    expect(format).toBe('argdown');
    expect(map.meta.title).toBe('Should cities ban cars from their centres?');
    const ban = byText(map, 'City centres should be closed');
    expect(ban.kind).toBe('claim');
    expect(ban.id).toBe('Ban'); // the title is kept as the node's id
    expect(byText(map, 'Cars are the main source').kind).toBe('evidence');
    // <Health>: (1) Air (2) Harm ---- (3) Ban → two co-premises supporting Ban, grouped by the argument's title.
    const air = relation(map, 'Cars are the main source', 'City centres')!;
    const harm = relation(map, 'Air pollution harms', 'City centres')!;
    expect([air.kind, harm.kind]).toEqual(['supports', 'supports']);
    expect(air.group).toBe('Health');
    expect(harm.group).toBe('Health');
    expect(ban.notes).toContain('Argument <Health>: A ban improves public health.');
    // <_ undercuts the argument's inference.
    const undercut = map.relations.find((r) => r.from === byText(map, 'The traffic').id)!;
    expect(undercut.kind).toBe('undercuts');
    expect([air.id, harm.id]).toContain(undercut.to);
    // - attack → opposes, <+ support → supports, >< contradictory → opposes.
    expect(relation(map, 'Pedestrianised', 'Shops in the centre')!.kind).toBe('opposes');
    expect(relation(map, 'Streets without cars', 'City centres')!.kind).toBe('supports');
    expect(relation(map, 'Delivery and trade', 'Exemptions make')!.kind).toBe('opposes');
    // An argument without PCS is a node; its attack on [Ban] opposes it.
    expect(relation(map, 'A ban hurts the local economy', 'City centres')!.kind).toBe('opposes');
    // Tags other than kinds are kept in notes; the report says what was converted.
    expect(byText(map, 'Pedestrianised').notes).toBe('Tags: #(pilot study)');
    expect(report.join('\n')).toMatch(/contradictory relation mapped as "opposes"/);
    expect(report.join('\n')).toMatch(/kind taken from the structure/);
  });

  test('a file the parser cannot recover from is refused with line and column', async () => {
    const { result } = await importText(fixture('broken.argdown'), 'broken.argdown');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/Line 6, column \d+: Missing inference/);
  });

  test('a file with errors the parser recovers from opens, errors listed', async () => {
    const { map, report } = await open('recovers.argdown');
    expect(map.nodes.map((n) => n.text)).toEqual(expect.arrayContaining(['First claim.', 'A reason.', 'Still read.']));
    expect(report.join('\n')).toMatch(/1 syntax error[\s\S]*Line 3, column 10:/);
  });

  test.each([
    ['unterminated front matter', '===\ntitle: never closed\n\n[A]: text'],
    ['unterminated data block', '[A]: text {"id": "x", "notes": "never closed'],
    ['unterminated PCS', '<A>\n\n(1) [P]: p\n----\n'],
    ['markup and scripts', '[A]: <script>alert(1)</script> **x** [y](javascript:alert(1))\n\n[B]: \\<img src=x onerror=alert(1)\\>'],
    ['only blank lines', '\n\n\n'],
    ['deep indentation', `[A]: a\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i + 1)}<+ [S${i}]: s`).join('\n')}`],
    ['binary noise', '\u0000\u0001\u0002[\u0003]:<\uFFFF>'],
  ])('%s: a map or a refusal, never a crash', async (_, text) => {
    const result = await parseArgdown(text);
    if (result.ok) {
      expect(Array.isArray(result.map.nodes)).toBe(true);
      // Script text stays text: it is a node's text, never markup.
      for (const n of result.map.nodes) expect(typeof n.text).toBe('string');
    } else expect(result.error).toMatch(/Argdown/);
  });
});

describe('AIF', () => {
  test('AIFdb: I → statements, RA with two premises → co-premises, CA → opposes, CA on RA → undercut, MA → note, scheme kept, dialogue reported', async () => {
    const { format, map, report } = await open('aifdb.json');
    expect(format).toBe('aif');
    const a = relation(map, 'She misled', 'The minister should')!;
    const b = relation(map, 'Ministers who mislead', 'The minister should')!;
    expect(a.kind).toBe('supports');
    expect(a.group).toBeDefined();
    expect(b.group).toBe(a.group);
    expect(relation(map, 'Polls show', 'The minister should')!.group).toBeUndefined();
    expect(relation(map, 'She corrected', 'She misled')!.kind).toBe('opposes');
    const undercut = map.relations.find((r) => r.from === byText(map, 'The rule only applies').id)!;
    expect(undercut.kind).toBe('undercuts');
    expect([a.id, b.id]).toContain(undercut.to);
    expect(byText(map, 'The minister should').notes).toBe('Rephrased as: The head of government has to step down.');
    expect(byText(map, 'She misled').notes).toBe('Scheme: Argument From Rules');
    expect(byText(map, 'The minister should').kind).toBe('claim');
    expect(byText(map, 'She corrected').kind).toBe('objection');
    expect(report.join('\n')).toMatch(/Dialogue structure not mapped: 1 L, 1 YA, 1 TA/);
  });

  test('OVA: positions from the OVA section', async () => {
    const { map, report } = await open('ova.json');
    expect(byText(map, 'We should plant').position).toEqual({ x: 400, y: 50 });
    expect(byText(map, 'Roots damage').position).toEqual({ x: 650, y: 350 });
    expect(report.join('\n')).toMatch(/Positions taken from the file/);
  });

  test('dangling edges, RA cycles, CA cycles, unknown types, duplicate ids: mapped what can be, the rest reported', async () => {
    const { map, report } = await open('hostile.aif.json');
    const text = report.join('\n');
    expect(map.nodes.map((n) => n.text)).toEqual([
      "<script>alert('x')</script><img src=x onerror=alert(1)>",
      'Premise **bold** [link](javascript:alert(1))',
    ]);
    expect(map.relations.map((r) => `${r.from}-${r.kind}-${r.to}`).sort()).toEqual(['1-supports-2', '2-supports-1']);
    expect(text).toMatch(/unknown type "XYZ"/);
    expect(text).toMatch(/2 edges pointing to no node/);
    expect(text).toMatch(/cycle of CA nodes/);
    expect(text).toMatch(/Node 1 appears twice/);
    expect(text).toMatch(/RA node 8 \("Lonely RA"\) has no premise/);
  });

  test.each([
    ['not JSON', '{"nodes": ['],
    ['nodes not a list', '{"nodes": 3, "edges": []}'],
    ['null', 'null'],
    ['a list', '[1, 2]'],
    ['edges not a list', '{"nodes": [{"nodeID": "1", "type": "I", "text": "x"}], "edges": "nope"}'],
    [
      'numbers for ids and texts',
      '{"nodes": [{"nodeID": 1, "type": "I", "text": 5}, {"nodeID": 2, "type": "RA"}, {"nodeID": 3, "type": "I", "text": "c"}], "edges": [{"fromID": 1, "toID": 2}, {"fromID": 2, "toID": 3}]}',
    ],
    [
      'a self-supporting RA',
      '{"nodes": [{"nodeID": "1", "type": "I", "text": "x"}, {"nodeID": "2", "type": "RA"}], "edges": [{"fromID": "1", "toID": "2"}, {"fromID": "2", "toID": "1"}]}',
    ],
  ])('%s: a map or a refusal, never a crash', (_, text) => {
    const result = parseAif(text);
    if (result.ok) expect(Array.isArray(result.map.nodes)).toBe(true);
    else expect(result.error.length).toBeGreaterThan(10);
  });
});

describe('Kialo', () => {
  test('thesis → claim, pros support and cons oppose their parent, "-> See" links become relations, continuation lines kept', async () => {
    const { format, map, report } = await open('discussion.txt');
    expect(format).toBe('kialo');
    expect(map.meta.title).toBe('Should homework be abolished in primary schools?');
    expect(byText(map, 'Primary schools should').kind).toBe('claim');
    expect(relation(map, 'Homework takes time', 'Primary schools')!.kind).toBe('supports');
    expect(relation(map, 'Homework teaches', 'Primary schools')!.kind).toBe('opposes');
    expect(relation(map, 'Ten minutes', 'Homework takes time')!.kind).toBe('opposes');
    expect(relation(map, 'Most schools set', 'Ten minutes')!.kind).toBe('supports');
    // 1.3.1. Con: -> See 1.1.1.  → 1.1.1 also opposes 1.3.
    expect(relation(map, 'Ten minutes', 'Homework teaches')!.kind).toBe('opposes');
    expect(byText(map, 'Studies find').text).toBe(
      'Studies find little benefit of homework before secondary school.\nThis is the finding of several meta-analyses.',
    );
    expect(report.join('\n')).toMatch(/"-> See 1\.9\." points to no claim numbered 1\.9/);
  });

  test('gaps in the numbering, repeated numbers and lines without Pro/Con are reported', async () => {
    const { map, report } = await open('gap.txt');
    const text = report.join('\n');
    expect(text).toMatch(/1\.3\.2 has no parent 1\.3 \(a gap in the numbering\); attached to 1\./);
    expect(text).toMatch(/number 1\.1 appears twice/);
    expect(text).toMatch(/neither "Pro:" nor "Con:"/);
    expect(relation(map, 'Its parent 1.3 is missing', 'The thesis')!.kind).toBe('opposes');
    expect(map.nodes).toHaveLength(5);
  });

  test.each([
    ['no numbered lines', 'Discussion Title: empty\n\nJust text.'],
    ['markup and scripts', 'Discussion Title: <script>alert(1)</script>\n\n1. <img src=x onerror=alert(1)>\n1.1. Pro: **bold**'],
    ['a link to itself', '1. T\n1.1. Pro: -> See 1.1.'],
    ['orphans only', '2.5.1. Pro: no thesis at all'],
  ])('%s: a map or a refusal, never a crash', (_, text) => {
    const result = parseKialo(text);
    if (result.ok) expect(result.map.nodes.every((n) => typeof n.text === 'string')).toBe(true);
    else expect(result.error).toMatch(/Kialo/);
  });
});
