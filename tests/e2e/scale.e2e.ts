// Two sync server instances sharing rooms through Redis, rooms in PostgreSQL (real servers from
// the Debian packages, testkit/services.ts), and two Chromium pages, one on each instance:
// what docs/deploy.md tells a new user to try.
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { buildServer, freePort, spawnServer, type Spawned } from '../../testkit/server-process.ts';
import { tempDataFile } from '../../testkit/sync.ts';
import {
  skipScaleTests,
  startPostgres,
  startProxy,
  startRedis,
  type PostgresServer,
  type ProxyServer,
  type RedisServer,
} from '../../testkit/services.ts';
import { VIEWPORT, waitForMap, type ArgMap } from './helpers.ts';
import type { RoomState } from '../../src/store/room.ts';

let browser: Browser;
let redis: RedisServer;
let postgres: PostgresServer;
let database: string;
let proxy: ProxyServer | undefined;
const instances: Spawned[] = [];
const contexts: BrowserContext[] = [];

const SKIP = skipScaleTests();

beforeAll(async () => {
  if (SKIP) return;
  [redis, postgres] = await Promise.all([startRedis(), startPostgres(), buildServer()]);
  database = await postgres.database('scale_e2e');
  for (let i = 0; i < 2; i++) instances.push(await startInstance());
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  for (const s of instances) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  await Promise.all([redis?.stop(), postgres?.stop(), proxy?.stop()]);
});

const startInstance = async () =>
  spawnServer(await freePort(), tempDataFile(), inject('distDir'), { ARGMAP_DATABASE_URL: database, ARGMAP_REDIS_URL: redis.url });
/** How many clients an instance holds, from its /metrics. */
const connectionsOf = async (s: Spawned) => Number(/^argmap_connections (\d+)$/m.exec(await (await fetch(`${s.url}/metrics`)).text())?.[1]);

async function openPage(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const mapOf = (page: Page) => page.evaluate(() => window.argmap!.store.getState().map as ArgMap);
const roomOf = (page: Page) => page.evaluate(() => window.argmap!.store.getState().room as RoomState | null);
const connected = async (page: Page) => (await roomOf(page))?.ready && (await roomOf(page))?.status;

it.skipIf(SKIP)(
  'two pages on two instances edit one map together and see each other',
  async () => {
    const [one, two] = instances as [Spawned, Spawned];
    const a = await openPage(`${one.url}/`);
    await waitForMap(a, 'claim-main');
    await a.getByRole('button', { name: 'Share…' }).click();
    await expect.poll(() => connected(a)).toBe('connected');
    const edit = (await roomOf(a))!.links.edit!;
    expect(edit.startsWith(one.url)).toBe(true);

    const b = await openPage(edit.replace(one.url, two.url)); // the same link, on the other instance
    await expect.poll(() => connected(b)).toBe('connected');
    await waitForMap(b, 'claim-main');
    expect(await mapOf(b)).toEqual(await mapOf(a));

    await a.evaluate(() => window.argmap!.store.getState().updateNode('claim-main', { text: 'Typed on instance one' }));
    await expect.poll(async () => (await mapOf(b)).nodes.find((n) => n.id === 'claim-main')?.text).toBe('Typed on instance one');
    await b.evaluate(() => window.argmap!.store.getState().moveNodes({ 'claim-main': { x: 777, y: 333 } }));
    await expect.poll(async () => (await mapOf(a)).nodes.find((n) => n.id === 'claim-main')?.position).toEqual({ x: 777, y: 333 });
    await expect.poll(async () => (await roomOf(a))!.people.length).toBe(2);
    await expect.poll(async () => (await roomOf(b))!.people.length).toBe(2);
  },
  90_000,
);

it.skipIf(SKIP)(
  'behind deploy/Caddyfile, one address: pages land on both instances, edit together, and carry on when one dies',
  async () => {
    const pair = [await startInstance(), await startInstance()];
    instances.push(...pair);
    proxy = await startProxy(pair.map((s) => s.url.replace('http://', '')));
    const a = await openPage(`${proxy.url}/`);
    await waitForMap(a, 'claim-main');
    await a.getByRole('button', { name: 'Share…' }).click();
    await expect.poll(() => connected(a)).toBe('connected');
    const edit = (await roomOf(a))!.links.edit!;
    expect(edit.startsWith(proxy.url)).toBe(true); // links name the public address, not an instance
    const b = await openPage(edit);
    await expect.poll(() => connected(b)).toBe('connected');
    // least_conn spreads the two pages' WebSockets over the two instances.
    await expect.poll(() => Promise.all(pair.map(connectionsOf))).toEqual([1, 1]);

    await a.evaluate(() => window.argmap!.store.getState().updateNode('claim-main', { text: 'Through the proxy' }));
    await expect.poll(async () => (await mapOf(b)).nodes.find((n) => n.id === 'claim-main')?.text).toBe('Through the proxy');

    // One instance dies: its page reconnects through the proxy to the other, and both carry on.
    pair[0]!.child.kill('SIGKILL');
    await pair[0]!.exited;
    await expect.poll(() => connectionsOf(pair[1]!), { timeout: 40_000 }).toBe(2);
    await expect.poll(() => Promise.all([connected(a), connected(b)]), { timeout: 20_000 }).toEqual(['connected', 'connected']);
    await b.evaluate(() => window.argmap!.store.getState().updateNode('claim-main', { text: 'After one instance died' }));
    await expect.poll(async () => (await mapOf(a)).nodes.find((n) => n.id === 'claim-main')?.text).toBe('After one instance died');
    await a.evaluate(() => window.argmap!.store.getState().moveNodes({ 'claim-main': { x: 111, y: 222 } }));
    await expect.poll(async () => (await mapOf(b)).nodes.find((n) => n.id === 'claim-main')?.position).toEqual({ x: 111, y: 222 });
  },
  120_000,
);
