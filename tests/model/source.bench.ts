// Finding anchors again: a map in its text, and the worst case of the
// approximate search (a reworded quote in a long text). npm run bench.
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { loadMapJson } from '../../src/model/format/load.ts';
import { findAnchor } from '../../src/model/source/anchoring.ts';
import { resolveSource } from '../../src/model/source/resolve.ts';
import { selectorsFor } from '../../src/model/source/selectors.ts';
import { normaliseSourceText } from '../../src/model/source/text.ts';
import { fixtureMapText, fixtureText, gsomiaTextPath } from '../seed.ts';

// The GSOMIA map where its commentary is here (the README's figures); the night-trains test map elsewhere.
const gsomiaPath = gsomiaTextPath();
const corpus = gsomiaPath
  ? {
      name: 'GSOMIA',
      mapText: readFileSync(new URL('../../maps/gsomia-2012.json', import.meta.url), 'utf8'),
      text: readFileSync(gsomiaPath, 'utf8'),
      sentence: 'Japan and South Korea are ultimately motivated by common realpolitik concerns.',
      reworded: ['ultimately', 'finally'],
    }
  : {
      name: 'night-trains test map',
      mapText: fixtureMapText(),
      text: fixtureText(),
      sentence:
        'Night trains can run on ordinary tracks at modest speeds – the night itself supplies the time – so they need no new lines at all.',
      reworded: ['modest', 'moderate'],
    };
const loaded = loadMapJson(JSON.parse(corpus.mapText));
if (!loaded.ok) throw new Error(loaded.error);
const map = loaded.map;
const text = normaliseSourceText(corpus.text);
const rewrapped = text.replace(/ /g, '  ');
// A 100 kB text with the passage reworded and moved far from its offsets.
const { sentence } = corpus;
const anchor = selectorsFor(text, { start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length });
const long = `${'Filler paragraph about something else entirely.\n\n'.repeat(2000)}${text.replace(sentence, sentence.replace(corpus.reworded[0]!, corpus.reworded[1]!))}`;

describe('anchoring', () => {
  bench(
    `${corpus.name}: ${map.nodes.length} anchors found at their positions, with coverage`,
    () => void resolveSource(map, map.sources![0]!, text),
  );
  bench(
    `${corpus.name}: ${map.nodes.length} anchors after whitespace changed everywhere`,
    () => void resolveSource(map, map.sources![0]!, rewrapped),
  );
  bench('one reworded quote, 100 kB text, no usable position (approximate search)', () => void findAnchor(long, { quote: anchor.quote }));
});
