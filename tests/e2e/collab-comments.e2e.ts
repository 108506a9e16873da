// Comments in a live room (issue 19): a teacher comments on a statement while a student types
// in it; the student sees the marker and the comment and replies; the teacher sees the reply;
// both pages end with the same comments and the student's words. A view link reads the
// comments and cannot write. A real server process and real Chromium pages.
import type { Page } from 'playwright-core';
import { mapOf, setupCollab, store, textOf } from './collab-helpers.ts';

const { shareFromNewPage, join } = setupCollab();

const STATEMENT = 'impl-china';
const panel = (page: Page) => page.getByRole('region', { name: 'Comments' });
const marker = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"] .comment-marker`);
const editorOf = (page: Page, id: string) => page.locator(`[data-node-id="${id}"] textarea.node-editor`);
const commentsOf = async (page: Page) => (await mapOf(page)).comments ?? [];

/** Gives the name in the Comments panel's form the first time (asked once). */
async function comment(page: Page, name: string, text: string) {
  await store(page, 'select', [STATEMENT]);
  await page.getByRole('tab', { name: 'Comments' }).click();
  const field = panel(page).getByRole('textbox', { name: /^New comment on the statement “/ });
  await field.fill(text);
  const nameField = panel(page).getByRole('textbox', { name: /Your name/ });
  if (await nameField.count()) await nameField.fill(name);
  await panel(page).getByRole('button', { name: 'Comment', exact: true }).click();
}

describe('working together: comments', () => {
  it('the teacher comments while the student types; the student sees it and replies; both have both, and the student’s words', async () => {
    const { a: teacher, edit, view } = await shareFromNewPage();
    const student = await join(edit);
    const original = (await textOf(student, STATEMENT))!;

    // The student starts typing at the end of the statement…
    await store(student, 'select', [STATEMENT]);
    await student.locator(`.react-flow__node[data-id="${STATEMENT}"]`).focus();
    await student.keyboard.press('Enter');
    await expect.poll(() => editorOf(student, STATEMENT).evaluate((el) => el === document.activeElement)).toBe(true);
    await student.keyboard.press('Control+End');
    const typing = (async () => {
      for (const ch of ' (see paragraph 5)') await student.keyboard.type(ch, { delay: 60 });
    })();
    // …while the teacher comments on it: the marker shows on the student's page, editor still open.
    await comment(teacher, 'Ms Tan', 'Which paragraph says this?');
    await expect.poll(() => marker(student, STATEMENT).textContent()).toBe('1');
    expect(await editorOf(student, STATEMENT).evaluate((el) => el === document.activeElement)).toBe(true);
    await typing;
    await expect.poll(async () => (await editorOf(student, STATEMENT).inputValue()).endsWith(' (see paragraph 5)')).toBe(true);
    await student.keyboard.press('Enter');

    // After the edit: the marker, the words, and the comment.
    await expect.poll(() => marker(student, STATEMENT).textContent()).toBe('1');
    for (const page of [teacher, student]) await expect.poll(() => textOf(page, STATEMENT)).toBe(`${original} (see paragraph 5)`);
    await marker(student, STATEMENT).click();
    const thread = panel(student).getByRole('article', { name: 'Comment by Ms Tan, open' });
    await expect.poll(() => thread.getByText('Which paragraph says this?').count()).toBe(1);

    // The student replies (giving a name the first time); the teacher sees the reply.
    await thread.getByRole('button', { name: 'Reply to Ms Tan' }).click();
    await thread.getByRole('textbox', { name: 'Reply to Ms Tan' }).fill('Paragraph 5, added to the text.');
    await thread.getByRole('textbox', { name: /Your name/ }).fill('Alex');
    await thread.getByRole('button', { name: 'Reply', exact: true }).click();
    await teacher.getByRole('tab', { name: 'Comments' }).click();
    await expect
      .poll(() =>
        panel(teacher).getByRole('article', { name: 'Comment by Ms Tan, open' }).getByText('Paragraph 5, added to the text.').count(),
      )
      .toBe(1);

    // The teacher resolves it; the marker goes on both pages.
    await panel(teacher).getByRole('button', { name: 'Resolve the comment by Ms Tan' }).click();
    for (const page of [teacher, student]) await expect.poll(() => marker(page, STATEMENT).count()).toBe(0);

    const final = await commentsOf(teacher);
    expect(final).toEqual([
      expect.objectContaining({
        target: STATEMENT,
        author: 'Ms Tan',
        text: 'Which paragraph says this?',
        resolved: true,
        replies: [expect.objectContaining({ author: 'Alex', text: 'Paragraph 5, added to the text.' })],
      }),
    ]);
    expect(await commentsOf(student)).toEqual(final);
    // A page that joins later gets them from the server.
    const late = await join(edit);
    expect(await commentsOf(late)).toEqual(final);

    // A view link reads the comments, and cannot write one.
    const viewer = await join(view);
    await store(viewer, 'select', [STATEMENT]);
    await viewer.getByRole('tab', { name: 'Comments' }).click();
    await expect.poll(() => panel(viewer).getByText('Which paragraph says this?').count()).toBe(1);
    expect(
      await panel(viewer)
        .getByText(/view-only link/)
        .count(),
    ).toBe(1);
    expect(await panel(viewer).getByRole('textbox').count()).toBe(0);
    expect(
      await panel(viewer)
        .getByRole('button', { name: /Reply|Resolve|Reopen/ })
        .count(),
    ).toBe(0);
  });

  it('two people commenting on one statement at the same moment both keep their comment', async () => {
    const { a, edit } = await shareFromNewPage();
    const b = await join(edit);
    await Promise.all([comment(a, 'Ms Tan', 'From the teacher'), comment(b, 'Alex', 'From the student')]);
    for (const page of [a, b])
      await expect.poll(async () => (await commentsOf(page)).map((c) => c.text).sort()).toEqual(['From the student', 'From the teacher']);
    expect(await commentsOf(b)).toEqual(await commentsOf(a));
    await expect.poll(() => marker(a, STATEMENT).textContent()).toBe('2');
  });
});
