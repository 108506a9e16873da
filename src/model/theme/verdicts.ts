// How each verdict of a comparison with the key reads on the canvas (docs/grading.md#in-the-editor):
// a sign and a few words, so a mark never depends on colour alone. Its colours, in both themes,
// are in verdictColors.ts (loaded with the comparison view).
import type { Verdict } from '../compare/types.ts';

export const VERDICT_MARKS: Record<Verdict, { sign: string; word: string }> = {
  correct: { sign: '✓', word: 'as in the key' },
  wrongKind: { sign: '≠', word: 'wrong kind' },
  reversed: { sign: '⇄', word: 'wrong way round' },
  extra: { sign: '+', word: 'not in the key' },
  missing: { sign: '?', word: 'missing' },
};
