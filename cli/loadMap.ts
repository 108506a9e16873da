// Reading a map file named on the command line, checked as the editor checks a file.
import { readFile, stat } from 'node:fs/promises';
import { parseMapText } from '../src/model/format/load.ts';
import { tooLarge } from '../src/model/interop/types.ts';
import type { ArgMap } from '../src/model/types.ts';

/** Reads an Argmap map, or throws an Error saying why not. */
export async function loadMap(file: string): Promise<ArgMap> {
  const info = await stat(file);
  if (!info.isFile()) throw new Error('not a file.');
  const refusal = tooLarge(info.size);
  if (refusal) throw new Error(refusal);
  const result = parseMapText(await readFile(file, 'utf8'));
  if (!result.ok) throw new Error(result.error);
  return result.map;
}
