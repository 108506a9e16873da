// The end of a drill: how it went, and what to work on (missed first, then partly answered),
// each with the map's answers.
import type { DrillItem } from './items.ts';
import type { DrillMark } from './results.ts';

export interface DrillSummary {
  asked: number;
  had: number;
  partly: number;
  missed: number;
  /** Missed, then partly answered, in the order they were asked. */
  toWorkOn: { item: DrillItem; mark: 'missed' | 'partly' }[];
}

export function drillSummary(asked: readonly DrillItem[], marks: Readonly<Record<string, DrillMark>>): DrillSummary {
  const markOf = (item: DrillItem) => (Object.hasOwn(marks, item.key) ? marks[item.key] : undefined);
  const count = (mark: DrillMark) => asked.filter((i) => markOf(i) === mark).length;
  const toWorkOn = (['missed', 'partly'] as const).flatMap((mark) =>
    asked.filter((i) => markOf(i) === mark).map((item) => ({ item, mark })),
  );
  return { asked: asked.length, had: count('had'), partly: count('partly'), missed: count('missed'), toWorkOn };
}
