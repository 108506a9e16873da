// The outline's own UI state: which item is being edited in the outline, which subtrees
// are folded in the outline (not saved: the map's `collapsed` folds the canvas), and why
// the last outline edit was refused. Never recorded in history.
import { create } from 'zustand';

export interface OutlineUi {
  /** The node whose text is being edited in the outline (the canvas has its own editor). */
  editingId: string | null;
  /** Nodes whose children the outline hides. */
  folded: ReadonlySet<string>;
  /** Why the last edit did not happen; null after a successful one. */
  message: string | null;
  /** Asks the tree to scroll an item into view (after it moved). */
  reveal: { id: string; seq: number } | null;
  setEditing(id: string | null): void;
  setFolded(id: string, folded: boolean): void;
  /** Unfolds every listed node (the ancestors of an item that must show). */
  unfold(ids: string[]): void;
  say(message: string | null): void;
  revealItem(id: string): void;
}

export const initialOutlineUi = () => ({ editingId: null, folded: new Set<string>(), message: null, reveal: null });

export const useOutlineUi = create<OutlineUi>()((set, get) => ({
  ...initialOutlineUi(),
  setEditing(id) {
    if (get().editingId !== id) set({ editingId: id });
  },
  setFolded(id, folded) {
    if (get().folded.has(id) === folded) return;
    const next = new Set(get().folded);
    if (folded) next.add(id);
    else next.delete(id);
    set({ folded: next });
  },
  unfold(ids) {
    const current = get().folded;
    if (!ids.some((id) => current.has(id))) return;
    const next = new Set(current);
    for (const id of ids) next.delete(id);
    set({ folded: next });
  },
  say(message) {
    if (get().message !== message) set({ message });
  },
  revealItem(id) {
    set({ reveal: { id, seq: (get().reveal?.seq ?? 0) + 1 } });
  },
}));
