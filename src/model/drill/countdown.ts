// The answer's countdown, as text: the clock shown, and what a screen reader hears. It speaks at
// the whole minutes, at 30 and 10 seconds and when time is up, not every second.

/** Seconds per answer offered; 0 is no timer (accessibility: no pressure to answer in time). */
export const ANSWER_TIMES = [30, 60, 90, 0] as const;
export type AnswerTime = (typeof ANSWER_TIMES)[number];

/** "1:05", "0:09". */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** What to announce when `left` seconds of `total` remain; null between the marks (and at the start). */
export function countdownAnnouncement(left: number, total: number): string | null {
  if (left >= total) return null;
  if (left <= 0) return 'Time is up.';
  if (left % 60 === 0) return left === 60 ? '1 minute left.' : `${left / 60} minutes left.`;
  if (left === 30 || left === 10) return `${left} seconds left.`;
  return null;
}
