// The interactive page's text: whatever the map holds, the page has exactly two script
// elements (the map as data, the viewer), the map reads back exactly, the title is text, and the
// policy lets only the viewer's script run. Parsed as a browser parses HTML (jsdom's DOMParser:
// no script runs there).
// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { interactivePage, jsonForDataBlock, MAP_ELEMENT_ID, pagePolicy, type ViewerBundle } from '../../src/export/interactivePage.ts';
import { parseMapText } from '../../src/model/format/load.ts';
import { toMapFile } from '../../src/model/format/save.ts';
import { scriptForPage, scriptHashOf } from '../../scripts/viewer-bundle.ts';
import { mapOf, node } from '../builders.ts';
import type { ArgMap } from '../../src/model/types.ts';

const script = scriptForPage('window.viewerRan = "</script><script><!-- " + 1;');
const VIEWER: ViewerBundle = { script, style: 'body{margin:0}', scriptHash: scriptHashOf(script) };

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const fixture = (name: string): ArgMap => {
  const loaded = parseMapText(readFileSync(join(FIXTURES, name), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.map;
};

function parse(html: string) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const scripts = [...document.querySelectorAll('script')];
  return {
    document,
    scripts,
    data: JSON.parse(document.getElementById(MAP_ELEMENT_ID)!.textContent!) as unknown,
    policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
  };
}

describe('the interactive page', () => {
  for (const name of ['xss-payloads.json', 'hostile-text.json']) {
    it(`holds the hostile map ${name} as data: two scripts, the map back exactly, the title as text`, () => {
      const map = fixture(name);
      const page = parse(interactivePage(VIEWER, map));
      expect(page.scripts.map((s) => s.type)).toEqual(['application/json', 'module']);
      expect(page.scripts[1]!.textContent).toBe(VIEWER.script);
      expect(page.data).toEqual(toMapFile(map));
      expect(page.document.title).toBe(map.meta.title.trim());
      // Only the head's own elements: nothing the map holds became one.
      expect([...page.document.head.children].map((e) => e.localName)).toEqual([
        'meta',
        'meta',
        'meta',
        'meta',
        'meta',
        'title',
        'link',
        'style',
      ]);
      // (DOMParser runs no scripts, so it reads the <noscript> message as elements: our one <p>.)
      expect([...page.document.body.querySelectorAll('*')].map((e) => e.localName)).toEqual(['div', 'noscript', 'p', 'script', 'script']);
      expect(page.document.querySelector('noscript p')!.textContent).toContain(`“${map.meta.title.trim()}”`);
    });
  }

  it('lets only the viewer run and loads nothing from anywhere', () => {
    const page = parse(interactivePage(VIEWER, mapOf([node('c', 'claim')])));
    expect(page.policy).toBe(pagePolicy(VIEWER.scriptHash));
    expect(page.policy).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(page.policy).not.toMatch(/unsafe-inline'[^;]*;.*script|unsafe-eval|https?:|\*/);
    // The policy comes before anything it governs.
    const html = interactivePage(VIEWER, mapOf([node('c', 'claim')]));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('an untitled map is an "Argument map"', () => {
    expect(parse(interactivePage(VIEWER, mapOf([], [], { title: '  ' }))).document.title).toBe('Argument map');
  });

  it('refuses a viewer whose script would end its element early', () => {
    expect(() => interactivePage({ ...VIEWER, script: 'x = "</script>"' }, mapOf([]))).toThrow(/end its element early/);
    expect(() => interactivePage({ ...VIEWER, style: 'a{content:"</style>"}' }, mapOf([]))).toThrow(/end its element early/);
  });

  it('any text in the map stays inside the data block and reads back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (title, text) => {
        const map = mapOf([node('c', 'claim', `${text}</script><!--<script>`)], [], { title });
        const page = parse(interactivePage(VIEWER, map));
        expect(page.scripts.length).toBe(2);
        expect(page.data).toEqual(toMapFile(map));
      }),
      { numRuns: 40 },
    );
  });
});

describe('jsonForDataBlock', () => {
  it('writes <, >, &, U+2028 and U+2029 as \\u escapes; JSON reads them back', () => {
    const value = { text: '</script><!-- & \u2028\u2029 <b>' };
    const block = jsonForDataBlock(JSON.stringify(value));
    expect(block).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(block)).toEqual(value);
  });
});

describe('scriptForPage', () => {
  it('leaves no "<script", "</script" or "<!--" and means the same', () => {
    const code = 'const s = "<\\/script><script><!--" + `<SCRIPT>` + /<\\/script>/.source;';
    const ready = scriptForPage(code);
    expect(ready).not.toMatch(/<\/script|<script|<!--/i);
    const run = (js: string) => new Function(`${js}; return s;`)() as string;
    expect(run(ready)).toBe(run(code));
  });
  it('hashes as a browser checks an inline script (SHA-256 of its UTF-8, base64)', () => {
    expect(scriptHashOf('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});
