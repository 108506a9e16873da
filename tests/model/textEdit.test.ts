// Text splices and rebasing: what one keystroke changed, and how someone else's change moves
// the text being typed and its caret.
import fc from 'fast-check';
import { applySplice, mapPosition, rebaseText, spliceOf } from '../../src/model/textEdit.ts';

describe('spliceOf', () => {
  it('finds the one change, and the caret settles where an ambiguous one happened', () => {
    expect(spliceOf('hello', 'help lo')).toEqual({ start: 3, removed: 0, inserted: 'p ' });
    expect(spliceOf('hello', 'heo')).toEqual({ start: 2, removed: 2, inserted: '' });
    // An "a" typed between the first two of "aaaa": greedy matching would put it at the end.
    expect(spliceOf('aaaa', 'aaaaa')).toEqual({ start: 4, removed: 0, inserted: 'a' });
    expect(spliceOf('aaaa', 'aaaaa', 2)).toEqual({ start: 1, removed: 0, inserted: 'a' });
    // Backspace at 2 of "aaaa": the caret is at 1 afterwards.
    expect(spliceOf('aaaa', 'aaa', 1)).toEqual({ start: 1, removed: 1, inserted: '' });
  });

  it('applied, always gives the text after, whatever the caret', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), (before, after, c) => {
        expect(applySplice(before, spliceOf(before, after, c % (after.length + 1)))).toBe(after);
      }),
    );
  });
});

describe('rebaseText', () => {
  it('someone else’s text at my caret goes after it; elsewhere it moves my caret along', () => {
    // B appended at the end while A's caret was at the end: A's next key lands before B's text.
    expect(rebaseText('Japan.', 'Japan.', 'Japan. [BBB]', { start: 6, end: 6 })).toEqual({
      text: 'Japan. [BBB]',
      selection: { start: 6, end: 6 },
    });
    // Text inserted before the caret moves it; a selection moves with it.
    expect(rebaseText('abc def', 'abc def', 'XX abc def', { start: 4, end: 7 })).toEqual({
      text: 'XX abc def',
      selection: { start: 7, end: 10 },
    });
    // The caret inside deleted text goes to where the deletion was.
    expect(rebaseText('abc def', 'abc def', 'abef', { start: 4, end: 4 }).selection).toEqual({ start: 2, end: 2 });
  });

  it('keeps both changes when this field had text not sent yet (an IME composition)', () => {
    const r = rebaseText('one two', 'one [mine] two', 'one two [theirs]', { start: 10, end: 10 });
    expect(r.text).toBe('one [mine] two [theirs]');
    expect(r.selection).toEqual({ start: 10, end: 10 });
    const same = rebaseText('one two', 'one two!', 'one two?', { start: 8, end: 8 });
    expect(same.text).toMatch(/^one two[!?]{2}$/);
  });

  it('a change with nothing pending here shows the other text as it is; nothing from elsewhere keeps mine', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.nat(), (base, local, remote, c) => {
        const caret = c % (local.length + 1);
        expect(rebaseText(base, base, remote, { start: 0, end: 0 }).text).toBe(remote);
        expect(rebaseText(base, local, base, { start: caret, end: caret })).toEqual({
          text: local,
          selection: { start: caret, end: caret },
        });
      }),
    );
  });

  it('positions stay inside the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.nat(), fc.nat(), (base, local, remote, x, y) => {
        const [s, e] = [x % (local.length + 1), y % (local.length + 1)].sort((p, q) => p - q);
        const r = rebaseText(base, local, remote, { start: s!, end: e! });
        expect(r.selection.start).toBeGreaterThanOrEqual(0);
        expect(r.selection.end).toBeLessThanOrEqual(r.text.length);
        expect(r.selection.start).toBeLessThanOrEqual(r.selection.end);
      }),
    );
  });
});

describe('mapPosition', () => {
  it('an insertion at the position leaves it before, or after when asked', () => {
    expect(mapPosition(3, { start: 3, removed: 0, inserted: 'xy' })).toBe(3);
    expect(mapPosition(3, { start: 3, removed: 0, inserted: 'xy' }, true)).toBe(5);
    expect(mapPosition(5, { start: 1, removed: 2, inserted: 'x' })).toBe(4);
  });
});
