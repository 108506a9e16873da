// Working together: a real sync server process (npm run serve's build, on a free loopback
// port, stopped by pid) and real Chromium pages sharing one map. More in collab-more.e2e.ts.
import type { Page } from 'playwright-core';
import { mapOf, roomOf, setupCollab, store, textOf } from './collab-helpers.ts';
import { seriousViolations } from './axe.ts';

const { shareFromNewPage, join, server, restartServer } = setupCollab();

/** Cuts a page's connection to the room, or restores it (its provider's WebSocket). */
const setConnected = (page: Page, connected: boolean) =>
  page.evaluate((connected) => {
    const socket = (
      window.argmap as unknown as { room: { provider: { configuration: { websocketProvider: { connect(): void; disconnect(): void } } } } }
    ).room.provider.configuration.websocketProvider;
    if (connected) socket.connect();
    else socket.disconnect();
  }, connected);

describe('working together on one map', () => {
  it('two pages see each other’s add, edit, move, delete and layout', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    expect(await mapOf(b)).toEqual(await mapOf(a));

    // Presence: both are listed; B's selection is outlined on A's canvas in B's colour, and B's pointer shows.
    await expect.poll(async () => (await roomOf(a))!.people.length).toBe(2);
    await store(b, 'select', ['claim-main']);
    const bColor = await b.evaluate(() => {
      const r = window.argmap!.store.getState().room!;
      return r.people.find((p) => p.clientId === r.selfId)!.color;
    });
    await expect
      .poll(() => a.evaluate(() => getComputedStyle(document.querySelector('.react-flow__node[data-id="claim-main"]')!).outlineColor))
      .toBe(`rgb(${parseInt(bColor.slice(1, 3), 16)}, ${parseInt(bColor.slice(3, 5), 16)}, ${parseInt(bColor.slice(5, 7), 16)})`);
    await b.mouse.move(700, 450);
    await b.mouse.move(720, 460);
    await expect.poll(() => a.locator('.presence-pointer').count()).toBe(1);

    await a.getByRole('button', { name: 'Add node', exact: true }).click();
    await a.keyboard.type('Added on A');
    await a.keyboard.press('Enter');
    await expect.poll(async () => (await mapOf(b)).nodes.some((n) => n.text === 'Added on A')).toBe(true);

    await store(b, 'updateNode', 'claim-main', { text: 'Edited on B' });
    await expect.poll(() => textOf(a, 'claim-main')).toBe('Edited on B');

    await store(a, 'moveNodes', { 'claim-main': { x: 4321, y: 1234 } });
    await expect.poll(async () => (await mapOf(b)).nodes.find((n) => n.id === 'claim-main')?.position).toEqual({ x: 4321, y: 1234 });

    const victim = (await mapOf(b)).nodes.find((n) => n.text === 'Added on A')!.id;
    await store(b, 'select', [victim]);
    await b.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(async () => (await mapOf(a)).nodes.some((n) => n.id === victim)).toBe(false);

    await a.getByRole('button', { name: 'Layout', exact: true }).click();
    await expect
      .poll(async () => JSON.stringify((await mapOf(b)).nodes.map((n) => n.position)))
      .toBe(JSON.stringify((await mapOf(a)).nodes.map((n) => n.position)));
    expect((await mapOf(b)).nodes.find((n) => n.id === 'claim-main')?.position).not.toEqual({ x: 4321, y: 1234 });

    // Undo on B takes back only B's own change (the delete), not A's layout.
    await store(b, 'undo');
    await expect.poll(async () => (await mapOf(a)).nodes.some((n) => n.id === victim)).toBe(true);
    expect(await textOf(a, 'claim-main')).toBe('Edited on B');
  });

  it('the share panel (links, name, people) has no serious or critical accessibility violation', async () => {
    const { a, edit } = await shareFromNewPage();
    await join(edit);
    // Sharing opens the panel; People toggles it.
    const panel = a.getByRole('dialog', { name: 'Share this map' });
    if (!(await panel.isVisible())) await a.getByRole('button', { name: /^People \(/ }).click();
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await seriousViolations(a)).toEqual([]);
  });

  it('concurrent typing in one node keeps both people’s characters', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    const original = (await textOf(a, 'claim-main'))!;
    // Truly concurrent: B is cut off while both change the same text, so neither change is
    // made on top of the other (with both online, the order they happen to arrive in decides).
    await setConnected(b, false);
    await expect.poll(async () => (await roomOf(b))!.status).not.toBe('connected');
    await store(a, 'updateNode', 'claim-main', { text: `AAA ${original}` });
    await store(b, 'updateNode', 'claim-main', { text: `${original} BBB` });
    await setConnected(b, true);
    await expect.poll(() => textOf(a, 'claim-main')).toBe(`AAA ${original} BBB`);
    await expect.poll(() => textOf(b, 'claim-main')).toBe(`AAA ${original} BBB`);
  });

  it('a view-only page cannot change anything, not even with a crafted update from the page', async () => {
    const { a, view } = await shareFromNewPage();
    const v = await join(view);
    expect((await roomOf(v))!.access).toBe('view');
    await expect.poll(() => v.getByRole('button', { name: 'Add node', exact: true }).isDisabled()).toBe(true);
    expect(await v.getByRole('button', { name: 'Delete', exact: true }).isDisabled()).toBe(true);
    await store(v, 'updateNode', 'claim-main', { text: 'Changed by a viewer' });
    expect(await textOf(v, 'claim-main')).not.toBe('Changed by a viewer');
    // Straight into the page's Y.Doc, which the provider sends to the server.
    await v.evaluate(() => {
      const { doc } = (window.argmap as unknown as { room: { doc: { getMap(n: string): { set(k: string, v: unknown): void } } } }).room;
      doc.getMap('meta').set('title', 'Hacked by a viewer');
    });
    // A change from A after the crafted one: once A's change reaches the viewer, the server has handled both.
    await store(a, 'setMeta', { description: 'after the crafted update' });
    await expect.poll(async () => (await mapOf(v)).meta.description).toBe('after the crafted update');
    const fresh = await join((await roomOf(a))!.links.edit!);
    expect((await mapOf(fresh)).meta.title).not.toBe('Hacked by a viewer');
    expect((await mapOf(a)).meta.title).not.toBe('Hacked by a viewer');
  });

  it('offline, both edit; on reconnect both edits are there', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    await b.evaluate(() =>
      (
        window.argmap as unknown as { room: { provider: { configuration: { websocketProvider: { disconnect(): void } } } } }
      ).room.provider.configuration.websocketProvider.disconnect(),
    );
    await expect.poll(async () => (await roomOf(b))!.status).not.toBe('connected');
    await store(a, 'updateNode', 'claim-main', { text: 'Online edit by A' });
    const offlineId = await store(b, 'addNode', 'premise', { x: 10, y: 10 }, { edit: false });
    await store(b, 'updateNode', offlineId, { text: 'Offline edit by B' });
    await b.evaluate(() =>
      (
        window.argmap as unknown as { room: { provider: { configuration: { websocketProvider: { connect(): void } } } } }
      ).room.provider.configuration.websocketProvider.connect(),
    );
    await expect.poll(() => textOf(a, offlineId as string)).toBe('Offline edit by B');
    await expect.poll(() => textOf(b, 'claim-main')).toBe('Online edit by A');
  });

  it('edits made offline are kept in the browser across a reload and reach the room afterwards', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    const roomId = (await roomOf(b))!.id;
    const storedUpdates = () =>
      b.evaluate(
        (name) =>
          new Promise<number>((resolve) => {
            const req = indexedDB.open(name);
            req.onsuccess = () => {
              const count = req.result.transaction('updates').objectStore('updates').count();
              count.onsuccess = () => {
                resolve(count.result);
                req.result.close();
              };
            };
          }),
        `argmap-room-${roomId}`,
      );
    await b.evaluate(() =>
      (
        window.argmap as unknown as { room: { provider: { configuration: { websocketProvider: { disconnect(): void } } } } }
      ).room.provider.configuration.websocketProvider.disconnect(),
    );
    await expect.poll(async () => (await roomOf(b))!.status).not.toBe('connected');
    const stored = await storedUpdates();
    await store(b, 'updateNode', 'claim-main', { text: 'Typed offline, then reloaded' });
    await expect.poll(storedUpdates).toBeGreaterThan(stored);
    expect(await textOf(a, 'claim-main')).not.toBe('Typed offline, then reloaded');
    await b.reload();
    await expect.poll(() => textOf(a, 'claim-main')).toBe('Typed offline, then reloaded');
  });

  it('the server is killed with SIGKILL and restarted: every acknowledged change is there, and pages reconnect', async () => {
    const { a, edit } = await shareFromNewPage();
    await store(a, 'updateNode', 'claim-main', { text: 'Acknowledged before the kill' });
    await store(a, 'setMeta', { title: 'Kept' });
    await expect
      .poll(() =>
        a.evaluate(() => (window.argmap as unknown as { room: { provider: { unsyncedChanges: number } } }).room.provider.unsyncedChanges),
      )
      .toBe(0);
    server().child.kill('SIGKILL');
    await server().exited;
    await expect.poll(async () => (await roomOf(a))!.status).not.toBe('connected');
    await restartServer();
    await expect.poll(async () => (await roomOf(a))!.status, { timeout: 30_000 }).toBe('connected');
    const b = await join(edit);
    expect(await textOf(b, 'claim-main')).toBe('Acknowledged before the kill');
    expect((await mapOf(b)).meta.title).toBe('Kept');
  });
});
