// One entry for every file Argmap can open: recognise the format, then read it with its
// reader. Used by the editor (loaded lazily) and by the command-line converter.
import { parseMapText } from '../format/load.ts';
import { detectFormat, type Detected } from './detect.ts';
import { parseAif } from './aif.ts';
import { parseArgdown } from './argdown.ts';
import { parseKialo } from './kialo.ts';
import { tooLarge, type ImportResult } from './types.ts';

export interface ImportOutcome {
  format: Detected;
  result: ImportResult;
}

export async function importText(text: string, fileName = ''): Promise<ImportOutcome> {
  const refusal = tooLarge(text.length);
  if (refusal) return { format: 'unknown', result: { ok: false, error: refusal } };
  const format = detectFormat(text, fileName);
  switch (format) {
    case 'argmap': {
      const loaded = parseMapText(text);
      return { format, result: loaded.ok ? { ok: true, map: loaded.map, report: loaded.repairs } : loaded };
    }
    case 'aif':
      return { format, result: parseAif(text) };
    case 'kialo':
      return { format, result: parseKialo(text) };
    case 'argdown':
      return { format, result: await parseArgdown(text) };
    default:
      return {
        format,
        result: {
          ok: false,
          error:
            'This file is in no format Argmap reads: not Argmap or AIF JSON, not Argdown (.argdown, .ad), not a Kialo discussion export.',
        },
      };
  }
}
