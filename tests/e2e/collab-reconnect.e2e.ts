// Working together through a server restart (issue #22, items 6 and 7): what the pages say
// while the server is away, and how soon every open page has every edit once it is back.
// A real server process, stopped (SIGTERM, as Ctrl+C) or killed (SIGKILL) and started again on
// the same port and data file; two real Chromium pages.
import type { Page } from 'playwright-core';
import { mapOf, roomOf, setupCollab, store, textOf } from './collab-helpers.ts';

const { shareFromNewPage, join, server, restartServer } = setupCollab();

const OFFLINE = 'Offline — your changes are kept and will be sent';
const badge = (page: Page) => page.locator('.room-status').textContent();
/** What the library calls things, which means nothing to the person reading it. */
const LIBRARY_WORDS = /Reset Connection|Reconnecting|closed the connection|provider|websocket/i;

describe('working together: the server goes away and comes back', () => {
  // A test that failed while the server was away leaves it away.
  beforeEach(async () => {
    if (server().child.exitCode !== null || server().child.signalCode !== null) await restartServer();
  });

  it('while the server is stopped, every page says it is offline and that its changes are kept, in plain words', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    server().child.kill('SIGTERM');
    await server().exited;
    for (const page of [a, b]) await expect.poll(() => badge(page)).toBe(OFFLINE);
    await store(b, 'updateNode', 'claim-main', { text: 'Typed while the server was stopped' });
    expect(await badge(b)).toBe(OFFLINE);
    for (const page of [a, b]) expect((await page.locator('.notices').textContent()) ?? '').not.toMatch(LIBRARY_WORDS);

    await restartServer();
    for (const page of [a, b]) await expect.poll(() => badge(page), { timeout: 30_000 }).toBe('Connected');
    await expect.poll(() => textOf(a, 'claim-main')).toBe('Typed while the server was stopped');
    for (const page of [a, b]) expect((await page.locator('.notices').textContent()) ?? '').not.toMatch(LIBRARY_WORDS);
  });

  it('killed for a while, then back: every open page has every edit within a few seconds', async () => {
    const { a, edit } = await shareFromNewPage();
    // Four pages: the slowest one to come back is what everyone waits for.
    const [b, c, d] = [await join(edit), await join(edit), await join(edit)];
    const pages = [a, b, c, d];
    server().child.kill('SIGKILL');
    await server().exited;
    for (const page of pages) await expect.poll(async () => (await roomOf(page))!.status).not.toBe('connected');
    await store(a, 'updateNode', 'claim-main', { text: 'Edited on A while the server was down' });
    const added = (await store(b, 'addNode', 'premise', { x: 10, y: 10 }, { edit: false })) as string;
    await store(b, 'updateNode', added, { text: 'Added on B while the server was down' });

    // The outage itself (not a wait for something): long enough for the pages' back-off to grow, as in a real restart.
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    await restartServer();
    const back = Date.now();
    const hasBoth = async (page: Page) => {
      const map = await mapOf(page);
      return (
        map.nodes.find((n) => n.id === 'claim-main')?.text === 'Edited on A while the server was down' &&
        map.nodes.some((n) => n.id === added && n.text === 'Added on B while the server was down')
      );
    };
    await Promise.all(pages.map((page) => expect.poll(() => hasBoth(page), { timeout: 60_000, interval: 100 }).toBe(true)));
    const converged = Date.now() - back;
    console.log(`every page had every edit ${converged} ms after the server was back (outage ${OUTAGE_MS / 1000} s)`);
    expect(converged).toBeLessThan(CONVERGED_WITHIN_MS);
    for (const page of pages) await expect.poll(() => badge(page)).toBe('Connected');
  }, 120_000);
});

/** How long the server stays down in the second test. */
const OUTAGE_MS = 20_000;
/** "A few seconds": the back-off's longest wait, and the time to reconnect and sync, with room to spare on a busy machine. */
const CONVERGED_WITHIN_MS = 5_000;
