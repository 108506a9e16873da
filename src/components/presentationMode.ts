// The presentation as a mode of the page, on from the moment Present is pressed (the bar and
// the camera, Presentation.tsx, load on first use): \`is-presenting\` on <html> (the stylesheet
// then hides the toolbar, side panel and canvas controls), every key taken before the
// editor's shortcuts (nothing can be edited), and leaving full screen leaves the presentation.
import { useEffect, useLayoutEffect } from 'react';
import { presentationKey, stopPresentation } from './visibilityCommands.ts';

export function usePresentationMode(presenting: boolean) {
  useLayoutEffect(() => {
    if (!presenting) return;
    // Where the focus was (the Present button, a node) before the chrome is put away: it goes
    // back there when the presentation ends (the bar, loaded later, takes it meanwhile).
    const cameFrom = document.activeElement as HTMLElement | null;
    const root = document.documentElement;
    root.classList.add('is-presenting');
    return () => {
      root.classList.remove('is-presenting');
      if (cameFrom && cameFrom !== document.body)
        requestAnimationFrame(() => cameFrom.isConnected && cameFrom.focus({ preventScroll: true }));
    };
  }, [presenting]);

  useEffect(() => {
    if (!presenting) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // Enter on a focused overlay button presses it.
      if (event.key === 'Enter' && target?.closest?.('.presentation-hud button')) return;
      const outcome = presentationKey(event);
      if (outcome === 'pass') return;
      event.stopPropagation();
      // Browser-wide combinations (Ctrl+W, Ctrl+R, F11…) keep working.
      if (outcome === 'handled' || (!event.ctrlKey && !event.metaKey && !event.altKey && !/^F\d+$/.test(event.key) && event.key !== 'Tab'))
        event.preventDefault();
    };
    // Leaving full screen (the browser's own Escape) leaves the presentation too.
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) stopPresentation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [presenting]);
}
