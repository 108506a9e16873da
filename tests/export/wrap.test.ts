import { describe, expect, it } from 'vitest';
import { canBreakBetween, graphemes, segments, wrapText } from '../../src/export/wrap.ts';

// 10 px per grapheme: easy to reason about.
const measure = (t: string) => graphemes(t).length * 10;

describe('wrapText', () => {
  it('fills lines greedily, breaking after spaces; trailing spaces hang', () => {
    expect(wrapText('aaa bbb ccc ddd', 70, measure)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrapText('aaa bbb    ccc', 70, measure)).toEqual(['aaa bbb', 'ccc']);
  });
  it('keeps newlines and empty lines, and spaces inside a line', () => {
    expect(wrapText('one\n\ntwo  three', 200, measure)).toEqual(['one', '', 'two  three']);
    expect(wrapText('', 100, measure)).toEqual(['']);
    expect(wrapText('a\r\nb', 100, measure)).toEqual(['a', 'b']);
  });
  it('moves a long word to its own line, then breaks it anywhere', () => {
    expect(wrapText('and abcdefghijkl', 50, measure)).toEqual(['and', 'abcde', 'fghij', 'kl']);
  });
  it('never splits an emoji sequence or a flag', () => {
    const lines = wrapText('👨‍👩‍👧‍👦👍🏽🇯🇵🇰🇷x', 20, measure);
    expect(lines.join('')).toBe('👨‍👩‍👧‍👦👍🏽🇯🇵🇰🇷x');
    for (const l of lines) expect(graphemes(l).length).toBeLessThanOrEqual(2);
    expect(lines).toContain('🇯🇵🇰🇷');
  });
  it('breaks where Chromium does: after hyphens and en dashes, before "(" and "<" after punctuation, not after "/"', () => {
    expect(segments('hub-and-spokes')).toEqual(['hub-', 'and-', 'spokes']);
    expect(segments('Japan–South')).toEqual(['Japan–', 'South']);
    expect(segments('and/or')).toEqual(['and/or']);
    expect(segments('</text><script>')).toEqual(['</text>', '<script>']);
    expect(segments('f(x)')).toEqual(['f(x)']);
    expect(canBreakBetween('漢', '字')).toBe(true);
    expect(canBreakBetween('字', '。')).toBe(false);
    expect(canBreakBetween('a', '\u00A0')).toBe(false);
  });
  it('never returns a line wider than the limit unless one grapheme is', () => {
    const text =
      'Lorem ipsum dolor sit amet, consectetur-adipiscing elit; sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';
    for (const width of [30, 55, 100, 236])
      for (const line of wrapText(text, width, measure)) expect(measure(line)).toBeLessThanOrEqual(Math.max(width, 10));
  });
});
