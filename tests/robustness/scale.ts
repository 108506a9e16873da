// How hard the robustness tests push. The test suite runs a small share so it stays fast;
// `npm run test:robustness` (ARGMAP_ROBUSTNESS=full) runs the full figures docs/robustness.md reports.
const full = process.env.ARGMAP_ROBUSTNESS === 'full';

/** The full-size count, or the quick one used by the ordinary test run. */
export const runs = (fullCount: number, quickCount: number): number => (full ? fullCount : quickCount);

/** Full runs take minutes: give them the time, and the quick ones the default. */
export const timeout = full ? 30 * 60_000 : 60_000;

/** One line of figures in the test output (docs/robustness.md quotes the full-size ones). */
export function report(name: string, figures: Record<string, number>) {
  const parts = Object.entries(figures).map(([k, v]) => `${k} ${v.toLocaleString('en')}`);
  console.info(`[robustness] ${name}: ${parts.join(', ')}`);
}
