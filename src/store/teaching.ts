// UI state for teaching (issue 19): whether the Make exercise dialog is open, and the comparison
// view (the map on screen compared with a key: the teacher's Compare with…, the student's Check).
// Never recorded in history, never saved. Its logic loads on first use
// (components/teaching/comparing.ts); the canvas reads the marks from here.
import { create } from 'zustand';
import type { ArgMap } from '../model/types.ts';
import type { Comparison } from '../model/compare/types.ts';
import type { Ghosts } from '../model/compare/ghosts.ts';
import type { ComparisonMarks, DifferenceStep } from '../model/compare/view.ts';

export interface ComparisonView {
  /** The teacher compared with a chosen file, or the student checked against the exercise's key. */
  who: 'teacher' | 'student';
  /** The key's file name, or how the key is called in a student's exercise. */
  keyName: string;
  key: ArgMap;
  comparison: Comparison;
  marks: ComparisonMarks;
  /** Null when the parts the student left out are only counted (the exercise says so). */
  ghosts: Ghosts | null;
  steps: DifferenceStep[];
}

export interface TeachingState {
  exerciseDialog: boolean;
  comparing: ComparisonView | null;
  /** The difference being looked at (a step's id). */
  current: string | null;
  /** Asks the canvas to centre on a ghost (it has no node of the map to centre on). */
  ghostRequest: { id: string; seq: number } | null;
  /** What the comparison's live region says (a comparison made, a difference reached by F8). */
  said: string;
  /** Counts the comparisons started, so the panel takes the keyboard once per start (not each time its tab is shown). */
  started: number;
}

export const useTeaching = create<TeachingState>()(() => ({
  exerciseDialog: false,
  comparing: null,
  current: null,
  ghostRequest: null,
  said: '',
  started: 0,
}));

export const isComparing = () => useTeaching.getState().comparing !== null;
