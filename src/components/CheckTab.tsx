// The Check tab: the structure check and, for teaching (issue 19), the comparison with a key
// (while there is one), the student's Check, Compare with… and Make exercise….
import { memo } from 'react';
import { StructurePanel } from './StructurePanel.tsx';
import { TeachingTools } from './teaching/TeachingTools.tsx';

export const CheckTab = memo(function CheckTab() {
  return (
    <>
      <TeachingTools where="top" />
      <StructurePanel />
      <TeachingTools where="bottom" />
    </>
  );
});
