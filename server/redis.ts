// ARGMAP_REDIS_URL: instances share rooms through Redis pub/sub (Hocuspocus's Redis extension).
// One addition: when Redis comes back after an outage, every open room asks the other instances
// for what it missed (a sync step 1), so changes made on either side meanwhile meet again even if
// nobody edits afterwards.
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type { Hocuspocus } from '@hocuspocus/server';
import IORedis from 'ioredis';
import type { Log } from './log.ts';

export interface SharedRooms {
  extension: RedisExtension;
  /** Resolves when Redis answers a PING; rejects with the reason otherwise. */
  check(): Promise<void>;
  attach(instance: Hocuspocus): void;
}

export function redisExtension(url: string, log: Log): SharedRooms {
  // While Redis is down, commands fail after one reconnect attempt instead of piling up: rooms
  // keep serving their own clients, and the resync below fills the gap once it is back.
  const options = { maxRetriesPerRequest: 1, retryStrategy: (times: number) => Math.min(times * 200, 2000) };
  const clients: IORedis[] = [];
  const extension = new RedisExtension({
    createClient: () => {
      const client = new IORedis(url, options);
      client.on('error', () => {}); // reported by /readyz and the down/back lines below
      clients.push(client);
      return client;
    },
  });
  const [pub, sub] = clients as [IORedis, IORedis];
  let instance: Hocuspocus | undefined;
  let down = false;
  const lost = () => {
    if (!down) log('redis down');
    down = true;
  };
  const ready = () => {
    if (!down || pub.status !== 'ready' || sub.status !== 'ready') return;
    down = false;
    log('redis back');
    for (const [name, doc] of instance?.documents ?? []) {
      void sub.subscribe(ext.subKey(name)).catch(() => {}); // rooms opened while Redis was down
      void ext.publishFirstSyncStep(name, doc).catch(() => {});
    }
  };
  // A room opened while Redis is down still opens, for this instance's clients; it joins the
  // other instances when Redis is back (above).
  const ext = extension as unknown as { subKey(name: string): string; publishFirstSyncStep(name: string, doc: unknown): Promise<unknown> };
  const joinRoom = extension.afterLoadDocument.bind(extension);
  extension.afterLoadDocument = async (data) => {
    try {
      await joinRoom(data);
    } catch (e) {
      if (!down) throw e;
      log('room opened without redis', { room: data.documentName.slice(0, 6) });
    }
  };
  for (const client of [pub, sub]) client.on('close', lost).on('ready', ready);
  return {
    extension,
    attach: (i) => (instance = i),
    async check() {
      if (pub.status !== 'ready' || sub.status !== 'ready') throw new Error(`Redis is not reachable (${sub.status})`);
      await pub.ping();
    },
  };
}
