// While a large file opens in the background: what is happening, and Cancel (or Escape).
import { memo, useEffect } from 'react';
import { useOpening } from '../io/opening.ts';
import './largeMaps.css';

export const OpeningProgress = memo(function OpeningProgress() {
  const opening = useOpening((s) => s.current);
  useEffect(() => {
    if (!opening) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      opening.cancel();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [opening]);
  if (!opening) return null;
  const megabytes = (opening.chars / 1_000_000).toFixed(1);
  return (
    <div className="opening-progress" role="status" aria-label={`Opening ${opening.fileName}`}>
      <strong>Opening {opening.fileName}</strong> <span>({megabytes} MB)</span>
      <div className="opening-step">{opening.step}…</div>
      <progress aria-label="Opening progress" />
      <button type="button" onClick={opening.cancel}>
        Cancel
      </button>
    </div>
  );
});
