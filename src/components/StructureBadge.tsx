// The Check tab's badge: how many errors and warnings the structure check finds.
import { memo } from 'react';
import { useEditor } from '../store/store.ts';
import { problemCount } from '../model/structureCheck.ts';
import { findingsOf } from '../store/structureFindings.ts';

/** The number of errors and warnings, shown on the "Check" tab; nothing when there are none. */
export const StructureBadge = memo(function StructureBadge() {
  const count = useEditor((s) => problemCount(findingsOf(s.map, s.sourceTexts)));
  const hasError = useEditor((s) => findingsOf(s.map, s.sourceTexts)[0]?.severity === 'error');
  if (!count) return null;
  return (
    <span className={`tab-badge${hasError ? ' is-error' : ''}`} title={`${count} problem${count === 1 ? '' : 's'} found by the structure check`}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{`, ${count} problem${count === 1 ? '' : 's'}`}</span>
    </span>
  );
});
