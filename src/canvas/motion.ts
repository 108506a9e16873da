// Camera moves are animated only for people who have not asked their system for less motion.

/** `ms`, or 0 when the user prefers reduced motion. */
export function motionDuration(ms: number): number {
  const reduce = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 0 : ms;
}
