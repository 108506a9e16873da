// The text-merging functions (model/textEdit.ts) matter only where someone else changes a text
// being edited: in a shared room. They come with the room's code (sync/room.ts hands them over
// when it loads), not with the page, which keeps them out of the initial JavaScript.
import type * as TextEdit from '../model/textEdit.ts';

let tools: typeof TextEdit | undefined;

export function provideTextTools(given: typeof TextEdit): void {
  tools = given;
}

/** The merging functions once a room's code has loaded; undefined outside rooms. */
export const textTools = (): typeof TextEdit | undefined => tools;
