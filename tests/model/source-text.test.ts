// Source texts: paragraphs and sections, selectors, re-anchoring and coverage (pure model).
import { findAnchor } from '../../src/model/source/anchoring.ts';
import { coverage } from '../../src/model/source/coverage.ts';
import { minimalSelectorsFor, selectorsFor } from '../../src/model/source/selectors.ts';
import { citationAt, normaliseSourceText, parseText } from '../../src/model/source/text.ts';
import { fixtureText, seedText, skipGsomiaChecks } from '../seed.ts';

const ESSAY = `# Night trains

Night trains use far less energy per passenger than planes.
They also arrive in city centres.

## Objections

Sleeper cars are expensive to run. Tickets cost more than flights.

Few routes exist today.
`;

const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('parseText: sections and paragraphs', () => {
  it('makes Markdown headings sections and numbers paragraphs within each', () => {
    const s = parseText(ESSAY);
    expect(s.sections.map((x) => x.title)).toStrictEqual(['Night trains', 'Objections']);
    expect(s.paragraphs.map((p) => [p.section, p.number])).toStrictEqual([
      ['Night trains', 1],
      ['Objections', 1],
      ['Objections', 2],
    ]);
    expect(slice(ESSAY, s.paragraphs[0]!)).toBe(
      'Night trains use far less energy per passenger than planes.\nThey also arrive in city centres.',
    );
    expect(slice(ESSAY, s.sections[1]!)).toBe('Objections');
  });

  it('reads short unpunctuated lines of plain text as headings, and text before any heading as section ""', () => {
    const text = 'A first remark, before any heading.\n\nWhy trains?\n\nBecause they are clean.\n\nSo there.\n';
    const s = parseText(text);
    expect(s.sections.map((x) => x.title)).toStrictEqual(['Why trains?']);
    expect(s.paragraphs.map((p) => [p.section, p.number, slice(text, p)])).toStrictEqual([
      ['', 1, 'A first remark, before any heading.'],
      ['Why trains?', 1, 'Because they are clean.'],
      ['Why trains?', 2, 'So there.'],
    ]);
  });

  it('a Markdown heading directly followed by text heads that paragraph', () => {
    const s = parseText('## Heading\nBody text follows at once.\n');
    expect(s.paragraphs).toHaveLength(1);
    expect(s.paragraphs[0]).toMatchObject({ section: 'Heading', number: 1 });
  });

  it('numbers the night-trains test commentary as its map cites it: bold masthead, notice and short title lines are not paragraphs of the argument', () => {
    const text = normaliseSourceText(fixtureText());
    const s = parseText(text);
    expect(s.sections.map((x) => x.title)).toStrictEqual([
      'COMMENTARIES',
      'No. 7/2026 dated 3 March 2026',
      'Night Trains Return: Implications for European Travel',
      'By Ada Example',
      'Synopsis',
      'Commentary',
      'What night trains would change',
      'Obstacles',
      'Whither the night train?',
    ]);
    expect(s.paragraphs.map((p) => `${p.section.split(' ')[0]} ${p.number}`)).toStrictEqual([
      ' 1',
      'COMMENTARIES 1',
      'Synopsis 1',
      'Commentary 1',
      'Commentary 2',
      'What 1',
      'What 2',
      'What 3',
      'What 4',
      'What 5',
      'Obstacles 1',
      'Obstacles 2',
      'Whither 1',
      'Whither 2',
      'Whither 3',
    ]);
    // The bold masthead spans two lines and is followed by a plain line in the same block.
    expect(text.slice(s.paragraphs[0]!.start, s.paragraphs[0]!.end)).toMatch(/^\*\*INSTITUTE FOR\nSLOW TRAVEL STUDIES\*\*\nA fictional/);
    expect(citationAt(s, text.indexOf('Third, the routes'))).toStrictEqual({ section: 'What night trains would change', paragraph: '4' });
    expect(citationAt(s, text.indexOf('the border tax'))).toStrictEqual({ section: 'Obstacles', paragraph: '2' });
  });

  it.skipIf(skipGsomiaChecks())('numbers the GSOMIA commentary as the map cites it', () => {
    const text = normaliseSourceText(seedText());
    const s = parseText(text);
    const body = s.paragraphs.filter((p) =>
      [
        'Synopsis',
        'Commentary',
        'Implications of Japan-South Korea military cooperation',
        'Historical baggage',
        'Whither Japan-South Korea military cooperation?',
      ].includes(p.section),
    );
    expect(body.map((p) => `${p.section.split(' ')[0]} ${p.number}`)).toStrictEqual([
      'Synopsis 1',
      'Commentary 1',
      'Commentary 2',
      'Implications 1',
      'Implications 2',
      'Implications 3',
      'Implications 4',
      'Implications 5',
      'Historical 1',
      'Historical 2',
      'Historical 3',
      'Historical 4',
      'Whither 1',
      'Whither 2',
      'Whither 3',
    ]);
    expect(citationAt(s, text.indexOf('Third, China'))).toStrictEqual({
      section: 'Implications of Japan-South Korea military cooperation',
      paragraph: '4',
    });
  });

  it('normalises line ends and a byte-order mark, so offsets do not depend on the platform', () => {
    expect(normaliseSourceText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe('selectors', () => {
  const text = 'Trains are clean. Trains are slow. Planes are fast.';

  it('selectorsFor gives the W3C quote (with context) and position of a range, trimmed of whitespace', () => {
    const start = text.indexOf(' Trains are slow');
    const sel = selectorsFor(text, { start, end: start + ' Trains are slow. '.length }, 8);
    expect(sel.position).toStrictEqual({ type: 'TextPositionSelector', start: start + 1, end: start + 1 + 'Trains are slow.'.length });
    expect(sel.quote).toStrictEqual({ type: 'TextQuoteSelector', exact: 'Trains are slow.', prefix: ' clean. ', suffix: ' Planes ' });
  });

  it('minimalSelectorsFor quotes no context when the words are unique, and grows it a word at a time when not', () => {
    const fast = text.indexOf('fast');
    expect(minimalSelectorsFor(text, { start: fast, end: fast + 4 }).quote).toStrictEqual({ type: 'TextQuoteSelector', exact: 'fast' });
    const second = text.indexOf('Trains', 1);
    const quote = minimalSelectorsFor(text, { start: second, end: second + 'Trains are'.length }).quote!;
    expect(quote.exact).toBe('Trains are');
    expect(`${quote.prefix}${quote.exact}${quote.suffix}`).toBe('clean. Trains are slow.');
  });
});

describe('findAnchor: re-anchoring', () => {
  const text = normaliseSourceText(fixtureText());
  const sentence =
    'Night trains can run on ordinary tracks at modest speeds – the night itself supplies the time – so they need no new lines at all.';
  const start = text.indexOf(sentence);
  const anchor = { source: 's', ...selectorsFor(text, { start, end: start + sentence.length }) };

  it('finds an unchanged passage at its position', () => {
    expect(findAnchor(text, anchor)).toStrictEqual({ status: 'found', how: 'position', distance: 0, start, end: start + sentence.length });
  });

  it('finds the quote again when text before it moved the offsets', () => {
    const moved = `A new first line.\n\n${text}`;
    const found = findAnchor(moved, anchor);
    expect(found).toMatchObject({ status: 'found', how: 'quote' });
    if (found.status === 'found') expect(slice(moved, found)).toBe(sentence);
  });

  it('finds it after whitespace changes (lines re-wrapped, spaces doubled)', () => {
    const rewrapped = text
      .replace(sentence, sentence.replace('run on', 'run\n  on').replace('modest ', 'modest  '))
      .replace(/\n\n/g, '\n\n\n');
    const found = findAnchor(rewrapped, anchor);
    expect(found).toMatchObject({ status: 'found', how: 'whitespace' });
    if (found.status === 'found') expect(slice(rewrapped, found).replace(/\s+/g, ' ')).toBe(sentence);
  });

  it('finds it after a changed word, with the number of edits', () => {
    const edited = text.replace(sentence, sentence.replace('modest', 'moderate'));
    const found = findAnchor(edited, anchor);
    expect(found).toMatchObject({ status: 'found', how: 'approximate' });
    if (found.status === 'found') {
      expect(slice(edited, found)).toBe(sentence.replace('modest', 'moderate'));
      expect(found.distance).toBeGreaterThan(0);
    }
  });

  it('prefers the occurrence whose context matches when the words occur twice', () => {
    const twice = 'Trains are clean. Buses are clean. Trains are clean.';
    const second = twice.lastIndexOf('Trains');
    const a = selectorsFor(twice, { start: second, end: twice.length }, 10);
    const found = findAnchor(`${'x'.repeat(5)}${twice}`, a);
    expect(found).toMatchObject({ status: 'found', how: 'quote', start: second + 5 });
  });

  it('reports a passage that is gone, with the reason, and never guesses', () => {
    const without = text.replace(/Third, the routes[\s\S]*?no new lines at all\./, '');
    const found = findAnchor(without, anchor);
    expect(found.status).toBe('lost');
    if (found.status === 'lost') expect(found.reason).toContain('not in the text');
  });

  it('uses the position alone when there is no quote, and reports one past the end', () => {
    expect(findAnchor('short', { position: { type: 'TextPositionSelector', start: 0, end: 5 } })).toMatchObject({
      status: 'found',
      how: 'position',
    });
    expect(findAnchor('short', { position: { type: 'TextPositionSelector', start: 2, end: 50 } })).toMatchObject({ status: 'lost' });
    expect(findAnchor('short', {})).toMatchObject({ status: 'lost', reason: 'it has no selector' });
  });
});

describe('coverage', () => {
  it('counts a paragraph as mapped when a passage overlaps it, and lists the others', () => {
    const s = parseText(ESSAY);
    const p = s.paragraphs;
    const c = coverage(s, [
      { nodeId: 'a', start: p[0]!.start + 3, end: p[0]!.start + 10 },
      { nodeId: 'b', start: p[0]!.start, end: p[0]!.end },
      { nodeId: 'c', start: p[2]!.start, end: p[2]!.start + 4 },
    ]);
    expect(c.total).toBe(3);
    expect(c.mapped).toBe(2);
    expect(c.unmapped.map((u) => [u.section, u.number])).toStrictEqual([['Objections', 1]]);
    expect(c.nodesByParagraph.get(0)).toStrictEqual(['a', 'b']);
  });
});

describe('segmentsOf', () => {
  it('cuts a block at every passage boundary; overlapping passages share the middle piece, shortest first', async () => {
    const { segmentsOf } = await import('../../src/model/source/segments.ts');
    const pieces = segmentsOf({ start: 0, end: 20 }, [
      { nodeId: 'long', start: 2, end: 15 },
      { nodeId: 'short', start: 5, end: 8 },
      { nodeId: 'outside', start: 30, end: 40 },
    ]);
    expect(pieces).toStrictEqual([
      { start: 0, end: 2, nodeIds: [] },
      { start: 2, end: 5, nodeIds: ['long'] },
      { start: 5, end: 8, nodeIds: ['short', 'long'] },
      { start: 8, end: 15, nodeIds: ['long'] },
      { start: 15, end: 20, nodeIds: [] },
    ]);
  });
});
