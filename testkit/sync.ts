// A sync server in this process (on a free loopback port, its own SQLite file) and Node
// clients that connect to it the way the app does: Hocuspocus provider + the binding. Used by
// the server tests and by the load scripts (scripts/load-*.ts).
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../server/main.ts';
import type { Limits } from '../server/limits.ts';
import { MapBinding } from '../src/sync/binding.ts';
import { toMapFile } from '../src/model/format/save.ts';
import type { ArgMap } from '../src/model/types.ts';

export const tempDataFile = () => join(mkdtempSync(join(tmpdir(), 'argmap-server-')), 'rooms.sqlite');

export async function startTestServer(limits: Partial<Limits> = {}, dataFile = tempDataFile()) {
  const lines: string[] = [];
  const running = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataFile,
    dist: join(tmpdir(), 'argmap-no-dist'),
    allowedOrigins: [],
    limits,
    log: (event, fields = {}) => lines.push(`${event} ${JSON.stringify(fields)}`),
  });
  return { ...running, lines, dataFile, wsUrl: running.url.replace('http', 'ws') };
}

export async function createRoom(url: string, map: ArgMap, origin = url) {
  const res = await fetch(`${url}/api/rooms`, { method: 'POST', headers: { Origin: origin }, body: JSON.stringify(toMapFile(map)) });
  return { status: res.status, body: (await res.json()) as { room: string; edit: string; view: string; error?: string } };
}

/** A WebSocket class for the provider that sends an Origin header, as a browser does. */
export const socketWithOrigin = (origin: string) =>
  class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { origin });
    }
  };

export interface TestClient {
  doc: Y.Doc;
  binding: MapBinding;
  provider: HocuspocusProvider;
  closes: { code: number; reason: string }[];
  authFailures: string[];
  synced: Promise<void>;
  destroy(): void;
}

export function connectClient(wsUrl: string, room: string, token: string, origin = wsUrl.replace('ws', 'http')): TestClient {
  const doc = new Y.Doc();
  const closes: TestClient['closes'] = [];
  const authFailures: string[] = [];
  let resolveSynced!: () => void;
  const synced = new Promise<void>((r) => (resolveSynced = r));
  // The provider passes these on to the WebSocket it makes (not in its declared options).
  const provider = new HocuspocusProvider({
    url: wsUrl,
    WebSocketPolyfill: socketWithOrigin(origin),
    maxAttempts: 1,
    name: room,
    token,
    document: doc,
    onSynced: () => resolveSynced(),
    onClose: ({ event }) => closes.push({ code: event.code, reason: event.reason }),
    onAuthenticationFailed: ({ reason }) => authFailures.push(reason),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  const binding = new MapBinding(doc);
  return {
    doc,
    binding,
    provider,
    closes,
    authFailures,
    synced,
    destroy() {
      provider.destroy();
    },
  };
}

/** Every change this client made has been acknowledged by the server. */
export const acknowledged = (client: TestClient) => client.provider.unsyncedChanges === 0 && client.provider.isSynced;
