// `npm run serve`: the app and the sync endpoint on one port. Settings from the environment:
// HOST, PORT (default 127.0.0.1:8787), ARGMAP_DATA (the SQLite file, or a folder to keep it in;
// default data/argmap.sqlite),
// ARGMAP_DIST (the built app, default dist), ARGMAP_ALLOWED_ORIGINS, ARGMAP_MAX_* (limits.ts);
// several instances: ARGMAP_DATABASE_URL (PostgreSQL instead of SQLite), ARGMAP_REDIS_URL (docs/deploy.md).
import { Server } from '@hocuspocus/server';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { originAllowed } from './auth.ts';
import { handleRequest } from './http.ts';
import { limitsFromEnv, type Limits } from './limits.ts';
import { consoleLog, oneLineLibraryErrors, type Log } from './log.ts';
import { Persistence } from './persistence.ts';
import { roomsExtension } from './rooms.ts';
import { healthHandler, Metrics } from './health.ts';
import { PostgresStore } from './postgres.ts';
import { redisExtension } from './redis.ts';

export interface ServerOptions {
  host: string;
  port: number;
  dataFile: string;
  dist: string;
  allowedOrigins: string[];
  log?: Log;
  /** Overrides of the limits from the environment (tests). */
  limits?: Partial<Limits>;
  /** postgres://… : rooms in PostgreSQL instead of dataFile. */
  databaseUrl?: string;
  /** redis://… : share rooms with other instances. */
  redisUrl?: string;
}

export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  return {
    host: env.HOST || '127.0.0.1',
    port: Number(env.PORT ?? 8787),
    dataFile: dataFileFrom(env.ARGMAP_DATA),
    dist: resolve(env.ARGMAP_DIST || 'dist'),
    allowedOrigins: (env.ARGMAP_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    databaseUrl: env.ARGMAP_DATABASE_URL || undefined,
    redisUrl: env.ARGMAP_REDIS_URL || undefined,
  };
}

/** ARGMAP_DATA as a file, or as a folder (an existing one, or a path ending in /): then argmap.sqlite in it. */
export function dataFileFrom(value: string | undefined): string {
  const path = resolve(value || 'data/argmap.sqlite');
  const folder = /[\\/]$/.test(value ?? '') || (existsSync(path) && statSync(path).isDirectory());
  return folder ? join(path, 'argmap.sqlite') : path;
}

/** The SQLite store, or an error that says in one line what to set instead. */
function openSqlite(file: string): Persistence {
  try {
    return new Persistence(file);
  } catch (e) {
    throw new Error(
      `Cannot open the database file ${file} (${(e as Error).message}). Set ARGMAP_DATA to a file or folder this user can write to (default data/argmap.sqlite).`,
    );
  }
}

export async function startServer(options: ServerOptions) {
  const log = options.log ?? consoleLog;
  const limits = { ...limitsFromEnv(), ...options.limits };
  const persistence = options.databaseUrl ? await PostgresStore.open(options.databaseUrl) : openSqlite(options.dataFile);
  const shared = options.redisUrl ? redisExtension(options.redisUrl, log) : undefined;
  const metrics = new Metrics();
  const health = healthHandler(persistence, () => server.hocuspocus, metrics, shared);
  const http = { dist: options.dist, persistence, limits, allowedOrigins: options.allowedOrigins, log, health };

  const server = new Server({
    name: 'argmap',
    quiet: true,
    stopOnSignals: false,
    address: options.host,
    port: options.port,
    // ws refuses frames far above the limit before buffering them; the exact limit is checked per message.
    websocketOptions: { maxPayload: limits.maxMessageBytes * 2 },
    extensions: [
      ...(shared ? [shared.extension] : []),
      metrics.extension,
      roomsExtension(persistence, limits, log),
      {
        async onUpgrade({ request, socket }) {
          if (originAllowed(request.headers.origin, request.headers.host, options.allowedOrigins)) return;
          socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
          socket.destroy();
          log('refused', { why: 'origin', origin: String(request.headers.origin ?? 'none').slice(0, 80) });
          throw null; // stop here: no WebSocket for this request
        },
        async onRequest({ request, response }) {
          await handleRequest(request, response, http).catch((e: Error) => {
            log('error', { where: 'http', message: e.message });
            if (!response.headersSent) response.writeHead(500).end('Server error');
          });
          throw null; // answered: Hocuspocus's default page must not follow
        },
      },
    ],
  });
  shared?.attach(server.hocuspocus);
  await server.listen();
  const url = `http://${options.host}:${server.address.port}`;
  log('start', { url, data: options.databaseUrl ? 'postgres' : options.dataFile, ...(shared ? { redis: 'on' } : {}) });

  let stopping: Promise<void> | undefined;
  /** Closes connections, stores every open room (compacting its log) and closes the database. */
  const stop = () =>
    (stopping ??= (async () => {
      await server.destroy();
      await persistence.close();
      log('stopped');
    })());
  return { server, url, port: server.address.port, stop };
}

/** Starts from the environment and stops cleanly on Ctrl+C or SIGTERM (what `npm run serve` runs). */
export async function runFromEnv() {
  oneLineLibraryErrors();
  process.on('unhandledRejection', (e) => consoleLog('error', { where: 'unhandled', message: String((e as Error)?.message ?? e) }));
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer(optionsFromEnv());
  } catch (e) {
    // One line, no stack: what went wrong and, for a setting, what to set.
    consoleLog('error', { where: 'start', message: (e as Error).message.replace(/\s+/g, ' ') });
    process.exit(1);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      void running.stop().then(() => process.exit(0));
    });
  return running;
}

// Run as a program (node dist-server/main.js), not when imported.
if (process.argv[1] && /[\\/]main\.(js|mjs)$/.test(process.argv[1])) await runFromEnv();
