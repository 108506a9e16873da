// Placeholder: filled in by the balance feature.
export function BalancePanel() {
  return <p className="hint">Coming soon.</p>;
}
