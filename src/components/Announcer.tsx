// The polite live region: says what changed (added, deleted, connected, evaluated, undone)
// for screen-reader users. Subscribes to the store outside React's render, so a drag frame
// costs one cheap comparison and no re-render.
import { memo, useEffect, useState } from 'react';
import { useEditor, type EditorStore } from '../store/store.ts';
import { evaluationOf } from '../store/evaluationView.ts';
import { describeChange, type Snapshot } from './announcements.ts';

const snapshot = (s: EditorStore): Snapshot => ({
  map: s.map,
  evaluationOn: s.evaluationOn,
  pastLength: s.history.past.length,
  futureLength: s.history.future.length,
  fileName: s.fileName,
  evaluation: s.evaluationOn ? evaluationOf(s.map) : null,
});

export const Announcer = memo(function Announcer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let before = snapshot(useEditor.getState());
    let flip = false;
    return useEditor.subscribe((state, prev) => {
      // A drag moves nodes every frame; nothing to say until the map's content or mode changes.
      if (state.map === prev.map && state.evaluationOn === prev.evaluationOn && state.history === prev.history) return;
      if (state.gestureStart) return;
      const after = snapshot(state);
      const said = describeChange(before, after);
      before = after;
      // The same sentence twice in a row is still read: it differs by an invisible character.
      if (said) setMessage(`${said}${(flip = !flip) ? '\u200b' : ''}`);
    });
  }, []);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
});
