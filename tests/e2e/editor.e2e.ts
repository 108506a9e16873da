// The editor in a real browser, used with the mouse and keyboard as a person would.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  boxOf,
  centreOf,
  clickNode,
  drag,
  emptyCanvasPoint,
  getMap,
  historyLength,
  MOD,
  nodeBoxes,
  nodeLocator,
  positionOf,
  positions,
  selectedNodeIds,
  setupBrowser,
  waitForStillView,
  zoomInAt,
  zoomOf,
  type ArgMap,
} from './helpers.ts';
import { defaultRelationKind } from '../../src/model/operations.ts';
import { openingNodes } from '../../src/model/largeMap.ts';

const suite = setupBrowser();
const IMPLICATIONS = ['impl-hub-spokes', 'impl-pragmatism', 'impl-china', 'impl-nk-pressure'];

/** The inspector (a tab of the side panel); found by its label, whatever its role. */
const inspectorOf = (page: Page) => page.locator('[aria-label="Inspector"]');

const relationsBetween = (map: ArgMap, from: string, to: string) => map.relations.filter((r) => r.from === from && r.to === to);

describe('the GSOMIA map', () => {
  test('opens readable: the main claim and the first level nearest it at 60 % or more', async () => {
    const { page } = await suite.open({ view: 'opening' });
    const zoom = await page.evaluate(() => (window.argmap as unknown as { flow: { getZoom(): number } }).flow.getZoom());
    expect(zoom).toBeGreaterThanOrEqual(0.6);
    const viewport = page.viewportSize()!;
    const onScreen = async (id: string) => {
      const box = await boxOf(page.locator(`[data-node-id="${id}"]`));
      return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
    };
    // The main claim, and the statements of the first level nearest it (the whole level of the
    // GSOMIA map is wider than a screen at 60 %).
    expect(await onScreen('claim-main')).toBe(true);
    const firstLevel = openingNodes(await getMap(page)).filter((id) => id !== 'claim-main');
    const shown = [];
    for (const id of firstLevel) if (await onScreen(id)) shown.push(id);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    // Fit view still shows everything.
    await page.getByRole('toolbar', { name: 'Editor toolbar' }).getByRole('button', { name: 'Fit view', exact: true }).click();
    await waitForStillView(page);
    for (const id of ['claim-main', ...IMPLICATIONS]) {
      const box = await boxOf(page.locator(`[data-node-id="${id}"]`));
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    }
  });

  test('after Fit view: the main claim, the four implications and the legend in view', async () => {
    const { page } = await suite.open();
    const viewport = page.viewportSize()!;
    for (const id of ['claim-main', ...IMPLICATIONS]) {
      const node = page.locator(`[data-node-id="${id}"]`);
      await expect.poll(() => node.isVisible()).toBe(true);
      const box = await boxOf(node);
      // Inside the window, not scrolled away or off the canvas.
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect(box.width).toBeGreaterThan(10);
    }
    await expect.poll(() => page.locator('[data-node-id="claim-main"]').textContent()).toContain('GSOMIA');
    const map = await getMap(page);
    expect(map.nodes).toHaveLength(46);
    expect(await page.locator('.react-flow__node-arg').count()).toBe(46);
    // Edges are drawn.
    expect(await page.locator('.react-flow__edge').count()).toBeGreaterThan(30);
    const legend = page.getByRole('region', { name: 'Legend' });
    expect(await legend.isVisible()).toBe(true);
    expect(await legend.textContent()).toMatch(/Objection.*undercuts/is);
    expect(await page.getByRole('toolbar', { name: 'Editor toolbar' }).textContent()).toContain('gsomia-2012.json');
  });
});

describe('adding an objection', () => {
  test('with the inspector button: the new node shows the text and opposes the implication', async () => {
    const { page } = await suite.open();
    const before = await getMap(page);
    await clickNode(page, 'impl-pragmatism');
    await expect.poll(() => selectedNodeIds(page)).toEqual(['impl-pragmatism']);
    const inspector = inspectorOf(page);
    await inspector.getByRole('button', { name: 'Add objection' }).click();

    const editor = page.locator('textarea.node-editor');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Pragmatism has limits when voters remember the past.');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.count()).toBe(0);

    const after = await getMap(page);
    expect(after.nodes).toHaveLength(before.nodes.length + 1);
    const added = after.nodes.find((n) => !before.nodes.some((b) => b.id === n.id))!;
    expect(added).toMatchObject({ kind: 'objection', text: 'Pragmatism has limits when voters remember the past.' });
    expect(relationsBetween(after, added.id, 'impl-pragmatism')).toEqual([expect.objectContaining({ kind: 'opposes' })]);
    const shown = page.locator(`[data-node-id="${added.id}"]`);
    expect(await shown.isVisible()).toBe(true);
    expect(await shown.locator('.arg-node-text').textContent()).toBe('Pragmatism has limits when voters remember the past.');
    expect(await shown.getAttribute('data-kind')).toBe('objection');
    // The relation is drawn as an edge.
    const rel = relationsBetween(after, added.id, 'impl-pragmatism')[0]!;
    expect(await page.locator(`.react-flow__edge[data-id="${rel.id}"]`).count()).toBe(1);
  });

  test('with the O key', async () => {
    const { page } = await suite.open();
    const before = await getMap(page);
    await clickNode(page, 'impl-china');
    await expect.poll(() => selectedNodeIds(page)).toEqual(['impl-china']);
    await page.keyboard.press('o');
    const editor = page.locator('textarea.node-editor');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('China may still object.');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(before.nodes.length + 1);
    const after = await getMap(page);
    const added = after.nodes.find((n) => n.text === 'China may still object.');
    expect(added?.kind).toBe('objection');
    expect(relationsBetween(after, added!.id, 'impl-china')).toEqual([expect.objectContaining({ kind: 'opposes' })]);
    expect(await page.locator(`[data-node-id="${added!.id}"] .arg-node-text`).textContent()).toBe('China may still object.');
  });
});

describe('moving nodes', () => {
  test('a drag moves the node; undo restores it exactly; redo (Ctrl+Shift+Z, Ctrl+Y, toolbar) re-applies', async () => {
    const { page } = await suite.open();
    const id = 'impl-nk-pressure';
    const node = nodeLocator(page, id);
    const start = await positionOf(page, id);
    const boxBefore = await boxOf(node);
    const zoom = await zoomOf(page);
    const from = await centreOf(page.locator(`[data-node-id="${id}"] .arg-node-kind`));
    const dx = 90;
    const dy = 140;
    const steps = await historyLength(page);
    await drag(page, from, { x: from.x + dx, y: from.y + dy });

    const moved = await positionOf(page, id);
    expect(Math.abs(moved.x - start.x - dx / zoom)).toBeLessThan(4 / zoom);
    expect(Math.abs(moved.y - start.y - dy / zoom)).toBeLessThan(4 / zoom);
    // On screen, the node moved with the pointer (once React has drawn the last move).
    const shownMove = async () => {
      const b = await boxOf(node);
      return { dx: Math.round(b.x - boxBefore.x), dy: Math.round(b.y - boxBefore.y) };
    };
    await expect.poll(shownMove).toSatisfy(({ dx: x, dy: y }) => Math.abs(x - dx) <= 3 && Math.abs(y - dy) <= 3);
    expect(await zoomOf(page)).toBe(zoom);
    const boxAfter = await boxOf(node);
    // One drag, one undo step.
    expect(await historyLength(page)).toBe(steps + 1);

    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => positionOf(page, id)).toEqual(start);
    await expect.poll(async () => Math.round((await boxOf(node)).x)).toBe(Math.round(boxBefore.x));

    await page.keyboard.press(`${MOD}+Shift+z`);
    await expect.poll(() => positionOf(page, id)).toEqual(moved);
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => positionOf(page, id)).toEqual(start);
    await page.keyboard.press(`${MOD}+y`);
    await expect.poll(() => positionOf(page, id)).toEqual(moved);
    await expect.poll(async () => Math.round((await boxOf(node)).y)).toBe(Math.round(boxAfter.y));

    const toolbar = page.getByRole('toolbar', { name: 'Editor toolbar' });
    await toolbar.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => positionOf(page, id)).toEqual(start);
    await toolbar.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => positionOf(page, id)).toEqual(moved);
    // Nothing left to redo: the button is disabled.
    expect(await toolbar.getByRole('button', { name: 'Redo' }).isDisabled()).toBe(true);
  });

  test('box selection (Shift+drag) selects several; dragging one moves them together as one undo step', async () => {
    const { page } = await suite.open();
    const wanted = ['impl-pragmatism', 'impl-china'];
    const a = await boxOf(nodeLocator(page, wanted[0]!));
    const b = await boxOf(nodeLocator(page, wanted[1]!));
    const rect = {
      left: Math.min(a.x, b.x) - 6,
      top: Math.min(a.y, b.y) - 6,
      right: Math.max(a.x + a.width, b.x + b.width) + 6,
      bottom: Math.max(a.y + a.height, b.y + b.height) + 6,
    };
    // Start the box on a corner that is empty canvas (not on an edge or a node).
    const corners = [
      [
        { x: rect.left, y: rect.top },
        { x: rect.right, y: rect.bottom },
      ],
      [
        { x: rect.right, y: rect.top },
        { x: rect.left, y: rect.bottom },
      ],
      [
        { x: rect.left, y: rect.bottom },
        { x: rect.right, y: rect.top },
      ],
      [
        { x: rect.right, y: rect.bottom },
        { x: rect.left, y: rect.top },
      ],
    ] as const;
    let corner: (typeof corners)[number] | undefined;
    for (const c of corners)
      if (await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'), c[0])) {
        corner = c;
        break;
      }
    expect(corner, 'an empty corner to start the selection box').toBeDefined();
    // What lies wholly inside the box gets selected: the two implications (and nothing else, as it happens).
    const inside = (await nodeBoxes(page))
      .filter((n) => n.x >= rect.left && n.y >= rect.top && n.x + n.width <= rect.right && n.y + n.height <= rect.bottom)
      .map((n) => n.id)
      .sort();
    expect(inside).toEqual(expect.arrayContaining(wanted));
    const group = inside;
    await drag(page, corner![0], corner![1], { modifiers: ['Shift'] });
    await expect.poll(async () => (await selectedNodeIds(page)).sort()).toEqual(group);
    expect(await page.locator('.arg-node.is-selected').count()).toBe(group.length);
    await expect.poll(() => inspectorOf(page).textContent()).toContain(`${group.length} nodes selected`);

    const before = await positions(page);
    const steps = await historyLength(page);
    const zoom = await zoomOf(page);
    const grab = await centreOf(page.locator(`[data-node-id="${group[0]}"] .arg-node-text`));
    await drag(page, grab, { x: grab.x + 60, y: grab.y + 120 });
    const after = await positions(page);
    for (const id of group) {
      expect(Math.abs(after[id]!.x - before[id]!.x - 60 / zoom)).toBeLessThan(4 / zoom);
      expect(Math.abs(after[id]!.y - before[id]!.y - 120 / zoom)).toBeLessThan(4 / zoom);
    }
    // Everything else stayed where it was.
    for (const id of Object.keys(before)) if (!group.includes(id)) expect(after[id]).toEqual(before[id]);
    expect(await historyLength(page)).toBe(steps + 1);

    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => positions(page)).toEqual(before);
  });

  test('Ctrl+A selects every node; dragging one moves all of them in one step', async () => {
    const { page } = await suite.open();
    await clickNode(page, 'claim-main');
    await page.keyboard.press(`${MOD}+a`);
    const map = await getMap(page);
    await expect.poll(async () => (await selectedNodeIds(page)).length).toBe(map.nodes.length);
    await expect.poll(() => page.locator('.arg-node.is-selected').count()).toBe(map.nodes.length);

    const before = await positions(page);
    const steps = await historyLength(page);
    const zoom = await zoomOf(page);
    const grab = await centreOf(page.locator('[data-node-id="claim-main"] .arg-node-text'));
    await drag(page, grab, { x: grab.x - 50, y: grab.y + 80 });
    const after = await positions(page);
    for (const id of Object.keys(before)) {
      expect(Math.abs(after[id]!.x - before[id]!.x + 50 / zoom)).toBeLessThan(4 / zoom);
      expect(Math.abs(after[id]!.y - before[id]!.y - 80 / zoom)).toBeLessThan(4 / zoom);
    }
    expect(await historyLength(page)).toBe(steps + 1);
    await page.getByRole('toolbar', { name: 'Editor toolbar' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => positions(page)).toEqual(before);
  });
});

describe('creating, deleting and editing', () => {
  test('double-click on empty canvas creates a node in editing mode', async () => {
    const { page } = await suite.open();
    const before = await getMap(page);
    const at = await emptyCanvasPoint(page);
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(async () => (await getMap(page)).nodes.length).toBe(before.nodes.length + 1);
    const after = await getMap(page);
    const added = after.nodes.find((n) => !before.nodes.some((b) => b.id === n.id))!;
    expect(added.kind).toBe('premise');
    const editing = await page.evaluate(() => window.argmap!.store.getState().editingNodeId);
    expect(editing).toBe(added.id);
    const editor = page.locator(`[data-node-id="${added.id}"] textarea.node-editor`);
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    // The node is placed where the double-click was.
    const box = await boxOf(nodeLocator(page, added.id));
    expect(at.x).toBeGreaterThan(box.x);
    expect(at.x).toBeLessThan(box.x + box.width);
    await page.keyboard.type('A new thought');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`[data-node-id="${added.id}"] .arg-node-text`).textContent()).toBe('A new thought');
    expect((await getMap(page)).nodes.find((n) => n.id === added.id)?.text).toBe('A new thought');
  });

  test('Delete removes the selected node and its relations', async () => {
    const { page } = await suite.open();
    const id = 'impl-hub-spokes';
    const before = await getMap(page);
    const touching = before.relations.filter((r) => r.from === id || r.to === id).map((r) => r.id);
    expect(touching.length).toBeGreaterThan(2);
    await clickNode(page, id);
    await expect.poll(() => selectedNodeIds(page)).toEqual([id]);
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator(`[data-node-id="${id}"]`).count()).toBe(0);
    const after = await getMap(page);
    expect(after.nodes.map((n) => n.id)).not.toContain(id);
    expect(after.nodes).toHaveLength(before.nodes.length - 1);
    for (const r of after.relations) {
      expect(r.from).not.toBe(id);
      expect(r.to).not.toBe(id);
      expect(touching).not.toContain(r.id);
    }
    for (const rid of touching) expect(await page.locator(`.react-flow__edge[data-id="${rid}"]`).count()).toBe(0);
    // And undo brings it back with its relations.
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => getMap(page)).toEqual(before);
    await expect.poll(() => page.locator(`[data-node-id="${id}"]`).isVisible()).toBe(true);
  });

  test('inline edit: Escape cancels, Shift+Enter inserts a new line', async () => {
    const { page } = await suite.open();
    const id = 'impl-china';
    const original = (await getMap(page)).nodes.find((n) => n.id === id)!.text;
    const steps = await historyLength(page);
    const textBox = page.locator(`[data-node-id="${id}"] .arg-node-text`);

    await textBox.dblclick();
    const editor = page.locator(`[data-node-id="${id}"] textarea.node-editor`);
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press(`${MOD}+a`);
    await page.keyboard.type('Throw this away');
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
    expect(await textBox.textContent()).toBe(original);
    expect((await getMap(page)).nodes.find((n) => n.id === id)!.text).toBe(original);
    expect(await historyLength(page)).toBe(steps);
    // Escape in the editor did not also clear the selection.
    expect(await selectedNodeIds(page)).toEqual([id]);

    // Enter on the selected node starts editing again.
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press(`${MOD}+a`);
    await page.keyboard.type('First line');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    expect(await editor.inputValue()).toBe('First line\nsecond line');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.count()).toBe(0);
    expect((await getMap(page)).nodes.find((n) => n.id === id)!.text).toBe('First line\nsecond line');
    expect(await textBox.innerText()).toBe('First line\nsecond line');
    expect(await historyLength(page)).toBe(steps + 1);
  });
});

describe('connecting', () => {
  test("dragging from a node's top handle to another node creates a relation", async () => {
    const { page } = await suite.open();
    const before = await getMap(page);
    // Two unconnected nodes side by side on screen (whatever the map's current layout).
    const boxes = await nodeBoxes(page);
    const linked = (x: string, y: string) => before.relations.some((r) => (r.from === x && r.to === y) || (r.from === y && r.to === x));
    let best: { from: string; to: string; gap: number } | undefined;
    for (const p of boxes)
      for (const q of boxes) {
        const gap = q.x - (p.x + p.width);
        if (p.id === q.id || linked(p.id, q.id) || Math.abs(p.y - q.y) > 2 || gap <= 0) continue;
        if (!best || gap < best.gap) best = { from: q.id, to: p.id, gap };
      }
    expect(best, 'two unconnected neighbours').toBeDefined();
    const { from: fromId, to: toId } = best!;
    expect(relationsBetween(before, fromId, toId)).toEqual([]);
    // Zoom in on the two nodes so the handles are a usable size.
    const a = await centreOf(nodeLocator(page, fromId));
    const b = await centreOf(nodeLocator(page, toId));
    await zoomInAt(page, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, 0.7);

    const source = page.locator(`[data-node-id="${fromId}"]`);
    await source.hover();
    const handle = source.locator('.react-flow__handle[data-handleid="out"]');
    await expect.poll(() => handle.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    const start = await centreOf(handle);
    const target = await centreOf(page.locator(`[data-node-id="${toId}"] .react-flow__handle[data-handleid="in"]`));
    await drag(page, start, target, { steps: 20 });

    await expect.poll(async () => relationsBetween(await getMap(page), fromId, toId)).toHaveLength(1);
    const after = await getMap(page);
    const rel = relationsBetween(after, fromId, toId)[0]!;
    expect(rel.kind).toBe(defaultRelationKind(before.nodes.find((n) => n.id === fromId)!.kind));
    expect(after.relations).toHaveLength(before.relations.length + 1);
    await expect.poll(() => page.locator(`.react-flow__edge[data-id="${rel.id}"]`).count()).toBe(1);
  });
});

describe('layout', () => {
  test('Layout leaves no overlapping nodes, and a second Layout moves nothing', async () => {
    const { page } = await suite.open();
    // Pile some nodes on top of each other first, so there is something to untangle.
    await clickNode(page, 'impl-pragmatism');
    const target = await centreOf(page.locator('[data-node-id="impl-china"] .arg-node-text'));
    const grab = await centreOf(page.locator('[data-node-id="impl-pragmatism"] .arg-node-text'));
    await drag(page, grab, target);
    expect(overlaps(await nodeBoxes(page)).length).toBeGreaterThan(0);

    const toolbar = page.getByRole('toolbar', { name: 'Editor toolbar' });
    await toolbar.getByRole('button', { name: 'Layout' }).click();
    await waitForStillView(page);
    const boxes = await nodeBoxes(page);
    expect(boxes).toHaveLength(46);
    expect(overlaps(boxes)).toEqual([]);
    const laidOut = await getMap(page);
    const steps = await historyLength(page);

    await toolbar.getByRole('button', { name: 'Layout' }).click();
    await waitForStillView(page);
    const again = await getMap(page);
    expect(again.nodes.map((n) => n.position)).toEqual(laidOut.nodes.map((n) => n.position));
    expect(await historyLength(page)).toBe(steps);
    const boxesAgain = await nodeBoxes(page);
    for (const [i, box] of boxesAgain.entries()) {
      expect(Math.abs(box.x - boxes[i]!.x)).toBeLessThan(1);
      expect(Math.abs(box.y - boxes[i]!.y)).toBeLessThan(1);
    }
  });
});

function overlaps(boxes: { id: string; x: number; y: number; width: number; height: number }[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 0.5 && h > 0.5) found.push(`${a.id} × ${b.id}`);
    }
  return found;
}
