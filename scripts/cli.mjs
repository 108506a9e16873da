// What the command-line scripts (export.mjs, convert-cli.ts) share: reading flags and expanding
// folders into the files in them.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Calls `onArg(flag, take, arg)` for each argument. `take()` returns the flag's value, written
 * `--flag=value` or as the next argument, and throws `usageError("--flag needs a value.")`
 * when there is none.
 */
export function eachArg(argv, onArg, usageError) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const take = () => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw usageError(`${flag} needs a value.`);
      i++;
      return v;
    };
    onArg(flag, take, arg);
  }
}

/**
 * Folders become the files in them that `accept` takes (JSON Schema files never), sorted; a path
 * that cannot be read stays, to fail later with its reason. `onEmptyFolder` hears of folders
 * with none.
 */
export async function expandFolders(inputs, accept, onEmptyFolder = () => {}) {
  const files = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter((n) => accept(n) && !n.endsWith('.schema.json')).sort();
      if (!names.length) onEmptyFolder(input);
      files.push(...names.map((n) => join(input, n)));
    } else files.push(input);
  }
  return files;
}
