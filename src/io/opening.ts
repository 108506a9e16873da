// The file being opened in the background with its progress shown (UI state): the progress
// bar reads it from the start, the opening code (openFile.ts, loaded on first open) writes it.
import { create } from 'zustand';

export interface Opening {
  fileName: string;
  chars: number;
  step: string;
  cancel(): void;
}

export const useOpening = create<{ current: Opening | null }>()(() => ({ current: null }));
