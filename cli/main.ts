// `argmap <command>`: the command-line program, run by bin/argmap.mjs. One file per command
// (export.ts, convert.ts, compare.ts, exercise.ts, brief.ts), loaded only when it is asked for, so `argmap --help` loads
// nothing else; flags are read by args.ts.
//
// Exit code: the command's own (0 done, 1 some file failed, 2 bad usage); 2 for a command
// that does not exist.

interface Command {
  /** The command's --help text. */
  HELP: string;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, { summary: string; load(): Promise<Command> }> = {
  export: { summary: 'maps as PNG, SVG or PDF, drawn by the editor itself in headless Chromium', load: () => import('./export.ts') },
  convert: { summary: 'maps between Argmap JSON, Argdown and AIF JSON (and from Kialo exports)', load: () => import('./convert.ts') },
  compare: { summary: "grades students' maps against the key: scores as CSV, a report each", load: () => import('./compare.ts') },
  exercise: {
    summary: "a student's starting file from a map: statements without relations, the text, or no kinds",
    load: () => import('./exercise.ts'),
  },
  brief: {
    summary: "a debater's brief for or against a statement: the case, attacks to expect, weak points",
    load: () => import('./brief.ts'),
  },
};
const NAMES = [...Object.keys(COMMANDS), 'help'];

export const HELP = `Usage: argmap <command> [options]

Argmap's command-line tools, with the editor's own code.

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(9)} ${summary}`)
  .join('\n')}
  help      this text, or a command's: argmap help export

argmap <command> --help (or argmap help <command>) lists the command's options.

In a clone, after npm install: npx argmap <command> …, or npm run argmap -- <command> …,
or node bin/argmap.mjs <command> …; npm run export -- …, npm run convert -- …,
npm run compare -- …, npm run exercise -- … and npm run brief -- … are shortcuts for the five commands.`;

const commandOf = (name: string) => (Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined);

function unknown(name: string): number {
  process.stderr.write(`argmap: unknown command "${name}". Commands: ${NAMES.join(', ')} (see argmap --help).\n`);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(`${HELP}\n`);
    return 2;
  }
  if (name === '-h' || name === '--help' || (name === 'help' && !rest.length)) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (name === 'help') {
    const command = commandOf(rest[0]!);
    if (!command) return unknown(rest[0]!);
    process.stdout.write(`${(await command.load()).HELP}\n`);
    return 0;
  }
  const command = commandOf(name);
  if (!command) return unknown(name);
  return (await command.load()).run(rest);
}

// Runs while Vite's module runner is still open (it closes once this module has been
// evaluated), so that commands can still load modules with import(): the Argdown reader
// loads @argdown/core that way.
process.exitCode = await main(process.argv.slice(2));
