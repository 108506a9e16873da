import { describe, expect, it } from 'vitest';
import { fileNameFor, UNTITLED_FILE_NAME } from '../../src/model/fileNames.ts';

describe('fileNameFor', () => {
  it('names exports after the map file, or its title', () => {
    expect(fileNameFor('gsomia-2012.json', 'x', '.png')).toBe('gsomia-2012.png');
    expect(fileNameFor('My Map.argmap.json', 'x', '.pdf')).toBe('my-map.pdf');
    expect(fileNameFor('untitled.argmap.json', 'Japan–Korea: <ties>', '.svg')).toBe('japan-korea-ties.svg');
    expect(fileNameFor('', '', '.svg')).toBe('argument-map.svg');
  });

  it('names Argdown and AIF exports the same way', () => {
    expect(fileNameFor('gsomia-2012.json', 'x', '.argdown')).toBe('gsomia-2012.argdown');
    expect(fileNameFor(UNTITLED_FILE_NAME, 'Cities v2.0', '.aif.json')).toBe('cities-v2.0.aif.json');
  });

  it('saves a map to its own file, or names it after its title', () => {
    expect(fileNameFor('My Map.json', 'x', '.argmap.json')).toBe('My Map.json');
    expect(fileNameFor(UNTITLED_FILE_NAME, 'Japan–Korea: <ties> v2.0', '.argmap.json')).toBe('japan-korea-ties-v2-0.argmap.json');
    expect(fileNameFor('', 'a'.repeat(70), '.argmap.json')).toBe(`${'a'.repeat(60)}.argmap.json`);
    expect(fileNameFor(UNTITLED_FILE_NAME, '…', '.argmap.json')).toBe(UNTITLED_FILE_NAME);
  });
});
