// What the subcommands share: reading flags, expanding folders into the files in them, and the
// error that means "bad usage" (exit code 2).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Bad usage: the subcommand prints the message and exits with code 2. */
export class UsageError extends Error {}

/**
 * Calls `onArg(flag, take, arg)` for each argument. `take()` returns the flag's value, written
 * `--flag=value` or as the next argument, and throws `UsageError("--flag needs a value.")`
 * when there is none.
 */
export function eachArg(argv: string[], onArg: (flag: string, take: () => string, arg: string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const take = () => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
      i++;
      return v;
    };
    onArg(flag, take, arg);
  }
}

/** Splits a comma-separated list ("png, SVG,") into lower-case names, without blanks. */
export const listOf = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/**
 * Folders become the files in them that `accept` takes (JSON Schema files never), sorted; a path
 * that cannot be read stays, to fail later with its reason. `onEmptyFolder` hears of folders
 * with none.
 */
export async function expandFolders(
  inputs: string[],
  accept: (name: string) => boolean,
  onEmptyFolder: (folder: string) => void = () => {},
): Promise<string[]> {
  const files: string[] = [];
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

/**
 * A command's flags, read by its `parse`; or, when the flags ask for the help or are wrong, the
 * exit code after printing the help (0) or the usage error (2).
 */
export function readArgs<T extends { help: boolean }>(argv: string[], parse: (argv: string[]) => T, help: string): T | number {
  let opts: T;
  try {
    opts = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  if (!opts.help) return opts;
  process.stdout.write(`${help}\n`);
  return 0;
}
