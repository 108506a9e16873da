// The order of a drill's questions: what was missed last time first, then what was partly
// answered, then the weak points not yet answered well, then what was never asked, then what
// was answered last time. Within each group, the order drillItems gives (weak points by danger,
// then the brief's order).
import type { DrillItem } from './items.ts';
import type { DrillRecord } from './results.ts';

export function drillGroup(item: DrillItem, record: DrillRecord): number {
  const last = Object.hasOwn(record.results, item.key) ? record.results[item.key]!.mark : undefined;
  if (last === 'missed') return 0;
  if (last === 'partly') return 1;
  if (item.weak && last !== 'had') return 2;
  if (last === undefined) return 3;
  return 4;
}

/** The questions in drill order; `count` of them (all when absent). */
export function drillOrder(items: readonly DrillItem[], record: DrillRecord, count?: number): DrillItem[] {
  const ordered = items
    .map((item, i) => ({ item, i, group: drillGroup(item, record) }))
    .sort((a, b) => a.group - b.group || a.i - b.i)
    .map((x) => x.item);
  return count === undefined ? ordered : ordered.slice(0, Math.max(0, count));
}
