// What the load scripts measure: a process's CPU and memory (from /proc) and percentiles.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** CPU seconds (user + system) and resident memory of a process. */
export function usage(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
  return { cpu: ticks / 100, rss };
}

/** Busy and total CPU time of the whole machine so far (from /proc/stat), in seconds. */
export function machineCpu() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const ticks = fields.map(Number);
  const idle = ticks[3]! + ticks[4]!;
  const total = ticks.reduce((a, b) => a + b, 0);
  return { busy: (total - idle) / 100, total: total / 100 };
}

/** "73 % of 2 cores": how busy the whole machine was between two machineCpu() readings. */
export const machineBusy = (a: ReturnType<typeof machineCpu>, b: ReturnType<typeof machineCpu>) =>
  `${Math.round(((b.busy - a.busy) / (b.total - a.total)) * 100)}% of its ${availableParallelism()} cores`;

export const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

/**
 * Calls `edit(i)` for each of `count` clients `rate` times a second for `seconds` (spread over
 * the interval, so the load is even). Resolves with how many edits were sent.
 */
export async function driveEdits(count: number, rate: number, seconds: number, edit: (i: number) => void): Promise<number> {
  const started = Date.now();
  const interval = 1000 / rate;
  const timers: ReturnType<typeof setInterval>[] = [];
  let sent = 0;
  for (let i = 0; i < count; i++)
    setTimeout(() => {
      timers.push(
        setInterval(() => {
          if (Date.now() - started > seconds * 1000) return;
          edit(i);
          sent++;
        }, interval),
      );
    }, Math.random() * interval);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  timers.forEach(clearInterval);
  return sent;
}
