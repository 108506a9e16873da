// What teaching puts over the editor, loaded as one piece the first time it is needed (an
// exercise opened, Make exercise…, a comparison): the banner at the foot of the canvas and the
// Make exercise dialog (a modal <dialog>: shown above everything wherever it sits in the page).
import { memo } from 'react';
import { ExerciseDialog } from './ExerciseDialog.tsx';
import { TeachingBanner } from './TeachingBanner.tsx';

export const TeachingOverlay = memo(function TeachingOverlay() {
  return (
    <>
      <TeachingBanner />
      <ExerciseDialog />
    </>
  );
});
