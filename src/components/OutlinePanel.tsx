// Placeholder: filled in by the outline feature.
export function OutlinePanel() {
  return <p className="hint">Coming soon.</p>;
}
