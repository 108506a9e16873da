// What a screen reader says the keys do on a statement or a relation of the canvas (React
// Flow's descriptions). The interactive page, which edits nothing, has its own
// (src/viewer/keyboardHelp.ts, put in place of this one by vite.viewer.config.ts).
export const KEYBOARD_HELP =
  'Enter selects the statement, Enter again edits it. Arrow keys go to the nearest statement in that direction; Alt+arrow keys move the selection. R, O, C, E add a reason, objection, caveat or evidence; Delete removes.';
export const EDGE_HELP = 'Press Enter to select the relation; Delete removes it.';
