// The Check tab's badge: how many errors and warnings the structure check finds.
import { memo, useDeferredValue } from 'react';
import { useEditor } from '../store/store.ts';
import { problemCount } from '../model/structureCheck.ts';
import { findingsOf } from '../store/structureFindings.ts';

/** The number of errors and warnings, shown on the "Check" tab; nothing when there are none. */
// The badge is always on screen, so it counts in a background render after the map is drawn
// (a deferred value): opening a large map does not wait for the whole check.
export const StructureBadge = memo(function StructureBadge() {
  const map = useDeferredValue(
    useEditor((s) => s.map),
    null,
  );
  const texts = useDeferredValue(
    useEditor((s) => s.sourceTexts),
    null,
  );
  const findings = map && texts ? findingsOf(map, texts) : [];
  const count = problemCount(findings);
  const hasError = findings[0]?.severity === 'error';
  if (!count) return null;
  return (
    <span
      className={`tab-badge${hasError ? ' is-error' : ''}`}
      title={`${count} problem${count === 1 ? '' : 's'} found by the structure check`}
    >
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{`, ${count} problem${count === 1 ? '' : 's'}`}</span>
    </span>
  );
});
