// What a drill leaves behind, kept per map in the browser (localStorage): each attack's last
// mark, so that the next drill starts with what was missed. The stored text is hostile (another
// version, another tab, a hand edit): it is checked on every read, and what does not fit is dropped.
import type { ArgMap } from '../types.ts';

export const DRILL_MARKS = ['had', 'partly', 'missed'] as const;
export type DrillMark = (typeof DRILL_MARKS)[number];

export interface DrillResult {
  mark: DrillMark;
  /** When it was marked, ms since 1970. */
  at: number;
}

export interface DrillRecord {
  version: 1;
  /** Drill item key → its last result. Null prototype: any key is safe. */
  results: Record<string, DrillResult>;
}

/** At most this many results are kept per map (the oldest go first); longer keys are not ours. */
export const MAX_RESULTS = 2000;
export const MAX_KEY_LENGTH = 2000;

export const emptyRecord = (): DrillRecord => ({ version: 1, results: Object.create(null) as Record<string, DrillResult> });

const isMark = (v: unknown): v is DrillMark => typeof v === 'string' && (DRILL_MARKS as readonly string[]).includes(v);

/** The record in `text` (what localStorage gave, or null); anything malformed is left out, never thrown. */
export function readDrillRecord(text: string | null): DrillRecord {
  const record = emptyRecord();
  if (typeof text !== 'string') return record;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return record;
  }
  if (!data || typeof data !== 'object' || (data as { version?: unknown }).version !== 1) return record;
  const results = (data as { results?: unknown }).results;
  if (!results || typeof results !== 'object' || Array.isArray(results)) return record;
  const kept: [string, DrillResult][] = [];
  for (const [key, value] of Object.entries(results)) {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH || !value || typeof value !== 'object') continue;
    const { mark, at } = value as { mark?: unknown; at?: unknown };
    if (!isMark(mark) || typeof at !== 'number' || !Number.isFinite(at) || at < 0) continue;
    kept.push([key, { mark, at }]);
  }
  for (const [key, value] of newestFirst(kept).slice(0, MAX_RESULTS)) record.results[key] = value;
  return record;
}

const newestFirst = (entries: [string, DrillResult][]) => [...entries].sort((a, b) => b[1].at - a[1].at);

/** The record with this drill's marks added (each replaces that attack's earlier result). */
export function withMarks(record: DrillRecord, marks: Readonly<Record<string, DrillMark>>, now: number): DrillRecord {
  const next = emptyRecord();
  const entries: [string, DrillResult][] = Object.entries(record.results);
  for (const [key, mark] of Object.entries(marks)) if (isMark(mark) && key.length <= MAX_KEY_LENGTH) entries.push([key, { mark, at: now }]);
  // Later entries win: this drill's marks over the record's.
  const merged = new Map<string, DrillResult>();
  for (const [key, value] of entries) merged.set(key, value);
  for (const [key, value] of newestFirst([...merged]).slice(0, MAX_RESULTS)) next.results[key] = value;
  return next;
}

export const writeDrillRecord = (record: DrillRecord): string => JSON.stringify(record);

/** FNV-1a, 32 bits, as 8 hex digits: short and stable, not a security measure. */
export function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Where a map's drill results are kept: its title and the ids of its statements (sorted), hashed.
 * The same map opened again, from a file or as the example, finds its results; another map does not.
 */
export function drillStorageKey(map: ArgMap): string {
  const ids = map.nodes.map((n) => n.id).sort();
  return `argmap.drill.${hash32(`${map.meta.title}\n${ids.join('\n')}`)}`;
}
