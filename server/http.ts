// Plain HTTP beside the sync endpoint: the built app (dist/) and POST /api/rooms, which makes
// a room from a map file and answers with the room id and its two secrets.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { loadMapJson } from '../src/model/format/load.ts';
import { originAllowed } from './auth.ts';
import { createRoom } from './rooms.ts';
import type { Limits } from './limits.ts';
import type { RoomStore } from './store.ts';
import type { Log } from './log.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface HttpContext {
  dist: string;
  persistence: RoomStore;
  /** /healthz, /readyz, /metrics (health.ts); answers true when it handled the request. */
  health?: (pathname: string, res: ServerResponse) => Promise<boolean>;
  limits: Limits;
  allowedOrigins: readonly string[];
  log: Log;
}

const send = (res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') => {
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
};

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), TYPES['.json']);

export async function handleRequest(req: IncomingMessage, res: ServerResponse, ctx: HttpContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/api/rooms') return createRoomRequest(req, res, ctx);
  if (ctx.health && (await ctx.health(url.pathname, res))) return;
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  return serveFile(url.pathname, res, ctx.dist);
}

async function createRoomRequest(req: IncomingMessage, res: ServerResponse, ctx: HttpContext) {
  if (req.method !== 'POST') return json(res, 405, { error: 'Use POST to create a room.' });
  if (!originAllowed(req.headers.origin, req.headers.host, ctx.allowedOrigins))
    return json(res, 403, { error: 'Rooms can only be created from the Argmap app served by this server.' });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > ctx.limits.maxDocumentBytes) return json(res, 413, { error: "This map is larger than the server's size limit for a room." });
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return json(res, 400, { error: 'The map sent is not valid JSON.' });
  }
  const loaded = loadMapJson(body);
  if (!loaded.ok) return json(res, 400, { error: loaded.error });
  const secrets = await createRoom(ctx.persistence, loaded.map);
  ctx.log('room created', { room: secrets.room.slice(0, 6) });
  return json(res, 201, secrets);
}

async function serveFile(pathname: string, res: ServerResponse, dist: string) {
  const root = resolve(dist);
  let file = normalize(join(root, decodeURIComponent(pathname)));
  if (!file.startsWith(root)) return send(res, 404, 'Not found');
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  } catch {
    return send(res, 404, 'Not found');
  }
  try {
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = file.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' });
    res.end(body);
  } catch {
    send(res, 404, 'Not found');
  }
}
