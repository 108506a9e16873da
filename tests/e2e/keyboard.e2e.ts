// The canvas by keyboard (issue 13 item 5): Tab order, Enter, the focus ring, the Bears-on
// list, where focus goes after an edit or a connection, and how edges are announced.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { getMap, nodeLocator, selectedNodeIds, setupBrowser } from './helpers.ts';

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
    const [r, g, b] = ring.color.match(/\d+/g)!.map(Number);
    const lum = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const contrast = 1.05 / (0.2126 * lum(r!) + 0.7152 * lum(g!) + 0.0722 * lum(b!) + 0.05);
    expect(contrast).toBeGreaterThanOrEqual(3);
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
    // Two statements of the 45 mention a hub.
    await expect.poll(() => options.count()).toBe(2);
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
