// Order of nodes and relations in a shared document: each entry carries a fractional order
// key, and the list is the entries sorted by (key, id). Moving one entry rewrites only its own
// key, so concurrent moves and inserts by different people all survive and every peer sorts
// the same way (two equal keys, from concurrent inserts at one place, are ordered by id).
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export const compareKeyed = (a: { key: string; id: string }, b: { key: string; id: string }) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** A key this library can place others around (a key written by a broken or hostile peer may not be). */
function isValidKey(key: unknown): key is string {
  if (typeof key !== 'string') return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/**
 * The keys to write so that `ids` (the wanted order) reads back in that order, given the keys
 * the entries have now. Keeps the longest run of keys already in order and writes new keys
 * only for the others (new entries and the ones that moved).
 */
export function reorderKeys(ids: readonly string[], current: ReadonlyMap<string, string>): Map<string, string> {
  const keys = ids.map((id) => {
    const key = current.get(id);
    return isValidKey(key) ? key : undefined;
  });
  const kept = longestIncreasing(keys);
  const changed = new Map<string, string>();
  let i = 0;
  while (i < ids.length) {
    if (kept[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < ids.length && !kept[j]) j++;
    const before = i > 0 ? keys[i - 1]! : null;
    const after = j < ids.length ? keys[j]! : null;
    const fresh = generateNKeysBetween(before, after, j - i);
    for (let k = i; k < j; k++) {
      keys[k] = fresh[k - i]!;
      changed.set(ids[k]!, fresh[k - i]!);
    }
    i = j;
  }
  return changed;
}

/** Which positions belong to a longest strictly increasing subsequence of the defined keys (O(n log n)). */
function longestIncreasing(keys: readonly (string | undefined)[]): boolean[] {
  const tails: number[] = []; // index into keys of the smallest tail of each length
  const prev = new Int32Array(keys.length).fill(-1);
  keys.forEach((key, i) => {
    if (key === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Array<boolean>(keys.length).fill(false);
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) kept[i] = true;
  return kept;
}
