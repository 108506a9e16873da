// What the outline's keys and buttons do. Document changes go through store actions (one
// undo step each); a refused edit says why in the outline instead of doing nothing silently.
import { useEditor } from '../../store/store.ts';
import { outlineOf, planEdit, type OutlineEdit } from '../../model/outline.ts';
import { outlineToMarkdown, markdownFileName } from '../../model/outlineMarkdown.ts';
import type { ChildRole } from '../../model/operations.ts';
import { NODE_STYLES } from '../../model/theme/colors.ts';
import { downloadBlob } from '../../io/files.ts';
import { useOutlineUi } from './outlineUi.ts';

/** Selects one statement on the canvas and centres it; `extend` toggles it in the selection instead. */
export function selectItem(id: string, opts: { extend?: boolean } = {}) {
  const store = useEditor.getState();
  if (opts.extend) {
    const current = store.selectedNodeIds;
    store.select(current.includes(id) ? current.filter((x) => x !== id) : [...current, id], []);
    return;
  }
  store.select([id], []);
  store.centerOn(id);
}

/** Indent, outdent, move up or down: applied as one undo step, or refused with a reason. */
export function editItem(id: string, edit: OutlineEdit): boolean {
  const store = useEditor.getState();
  const ui = useOutlineUi.getState();
  const plan = planEdit(store.map, id, edit);
  if (!plan.ok) {
    ui.say(plan.reason);
    return false;
  }
  if (edit === 'indent') store.indent(id);
  else if (edit === 'outdent') store.outdent(id);
  else store.moveSibling(id, edit === 'up' ? -1 : 1);
  ui.say(null);
  // Indenting under a folded item opens it, so the item stays in sight.
  const after = outlineOf(useEditor.getState().map);
  const parent = after.items[after.indexOf.get(id) ?? -1]?.parentId;
  if (parent) ui.unfold([parent]);
  ui.revealItem(id);
  return true;
}

/** Adds a connected child and puts it straight into editing, in the outline. */
export function addChildItem(parentId: string, role: ChildRole): string {
  const store = useEditor.getState();
  const ui = useOutlineUi.getState();
  const id = store.addChild(parentId, role, { edit: false });
  if (!id) return '';
  ui.say(null);
  ui.unfold([parentId]);
  ui.setEditing(id);
  ui.revealItem(id);
  store.centerOn(id);
  return id;
}

/** Deletes the selection (the store's delete), then selects the item above the first deleted one. */
export function deleteSelected() {
  const store = useEditor.getState();
  const { items, indexOf } = outlineOf(store.map);
  const gone = new Set(store.selectedNodeIds);
  if (!gone.size && !store.selectedRelationIds.length) return;
  const first = Math.min(...[...gone].map((id) => indexOf.get(id) ?? Infinity));
  let above: string | undefined;
  for (let i = Math.min(first, items.length) - 1; i >= 0 && !above; i--) if (!gone.has(items[i]!.nodeId)) above = items[i]!.nodeId;
  store.deleteSelection();
  useOutlineUi.getState().say(null);
  const after = useEditor.getState();
  const next = above ?? outlineOf(after.map).items[0]?.nodeId;
  if (next && gone.size) after.select([next], []);
}

/** Downloads the outline as `<title>.md`; with `comments`, the map's comments too (the Comments panel's button). */
export function exportMarkdown(comments = false) {
  const { map } = useEditor.getState();
  const text = outlineToMarkdown(map, (kind) => NODE_STYLES[kind].label, { comments });
  downloadBlob(new Blob([text], { type: 'text/markdown;charset=utf-8' }), markdownFileName(map.meta.title));
}
