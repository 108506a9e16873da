// The interactive page's commands: the editor's registry (src/components/commands.ts) for a
// page that only shows a map. The page's build puts this module in place of the editor's
// (scripts/viewer-bundle.ts), so the editor's search box, keyboard shortcuts and ? list,
// which read that registry, read this one: same keys, same labels, nothing that edits.
import { useEditor, type EditorStore } from '../store/store.ts';
import { useSearch } from '../store/search.ts';
import { openShortcutsDialog } from '../components/shortcutsDialogState.ts';
import { setCollapsed, startPresentation, toggleFocus } from '../components/visibilityCommands.ts';
import { registry, type Command } from '../components/chords.ts';

const single = (s: EditorStore) => (s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0]! : undefined);

export const COMMANDS: readonly Command[] = [
  {
    id: 'search',
    label: 'Search statements',
    keys: [{ key: 'f', mod: true, shift: false }],
    inTextFields: true,
    perform: () => useSearch.getState().show(),
  },
  {
    id: 'collapse',
    label: "Collapse the selected statement's subtree",
    keys: [{ key: '-' }],
    enabled: (s) => !!single(s),
    perform: (s) => setCollapsed(single(s)!, true),
  },
  {
    id: 'expand',
    label: "Expand the selected statement's subtree",
    keys: [{ key: '+' }, { key: '=' }],
    enabled: (s) => !!single(s),
    perform: (s) => setCollapsed(single(s)!, false),
  },
  {
    id: 'focus',
    label: 'Focus on the selected statement (again: the whole map)',
    keys: [{ key: 'f', shift: true }],
    enabled: (s) => !!single(s) || s.map.meta.focus !== undefined,
    perform: (s) => toggleFocus(single(s)),
  },
  { id: 'fit', label: 'Fit the map to the view', keys: [{ key: 'f', shift: false }], perform: (s) => s.requestFit() },
  { id: 'evaluate', label: 'Evaluation on or off', keys: [{ key: 'v', shift: false }], perform: (s) => s.setEvaluationOn(!s.evaluationOn) },
  { id: 'present', label: 'Present the map step by step', keys: [{ key: 'p', shift: false }], perform: startPresentation },
  { id: 'deselect', label: 'Clear the selection', keys: [{ key: 'Escape' }], perform: (s) => s.select([], []) },
  { id: 'shortcuts', label: 'Show the keyboard shortcuts', keys: [{ key: '?' }], perform: openShortcutsDialog },
];

export const { command, runCommand, commandForKey, titleOf } = registry(COMMANDS, () => useEditor.getState());

export { chordLabel, type Chord, type Command } from '../components/chords.ts';
