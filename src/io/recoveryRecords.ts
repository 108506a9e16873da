// Recovery records: what this browser keeps of each open map so that no reload, crash or
// replaced map loses work. Pure decisions only (which record to restore, which to drop);
// src/io/recoveryDb.ts stores them and src/io/autosave.ts writes them.
import type { Draft } from '../store/store.ts';
import type { ArgMap } from '../model/types.ts';

/** How many records are kept (records open in a tab are kept in addition). */
export const KEEP_RECORDS = 10;

export interface RecordSummary {
  id: string;
  title: string;
  /** When it was last written (ms since the epoch). */
  savedAt: number;
  nodeCount: number;
  fileName: string;
  /** It holds work that no file holds. */
  dirty: boolean;
}

/** A record's head: its summary, the map's meta and any text being typed. Its nodes and relations are stored one by one. */
export interface RecordHead extends RecordSummary {
  meta: ArgMap['meta'];
  /** The map's source texts (kept whole in the head: they change rarely). */
  sources?: ArgMap['sources'];
  /** The map's comments (whole in the head too: a few short texts). */
  comments?: ArgMap['comments'];
  /** What makes the map an exercise (its key, when self-checking is allowed). */
  exercise?: ArgMap['exercise'];
  /** Text being typed in a node's editor when it was written. */
  draft: Draft | null;
}

/** A record as read back: the map is validated again (as a file is) before it is shown. */
export interface RecoveryRecord extends RecordHead {
  map: ArgMap;
}

const newestFirst = <T extends RecordSummary>(records: readonly T[]): T[] => [...records].sort((a, b) => b.savedAt - a.savedAt);

/** What a new tab restores: the most recently written record no other tab has open. */
export function chooseRecordToRestore<T extends RecordSummary>(records: readonly T[], openElsewhere: ReadonlySet<string>): T | null {
  return newestFirst(records).find((r) => !openElsewhere.has(r.id)) ?? null;
}

/** Records older than the newest `keep`; a record open in some tab (`inUse`) is never dropped. */
export function recordsToPrune(records: readonly RecordSummary[], inUse: ReadonlySet<string>, keep = KEEP_RECORDS): string[] {
  return newestFirst(records)
    .filter((r, i) => i >= keep && !inUse.has(r.id))
    .map((r) => r.id);
}

/** What the Recover… list shows: every record but this tab's own, newest first. */
export function recoverableRecords<T extends RecordSummary>(records: readonly T[], ownId: string): T[] {
  return newestFirst(records).filter((r) => r.id !== ownId);
}

/** "just now", "5 minutes ago", "3 hours ago", else the date and time. */
export function describeWhen(savedAt: number, now: number, locale?: string): string {
  const minutes = Math.floor((now - savedAt) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return new Date(savedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
