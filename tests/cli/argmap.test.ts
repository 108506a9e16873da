// `argmap` as a user runs it (bin/argmap.mjs, a child process): the list of commands, each
// command's help, and what an unknown command gets. The commands themselves are tested in
// tests/model/interop/convert-cli.test.ts, tests/cli/compare.test.ts, tests/cli/exercise.test.ts, tests/cli/brief.test.ts and tests/e2e/cli.e2e.ts.
import { describe, expect, test } from 'vitest';
import { argmap } from './runArgmap.ts';

// Each run starts Node and Vite's module runner: seconds on a busy machine.
describe('argmap', { timeout: 60_000 }, () => {
  test('--help, -h and help list the commands (exit 0); no command at all is bad usage (exit 2)', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = await argmap([flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^Usage: argmap <command>/);
      expect(r.stdout).toMatch(/^ {2}export +maps as PNG, SVG or PDF/m);
      expect(r.stdout).toMatch(/^ {2}convert +maps between Argmap JSON, Argdown and AIF JSON/m);
      expect(r.stdout).toMatch(/^ {2}compare +grades students' maps against the key/m);
      expect(r.stdout).toMatch(/^ {2}exercise +a student's starting file from a map/m);
      expect(r.stdout).toMatch(/^ {2}brief +a debater's brief for or against a statement/m);
    }
    const none = await argmap([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Usage: argmap <command>/);
  });

  test('each command has its help, the same from `argmap help <command>` and `argmap <command> --help`', async () => {
    for (const [command, usage] of [
      ['export', /^Usage: npm run export -- .*\n +npx argmap export /],
      ['convert', /^Usage: npm run convert -- .*\n +npx argmap convert /],
      ['compare', /^Usage: npm run compare -- .*\n +npx argmap compare /],
      ['exercise', /^Usage: npm run exercise -- .*\n +npx argmap exercise /],
      ['brief', /^Usage: npm run brief -- .*\n +npx argmap brief /],
    ] as const) {
      const viaHelp = await argmap(['help', command]);
      const viaFlag = await argmap([command, '--help']);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toMatch(usage);
      expect(viaFlag.code).toBe(0);
      expect(viaFlag.stdout).toBe(viaHelp.stdout);
    }
  });

  test('an unknown command exits 2 with the list of commands', async () => {
    for (const args of [['frobnicate'], ['help', 'frobnicate'], ['--bogus'], ['toString']]) {
      const r = await argmap(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/unknown command ".+"\. Commands: export, convert, compare, exercise, brief, help/);
    }
  });
});
