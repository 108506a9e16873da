// Shared by the export unit tests: a stand-in for canvas text measurement (a fixed width
// per character, wider for bold) and an XML parser that fails on any error.
import { DOMParser } from '@xmldom/xmldom';
import type { TextMetrics } from '../../src/export/renderSvg.ts';

export const fakeMetrics: TextMetrics = {
  ascent: 0.96875,
  descent: 0.2421875,
  measure: (text, font) =>
    Array.from(text).length * font.size * (font.weight === 600 ? 0.6 : 0.55) + (font.letterSpacing ?? 0) * Array.from(text).length,
};

/** Parses XML strictly: any warning or error throws. */
export function parseXml(text: string) {
  const fail = (msg: string) => {
    throw new Error(`XML error: ${msg}`);
  };
  return new DOMParser({ onError: (level, msg) => fail(`${level}: ${msg}`) }).parseFromString(text, 'image/svg+xml');
}

interface XmlElement {
  nodeName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<unknown>;
  nodeType: number;
  textContent: string | null;
  getAttribute(name: string): string | null;
}

/** Every element under (and including) `root`. */
export function allElements(root: unknown): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (n: XmlElement) => {
    if (n.nodeType !== 1) return;
    out.push(n);
    for (const c of Array.from(n.childNodes)) walk(c as XmlElement);
  };
  walk(root as XmlElement);
  return out;
}

/** What must never be in an exported SVG: script elements, event handlers, javascript: links. */
export function activeContent(root: unknown): string[] {
  const found: string[] = [];
  for (const el of allElements(root)) {
    const name = el.nodeName.toLowerCase();
    if (name === 'script' || name.endsWith(':script') || name === 'foreignobject' || name === 'iframe') found.push(`<${el.nodeName}>`);
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) found.push(`${el.nodeName}@${a.name}`);
      if (/href$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) found.push(`${el.nodeName}@${a.name}=${a.value}`);
    }
  }
  return found;
}
