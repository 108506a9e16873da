// Real Redis, PostgreSQL and Caddy (the reverse proxy of deploy/Caddyfile) for the scale-out
// tests, from the Debian packages: each started on a
// free loopback port in a temporary folder, stopped by its process id. Without the packages, the
// scale-out tests are reported as skipped with one line saying how to install them (installing them
// needs root, which `npm install && npm test` must not); in CI (CI=true, where .ci/run installs
// them) a missing binary fails them instead, so a broken install never passes unnoticed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './server-process.ts';

const INSTALL = 'Install them with: sudo apt-get install -y redis-server postgresql caddy (or run .ci/run, which does)';
const BIN_DIRS = ['/usr/bin', '/usr/local/bin', '/usr/sbin'];

export function findBinary(name: string, dirs: string[]): string {
  for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  throw new Error(`${name} not found: the scale-out tests need redis-server, PostgreSQL and Caddy. ${INSTALL}`);
}

/** Why some of these programs cannot be found here (the first one missing), or null. */
export function binariesMissing(names: string[]): string | null {
  try {
    for (const name of names) findBinary(name, BIN_DIRS);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Why the scale-out tests cannot run here (redis-server, PostgreSQL or Caddy missing), or null. */
export function scaleServicesMissing(): string | null {
  try {
    postgresBin();
  } catch (e) {
    return (e as Error).message;
  }
  return binariesMissing(['redis-server', 'caddy']);
}

/** Skip the scale-out tests where the servers are missing, except in CI. */
export function skipScaleTests(): boolean {
  const missing = scaleServicesMissing();
  if (!missing || process.env.CI) return false;
  console.warn(`Scale-out tests skipped: ${missing}`);
  return true;
}

const postgresBin = () => {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  return findBinary(
    'pg_ctl',
    versions.map((v) => join(root, v, 'bin')),
  ).replace(/pg_ctl$/, '');
};

const waitFor = async (ok: () => Promise<boolean>, what: string, ms = 15_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${ms / 1000} s`);
};

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Starts it again on the same port (after stop). */
  start(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const bin = findBinary('redis-server', BIN_DIRS);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'argmap-redis-'));
  let child: ChildProcess | undefined;
  const ping = () =>
    new Promise<boolean>((resolve) => {
      const r = spawnSync(findBinary('redis-cli', BIN_DIRS), ['-p', String(port), 'ping'], { encoding: 'utf8' });
      resolve(r.stdout.trim() === 'PONG');
    });
  const redis: RedisServer = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
        stdio: 'ignore',
      });
      await waitFor(ping, 'redis-server');
    },
    async stop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((r) => child!.once('exit', r));
      process.kill(child.pid!, 'SIGKILL');
      await exited;
    },
  };
  await redis.start();
  return redis;
}

export interface PostgresServer {
  /** A new, empty database on this server (one per test). */
  database(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBin();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'argmap-pg-'));
  // PostgreSQL refuses to run as root: as root (CI), it runs as the postgres user the package made.
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot
    ? {
        uid: Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout),
        gid: Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout),
      }
    : {};
  if (asRoot) chownSync(dir, ids.uid!, ids.gid!);
  const data = join(dir, 'data');
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(join(bin, cmd), args, { ...ids, encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  await waitFor(async () => {
    const c = new pg.Client(`${base}/postgres`);
    await c.connect();
    await c.end();
    return true;
  }, 'PostgreSQL');
  return {
    async database(name) {
      const c = new pg.Client(`${base}/postgres`);
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
      return `${base}/${name}`;
    },
    async stop() {
      process.kill(pid, 'SIGINT'); // fast shutdown
      await waitFor(async () => !existsSync(join(data, 'postmaster.pid')), 'PostgreSQL shutdown', 10_000).catch(() =>
        process.kill(pid, 'SIGKILL'),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ProxyServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Caddy with the repository's deploy/Caddyfile, as compose.yaml runs it, but on a loopback port,
 * plain HTTP, no admin endpoint, and the given instances (host:port) as upstreams.
 */
export async function startProxy(upstreams: string[]): Promise<ProxyServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'argmap-caddy-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(findBinary('caddy', BIN_DIRS), ['run', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], {
    env: {
      ...process.env,
      ARGMAP_DOMAIN: url,
      ARGMAP_UPSTREAMS: upstreams.join(' '),
      ARGMAP_CADDY_ADMIN: 'off',
      XDG_DATA_HOME: dir,
      XDG_CONFIG_HOME: dir,
    },
    stdio: 'ignore',
  });
  await waitFor(async () => (await fetch(`${url}/healthz`)).ok, 'Caddy');
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(child.pid!, 'SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
