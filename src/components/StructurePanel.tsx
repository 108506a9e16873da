// Placeholder: filled in by the structure feature.
export function StructurePanel() {
  return <p className="hint">Coming soon.</p>;
}
