// Working together, continued: four pages in one room, hostile and oversized messages from a
// page, and the one-person features (Save, Export, evaluation, outline, check, presentation) on
// a shared map. A real server process (with a small message limit, so an oversized change is
// quick to make) and real Chromium pages; collab.e2e.ts has the two-page tests.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { mapOf, roomOf, setupCollab, store, textOf } from './collab-helpers.ts';
import { MOD, type ArgMap } from './helpers.ts';
import { loadMapJson } from '../../src/model/format/load.ts';
import { toMapFile } from '../../src/model/format/save.ts';
import { FORMAT_VERSION } from '../../src/model/format/schema.ts';

const MESSAGE_LIMIT = 30_000;
const { shareFromNewPage, join, server } = setupCollab({ env: { ARGMAP_MAX_MESSAGE_BYTES: String(MESSAGE_LIMIT) }, noFilePickers: true });

const nodeOf = async (page: Page, pick: (n: ArgMap['nodes'][number]) => boolean) => (await mapOf(page)).nodes.find(pick);
/** Waits until every page's map satisfies `check`. */
const onEvery = (pages: Page[], check: (map: ArgMap) => boolean) =>
  Promise.all(pages.map((p) => expect.poll(async () => check(await mapOf(p))).toBe(true)));
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Editor toolbar' });

describe('working together: four pages', () => {
  it('four pages in one room each see the others’ add, edit, move, delete and layout', async () => {
    const { a, edit } = await shareFromNewPage();
    const [b, c, d] = [await join(edit), await join(edit), await join(edit)];
    const pages = [a, b, c, d];
    await Promise.all(pages.map((p) => expect.poll(async () => (await roomOf(p))!.people.length).toBe(4)));

    // Add on A (toolbar, typed as a person would).
    await a.getByRole('button', { name: 'Add node', exact: true }).click();
    await a.keyboard.type('Added on A');
    await a.keyboard.press('Enter');
    await onEvery(pages, (m) => m.nodes.some((n) => n.text === 'Added on A'));
    const added = (await nodeOf(b, (n) => n.text === 'Added on A'))!.id;

    // Edit on B.
    await store(b, 'updateNode', 'claim-main', { text: 'Edited on B' });
    await onEvery(pages, (m) => m.nodes.find((n) => n.id === 'claim-main')?.text === 'Edited on B');

    // Move on C.
    await store(c, 'moveNodes', { [added]: { x: 4321, y: 1234 } });
    await onEvery(pages, (m) => JSON.stringify(m.nodes.find((n) => n.id === added)?.position) === JSON.stringify({ x: 4321, y: 1234 }));

    // Delete on D (selected, then the toolbar's Delete).
    await store(d, 'select', [added]);
    await d.getByRole('button', { name: 'Delete', exact: true }).click();
    await onEvery(pages, (m) => !m.nodes.some((n) => n.id === added));

    // Layout on B: every page ends with B's positions.
    await store(b, 'moveNodes', { 'claim-main': { x: -5000, y: -5000 } });
    await onEvery(pages, (m) => m.nodes.find((n) => n.id === 'claim-main')?.position.x === -5000);
    await b.getByRole('button', { name: 'Layout', exact: true }).click();
    await expect.poll(async () => (await nodeOf(b, (n) => n.id === 'claim-main'))!.position.x).not.toBe(-5000);
    const laidOut = JSON.stringify((await mapOf(b)).nodes.map((n) => n.position));
    await onEvery(pages, (m) => JSON.stringify(m.nodes.map((n) => n.position)) === laidOut);

    // In the end all four hold the same map.
    const final = await mapOf(a);
    for (const p of [b, c, d]) expect(await mapOf(p)).toEqual(final);
  });
});

describe('working together: refusals', () => {
  it('a malformed message from a page closes only its own connection; the room and the other pages carry on', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    const hostile = await join(edit);
    const roomId = (await roomOf(a))!.id;

    // A script on the page opens its own WebSocket to the sync endpoint and sends bytes that are no message at all.
    const closedWith = await hostile.evaluate(
      (url) =>
        new Promise<{ code: number; byServer: boolean }>((resolve) => {
          const ws = new WebSocket(url);
          ws.binaryType = 'arraybuffer';
          ws.onopen = () => ws.send(new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 255, 255]));
          ws.onclose = (e) => resolve({ code: e.code, byServer: e.wasClean });
        }),
      server().url.replace('http', 'ws'),
    );
    expect(closedWith.code).toBeGreaterThan(1000);
    expect(closedWith.byServer).toBe(true);

    // Through the page's own authenticated connection: a sync update whose content is garbage.
    await hostile.evaluate((room) => {
      const bytes: number[] = [];
      const varUint = (n: number) => {
        while (n > 127) {
          bytes.push((n & 127) | 128);
          n >>>= 7;
        }
        bytes.push(n);
      };
      const name = new TextEncoder().encode(room);
      varUint(name.length);
      bytes.push(...name);
      varUint(0); // a sync message
      varUint(2); // an update
      const garbage = [255, 255, 255, 1, 2, 3];
      varUint(garbage.length);
      bytes.push(...garbage);
      const { provider } = (
        window.argmap as unknown as { room: { provider: { configuration: { websocketProvider: { webSocket: WebSocket } } } } }
      ).room;
      provider.configuration.websocketProvider.webSocket.send(new Uint8Array(bytes));
    }, roomId);
    // That page is told, and connects again by itself.
    await expect.poll(() => hostile.getByRole('status').filter({ hasText: 'could not read a message' }).count()).toBe(1);
    await expect.poll(async () => (await roomOf(hostile))!.status).toBe('connected');

    // The others never left: they keep editing and see each other, and so does the reconnected page.
    await store(a, 'updateNode', 'claim-main', { text: 'A after the garbage' });
    await store(b, 'setMeta', { title: 'B after the garbage' });
    await onEvery(
      [a, b, hostile],
      (m) => m.nodes.find((n) => n.id === 'claim-main')?.text === 'A after the garbage' && m.meta.title === 'B after the garbage',
    );
    await store(hostile, 'setMeta', { description: 'The hostile page is back' });
    await onEvery([a, b], (m) => m.meta.description === 'The hostile page is back');
    expect(server().child.exitCode).toBe(null);
    const fresh = await join(edit);
    expect(await textOf(fresh, 'claim-main')).toBe('A after the garbage');
  });

  it('an oversized change is refused with a message the person sees, is taken back on that page, and the room carries on', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    const original = (await textOf(a, 'claim-main'))!;

    // Pasted into a statement: over the limit (refused by the server with the figures), then far over it (cut by the WebSocket layer).
    const cases = [
      {
        size: MESSAGE_LIMIT * 1.5,
        says: /^This change is too large to send \(44 kB; the server accepts up to 29 kB at once\)\. It was not saved\./,
      },
      { size: MESSAGE_LIMIT * 4, says: /^This change is too large for the server to accept\. It was not saved\./ },
    ];
    for (const [i, { size, says }] of cases.entries()) {
      await a.locator('[data-node-id="claim-main"] .arg-node-text').dblclick();
      const editor = a.locator('[data-node-id="claim-main"] textarea.node-editor');
      await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
      await a.keyboard.press(`${MOD}+a`);
      await a.keyboard.insertText('x'.repeat(size));
      await a.keyboard.press('Enter');

      const alert = a.getByRole('alert').filter({ hasText: 'Your last change was not saved' });
      await expect.poll(() => alert.count()).toBe(i + 1);
      expect(await alert.nth(i).locator('li').first().textContent()).toMatch(says);
      // Not kept as if it were saved: the page shows the room's map again, connected.
      await expect.poll(() => textOf(a, 'claim-main')).toBe(original);
      await expect.poll(async () => (await roomOf(a))!.ready && (await roomOf(a))!.status).toBe('connected');
      expect(await a.locator('[data-node-id="claim-main"] .arg-node-text').textContent()).toBe(original);
    }

    // The other page never saw it; both keep working together.
    expect(await textOf(b, 'claim-main')).toBe(original);
    await store(b, 'setMeta', { title: 'B after the refusal' });
    await store(a, 'updateNode', 'claim-main', { text: 'A after the refusal' });
    await onEvery(
      [a, b],
      (m) => m.meta.title === 'B after the refusal' && m.nodes.find((n) => n.id === 'claim-main')?.text === 'A after the refusal',
    );
    expect(await b.locator('.notice').count()).toBe(0);
    // The server has the room as it was, without the refused change (also after a reload of A: nothing kept in the browser).
    await a.reload();
    await expect.poll(async () => (await roomOf(a))?.ready && (await roomOf(a))?.status).toBe('connected');
    expect(await textOf(a, 'claim-main')).toBe('A after the refusal');
    expect(server().child.exitCode).toBe(null);
  });
});

describe('working together: files and views on a shared map', () => {
  it('Export, Evaluate, the outline, the check and presentation show the shared map; Save writes an ordinary Argmap file', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    // B changes the map: the main claim's text and a free-standing objection (a structure problem).
    await store(b, 'updateNode', 'claim-main', { text: 'Claim rewritten on B' });
    const objection = (await store(b, 'addNode', 'objection', { x: 3000, y: 3000 }, { edit: false })) as string;
    await store(b, 'updateNode', objection, { text: 'Loose objection from B' });
    await onEvery(
      [a],
      (m) =>
        m.nodes.some((n) => n.text === 'Loose objection from B') &&
        m.nodes.find((n) => n.id === 'claim-main')?.text === 'Claim rewritten on B',
    );

    // Export SVG on A.
    await a.getByRole('button', { name: 'Export…' }).click();
    const dialog = a.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('SVG', { exact: true }).check();
    const [svgFile] = await Promise.all([a.waitForEvent('download'), dialog.getByRole('button', { name: 'Save SVG…' }).click()]);
    const svg = readFileSync((await svgFile.path())!, 'utf8');
    expect(svg).toContain('Claim rewritten on B');
    expect(svg).toContain('Loose objection from B');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // Evaluate on A only: evaluation stays personal.
    await toolbar(a).getByRole('button', { name: 'Evaluate' }).click();
    await expect.poll(() => a.locator('[data-node-id="claim-main"]').getAttribute('data-status')).not.toBe(null);
    expect(await a.locator(`[data-node-id="${objection}"]`).getAttribute('data-status')).not.toBe(null);
    expect(await b.locator('[data-status]').count()).toBe(0);

    // The outline.
    await a.getByRole('tab', { name: 'Outline' }).click();
    await expect
      .poll(() => a.locator('[role="treeitem"][data-node-id="claim-main"]').first().textContent())
      .toContain('Claim rewritten on B');
    expect(await a.locator(`[role="treeitem"][data-node-id="${objection}"]`).first().textContent()).toContain('Loose objection from B');

    // The structure check names B's loose objection.
    await a.getByRole('tab', { name: /^Check/ }).click();
    await expect
      .poll(() => a.locator('#panel-check button.structure-item.is-error').allTextContents())
      .toContain(
        'Attached to nothingThe objection “Loose objection from B” is attached to nothing. Connect it to the claim or reason it argues against.',
      );

    // Presentation starts at the main claim, with B's text.
    await toolbar(a).getByRole('button', { name: 'Present' }).click();
    const hud = a.getByRole('region', { name: 'Presentation' });
    await expect.poll(() => hud.locator('.presentation-text').textContent()).toBe('Claim rewritten on B');
    await a.keyboard.press('Escape');
    await expect.poll(() => hud.count()).toBe(0);

    // Save: the ordinary Argmap file of the shared map.
    const [saved] = await Promise.all([a.waitForEvent('download'), a.keyboard.press(`${MOD}+s`)]);
    const file = JSON.parse(readFileSync((await saved.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'argmap', version: FORMAT_VERSION });
    expect(file).toEqual(JSON.parse(JSON.stringify(toMapFile(await mapOf(b)))));
    const loaded = loadMapJson(file);
    expect(loaded.ok && loaded.repairs).toEqual([]);
    expect(loaded.ok && loaded.map.nodes.find((n) => n.id === objection)!.text).toBe('Loose objection from B');
    // Nothing of the room (its id, its secrets) goes into the file.
    const roomState = (await roomOf(a))!;
    expect(JSON.stringify(file)).not.toContain(roomState.id);
    expect(JSON.stringify(file)).not.toContain(roomState.links.edit!.split('#edit=')[1]!);
  });
});
