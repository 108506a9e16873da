// The question asked before a whole map replaces one with unsaved work (New, Open, an
// example, a dropped file, a recovered map). UI state only: the command that asks waits
// for the answer; the dialog renders the question and gives the answer back.
import { create } from 'zustand';

export type ReplaceChoice = 'save' | 'replace' | 'cancel';

interface ReplaceQuestion {
  /** The title (or file name) of the map that would be replaced. */
  mapName: string;
  answer(choice: ReplaceChoice): void;
}

export const useReplaceDialog = create<{ question: ReplaceQuestion | null }>()(() => ({ question: null }));

/** Shows the question; resolves with the user's choice (a second question cancels the first). */
export function askToReplace(mapName: string): Promise<ReplaceChoice> {
  useReplaceDialog.getState().question?.answer('cancel');
  return new Promise((resolve) => {
    const question: ReplaceQuestion = {
      mapName,
      answer(choice) {
        if (useReplaceDialog.getState().question === question) useReplaceDialog.setState({ question: null });
        resolve(choice);
      },
    };
    useReplaceDialog.setState({ question });
  });
}
