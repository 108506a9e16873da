// A light load client: one real WebSocket connection that authenticates, syncs the room and then
// sends its own edits through the binding, as the app does, but only counts what the room
// broadcasts instead of applying it. A full client re-projects the map on every peer change
// (~0.1 ms); a thousand of them on this 2-core machine would load the driver, not the server,
// which does the same work for either kind. It speaks the Hocuspocus wire format: every message
// is the document name, a message type, then the payload (auth token, or a Yjs sync message).
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MapBinding } from '../src/sync/binding.ts';
import type { TestClient } from '../testkit/sync.ts';

const SYNC = 0;
const AUTH = 2;
const SYNC_STATUS = 8;
const PING = 9;
const PONG = 10;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;
const AUTH_OK = 2;
const PROTOCOL_VERSION = '4.8.0';

/** What the load scripts need of a client, light or full. */
export interface LoadClient {
  readonly binding: MapBinding;
  /** Resolves once the room's map is here. */
  readonly synced: Promise<void>;
  /** Updates sent and not yet acknowledged by the server. */
  unacknowledged(): number;
  destroy(): void;
}

/** A full client (provider + binding, applying every peer change) as a load client. */
export const loadClientOf = (client: TestClient): LoadClient => ({
  binding: client.binding,
  synced: client.synced,
  unacknowledged: () => client.provider.unsyncedChanges,
  destroy: () => client.destroy(),
});

export function connectLightClient(wsUrl: string, room: string, token: string, origin: string): LoadClient {
  const doc = new Y.Doc();
  const binding = new MapBinding(doc);
  const socket = new WebSocket(wsUrl, { origin });
  let isSynced = false;
  let unacked = 0;
  let resolveSynced!: () => void;
  let rejectSynced!: (e: Error) => void;
  const synced = new Promise<void>((resolve, reject) => ((resolveSynced = resolve), (rejectSynced = reject)));

  const send = (type: number, write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, room);
    encoding.writeVarUint(e, type);
    write(e);
    socket.send(encoding.toUint8Array(e));
  };
  const syncMessage = (step: number, payload: Uint8Array) => (e: encoding.Encoder) => {
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  };

  // Only this client's own changes go out: the binding writes them, the doc reports them.
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== binding.origin || !isSynced) return;
    unacked++;
    send(SYNC, syncMessage(SYNC_UPDATE, update));
  });

  socket.on('open', () =>
    send(AUTH, (e) => {
      encoding.writeVarUint(e, AUTH_TOKEN);
      encoding.writeVarString(e, token);
      encoding.writeVarString(e, PROTOCOL_VERSION);
    }),
  );
  socket.on('message', (data: Buffer) => {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (bytes.length === 1 && bytes[0] === PING) return socket.send(Uint8Array.of(PONG));
    const d = decoding.createDecoder(bytes);
    decoding.readVarString(d);
    const type = decoding.readVarUint(d);
    if (type === AUTH) {
      const answer = decoding.readVarUint(d);
      if (answer === AUTH_DENIED) rejectSynced(new Error(`refused: ${decoding.readVarString(d)}`));
      if (answer === AUTH_OK) send(SYNC, syncMessage(SYNC_STEP_1, Y.encodeStateVector(doc)));
    } else if (type === SYNC) {
      const step = decoding.readVarUint(d);
      if (step === SYNC_STEP_1) {
        unacked++; // the server acknowledges this answer like an update
        send(SYNC, syncMessage(SYNC_STEP_2, Y.encodeStateAsUpdate(doc, decoding.readVarUint8Array(d))));
      } else if (step === SYNC_STEP_2 && !isSynced) {
        Y.applyUpdate(doc, decoding.readVarUint8Array(d), 'server');
        isSynced = true;
        resolveSynced();
      } // peers' updates (SYNC_UPDATE, or a late step 2) are dropped unread
    } else if (type === SYNC_STATUS && decoding.readVarInt(d) === 1) unacked--;
  });
  socket.on('close', (code, reason) => {
    if (!isSynced) rejectSynced(new Error(`closed ${code} ${reason.toString()}`));
  });

  return {
    binding,
    synced,
    unacknowledged: () => unacked,
    destroy: () => {
      binding.destroy();
      socket.close();
    },
  };
}
