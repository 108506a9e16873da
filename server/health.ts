// For a load balancer and a monitor: /healthz (the process answers), /readyz (the database and,
// when configured, Redis answer; otherwise 503 with the reason), /metrics (Prometheus text).
import type { Extension, Hocuspocus } from '@hocuspocus/server';
import type { ServerResponse } from 'node:http';
import type { RoomStore } from './store.ts';

const WINDOW_MS = 10_000;

/** Counts document changes from this instance's clients, for updates/s. */
export class Metrics {
  private changes: number[] = [];
  total = 0;
  readonly extension: Extension = {
    extensionName: 'argmap-metrics',
    onChange: async ({ transactionOrigin }) => {
      if ((transactionOrigin as { source?: string } | undefined)?.source !== 'connection') return;
      this.total++;
      this.changes.push(Date.now());
    },
  };
  perSecond(now = Date.now()): number {
    while (this.changes.length && this.changes[0]! < now - WINDOW_MS) this.changes.shift();
    return this.changes.length / (WINDOW_MS / 1000);
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;

async function reason(name: string, check: () => Promise<void>): Promise<string | null> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s')), 2000).unref());
  try {
    await Promise.race([check(), timeout]);
    return null;
  } catch (e) {
    return `${name}: ${(e as Error).message || String(e)}`;
  }
}

export function healthHandler(
  store: RoomStore & { writeTimes?: number[] },
  instance: () => Hocuspocus,
  metrics: Metrics,
  redis?: { check(): Promise<void> },
) {
  return async (pathname: string, res: ServerResponse): Promise<boolean> => {
    const text = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (pathname === '/healthz') return (text(200, 'ok\n'), true);
    if (pathname === '/readyz') {
      const problems = (
        await Promise.all([reason(`database (${store.kind})`, () => store.check()), redis ? reason('redis', () => redis.check()) : null])
      ).filter(Boolean);
      return (text(problems.length ? 503 : 200, problems.length ? `not ready\n${problems.join('\n')}\n` : 'ready\n'), true);
    }
    if (pathname === '/metrics') {
      const times = (store.writeTimes?.splice(0) ?? []).sort((a, b) => a - b);
      const hp = instance();
      const lines = [
        '# HELP argmap_rooms_open Rooms loaded in this instance.',
        '# TYPE argmap_rooms_open gauge',
        `argmap_rooms_open ${hp.getDocumentsCount()}`,
        '# HELP argmap_connections Open client connections.',
        '# TYPE argmap_connections gauge',
        `argmap_connections ${hp.getConnectionsCount()}`,
        "# HELP argmap_updates_total Document changes received from this instance's clients.",
        '# TYPE argmap_updates_total counter',
        `argmap_updates_total ${metrics.total}`,
        '# HELP argmap_updates_per_second Changes per second from clients, over the last 10 s.',
        '# TYPE argmap_updates_per_second gauge',
        `argmap_updates_per_second ${metrics.perSecond()}`,
        '# HELP argmap_persistence_write_seconds Database write latency since the previous scrape.',
        '# TYPE argmap_persistence_write_seconds summary',
        ...[0.5, 0.95, 0.99].map((q) => `argmap_persistence_write_seconds{quantile="${q}"} ${quantile(times, q) / 1000}`),
        `argmap_persistence_write_seconds_sum ${times.reduce((a, b) => a + b, 0) / 1000}`,
        `argmap_persistence_write_seconds_count ${times.length}`,
      ];
      return (text(200, lines.join('\n') + '\n', 'text/plain; version=0.0.4; charset=utf-8'), true);
    }
    return false;
  };
}
