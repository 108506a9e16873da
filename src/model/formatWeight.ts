/** A weight or total for display: at most two decimals, no trailing zeros ("2.5", "0.33", "4"). */
export function formatWeight(value: number): string {
  return String(Math.round(value * 100) / 100);
}
