// The editor's commands in one registry: name, label, keys, when it can run, what it does.
// The keyboard (useShortcuts.ts), the toolbar and the shortcuts list (ShortcutsDialog.tsx)
// read it, so a command is added here once. Keys that belong to one place only (arrows on a
// focused node, keys while presenting or inside a list) stay with that place.
import { useEditor, canRedo, canUndo, isViewOnly, type EditorStore } from '../store/store.ts';
import { openFromPicker, saveToFile } from '../io/commands.ts';
import { CHILD_ACTIONS } from '../canvas/appearance.ts';
import { openExportDialog } from './exportDialogState.ts';
import { useSearch } from '../store/search.ts';
import { openShortcutsDialog } from './shortcutsDialogState.ts';
import { setCollapsed, startPresentation, toggleFocus } from './visibilityCommands.ts';
import { registry, type Command } from './chords.ts';
import { copyImage } from '../io/clipboardImage.ts';
import { focusField } from './focusRequest.ts';
import { openDebateDialog } from './debateDialogState.ts';
import { isComparing, useTeaching } from '../store/teaching.ts';

/** Teaching (issue 19): its code loads on first use. */
const teaching = (run: (t: typeof import('./teaching/teachingActions.ts')) => void) => () =>
  void import('./teaching/teachingActions.ts').then(run);

const single = (s: EditorStore) => (s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0]! : undefined);
const editable = (s: EditorStore) => !isViewOnly(s);
/** The one argument (relation, not an undercut) selected, which a scheme can be given to. */
const argument = (s: EditorStore) =>
  s.selectedNodeIds.length ? undefined : s.map.relations.find((r) => r.id === s.selectedRelationIds[0] && r.kind !== 'undercuts');
/** Shows the inspector and puts the focus on one of its fields. */
const inspect = (s: EditorStore, field: string) => {
  s.setSidePanel('inspector');
  focusField(field);
};

const CHILD_ARTICLE: Record<string, string> = { reason: 'a ', objection: 'an ', caveat: 'a ', evidence: '' };

export const COMMANDS: readonly Command[] = [
  {
    id: 'save',
    label: 'Save to a file',
    keys: [{ key: 's', mod: true, shift: false }],
    inTextFields: true,
    perform: () => void saveToFile(),
  },
  {
    id: 'save-as',
    label: 'Save as a new file',
    keys: [{ key: 's', mod: true, shift: true }],
    inTextFields: true,
    perform: () => void saveToFile(true),
  },
  {
    id: 'open',
    label: 'Open a map file',
    keys: [{ key: 'o', mod: true }],
    inTextFields: true,
    enabled: editable,
    perform: () => void openFromPicker(),
  },
  {
    id: 'search',
    label: 'Search statements',
    keys: [{ key: 'f', mod: true, shift: false }],
    inTextFields: true,
    perform: () => useSearch.getState().show(),
  },
  { id: 'export', label: 'Export as PNG, SVG, PDF or slides', keys: [{ key: 'e', mod: true, shift: true }], perform: openExportDialog },
  {
    id: 'copy-png',
    label: 'Copy the map (or the selection) as a PNG image',
    keys: [{ key: 'c', mod: true, shift: true, alt: false }],
    perform: () => copyImage('png'),
  },
  {
    id: 'copy-svg',
    label: 'Copy the map (or the selection) as an SVG image',
    keys: [{ key: 'c', mod: true, shift: true, alt: true }],
    perform: () => copyImage('svg'),
  },
  {
    id: 'undo',
    label: 'Undo',
    keys: [{ key: 'z', mod: true, shift: false }],
    enabled: (s) => canUndo(s) && editable(s),
    perform: (s) => s.undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    enabled: (s) => canRedo(s) && editable(s),
    perform: (s) => s.redo(),
  },
  { id: 'select-all', label: 'Select everything', keys: [{ key: 'a', mod: true }], perform: (s) => s.selectAll() },
  {
    id: 'delete',
    label: 'Delete the selection',
    keys: [{ key: 'Delete' }, { key: 'Backspace' }],
    enabled: (s) => s.selectedNodeIds.length + s.selectedRelationIds.length > 0 && editable(s),
    perform: (s) => s.deleteSelection(),
  },
  {
    id: 'edit',
    label: "Edit the selected statement's text",
    keys: [{ key: 'Enter' }, { key: 'F2' }],
    enabled: (s) => !!single(s),
    perform: (s) => s.startEditing(single(s)!),
  },
  ...CHILD_ACTIONS.map((a): Command => ({
    id: `add-${a.role}`,
    label: `Add ${CHILD_ARTICLE[a.role]}${a.role} under the selected statement`,
    keys: [{ key: a.key.toLowerCase(), shift: false }],
    enabled: (s) => !!single(s),
    perform: (s) => void s.addChild(single(s)!, a.role),
  })),
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
  {
    id: 'scheme',
    label: 'Give the selected argument a scheme',
    keys: [{ key: 's', shift: false }],
    enabled: (s) => !!argument(s) && editable(s),
    perform: (s) => inspect(s, 'scheme'),
  },
  {
    id: 'questions',
    label: "Go to the selected argument's critical questions",
    keys: [{ key: 'q', shift: false }],
    enabled: (s) => !!argument(s)?.scheme,
    perform: (s) => inspect(s, 'scheme-questions'),
  },
  { id: 'layout', label: 'Lay the map out', keys: [{ key: 'l', shift: false }], perform: (s) => s.layout() },
  { id: 'fit', label: 'Fit the map to the view', keys: [{ key: 'f', shift: false }], perform: (s) => s.requestFit() },
  { id: 'evaluate', label: 'Evaluation on or off', keys: [{ key: 'v', shift: false }], perform: (s) => s.setEvaluationOn(!s.evaluationOn) },
  { id: 'present', label: 'Present the map step by step', keys: [{ key: 'p', shift: false }], perform: startPresentation },
  {
    id: 'brief',
    label: 'Brief for or against a statement',
    keys: [{ key: 'b', shift: false }],
    perform: () => openDebateDialog('brief'),
  },
  {
    id: 'practise',
    label: 'Practise answering the attacks',
    keys: [{ key: 'd', shift: false }],
    perform: () => openDebateDialog('practise'),
  },
  {
    id: 'comment',
    label: 'Comment on the selection (nothing selected: on the map)',
    keys: [{ key: 'm', mod: true, alt: true, shift: false }],
    perform: (s) => {
      s.setSidePanel('comments');
      // Its new comment takes the keyboard; the panel's code loads on first use.
      void import('./comments/CommentsPanel.tsx').then((m) => m.focusNewComment());
    },
  },
  { id: 'deselect', label: 'Clear the selection', keys: [{ key: 'Escape' }], perform: (s) => s.select([], []) },
  { id: 'shortcuts', label: 'Show the keyboard shortcuts', keys: [{ key: '?' }], perform: openShortcutsDialog },
  {
    id: 'make-exercise',
    label: 'Make an exercise for students from this map…',
    keys: [{ key: 'x', shift: true }],
    perform: () => useTeaching.setState({ exerciseDialog: true }),
  },
  {
    id: 'compare',
    label: 'Compare this map with a key…',
    keys: [{ key: 'k', shift: true }],
    perform: teaching((t) => t.compareWithFile()),
  },
  {
    id: 'check-exercise',
    label: 'Check this exercise against its key',
    keys: [{ key: 'k', shift: false }],
    enabled: (s) => !!s.map.exercise?.key,
    perform: teaching((t) => t.checkExercise()),
  },
  ...(['Next', 'Previous'] as const).map((word, i): Command => ({
    id: `${word.toLowerCase()}-difference`,
    label: `${word} difference from the key`,
    keys: [{ key: 'F8', shift: i > 0 }],
    enabled: isComparing,
    perform: teaching((t) => t.stepDifference(i ? -1 : 1, { announce: true })),
  })),
];

export const { command, runCommand, commandForKey, titleOf } = registry(COMMANDS, () => useEditor.getState());

export { chordLabel, type Chord, type Command } from './chords.ts';
