// Room ids and the two capabilities of a room: the edit secret and the view secret, each in
// its own link. Ids and secrets are random (128 and 256 bits); the database keeps only
// hashes of the secrets, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type Access = 'edit' | 'view';

export interface RoomSecrets {
  room: string;
  edit: string;
  view: string;
}

const ROOM_ID = /^[A-Za-z0-9_-]{22}$/;

export const isRoomId = (id: string) => ROOM_ID.test(id);

export function newRoomSecrets(): RoomSecrets {
  return {
    room: randomBytes(16).toString('base64url'),
    edit: randomBytes(32).toString('base64url'),
    view: randomBytes(32).toString('base64url'),
  };
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Which access a presented secret grants, if any. */
export function accessFor(secret: string, hashes: { editHash: string; viewHash: string }): Access | null {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const matches = (hash: string) => {
    const stored = Buffer.from(hash, 'hex');
    return stored.length === presented.length && timingSafeEqual(stored, presented);
  };
  if (matches(hashes.editHash)) return 'edit';
  if (matches(hashes.viewHash)) return 'view';
  return null;
}

/**
 * Only the app's own origin may connect (or create rooms), unless more are allowed by
 * ARGMAP_ALLOWED_ORIGINS (comma-separated). The own origin is the one the request was sent to.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return false;
  if (allowed.includes(origin) || allowed.includes('*')) return true;
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}
