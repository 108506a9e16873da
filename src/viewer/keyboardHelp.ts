// What a screen reader says the keys do on the interactive page's canvas: the editor's
// src/canvas/keyboardHelp.ts for a map that cannot be edited (put in its place by
// vite.viewer.config.ts).
export const KEYBOARD_HELP =
  'Enter selects the statement. Arrow keys go to the nearest statement in that direction. Minus folds what bears on it away, plus brings it back; Shift+F focuses on it.';
export const EDGE_HELP = 'Press Enter to select the relation.';
