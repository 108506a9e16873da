// Gives the keyboard focus to a node on the canvas (its React Flow wrapper, which carries
// the node's label and the focus ring). Used where focus would otherwise fall to <body>.

/** The node's focusable element, if it is rendered. */
export const nodeElement = (id: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);

/** Focuses the node once it is rendered (a new node appears a frame or two later). Returns a cancel. */
export function focusNode(id: string, tries = 30): () => void {
  let frame = 0;
  const attempt = (left: number) => {
    const el = nodeElement(id);
    if (el && getComputedStyle(el).visibility !== 'hidden') el.focus({ preventScroll: false });
    else if (left > 0) frame = requestAnimationFrame(() => attempt(left - 1));
  };
  attempt(tries);
  return () => cancelAnimationFrame(frame);
}
