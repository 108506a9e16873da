// What one room and one connection may do, and the message each refusal gives the client.
// Numbers come from the environment (ARGMAP_MAX_*), with defaults sized for a classroom.
import { NOT_SAVED } from '../src/sync/refusals.ts';

export interface Limits {
  /** Bytes in one WebSocket message. */
  maxMessageBytes: number;
  /** Bytes of a room's document (its saved state plus the changes since). */
  maxDocumentBytes: number;
  /** People (connections) in one room at once. */
  maxConnectionsPerRoom: number;
  /** Messages per second one connection may send, on average (a drag sends one per frame). */
  messagesPerSecond: number;
  /** Messages a connection may send in a burst above that rate. */
  messageBurst: number;
}

const number = (env: NodeJS.ProcessEnv, name: string, fallback: number) => {
  const value = Number(env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  return {
    maxMessageBytes: number(env, 'ARGMAP_MAX_MESSAGE_BYTES', 2 * 1024 * 1024),
    maxDocumentBytes: number(env, 'ARGMAP_MAX_DOCUMENT_BYTES', 16 * 1024 * 1024),
    maxConnectionsPerRoom: number(env, 'ARGMAP_MAX_CONNECTIONS_PER_ROOM', 50),
    messagesPerSecond: number(env, 'ARGMAP_MESSAGES_PER_SECOND', 120),
    messageBurst: number(env, 'ARGMAP_MESSAGE_BURST', 240),
  };
}

/** A refusal that closes the connection with a code and a reason the client shows as it is (see src/sync/refusals.ts). */
export class LimitExceeded extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** "2 MB", "1.5 MB"; below 1 MB in kB (a test server's limits are small). */
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} kB` : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function checkMessageSize(limits: Limits, bytes: number): void {
  if (bytes > limits.maxMessageBytes)
    throw new LimitExceeded(
      4413,
      `This change is too large to send (${size(bytes)}; the server accepts up to ${size(limits.maxMessageBytes)} at once). ${NOT_SAVED}`,
    );
}

export function checkDocumentSize(limits: Limits, currentBytes: number, incomingBytes: number): void {
  if (currentBytes + incomingBytes > limits.maxDocumentBytes)
    throw new LimitExceeded(4507, `This map has reached the server's size limit (${size(limits.maxDocumentBytes)}). ${NOT_SAVED}`);
}

export function roomFullReason(limits: Limits): string {
  return `This room is full: at most ${limits.maxConnectionsPerRoom} people can be in it at once.`;
}

/** A token bucket per connection: `rate` messages per second on average, `burst` at once. */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one token; false when the connection is sending faster than allowed. */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export function rateExceeded(limits: Limits): LimitExceeded {
  return new LimitExceeded(4429, `Too many changes too fast (more than ${limits.messagesPerSecond} a second); reconnecting.`);
}

export function malformed(): LimitExceeded {
  return new LimitExceeded(4400, 'The server could not read a message from this connection and closed it; nothing of it was applied.');
}
