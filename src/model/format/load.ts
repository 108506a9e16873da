// Reading a file: parse → check envelope → migrate → restore. Never throws: the result
// either carries the map and the list of repairs, or a refusal that names the problem.
import type { ArgMap } from '../types.ts';
import { FORMAT_NAME, FORMAT_VERSION } from './schema.ts';
import { migrate, OLDEST_VERSION } from './migrations.ts';
import { restoreMap, RestoreRefused } from './restore.ts';
import { binaryKind, printable } from './sniff.ts';

export type LoadResult = { ok: true; map: ArgMap; repairs: string[]; migratedFrom?: number } | { ok: false; error: string };

export function parseMapText(text: string): LoadResult {
  const binary = binaryKind(text);
  if (binary) return { ok: false, error: `This is ${binary}, not an Argmap map.` };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // The parser quotes the file: keep that readable whatever the file holds.
    return { ok: false, error: `This file is not valid JSON (${printable((e as Error).message)}).` };
  }
  return loadMapJson(json);
}

export function loadMapJson(json: unknown): LoadResult {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, error: 'This file is not an Argmap map: it holds no JSON object.' };
  const doc = json as Record<string, unknown>;
  if (doc.format !== FORMAT_NAME)
    return {
      ok: false,
      error:
        doc.format === undefined
          ? 'This file is not an Argmap map: it has no "format": "argmap" field.'
          : `This file is not an Argmap map: its format is ${JSON.stringify(doc.format)}, not "argmap".`,
    };
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION)
    return { ok: false, error: `This Argmap file has an invalid format version (${JSON.stringify(version)}).` };
  if (version > FORMAT_VERSION)
    return {
      ok: false,
      error: `This map was saved by a newer Argmap (format version ${version}); this editor reads versions up to ${FORMAT_VERSION}. Update Argmap to open it.`,
    };
  try {
    const { doc: current } = migrate(doc, version);
    const repairs: string[] = [];
    const map = restoreMap(current, repairs);
    return version < FORMAT_VERSION ? { ok: true, map, repairs, migratedFrom: version } : { ok: true, map, repairs };
  } catch (e) {
    if (e instanceof RestoreRefused) return { ok: false, error: e.message };
    return { ok: false, error: `This map could not be read: ${(e as Error).message}` };
  }
}
