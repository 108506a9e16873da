// The editor's open path for every format (src/io/interop.ts), in Node: no Worker here, so
// the readers run in place, as they would in a browser without workers.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { isDirty, useEditor } from '../../src/store/store.ts';
import { openAnyText } from '../../src/io/interop.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import { generateMap } from '../../testkit/generate.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/interop/${name}`, import.meta.url), 'utf8');
const S = () => useEditor.getState();

beforeEach(() => {
  useEditor.setState(useEditor.getInitialState(), true);
});

describe('openAnyText', { timeout: 30_000 }, () => {
  test('a Kialo export opens as unsaved work under an Argmap name, in one undo step, with the report as a notice', async () => {
    const before = S().map;
    expect(await openAnyText(fixture('discussion.txt'), 'discussion.txt')).toBe(true);
    expect(S().map.meta.title).toBe('Should homework be abolished in primary schools?');
    expect(S().fileName).toBe('discussion.argmap.json');
    expect(isDirty(S())).toBe(true);
    const notice = S().notices.at(-1)!;
    expect(notice.title).toBe('Imported discussion.txt (Kialo discussion export)');
    expect(notice.details?.join('\n')).toMatch(/-> See 1\.9\./);
    S().undo();
    expect(S().map).toEqual(before);
  });

  test('an Argdown file opens through the lazily loaded reader', async () => {
    expect(await openAnyText(fixture('debate.argdown'), 'debate.argdown')).toBe(true);
    expect(S().map.nodes.find((n) => n.id === 'Ban')?.kind).toBe('claim');
  });

  test('Argmap files still go through the store’s own openText, saved and clean', async () => {
    const map = generateMap(5, 2);
    expect(await openAnyText(serializeMap(map), 'five.argmap.json')).toBe(true);
    expect(S().map).toEqual(map);
    expect(S().fileName).toBe('five.argmap.json');
    expect(isDirty(S())).toBe(false);
  });

  test('refusals leave the map as it was and name the problem', async () => {
    const before = S().map;
    expect(await openAnyText(fixture('broken.argdown'), 'broken.argdown')).toBe(false);
    expect(S().notices.at(-1)?.details?.[0]).toMatch(/Line 6, column \d+/);
    expect(await openAnyText('not json, not anything', 'notes.txt')).toBe(false);
    expect(S().notices.at(-1)?.details?.[0]).toMatch(/not valid JSON/);
    expect(await openAnyText('x'.repeat(21 * 1024 * 1024), 'huge.argdown')).toBe(false);
    expect(S().notices.at(-1)?.details?.[0]).toMatch(/21\.0 MB; Argmap imports files up to 20\.0 MB/);
    expect(S().map).toEqual(before);
  });
});
