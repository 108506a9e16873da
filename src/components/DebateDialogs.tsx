// The Brief and Practise dialogs, loaded together the first time either opens (lazyOverlays.tsx).
// The brief stays mounted (it keeps its side and statement after a line took you to the canvas);
// a drill ends when its dialog closes.
import { BriefDialog } from './brief/BriefDialog.tsx';
import { PractiseDialog } from './drill/PractiseDialog.tsx';
import { useDebateDialog } from './debateDialogState.ts';

export function DebateDialogs() {
  const practising = useDebateDialog((s) => s.open === 'practise');
  return (
    <>
      <BriefDialog />
      {practising && <PractiseDialog />}
    </>
  );
}
