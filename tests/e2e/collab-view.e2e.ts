// Working together, what a room page shows (issue #22, items 3 to 5): a view link's inspector
// offers nothing to edit, joining a room is announced as joining (not as statements added), and
// a room page that changed nothing does not claim unsaved work. A real server, real Chromium pages.
import type { Page } from 'playwright-core';
import { mapOf, roomOf, setupCollab, store } from './collab-helpers.ts';
import { MOD } from './helpers.ts';

const { shareFromNewPage, join } = setupCollab();

/** The inspector's controls that would change the map: enabled and not read-only (links to other elements are not edits). */
const editableInInspector = (page: Page) =>
  page
    .locator('.inspector')
    .evaluate((inspector) =>
      [...inspector.querySelectorAll<HTMLInputElement>('input, textarea, select, button')]
        .filter((c) => !c.matches(':disabled') && !c.readOnly && !c.matches('.relation-link, .relation-end'))
        .map((c) => c.labels?.[0]?.textContent?.trim() || c.getAttribute('aria-label') || c.textContent?.trim() || c.tagName),
    );

describe('working together: a room page as it looks', () => {
  it('on a view link, nothing in the inspector or at the node can edit: node, relation, several nodes, the map', async () => {
    const { a, view } = await shareFromNewPage();
    const v = await join(view);
    expect((await roomOf(v))!.access).toBe('view');
    const claim = v.locator('.react-flow__node[data-id="claim-main"]');

    await claim.click();
    await expect.poll(() => v.locator('.inspector h2').first().textContent()).toBe('Claim');
    expect(await editableInInspector(v)).toEqual([]);
    expect(await v.locator('.add-child-toolbar').count()).toBe(0);
    // The text can be read and selected, not changed.
    const text = v.getByRole('textbox', { name: 'Text', exact: true });
    await text.click();
    await v.keyboard.type('typed by a viewer');
    expect(await text.inputValue()).toBe((await mapOf(v)).nodes.find((n) => n.id === 'claim-main')!.text);

    // A relation, opened from the node's list (navigation still works).
    await claim.click();
    await v.locator('.inspector .relation-link').first().click();
    await expect.poll(() => v.locator('.inspector h2').first().textContent()).toBe('Relation');
    expect(await editableInInspector(v)).toEqual([]);

    // Everything selected.
    await claim.click();
    await v.keyboard.press(`${MOD}+a`);
    await expect.poll(() => v.locator('.inspector h2').first().textContent()).toMatch(/nodes selected$/);
    expect(await editableInInspector(v)).toEqual([]);

    // Nothing selected: the map's title and description.
    await store(v, 'select', []);
    await expect.poll(() => v.locator('.inspector h2').first().textContent()).toBe('Map');
    expect(await editableInInspector(v)).toEqual([]);

    // The outline's add, arrange and delete buttons; the source pane attaches nothing.
    await store(v, 'select', ['claim-main']);
    await v.getByRole('tab', { name: 'Outline' }).click();
    await expect.poll(() => v.locator('.outline-actions button').count()).toBe(9);
    expect(await v.locator('.outline-actions button:not(:disabled)').count()).toBe(0);
    await v.getByRole('tab', { name: 'Source' }).click();
    await expect.poll(() => v.locator('.source-pane').count()).toBe(1);
    expect(await v.getByRole('button', { name: 'Attach source…' }).count()).toBe(0);

    // The edit link's inspector still edits.
    await store(a, 'select', ['claim-main']);
    await expect.poll(async () => (await editableInInspector(a)).length).toBeGreaterThan(5);
  });

  it('joining a room is announced as joining the shared map, not as statements added', async () => {
    const { a, edit, view } = await shareFromNewPage();
    for (const page of [await join(edit), await join(view)]) {
      const count = (await mapOf(page)).nodes.length;
      const title = (await mapOf(page)).meta.title;
      // (A message said twice in a row ends with an invisible character, so that it is read again.)
      await expect
        .poll(async () => (await page.getByTestId('announcer').textContent())?.replace('\u200b', ''))
        .toBe(`Joined the shared map “${title}”: ${count} statements.`);
    }
    expect(await a.getByTestId('announcer').textContent()).not.toMatch(/Added/);
  });

  it('a room page that changed nothing claims no unsaved work (edit link, view link, and the page that shared)', async () => {
    const { a, edit, view } = await shareFromNewPage();
    const pages = [a, await join(edit), await join(view)];
    for (const page of pages) {
      await expect.poll(() => page.locator('.file-name').textContent()).not.toContain('(unsaved)');
      expect(await page.getByRole('button', { name: /^Save/ }).textContent()).toBe('Save');
    }
    // A change in the room is the server's to keep, not a file's: still nothing unsaved.
    await store(a, 'updateNode', 'claim-main', { text: 'Changed in the room' });
    await expect.poll(async () => (await mapOf(pages[2]!)).nodes.find((n) => n.id === 'claim-main')?.text).toBe('Changed in the room');
    for (const page of pages) expect(await page.locator('.file-name').textContent()).not.toContain('(unsaved)');
  });
});
