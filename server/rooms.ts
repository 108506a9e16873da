// The rooms: who may join (auth), what a room's document is (persistence), what a connection
// may send (limits). A Hocuspocus extension, so the protocol itself stays Hocuspocus's.
import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { writeMap } from '../src/sync/binding.ts';
import type { ArgMap } from '../src/model/types.ts';
import { accessFor, hashSecret, isRoomId, newRoomSecrets, type RoomSecrets } from './auth.ts';
import { checkDocumentSize, checkMessageSize, malformed, RateLimiter, rateExceeded, roomFullReason, type Limits } from './limits.ts';
import type { RoomStore } from './store.ts';
import type { Log } from './log.ts';

const refuse = (reason: string) => Object.assign(new Error(reason), { reason });

/** A new room holding `map`; the secrets are returned once and only their hashes are kept. */
export async function createRoom(persistence: RoomStore, map: ArgMap): Promise<RoomSecrets> {
  const secrets = newRoomSecrets();
  const doc = new Y.Doc();
  writeMap(doc, map);
  await persistence.createRoom(
    secrets.room,
    { editHash: hashSecret(secrets.edit), viewHash: hashSecret(secrets.view) },
    Y.encodeStateAsUpdate(doc),
  );
  doc.destroy();
  return secrets;
}

/**
 * The document changes a raw client message carries (sync step 2 or update), or null for other
 * messages. Throws when the changes cannot be read: that connection is closed, nothing applied.
 */
function changesIn(message: Uint8Array): Uint8Array | null {
  let update: Uint8Array;
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder); // the room
    if (decoding.readVarUint(decoder) !== 0) return null; // not a sync message
    if (decoding.readVarUint(decoder) === 0) return null; // sync step 1: a request, no changes
    update = decoding.readVarUint8Array(decoder);
    Y.decodeUpdate(update); // reads every struct: garbage throws here, not inside the document
  } catch {
    throw malformed();
  }
  return update;
}

export function roomsExtension(persistence: RoomStore, limits: Limits, log: Log): Extension {
  const roomBytes = new Map<string, number>();
  const rates = new Map<string, RateLimiter>();

  return {
    extensionName: 'argmap-rooms',

    async onAuthenticate({ documentName, token, connectionConfig, instance }) {
      const room = isRoomId(documentName) ? await persistence.room(documentName) : null;
      if (!room) throw refuse('This room does not exist on this server. Check the link.');
      const access = accessFor(token ?? '', room);
      if (!access) throw refuse('This link does not open this room: its secret is not valid.');
      if ((instance.documents.get(documentName)?.getConnectionsCount() ?? 0) >= limits.maxConnectionsPerRoom)
        throw refuse(roomFullReason(limits));
      // View links get a read-only connection: Hocuspocus refuses (and never applies) their updates.
      connectionConfig.readOnly = access === 'view';
      return { access };
    },

    async onLoadDocument({ documentName, document }) {
      const state = await persistence.load(documentName);
      if (state) Y.applyUpdate(document, state);
      roomBytes.set(documentName, await persistence.size(documentName));
      log('room opened', { room: documentName.slice(0, 6) });
    },

    async afterLoadDocument({ documentName, document }) {
      // Logged synchronously while the change is applied: before the server acknowledges it.
      document.on('update', (update: Uint8Array) => {
        persistence.append(documentName, update);
        roomBytes.set(documentName, (roomBytes.get(documentName) ?? 0) + update.length);
      });
    },

    async beforeHandleMessage({ update, socketId, documentName, connection }) {
      checkMessageSize(limits, update.length);
      let rate = rates.get(socketId);
      if (!rate) rates.set(socketId, (rate = new RateLimiter(limits.messagesPerSecond, limits.messageBurst)));
      if (!rate.take()) throw rateExceeded(limits);
      const changes = changesIn(update);
      if (changes) checkDocumentSize(limits, roomBytes.get(documentName) ?? 0, update.length);
      // An asynchronous database logs the change now, so it is durable before it is acknowledged.
      if (changes && persistence.appendBeforeAck && !connection.readOnly) await persistence.appendBeforeAck(documentName, changes);
    },

    async onStoreDocument({ documentName, document }) {
      await persistence.compact(documentName, document);
      roomBytes.set(documentName, await persistence.size(documentName));
    },

    async onDisconnect({ socketId }) {
      rates.delete(socketId);
    },

    async afterUnloadDocument({ documentName }) {
      roomBytes.delete(documentName);
    },
  };
}
