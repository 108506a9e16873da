// The canvas by keyboard (issue 13 item 5): Tab order, Enter, the focus ring, the Bears-on
// list, where focus goes after an edit or a connection, and how edges are announced.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { getMap, MOD, nodeLocator, selectedNodeIds, setupBrowser } from './helpers.ts';
import { contrastRatio } from '../../src/model/theme/contrast.ts';

const suite = setupBrowser();

/** What has the keyboard focus: the node or edge id, or the element's tag. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { kind: 'body', id: '' };
    if (el.classList.contains('react-flow__node')) return { kind: 'node', id: el.dataset.id ?? '' };
    if (el.classList.contains('react-flow__edge')) return { kind: 'edge', id: el.dataset.id ?? '' };
    return { kind: el.tagName.toLowerCase(), id: el.getAttribute('aria-label') ?? el.id };
  });

/** Presses Tab from the top of the page until a canvas node has the focus; returns how many presses and what was passed. */
async function tabToFirstNode(page: Page, limit = 80) {
  const passed: string[] = [];
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.kind === 'node') return { presses: i, node: now.id, passed };
    passed.push(now.kind);
  }
  throw new Error(`no node reached in ${limit} Tabs; passed ${passed.join(', ')}`);
}

describe('keyboard on the canvas', () => {
  test('Tab reaches the main claim before any edge, in a few presses', async () => {
    const { page } = await suite.open();
    const { presses, node, passed } = await tabToFirstNode(page);
    expect(passed).not.toContain('edge');
    expect(node).toBe('claim-main');
    expect(presses).toBeLessThan(25);
  });

  test('a focused node shows a visible focus ring of at least 3:1 contrast', async () => {
    const { page } = await suite.open();
    await tabToFirstNode(page);
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    // Against the canvas's white: the accent blue is 5.2:1; anything lighter than #949494 would fail.
    expect(contrastRatio(cssColourToHex(ring.color), '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  test('Enter on a focused node selects it; a second Enter edits; R then adds a reason, not a letter', async () => {
    const { page } = await suite.open();
    await tabToFirstNode(page);
    const before = await getMap(page);
    const claimText = before.nodes.find((n) => n.id === 'claim-main')!.text;
    await page.keyboard.press('Enter');
    expect(await selectedNodeIds(page)).toEqual(['claim-main']);
    expect(await page.evaluate(() => window.argmap!.store.getState().editingNodeId)).toBeNull();
    await page.keyboard.press('r');
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(before.nodes.length + 1);
    const after = await getMap(page);
    expect(after.nodes.find((n) => n.id === 'claim-main')!.text).toBe(claimText);
    // The new reason's editor has the focus; Escape leaves it, focus goes to the new node.
    await page.keyboard.press('Escape');
    const child = (await selectedNodeIds(page))[0]!;
    await expect.poll(() => focused(page)).toEqual({ kind: 'node', id: child });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.argmap!.store.getState().editingNodeId)).toBe(child);
  });

  test('committing a text edit with Enter gives the focus back to the node, not to <body>', async () => {
    const { page } = await suite.open();
    await tabToFirstNode(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const editor = nodeLocator(page, 'claim-main').locator('textarea');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(' (edited)');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getMap(page)).nodes.find((n) => n.id === 'claim-main')!.text).toMatch(/\(edited\)$/);
    await expect.poll(() => focused(page)).toEqual({ kind: 'node', id: 'claim-main' });
  });

  test('Bears on is a list: arrows and typing only move and filter, Enter connects, focus goes to the kind of the new relation', async () => {
    const { page } = await suite.open();
    await page.locator('[data-node-id="claim-main"] .arg-node-kind').click();
    await page.evaluate(() => window.argmap!.store.getState().addChild('claim-main', 'reason', { edit: false }));
    const child = (await selectedNodeIds(page))[0]!;
    const relationsBefore = (await getMap(page)).relations.length;
    const field = page.getByRole('combobox', { name: /Bears on/ });
    await field.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await getMap(page)).relations.length).toBe(relationsBefore);
    await page.keyboard.type('hub');
    expect((await getMap(page)).relations.length).toBe(relationsBefore);
    const options = page.getByRole('listbox', { name: 'Statements to connect to' }).getByRole('option');
    // Three statements of the 46 mention a hub; the implication comes first.
    await expect.poll(() => options.count()).toBe(3);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getMap(page)).relations.length).toBe(relationsBefore + 1);
    const added = (await getMap(page)).relations.at(-1)!;
    expect(added.from).toBe(child);
    expect(added.to).toBe('impl-hub-spokes');
    // The inspector now shows the new relation; the focus is on its Kind, the next thing to set.
    await expect.poll(() => focused(page)).toEqual({ kind: 'select', id: 'inspector-relation-kind' });
  });

  test('edges are announced by their statements, not internal ids', async () => {
    const { page } = await suite.open();
    const map = await getMap(page);
    const rel = map.relations.find((r) => r.to === 'claim-main' && !r.group)!;
    const label = await page.locator(`.react-flow__edge[data-id="${rel.id}"]`).getAttribute('aria-label');
    const from = map.nodes.find((n) => n.id === rel.from)!.text;
    expect(label).toMatch(new RegExp(`^${rel.kind}: `));
    expect(label).toContain(from.slice(0, 30));
    expect(label).toContain('→');
    expect(label).not.toContain(rel.from);
    expect(label).not.toContain('claim-main');
  });
});

/** Presses Tab (or Shift+Tab) until `matches` says the focused element is the one; fails past `limit`. */
async function tabUntil(
  page: Page,
  matches: (el: { kind: string; id: string; text: string }) => boolean,
  opts: { back?: boolean; limit?: number } = {},
) {
  for (let i = 0; i < (opts.limit ?? 60); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const now = await focusedWithText(page);
    expect(now.kind, 'the focus fell to <body>').not.toBe('body');
    if (matches(now)) return now;
  }
  throw new Error('did not reach the element by Tab');
}

const focusedWithText = async (page: Page) => ({
  ...(await focused(page)),
  text: await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? ''),
});

/** The focused element shows a focus indicator (an outline or a ring drawn with box-shadow). */
const focusIsVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !el.matches(':focus-visible')) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
  });

describe('the whole flow by keyboard alone', () => {
  test('open an example, move with the arrows, add a reason, connect it, change the kind, undo, save, export', async () => {
    const { page } = await suite.open({ noFilePickers: true });
    const store = <T>(pick: string) =>
      page.evaluate((pick) => (window.argmap!.store.getState() as unknown as Record<string, unknown>)[pick], pick) as Promise<T>;

    // New map, then the GSOMIA example from the toolbar's example list.
    await tabUntil(page, (f) => f.kind === 'button' && f.text === 'New');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(0);
    await tabUntil(page, (f) => f.id === 'Open an example map');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(46);
    await expect.poll(() => page.locator('.react-flow__node-arg').count()).toBe(46);

    // Into the canvas: Tab stops once, at the main claim, with a visible ring.
    await tabUntil(page, (f) => f.kind === 'node');
    expect(await focused(page)).toEqual({ kind: 'node', id: 'claim-main' });
    expect(await focusIsVisible(page)).toBe(true);

    // Arrows go to the nearest statement in that direction; selection follows.
    const yOf = async (id: string) => (await getMap(page)).nodes.find((n) => n.id === id)!.position.y;
    await page.keyboard.press('ArrowDown');
    const below = (await focused(page)).id;
    expect(below).not.toBe('claim-main');
    expect(await yOf(below)).toBeGreaterThan(await yOf('claim-main'));
    expect(await selectedNodeIds(page)).toEqual([below]);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focused(page)).toEqual({ kind: 'node', id: 'claim-main' });
    // Alt+arrow moves the selection (one undo step); the arrows alone never move anything.
    const x0 = (await getMap(page)).nodes.find((n) => n.id === 'claim-main')!.position.x;
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(async () => (await getMap(page)).nodes.find((n) => n.id === 'claim-main')!.position.x).toBe(x0 + 10);
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(async () => (await getMap(page)).nodes.find((n) => n.id === 'claim-main')!.position.x).toBe(x0);

    // Add a reason to the claim, type it, Enter: the focus is on the new node.
    await page.keyboard.press('r');
    // As a person would: type once the new node's editor is there.
    await expect.poll(async () => (await focused(page)).kind).toBe('textarea');
    await page.keyboard.type('Typed by keyboard alone');
    await page.keyboard.press('Enter');
    const reason = (await getMap(page)).nodes.find((n) => n.text === 'Typed by keyboard alone')!;
    expect(reason).toBeDefined();
    await expect.poll(() => focused(page)).toEqual({ kind: 'node', id: reason.id });
    await expect.poll(() => page.getByTestId('announcer').textContent()).toMatch(/Added reason/);

    // Connect it to the hub-and-spokes implication from the inspector's Bears on.
    const bearsOn = page.getByRole('combobox', { name: /Bears on/ });
    for (let i = 0; i < 60 && !(await bearsOn.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
      expect((await focused(page)).kind).not.toBe('body');
    }
    await page.keyboard.type('hub spokes');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await getMap(page)).relations.some((r) => r.from === reason.id && r.to === 'impl-hub-spokes'))
      .toBe(true);
    const relation = (await getMap(page)).relations.find((r) => r.from === reason.id && r.to === 'impl-hub-spokes')!;
    expect(relation.kind).toBe('supports');
    await expect.poll(() => page.getByTestId('announcer').textContent()).toMatch(/Connected: supports: Typed by keyboard alone → First/);

    // The focus is on the new relation's kind: change it with the arrow key, then undo that.
    await expect.poll(() => focused(page)).toEqual({ kind: 'select', id: 'inspector-relation-kind' });
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await getMap(page)).relations.find((r) => r.id === relation.id)!.kind).toBe('opposes');
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(async () => (await getMap(page)).relations.find((r) => r.id === relation.id)!.kind).toBe('supports');
    await expect.poll(() => page.getByTestId('announcer').textContent()).toMatch(/^Undone/);

    // Save (a download here: no file pickers).
    const saved = page.waitForEvent('download');
    await page.keyboard.press(`${MOD}+s`);
    expect((await saved).suggestedFilename()).toMatch(/\.json$/);
    await expect.poll(() => store<string>('fileName')).toMatch(/\.json$/);

    // Export: the dialog takes the focus, keeps it inside, and gives it back on close.
    const before = await focused(page);
    await page.keyboard.press(`${MOD}+Shift+E`);
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
    for (let i = 0; i < 30; i++) {
      const label = await page.evaluate(() => (document.activeElement as HTMLElement).innerText);
      if (/^Save PNG/.test(label)) break;
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]')), 'focus stays in the modal dialog').toBe(true);
    }
    const exported = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await exported).suggestedFilename()).toMatch(/\.png$/);
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await expect.poll(() => focused(page)).toEqual(before);
  });
});

describe('focus around presentation mode', () => {
  test('the presentation bar takes the focus, and the focus goes back to the Present button on Escape', async () => {
    const { page } = await suite.open();
    await tabUntil(page, (f) => f.kind === 'button' && f.text === 'Present');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Presentation');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('is-presenting'))).toBe(false);
    await expect.poll(() => focusedWithText(page)).toMatchObject({ kind: 'button', text: 'Present' });
  });
});

describe('focus is never lost or trapped', () => {
  test('deleting the focused node gives the focus to another node', async () => {
    const { page } = await suite.open();
    await tabToFirstNode(page);
    await page.keyboard.press('ArrowDown');
    const gone = (await focused(page)).id;
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await getMap(page)).nodes.some((n) => n.id === gone)).toBe(false);
    await expect.poll(async () => (await focused(page)).kind).toBe('node');
    await expect.poll(() => page.getByTestId('announcer').textContent()).toMatch(/^Deleted /);
  });

  test('the outline tree is no trap: Escape, then Shift+Tab leaves it', async () => {
    const { page } = await suite.open();
    await page.getByRole('tab', { name: 'Outline' }).click();
    const tree = page.getByRole('tree');
    await tree.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    const now = await page.evaluate(() => ({
      inTree: !!document.activeElement?.closest('[role="tree"]'),
      body: document.activeElement === document.body,
    }));
    expect(now).toEqual({ inTree: false, body: false });
  });

  test('the side-panel tabs are one Tab stop; the arrow keys choose the tab', async () => {
    const { page } = await suite.open();
    await page.getByRole('tab', { name: 'Inspector' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Outline' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-outline');
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
  });

  test('a node is announced with its kind, text, what it bears on and its status', async () => {
    const { page } = await suite.open();
    await page.keyboard.press('v');
    const label = () => nodeLocator(page, 'impl-hub-spokes').getAttribute('aria-label');
    await expect
      .poll(label)
      .toMatch(/^Reason: First: the two allies.*\. Supports claim “.*”\. Status: (stands|defeated|undecided|accepted|rejected)\.$/);
  });
});

/** A computed style's `rgb(r, g, b)` as #rrggbb, the form the contrast function takes. */
function cssColourToHex(colour: string): string {
  const channels =
    colour
      .match(/[\d.]+/g)
      ?.slice(0, 3)
      .map(Number) ?? [];
  if (channels.length !== 3) throw new Error(`not an rgb() colour: ${colour}`);
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

describe('the keyboard shortcuts list', () => {
  test('? opens it with every command and its keys; Escape closes it and gives the focus back', async () => {
    const { page } = await suite.open();
    await page.getByRole('toolbar', { name: 'Editor toolbar' }).getByRole('button', { name: 'Fit view' }).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.getByRole('row', { name: /Ctrl\+Shift\+E Export as PNG, SVG, PDF or slides/ }).count()).toBe(1);
    expect(await dialog.getByRole('row').count()).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fit view');
  });
});
