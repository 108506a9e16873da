// The answer's countdown: seconds left, ticking once a second from when it mounts. At the marks
// (countdownAnnouncement: whole minutes, 30 s, 10 s, time up; not every second) it calls
// `onAnnounce`, for a live region that outlasts the question; `onEnd` runs once, at 0.
// A total of 0 is no timer: nothing ticks, nothing is announced.
import { useEffect, useRef, useState } from 'react';
import { countdownAnnouncement } from '../../model/drill/countdown.ts';

export interface CountdownEvents {
  onAnnounce(text: string): void;
  onEnd(): void;
}

export function useCountdown(total: number, events: CountdownEvents): number {
  const [left, setLeft] = useState(total);
  const latest = useRef(events);
  latest.current = events;

  useEffect(() => {
    if (total <= 0) return;
    const timer = setInterval(() => setLeft((l) => Math.max(0, l - 1)), 1000);
    return () => clearInterval(timer);
  }, [total]);

  useEffect(() => {
    if (total <= 0) return;
    const said = countdownAnnouncement(left, total);
    if (said) latest.current.onAnnounce(said);
    if (left === 0) latest.current.onEnd();
  }, [left, total]);

  return left;
}
