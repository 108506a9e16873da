// Copy, cut and paste of nodes with the keyboard, through the browser's clipboard events.
import { describe, expect, test } from 'vitest';
import { clickNode, getMap, historyLength, MOD, selectedNodeIds, setupBrowser } from './helpers.ts';

const suite = setupBrowser();

describe('copy and paste', () => {
  test('Ctrl+C then Ctrl+V pastes a connected copy, moved and selected, as one undo step; Ctrl+X cuts', async () => {
    const { page } = await suite.open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await clickNode(page, 'impl-china');
    await clickNode(page, 'cn-branch-positive', { modifiers: ['Shift'] });
    await page.keyboard.press(`${MOD}+C`);
    await page.keyboard.press(`${MOD}+V`);
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(48);
    const map = await getMap(page);
    const pasted = await selectedNodeIds(page);
    expect(pasted).toHaveLength(2);
    const copies = map.nodes.filter((n) => pasted.includes(n.id));
    const original = map.nodes.find((n) => n.id === 'impl-china')!;
    const copy = copies.find((n) => n.text === original.text)!;
    expect(copy.position).toEqual({ x: original.position.x + 40, y: original.position.y + 40 });
    const link = map.relations.filter((r) => pasted.includes(r.from) && pasted.includes(r.to));
    expect(link).toHaveLength(1);
    expect(link[0]!.to).toBe(copy.id);
    expect(await historyLength(page)).toBe(1);

    await page.keyboard.press(`${MOD}+X`);
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(46);
    await page.keyboard.press(`${MOD}+Z`);
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(48);
  });
});
