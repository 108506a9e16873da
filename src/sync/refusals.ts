// How the page recognises that the server refused one of its changes for its size (and so
// will refuse it again on every reconnect), as opposed to a connection that merely dropped;
// and which reasons for a closed connection are worth telling the person.
// Hocuspocus hands the page a closed document's reason but not its code, so the server ends
// such reasons with a sentence the page looks for; the WebSocket layer itself closes a frame
// far above the limit with code 1009 and no reason.

/** The last sentence of every reason for a refused change (server/limits.ts). */
export const NOT_SAVED = 'It was not saved.';

/** WebSocket close code for a frame over the server's maximum payload. */
const MESSAGE_TOO_BIG = 1009;

/** The message to show when a close means "this change was refused", or null for any other close. */
export function refusedChange(event: { code?: number; reason?: string }): string | null {
  if (event.reason?.endsWith(NOT_SAVED)) return event.reason;
  if (event.code === MESSAGE_TOO_BIG) return `This change is too large for the server to accept. ${NOT_SAVED}`;
  return null;
}

/**
 * What Hocuspocus and the provider call a closed connection ("Reset Connection" when the server
 * stops or restarts, "forced" when it stopped answering): words that mean nothing to a reader.
 * Such a close is said by the connection badge alone ("Offline — your changes are kept…").
 */
const LIBRARY_REASONS = new Set(['Reset Connection', 'Connection Timeout', 'forced', 'Unauthorized', 'Forbidden', 'Message Too Big']);

/** The server's own reason for closing this page's connection, worth a notice; null when the badge says enough. */
export function closeReason(event: { code?: number; reason?: string }): string | null {
  const reason = event.reason?.trim();
  if (!reason || LIBRARY_REASONS.has(reason)) return null;
  return reason;
}
