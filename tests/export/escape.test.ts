import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/export/escape.ts';
import { parseXml } from './helpers.ts';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
  it('turns ]]> and markup into plain text that reads back the same', () => {
    for (const text of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', ']]>', '&amp;', `" onload="alert(1)`, "'quoted'"]) {
      const doc = parseXml(`<svg xmlns="http://www.w3.org/2000/svg"><text title="${escapeXml(text)}">${escapeXml(text)}</text></svg>`);
      const el = doc.documentElement!.getElementsByTagName('text')[0]!;
      expect(el.textContent).toBe(text);
      expect(el.getAttribute('title')).toBe(text);
      expect(el.childNodes.length).toBe(1); // one text node: no elements were made
    }
  });
  it('replaces characters XML cannot hold, keeps the rest (emoji, RTL, newlines)', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(escapeXml('x\uD800y')).toBe('x\uFFFDy'); // a lone surrogate
    expect(escapeXml('👨‍👩‍👧 שלום\ttab\nline')).toBe('👨‍👩‍👧 שלום\ttab\nline');
  });
});
