// The sync server as `npm run serve` runs it, in its own process, for tests and benchmarks
// (scripts/bench-sync.ts, scripts/load-*.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { build } from 'vite';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the server as `npm run serve` does, into a folder of its own under node_modules/.cache
 * (so test projects running side by side never share one; dependencies resolve from the repo).
 */
let built: string | undefined;
export async function buildServer(): Promise<string> {
  mkdirSync('node_modules/.cache', { recursive: true });
  const outDir = mkdtempSync('node_modules/.cache/argmap-server-');
  await build({ logLevel: 'silent', build: { ssr: 'server/main.ts', outDir, emptyOutDir: true } });
  built = join(outDir, 'main.js');
  return built;
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export interface Spawned {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
  url: string;
}

export async function spawnServer(
  port: number,
  dataFile: string,
  dist = 'dist-missing',
  env: Record<string, string> = {},
): Promise<Spawned> {
  const output: string[] = [];
  if (!built) throw new Error('buildServer() first');
  const child = spawn(process.execPath, [built], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ARGMAP_DATA: dataFile, ARGMAP_DIST: dist, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => output.push(...d.toString().trim().split('\n')));
  child.stderr!.on('data', (d: Buffer) => output.push(...d.toString().trim().split('\n')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Hooks cannot use expect.poll: wait for the start line (or the exit) by hand.
  const started = await Promise.race([
    new Promise<boolean>((resolve) => {
      const check = () => (output.some((l) => / start url=/.test(l)) ? resolve(true) : setTimeout(check, 50));
      check();
    }),
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000)),
  ]);
  if (!started) {
    child.kill('SIGKILL');
    throw new Error(`The sync server did not start (exit code ${child.exitCode ?? 'none: killed'}):\n${output.join('\n')}`);
  }
  return { child, output, exited, url: `http://127.0.0.1:${port}` };
}
