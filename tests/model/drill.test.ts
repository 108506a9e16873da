// The practice drill's pure parts (src/model/drill/): its questions from a brief, their order,
// the stored results (validated on read: stored data is hostile), the summary, the countdown's words.
import { describe, expect, test } from 'vitest';
import { buildBrief } from '../../src/model/brief/build.ts';
import { drillItems } from '../../src/model/drill/items.ts';
import { drillGroup, drillOrder } from '../../src/model/drill/order.ts';
import {
  drillStorageKey,
  emptyRecord,
  MAX_RESULTS,
  readDrillRecord,
  withMarks,
  writeDrillRecord,
  type DrillMark,
} from '../../src/model/drill/results.ts';
import { drillSummary } from '../../src/model/drill/summary.ts';
import { clockText, countdownAnnouncement } from '../../src/model/drill/countdown.ts';
import { mapOf, node, rel } from '../builders.ts';
import { gsomia } from './compare-fixtures.ts';

// c: the claim; a is a reason, attacked by o (rebutted by b) and undercut by u; x objects to the claim.
const small = () =>
  mapOf(
    [
      node('c', 'claim'),
      node('a'),
      node('o', 'objection'),
      node('b', 'rebuttal'),
      node('u', 'objection'),
      node('x', 'objection'),
      node('e', 'evidence'),
    ],
    [
      rel('ra', 'a', 'c'),
      rel('ro', 'o', 'a', 'opposes'),
      rel('rb', 'b', 'o', 'opposes'),
      rel('re', 'e', 'b'),
      rel('ru', 'u', 'ra', 'undercuts'),
      rel('rx', 'x', 'c', 'opposes'),
    ],
  );

describe('the drill’s questions', () => {
  test('are the other side’s attacks: weak points first, each with the map’s answers and what backs them', () => {
    const items = drillItems(buildBrief(small(), { side: 'for' }));
    expect(items.map((i) => [i.key, i.weak])).toEqual([
      ['undercut-by:u', true],
      ['opposes:rx', true],
      ['opposes:ro', false],
    ]);
    const answered = items[2]!;
    expect(answered.against.map((s) => s.id)).toEqual(['a']);
    expect(answered.answers).toEqual([
      { label: 'A rebuttal', statements: [expect.objectContaining({ id: 'b' })], backing: [expect.objectContaining({ id: 'e' })] },
    ]);
    expect(items[1]!.against.map((s) => s.id)).toEqual(['c']);
  });

  test('on GSOMIA for: every attack the brief holds once, the weak points first; the historical baggage answered', () => {
    const brief = buildBrief(gsomia(), { side: 'for' });
    const items = drillItems(brief);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    expect(items.filter((i) => i.weak)).toHaveLength(brief.weakPoints.length);
    expect(items.slice(0, brief.weakPoints.length).every((i) => i.weak)).toBe(true);
    // The commentary raises its own doubts about the baggage as critical questions (docs/schemes.md): not a weak point.
    const baggage = items.find((i) => i.key === 'opposes:r-hb-main+r-hb-unresolved')!;
    expect(baggage.weak).toBe(false);
    expect(baggage.statements.map((s) => s.id)).toEqual(['hb-main', 'hb-unresolved']);
    expect(baggage.against.map((s) => s.id)).toEqual(['claim-main']);
    const usInfluence = items.find((i) => i.key === 'undercut-by:hs-obj-us-influence')!;
    expect(usInfluence.weak).toBe(false);
    expect(usInfluence.answers[0]!.statements.map((s) => s.id)).toEqual(['hs-us-presence']);
    expect(usInfluence.answers[0]!.backing.map((s) => s.id)).toEqual(['hs-allies-cooperate', 'hs-cooperation-bolsters-us']);
  });
});

describe('the drill’s order', () => {
  const items = drillItems(buildBrief(small(), { side: 'for' }));
  const at = (marks: Record<string, DrillMark>) => withMarks(emptyRecord(), marks, 1000);

  test('first drill: weak points first, then the rest; a count takes the first ones', () => {
    expect(drillOrder(items, emptyRecord()).map((i) => i.key)).toEqual(['undercut-by:u', 'opposes:rx', 'opposes:ro']);
    expect(drillOrder(items, emptyRecord(), 2).map((i) => i.key)).toEqual(['undercut-by:u', 'opposes:rx']);
  });

  test('then: what was missed, then partly, then weak points not yet answered, then the unasked, then what was answered', () => {
    const record = at({ 'opposes:ro': 'missed', 'undercut-by:u': 'had', 'opposes:rx': 'partly' });
    expect(drillOrder(items, record).map((i) => i.key)).toEqual(['opposes:ro', 'opposes:rx', 'undercut-by:u']);
    expect(items.map((i) => drillGroup(i, record))).toEqual([4, 1, 0]);
    expect(drillGroup(items[2]!, emptyRecord())).toBe(3);
    expect(drillGroup(items[0]!, emptyRecord())).toBe(2);
  });
});

describe('the stored results', () => {
  test('round-trip; a later mark replaces an earlier one', () => {
    const first = withMarks(emptyRecord(), { a: 'missed', b: 'had' }, 1000);
    const second = withMarks(readDrillRecord(writeDrillRecord(first)), { a: 'had' }, 2000);
    expect({ ...readDrillRecord(writeDrillRecord(second)).results }).toEqual({
      a: { mark: 'had', at: 2000 },
      b: { mark: 'had', at: 1000 },
    });
  });

  test('hostile or broken text gives an empty record or drops what does not fit, never throws', () => {
    for (const text of [
      null,
      '',
      'not json',
      '[]',
      '42',
      'null',
      '{"version":2,"results":{}}',
      '{"version":1}',
      '{"version":1,"results":[1]}',
    ])
      expect(Object.keys(readDrillRecord(text).results), String(text)).toEqual([]);
    const record = readDrillRecord(
      JSON.stringify({
        version: 1,
        results: {
          good: { mark: 'partly', at: 5 },
          badMark: { mark: 'perfect', at: 5 },
          badTime: { mark: 'had', at: 'yesterday' },
          negative: { mark: 'had', at: -1 },
          huge: { mark: 'had', at: Number.POSITIVE_INFINITY },
          notObject: 'missed',
          ['x'.repeat(5000)]: { mark: 'had', at: 5 },
        },
      }),
    );
    expect(Object.keys(record.results)).toEqual(['good']);
    // A key named __proto__ is an ordinary key, and cannot reach Object.prototype.
    const proto = readDrillRecord('{"version":1,"results":{"__proto__":{"mark":"missed","at":1},"toString":{"mark":"had","at":2}}}');
    expect(Object.keys(proto.results).sort()).toEqual(['__proto__', 'toString']);
    expect(({} as Record<string, unknown>).mark).toBeUndefined();
    expect(drillGroup({ key: 'toString', kind: 'objection', statements: [], against: [], answers: [], weak: false }, emptyRecord())).toBe(
      3,
    );
  });

  test(`keeps at most ${MAX_RESULTS} results, the newest`, () => {
    const marks = Object.fromEntries(Array.from({ length: MAX_RESULTS + 10 }, (_, i) => [`k${i}`, 'had' as const]));
    const old = withMarks(emptyRecord(), marks, 1);
    const next = withMarks(old, { fresh: 'missed' }, 2);
    expect(Object.keys(next.results)).toHaveLength(MAX_RESULTS);
    expect(next.results.fresh).toEqual({ mark: 'missed', at: 2 });
  });

  test('are kept per map: by its title and its statements’ ids, not their order or positions', () => {
    const a = mapOf([node('c', 'claim'), node('a')], [], { title: 'One' });
    const b = mapOf([node('a', 'premise', 'other text', { position: { x: 5, y: 5 } }), node('c', 'claim')], [], { title: 'One' });
    expect(drillStorageKey(a)).toMatch(/^argmap\.drill\.[0-9a-f]{8}$/);
    expect(drillStorageKey(b)).toBe(drillStorageKey(a));
    expect(drillStorageKey({ ...a, meta: { ...a.meta, title: 'Two' } })).not.toBe(drillStorageKey(a));
    expect(drillStorageKey(mapOf([node('c', 'claim')], [], { title: 'One' }))).not.toBe(drillStorageKey(a));
  });
});

describe('the summary and the countdown', () => {
  test('counts the marks and lists what to work on: missed first, then partly', () => {
    const items = drillItems(buildBrief(small(), { side: 'for' }));
    const summary = drillSummary(items, { 'undercut-by:u': 'partly', 'opposes:rx': 'had', 'opposes:ro': 'missed' });
    expect(summary).toMatchObject({ asked: 3, had: 1, partly: 1, missed: 1 });
    expect(summary.toWorkOn.map((w) => [w.item.key, w.mark])).toEqual([
      ['opposes:ro', 'missed'],
      ['undercut-by:u', 'partly'],
    ]);
  });

  test('shows m:ss and speaks at the minutes, 30 s, 10 s and the end, not every second', () => {
    expect([90, 65, 9, 0, -3].map(clockText)).toEqual(['1:30', '1:05', '0:09', '0:00', '0:00']);
    const spoken = Array.from({ length: 91 }, (_, i) => 90 - i).flatMap((left) => {
      const said = countdownAnnouncement(left, 90);
      return said ? [[left, said]] : [];
    });
    expect(spoken).toEqual([
      [60, '1 minute left.'],
      [30, '30 seconds left.'],
      [10, '10 seconds left.'],
      [0, 'Time is up.'],
    ]);
    expect(countdownAnnouncement(120, 180)).toBe('2 minutes left.');
  });
});
