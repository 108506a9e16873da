// The polite live region: says what changed (added, deleted, connected, evaluated, undone)
// for screen-reader users. Subscribes to the store outside React's render, so a drag frame
// costs one cheap comparison and no re-render. The wording (announcements.ts) loads just
// after the first paint; a change made before it is there is said once it is.
import { memo, useEffect, useState } from 'react';
import { useEditor, type EditorStore } from '../store/store.ts';
import { evaluationOf } from '../store/evaluationView.ts';
import type { Snapshot } from './announcements.ts';

const snapshot = (s: EditorStore): Snapshot => ({
  map: s.map,
  evaluationOn: s.evaluationOn,
  pastLength: s.history.past.length,
  futureLength: s.history.future.length,
  fileName: s.fileName,
  inRoom: !!s.room?.ready,
  evaluation: s.evaluationOn ? evaluationOf(s.map) : null,
});

export const Announcer = memo(function Announcer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let before = snapshot(useEditor.getState());
    let flip = false;
    let unmounted = false;
    let wording: typeof import('./announcements.ts') | null = null;
    let waiting: [Snapshot, Snapshot][] = [];
    const say = (from: Snapshot, to: Snapshot) => {
      const sentence = wording!.describeChange(from, to);
      if (!sentence) return;
      // The same sentence twice in a row is still read: it differs by an invisible character.
      flip = !flip;
      setMessage(`${sentence}${flip ? '\u200b' : ''}`);
    };
    // If the wording cannot load (the server went away), nothing is said.
    import('./announcements.ts').then(
      (loaded) => {
        if (unmounted) return;
        wording = loaded;
        for (const [from, to] of waiting) say(from, to);
        waiting = [];
      },
      () => undefined,
    );
    const unsubscribe = useEditor.subscribe((state, prev) => {
      // A drag moves nodes every frame; nothing to say until the map's content or mode changes.
      if (
        state.map === prev.map &&
        state.evaluationOn === prev.evaluationOn &&
        state.history === prev.history &&
        state.room?.ready === prev.room?.ready
      )
        return;
      if (state.gestureStart) return;
      const [from, to] = [before, snapshot(state)];
      before = to;
      if (wording) say(from, to);
      else waiting.push([from, to]);
    });
    return () => {
      unmounted = true;
      unsubscribe();
    };
  }, []);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
});
