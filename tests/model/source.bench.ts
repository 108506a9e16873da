// Finding anchors again: the GSOMIA map in the commentary, and the worst case of the
// approximate search (a reworded quote in a long text). npm run bench.
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { loadMapJson } from '../../src/model/format/load.ts';
import { findAnchor } from '../../src/model/source/anchoring.ts';
import { resolveSource } from '../../src/model/source/resolve.ts';
import { selectorsFor } from '../../src/model/source/selectors.ts';
import { normaliseSourceText } from '../../src/model/source/text.ts';
import { seedText } from '../seed.ts';

const loaded = loadMapJson(JSON.parse(readFileSync(new URL('../../maps/gsomia-2012.json', import.meta.url), 'utf8')));
if (!loaded.ok) throw new Error(loaded.error);
const map = loaded.map;
const text = normaliseSourceText(seedText());
const rewrapped = text.replace(/ /g, '  ');
// A 100 kB text with the passage reworded and moved far from its offsets.
const sentence = 'Japan and South Korea are ultimately motivated by common realpolitik concerns.';
const anchor = selectorsFor(text, { start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length });
const long = `${'Filler paragraph about something else entirely.\n\n'.repeat(2000)}${text.replace(sentence, sentence.replace('ultimately', 'finally'))}`;

describe('anchoring', () => {
  bench('GSOMIA: 46 anchors found at their positions, with coverage', () => void resolveSource(map, map.sources![0]!, text));
  bench('GSOMIA: 46 anchors after whitespace changed everywhere', () => void resolveSource(map, map.sources![0]!, rewrapped));
  bench('one reworded quote, 100 kB text, no usable position (approximate search)', () => void findAnchor(long, { quote: anchor.quote }));
});
