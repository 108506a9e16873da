// Opening file text as the editor does (src/io/openFile.ts reads it with the lazily loaded
// reader, then hands the result to the store), synchronously for tests.
import { parseMapText } from '../../src/model/format/load.ts';
import { useEditor } from '../../src/store/store.ts';

export const openText = (text: string, fileName: string, fileHandle: object | null = null): boolean =>
  useEditor.getState().openParsed(parseMapText(text), fileName, fileHandle);
