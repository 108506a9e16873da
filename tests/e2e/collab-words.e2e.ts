// Working together without losing anyone's words (issue #22, items 1 and 2): two real
// Chromium pages type into one statement at once, through the inline editor, and a statement
// is deleted while someone types in it. A real server process; collab.e2e.ts has the rest.
import type { Page } from 'playwright-core';
import { mapOf, setupCollab, store, textOf } from './collab-helpers.ts';
import { MOD } from './helpers.ts';

const { shareFromNewPage, join } = setupCollab();

const CLASSIFIED = 'hb-classified-data';
const MEMORIES = 'hb-colonial-memories';

const editorOf = (page: Page, id: string) => page.locator(`[data-node-id="${id}"] textarea.node-editor`);

/** Selects the statement and presses Enter on it, as a person would; waits for its editor to have the keyboard. */
async function openEditor(page: Page, id: string) {
  await store(page, 'select', [id]);
  await page.locator(`.react-flow__node[data-id="${id}"]`).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => editorOf(page, id).evaluate((el) => el === document.activeElement)).toBe(true);
}

/** Both pages type their own text at the same time, a key each in turn. */
async function typeTogether(a: Page, aText: string, b: Page, bText: string) {
  for (let i = 0; i < Math.max(aText.length, bText.length); i++) {
    await Promise.all([aText[i] && a.keyboard.type(aText[i]!), bText[i] && b.keyboard.type(bText[i]!)]);
  }
}

/** `text` is `original` with each of `pieces` inserted whole (each once), in any order and place. */
function keepsEverything(text: string, original: string, pieces: string[]) {
  let rest = text;
  for (const p of pieces) {
    if (rest.split(p).length !== 2) return false;
    rest = rest.replace(p, '');
  }
  return rest === original;
}

describe('working together: nobody’s words are lost', () => {
  it('two people typing at the end of one statement both keep their words, and each sees the other’s as they arrive', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    const original = (await textOf(a, CLASSIFIED))!;
    await openEditor(a, CLASSIFIED);
    await openEditor(b, CLASSIFIED);
    await Promise.all([a.keyboard.press(`${MOD}+End`), b.keyboard.press(`${MOD}+End`)]);
    await typeTogether(a, ' [AAA]', b, ' [BBB]');

    // Still typing: each open editor shows the other's characters, and its own.
    for (const page of [a, b])
      await expect
        .poll(async () => keepsEverything(await editorOf(page, CLASSIFIED).inputValue(), original, [' [AAA]', ' [BBB]']))
        .toBe(true);

    await a.keyboard.press('Enter');
    await b.keyboard.press('Enter');
    for (const page of [a, b])
      await expect.poll(async () => keepsEverything((await textOf(page, CLASSIFIED))!, original, [' [AAA]', ' [BBB]'])).toBe(true);
    expect(await textOf(a, CLASSIFIED)).toBe(await textOf(b, CLASSIFIED));
    const fresh = await join(edit);
    expect(await textOf(fresh, CLASSIFIED)).toBe(await textOf(a, CLASSIFIED));
  });

  it('five insertions from each side in the main claim all survive; undo takes back one person’s session only', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    const original = (await textOf(a, 'claim-main'))!;
    await openEditor(a, 'claim-main');
    await openEditor(b, 'claim-main');
    const mine = (who: string) => [1, 2, 3, 4, 5].map((i) => `<${who}${i}>`);
    // Both at the start, both at the end, then one at each end, and so on: the same places at the same time.
    const places = [
      ['Home', 'Home'],
      ['End', 'End'],
      ['Home', 'End'],
      ['End', 'Home'],
      ['Home', 'Home'],
    ];
    for (const [i, [aAt, bAt]] of places.entries()) {
      // Each round starts from the same text on both (a caret put at the end of a text that lacks the other's last key lands inside their word).
      await expect
        .poll(async () => (await editorOf(a, 'claim-main').inputValue()) === (await editorOf(b, 'claim-main').inputValue()))
        .toBe(true);
      await Promise.all([a.keyboard.press(`${MOD}+${aAt}`), b.keyboard.press(`${MOD}+${bAt}`)]);
      await typeTogether(a, mine('A')[i]!, b, mine('B')[i]!);
    }
    const all = [...mine('A'), ...mine('B')];
    for (const page of [a, b])
      await expect.poll(async () => keepsEverything(await editorOf(page, 'claim-main').inputValue(), original, all)).toBe(true);
    await a.keyboard.press('Enter');
    await b.keyboard.press('Enter');
    for (const page of [a, b])
      await expect.poll(async () => keepsEverything((await textOf(page, 'claim-main'))!, original, all)).toBe(true);

    // A's whole editing session is one undo step, and it takes back A's words only.
    await store(a, 'undo');
    for (const page of [a, b])
      await expect.poll(async () => keepsEverything((await textOf(page, 'claim-main'))!, original, mine('B'))).toBe(true);
  });

  it('Escape takes back what this person typed in the edit, and only that', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    const original = (await textOf(a, CLASSIFIED))!;
    await openEditor(a, CLASSIFIED);
    await openEditor(b, CLASSIFIED);
    await Promise.all([a.keyboard.press(`${MOD}+End`), b.keyboard.press(`${MOD}+End`)]);
    await typeTogether(a, ' [AAA]', b, ' [BBB]');
    await b.keyboard.press('Enter');
    await expect.poll(async () => keepsEverything(await editorOf(a, CLASSIFIED).inputValue(), original, [' [AAA]', ' [BBB]'])).toBe(true);
    await a.keyboard.press('Escape');
    for (const page of [a, b])
      await expect.poll(async () => keepsEverything((await textOf(page, CLASSIFIED))!, original, [' [BBB]'])).toBe(true);
  });

  it('words confirmed through an input method (a composition) are kept with the words another person typed meanwhile', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    const original = (await textOf(a, CLASSIFIED))!;
    await openEditor(a, CLASSIFIED);
    await a.keyboard.press(`${MOD}+End`);
    // A composes "にほん" (Chromium's own IME path, through the DevTools protocol)…
    const cdp = await a.context().newCDPSession(a);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    // …while B's words arrive; a composition in progress is not sent.
    await openEditor(b, CLASSIFIED);
    await b.keyboard.press(`${MOD}+End`);
    await b.keyboard.type(' [BBB]');
    await b.keyboard.press('Enter');
    await expect.poll(async () => keepsEverything((await textOf(a, CLASSIFIED))!, original, [' [BBB]'])).toBe(true);
    // A confirms "日本": it goes to the room, B's words stay.
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: '日本' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
    await cdp.detach();
    await expect.poll(async () => keepsEverything(await editorOf(a, CLASSIFIED).inputValue(), original, ['日本', ' [BBB]'])).toBe(true);
    await a.keyboard.press('Enter');
    for (const page of [a, b])
      await expect.poll(async () => keepsEverything((await textOf(page, CLASSIFIED))!, original, ['日本', ' [BBB]'])).toBe(true);
  });

  it('the inspector’s Text field keeps what is typed in it when someone else’s words arrive meanwhile', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    const original = (await textOf(a, CLASSIFIED))!;
    await store(a, 'select', [CLASSIFIED]);
    const field = a.getByRole('textbox', { name: 'Text', exact: true });
    await field.click();
    await a.keyboard.press(`${MOD}+End`);
    await a.keyboard.type(' [AAA]');

    await openEditor(b, CLASSIFIED);
    await b.keyboard.press(`${MOD}+End`);
    await b.keyboard.type(' [BBB]');
    await b.keyboard.press('Enter');
    await expect.poll(async () => keepsEverything((await textOf(a, CLASSIFIED))!, original, [' [BBB]'])).toBe(true);
    // A's field shows B's words beside A's own; A goes on typing where A was.
    await expect.poll(async () => keepsEverything(await field.inputValue(), original, [' [AAA]', ' [BBB]'])).toBe(true);
    await a.keyboard.type('!');
    await a.keyboard.press('Tab');
    for (const page of [a, b])
      await expect.poll(async () => keepsEverything((await textOf(page, CLASSIFIED))!, original, [' [AAA]!', ' [BBB]'])).toBe(true);
  });

  it('a statement deleted while someone types in it: they are told, their text is kept, and the keyboard stays with it', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    const original = (await textOf(b, MEMORIES))!;
    await openEditor(b, MEMORIES);
    await b.keyboard.press(`${MOD}+End`);
    await b.keyboard.type(' Words typed by B.');

    await store(a, 'select', [MEMORIES]);
    await a.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(async () => (await mapOf(b)).nodes.some((n) => n.id === MEMORIES)).toBe(false);

    // B is told, in words, on screen.
    await expect.poll(() => b.locator('.notice').allTextContents()).toEqual([expect.stringMatching(/deleted.*while you (were )?edit/i)]);
    // B's text is a statement again, on both pages, and B's editor is open on it with the keyboard.
    const kept = `${original} Words typed by B.`;
    for (const page of [a, b]) await expect.poll(async () => (await mapOf(page)).nodes.filter((n) => n.text === kept).length).toBe(1);
    const restored = (await mapOf(b)).nodes.find((n) => n.text === kept)!;
    expect(restored.kind).toBe('evidence');
    await expect.poll(() => editorOf(b, restored.id).evaluate((el) => el === document.activeElement)).toBe(true);
    // B goes on typing where B was: the words go into the kept statement.
    await b.keyboard.type(' More.');
    await b.keyboard.press('Enter');
    await expect.poll(() => textOf(a, restored.id)).toBe(`${kept} More.`);

    // Nothing typed yet: the editor closes, B is told, and the keyboard stays on the canvas.
    await openEditor(b, CLASSIFIED);
    await store(a, 'select', [CLASSIFIED]);
    await a.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect
      .poll(() => b.locator('.notice').allTextContents())
      .toContainEqual(expect.stringMatching(/deleted the statement you were editing/));
    await expect.poll(() => b.evaluate(() => document.activeElement?.closest('.react-flow__node') !== null)).toBe(true);
    expect((await mapOf(b)).nodes.filter((n) => n.text.startsWith('Giving Japan classified data'))).toEqual([]);
  });
});
