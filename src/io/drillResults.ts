// The practice drill's results in this browser (localStorage), per map: read and written through
// the model's checks (src/model/drill/results.ts). A browser that refuses storage (private mode,
// quota) just does not remember: the drill still runs.
import { emptyRecord, readDrillRecord, writeDrillRecord, type DrillRecord } from '../model/drill/results.ts';

export function loadDrillRecord(key: string): DrillRecord {
  try {
    return readDrillRecord(localStorage.getItem(key));
  } catch {
    return emptyRecord();
  }
}

/** False when the browser would not keep it. */
export function saveDrillRecord(key: string, record: DrillRecord): boolean {
  try {
    localStorage.setItem(key, writeDrillRecord(record));
    return true;
  } catch {
    return false;
  }
}
