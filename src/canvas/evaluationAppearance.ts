// How evaluation statuses read and look: one table shared by the node badges, the
// inspector, the balance panel and the toolbar's key. Colours match the status block
// in styles.css.
import type { Label } from '../model/evaluation.ts';

export interface StatusStyle {
  /** The computed status in a word. */
  word: string;
  /** The status when the user set it with a mark. */
  markedWord: string;
  /** A one-character sign, so the status does not depend on colour alone. */
  sign: string;
  color: string;
  /** For a relation or a reason in the balance: does it carry? */
  linkWord: string;
}

export const STATUS_STYLES: Record<Label, StatusStyle> = {
  in: { word: 'stands', markedWord: 'accepted', sign: '✓', color: '#15803d', linkWord: 'holds' },
  out: { word: 'defeated', markedWord: 'rejected', sign: '✕', color: '#b91c1c', linkWord: 'fails' },
  undec: { word: 'undecided', markedWord: 'undecided', sign: '?', color: '#b45309', linkWord: 'undecided' },
};
