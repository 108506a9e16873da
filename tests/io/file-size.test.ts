// A file far too large to be a map is refused by its size, with a message, before it is read.
import { openDroppedFile } from '../../src/io/commands';
import { MAX_MAP_FILE_BYTES, readMapFileText } from '../../src/io/files';
import { useEditor } from '../../src/store/store';

/** A file that only claims a size: reading it would fail the test. */
const fileOfSize = (name: string, size: number) => ({
  name,
  size,
  text: vi.fn(async () => {
    throw new Error('the file was read');
  }),
});

describe('the file size limit', () => {
  it('refuses a 50 MB file without reading it', async () => {
    const file = fileOfSize('huge.json', 50 * 1000 * 1000);
    await expect(readMapFileText(file)).rejects.toThrow('huge.json is 47.7 MB; Argmap opens map files up to 40.0 MB.');
    expect(file.text).not.toHaveBeenCalled();
  });

  it('reads a file at the limit', async () => {
    const file = { name: 'big.json', size: MAX_MAP_FILE_BYTES, text: vi.fn(async () => '{}') };
    await expect(readMapFileText(file)).resolves.toBe('{}');
  });

  it('a dropped 50 MB file leaves the map as it was and says why', async () => {
    const before = useEditor.getState().map;
    await openDroppedFile(fileOfSize('huge.json', 50 * 1000 * 1000) as unknown as File);
    expect(useEditor.getState().map).toBe(before);
    const notice = useEditor.getState().notices.at(-1);
    expect(notice).toMatchObject({ tone: 'error', title: 'Could not read huge.json' });
    expect(notice?.details?.[0]).toMatch(/huge\.json is 47\.7 MB; Argmap opens map files up to 40\.0 MB/);
  });
});
