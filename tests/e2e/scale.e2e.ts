// Two sync server instances sharing rooms through Redis, rooms in PostgreSQL (real servers from
// the Debian packages, tests/server/services.ts), and two Chromium pages, one on each instance:
// what docs/deploy.md tells a new user to try.
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { buildServer, freePort, spawnServer, type Spawned } from '../server/process.ts';
import { tempDataFile } from '../server/helpers.ts';
import { skipScaleTests, startPostgres, startRedis, type PostgresServer, type RedisServer } from '../server/services.ts';
import { VIEWPORT, waitForMap, type ArgMap } from './helpers.ts';
import type { RoomState } from '../../src/store/room.ts';

let browser: Browser;
let redis: RedisServer;
let postgres: PostgresServer;
const instances: Spawned[] = [];
const contexts: BrowserContext[] = [];

const SKIP = skipScaleTests();

beforeAll(async () => {
  if (SKIP) return;
  [redis, postgres] = await Promise.all([startRedis(), startPostgres(), buildServer()]);
  const db = await postgres.database('scale_e2e');
  for (let i = 0; i < 2; i++)
    instances.push(await spawnServer(await freePort(), tempDataFile(), inject('distDir'), { ARGMAP_DATABASE_URL: db, ARGMAP_REDIS_URL: redis.url }));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  for (const s of instances) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  await Promise.all([redis?.stop(), postgres?.stop()]);
});

async function openPage(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const mapOf = (page: Page) => page.evaluate(() => window.argmap!.store.getState().map as ArgMap);
const roomOf = (page: Page) => page.evaluate(() => window.argmap!.store.getState().room as RoomState | null);
const connected = async (page: Page) => (await roomOf(page))?.ready && (await roomOf(page))?.status;

it.skipIf(SKIP)('two pages on two instances edit one map together and see each other', async () => {
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
}, 90_000);
