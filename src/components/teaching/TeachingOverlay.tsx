// What teaching puts over the editor, loaded as one piece the first time it is needed (an
// exercise opened, Make exercise…, a comparison): the banner at the foot of the canvas, the
// Make exercise dialog (a modal <dialog>: shown above everything wherever it sits in the page)
// and, while comparing, the ghosts on the canvas (drawn into React Flow's own layer, which any
// component under its provider can reach).
import { memo } from 'react';
import { useTeaching } from '../../store/teaching.ts';
import { GhostLayer } from '../../canvas/GhostLayer.tsx';
import { ExerciseDialog } from './ExerciseDialog.tsx';
import { TeachingBanner } from './TeachingBanner.tsx';

export const TeachingOverlay = memo(function TeachingOverlay() {
  const comparing = useTeaching((s) => s.comparing !== null);
  return (
    <>
      <TeachingBanner />
      <ExerciseDialog />
      {comparing && <GhostLayer />}
    </>
  );
});
