// The pure decisions of recovery: which record a new tab restores, which records are
// dropped, what Recover… lists, and the wording of the autosave failure.
import { chooseRecordToRestore, describeWhen, recordsToPrune, recoverableRecords, type RecordSummary } from '../../src/io/recoveryRecords';
import { autosaveFailureNotice } from '../../src/io/autosave';

const rec = (id: string, savedAt: number): RecordSummary => ({ id, title: id, savedAt, nodeCount: 1, fileName: `${id}.json`, dirty: true });

describe('choosing the record a new tab restores', () => {
  it('takes the newest record that no other tab has open', () => {
    const records = [rec('old', 1), rec('newest', 3), rec('middle', 2)];
    expect(chooseRecordToRestore(records, new Set())?.id).toBe('newest');
    expect(chooseRecordToRestore(records, new Set(['newest']))?.id).toBe('middle');
    expect(chooseRecordToRestore(records, new Set(['newest', 'middle', 'old']))).toBeNull();
    expect(chooseRecordToRestore([], new Set())).toBeNull();
  });
});

describe('pruning', () => {
  it('keeps the newest ones and every record open in a tab', () => {
    const records = Array.from({ length: 14 }, (_, i) => rec(`r${i}`, i));
    // r0 is the oldest: kept only because a tab has it open.
    expect(recordsToPrune(records, new Set(['r0']), 10).sort()).toEqual(['r1', 'r2', 'r3']);
    expect(recordsToPrune(records.slice(0, 5), new Set(), 10)).toEqual([]);
  });
});

describe('the Recover… list', () => {
  it('lists every record but the tab’s own, newest first', () => {
    expect(recoverableRecords([rec('a', 1), rec('own', 5), rec('b', 3)], 'own').map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('says when in words', () => {
    const now = Date.UTC(2026, 0, 10, 12);
    expect(describeWhen(now - 20_000, now)).toBe('just now');
    expect(describeWhen(now - 60_000, now)).toBe('1 minute ago');
    expect(describeWhen(now - 5 * 60_000, now)).toBe('5 minutes ago');
    expect(describeWhen(now - 3 * 3_600_000, now)).toBe('3 hours ago');
    expect(describeWhen(now - 3 * 86_400_000, now, 'en-GB')).toMatch(/7 Jan 2026/);
  });
});

describe('autosave failure', () => {
  it('reads as sentences whatever punctuation the browser’s reason ends with', () => {
    const notice = autosaveFailureNotice('The quota has been exceeded.');
    expect(notice.details).toEqual([
      'Save the map to a file (Ctrl+S) to keep your work.',
      'The browser said: The quota has been exceeded.',
    ]);
    expect(notice.details.join(' ')).not.toMatch(/\.\./);
    expect(autosaveFailureNotice('')).toMatchObject({
      details: ['Save the map to a file (Ctrl+S) to keep your work.', 'The browser said: no reason given.'],
    });
  });
});
