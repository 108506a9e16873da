// The dialogs and the presentation load the first time they are opened (lazyView.tsx).
import { memo } from 'react';
import { useEditor } from '../store/store.ts';
import { lazyOverlay } from './lazyView.tsx';
import { usePresentationMode } from './presentationMode.ts';
import { closeExportDialog, useExportDialog } from './exportDialogState.ts';
import { closeRecoverDialog, useRecoverDialog } from './recoverDialogState.ts';
import { closeShortcutsDialog, useShortcutsDialog } from './shortcutsDialogState.ts';
import { useReplaceDialog } from '../store/replaceDialogState.ts';
import { stopPresentation } from './visibilityCommands.ts';
import { closeDebateDialog, useDebateDialog } from './debateDialogState.ts';
import { useTeaching } from '../store/teaching.ts';

export const ExportDialog = lazyOverlay(() => import('./ExportDialog.tsx'), 'ExportDialog', {
  what: 'the export dialog',
  useShown: () => useExportDialog((s) => s.open),
  close: closeExportDialog,
  keepMounted: true,
});

export const RecoverDialog = lazyOverlay(() => import('./RecoverDialog.tsx'), 'RecoverDialog', {
  what: 'the recover dialog',
  useShown: () => useRecoverDialog((s) => s.open),
  close: closeRecoverDialog,
  keepMounted: true,
});

export const ReplaceDialog = lazyOverlay(() => import('./ReplaceDialog.tsx'), 'ReplaceDialog', {
  what: 'the question before replacing the map',
  useShown: () => useReplaceDialog((s) => s.question !== null),
  // If its code cannot load, nothing is replaced.
  close: () => useReplaceDialog.getState().question?.answer('cancel'),
  keepMounted: true,
});

export const ShortcutsDialog = lazyOverlay(() => import('./ShortcutsDialog.tsx'), 'ShortcutsDialog', {
  what: 'the keyboard shortcuts',
  useShown: () => useShortcutsDialog((s) => s.open),
  close: closeShortcutsDialog,
  keepMounted: true,
});

export const DebateDialogs = lazyOverlay(() => import('./DebateDialogs.tsx'), 'DebateDialogs', {
  what: 'the debate tools',
  useShown: () => useDebateDialog((s) => s.open !== null),
  close: closeDebateDialog,
  keepMounted: true,
});

/** The exercise banner and Make exercise dialog: on an exercise, the dialog asked for, or a comparison. */
export const TeachingOverlay = lazyOverlay(() => import('./teaching/TeachingOverlay.tsx'), 'TeachingOverlay', {
  what: 'the teaching tools',
  useShown: () => {
    const exercise = useEditor((s) => !!s.map.exercise);
    return useTeaching((s) => s.exerciseDialog || !!s.comparing) || exercise;
  },
  close: () => useTeaching.setState({ exerciseDialog: false }),
  keepMounted: true,
});

const PresentationOverlay = lazyOverlay(() => import('./Presentation.tsx'), 'PresentationOverlay', {
  what: 'the presentation',
  useShown: () => useEditor((s) => s.presentationStep !== null),
  close: stopPresentation,
  keepMounted: false,
});

/** The presentation: the mode at once (keys, chrome put away), its bar and camera once loaded. */
export const Presentation = memo(function Presentation() {
  usePresentationMode(useEditor((s) => s.presentationStep !== null));
  return <PresentationOverlay />;
});
