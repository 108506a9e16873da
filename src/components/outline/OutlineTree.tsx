// The outline as a WAI-ARIA tree: one focusable tree (aria-activedescendant points at the
// current item), flat treeitems with aria-level. The tree subscribes to the map once and
// derives its rows from the outline cached per map. Rows are memoized, and grouped in
// memoized chunks that get only their own share of the selection, so moving the selection
// in a 1,000-item outline compares a few chunks, not every row.
//
// Keys (handled here and stopped, so the canvas shortcuts do not also fire): ↑/↓ Home/End
// move, ←/→ fold/unfold or go to parent/first child, Enter/F2 edit, Tab/Shift+Tab indent/
// outdent, Alt+↑/↓ reorder, R/O/C/E add a child, Delete/Backspace delete. Others (Ctrl+Z,
// Escape, L, F) go on to the editor's shortcuts. On a view-only map (a view link, the
// interactive page) only the keys that move and fold are taken: Tab leaves the tree.
import { memo, useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isViewOnly, useEditor } from '../../store/store.ts';
import { outlineOf, type Outline, type OutlineItem } from '../../model/outline.ts';
import { CHILD_KEYS } from '../../canvas/appearance.ts';
import { OutlineRow, type OutlineRowProps } from './OutlineRow.tsx';
import { useOutlineUi } from './outlineUi.ts';
import { addChildItem, deleteSelected, editItem, selectItem } from './outlineCommands.ts';

interface Visible {
  items: OutlineItem[];
  /** Position in `items` by node id. */
  at: Map<string, number>;
}

/** The items not inside a folded subtree. Linear. */
function visibleItems(outline: Outline, folded: ReadonlySet<string>): Visible {
  if (folded.size === 0) return { items: outline.items, at: outline.indexOf };
  const items: OutlineItem[] = [];
  const at = new Map<string, number>();
  let hideBelow = Infinity;
  for (const item of outline.items) {
    if (item.depth > hideBelow) continue;
    hideBelow = folded.has(item.nodeId) && item.childIds.length ? item.depth : Infinity;
    at.set(item.nodeId, items.length);
    items.push(item);
  }
  return { items, at };
}

/** aria-posinset / aria-setsize of every item: its place among its siblings. */
function siblingPlaces(outline: Outline): Map<string, [number, number]> {
  const places = new Map<string, [number, number]>();
  outline.roots.forEach((id, i) => places.set(id, [i + 1, outline.roots.length]));
  for (const item of outline.items) item.childIds.forEach((id, i) => places.set(id, [i + 1, item.childIds.length]));
  return places;
}

const places = new WeakMap<Outline, Map<string, [number, number]>>();
const placesOf = (outline: Outline) => {
  let p = places.get(outline);
  if (!p) places.set(outline, (p = siblingPlaces(outline)));
  return p;
};

/** Rows per chunk: small enough that a chunk re-renders fast, few enough chunks to compare. */
const CHUNK = 64;

interface ChunkProps {
  items: OutlineItem[];
  /** The selected ids among `items`, joined: a string, so an unchanged share compares equal. */
  selectedKey: string;
  activeId: string | null;
  editingId: string | null;
  folded: ReadonlySet<string>;
  places: Map<string, [number, number]>;
  domId(nodeId: string): string;
  onCommit: OutlineRowProps['onCommit'];
  onCancel: OutlineRowProps['onCancel'];
}

const OutlineChunk = memo(function OutlineChunk({
  items,
  selectedKey,
  activeId,
  editingId,
  folded,
  places,
  domId,
  onCommit,
  onCancel,
}: ChunkProps) {
  const selected = new Set(selectedKey ? selectedKey.split('\u0000') : []);
  return items.map((item) => {
    const [posInSet, setSize] = places.get(item.nodeId) ?? [1, 1];
    return (
      <OutlineRow
        key={item.nodeId}
        domId={domId(item.nodeId)}
        node={item.node}
        depth={item.depth}
        relationKind={item.relation?.kind}
        coPremise={item.coPremise}
        childCount={item.childIds.length}
        folded={folded.has(item.nodeId)}
        selected={selected.has(item.nodeId)}
        active={item.nodeId === activeId}
        editing={item.nodeId === editingId}
        posInSet={posInSet}
        setSize={setSize}
        onCommit={onCommit}
        onCancel={onCancel}
      />
    );
  });
});

export const OutlineTree = memo(function OutlineTree() {
  const prefix = useId();
  const domId = useCallback((nodeId: string) => `${prefix}-${encodeURIComponent(nodeId)}`, [prefix]);
  const treeRef = useRef<HTMLDivElement>(null);
  const map = useEditor((s) => s.map);
  const selectedNodeIds = useEditor((s) => s.selectedNodeIds);
  const { editingId, folded, reveal } = useOutlineUi(useShallow((s) => ({ editingId: s.editingId, folded: s.folded, reveal: s.reveal })));

  const outline = outlineOf(map);
  const visible = useMemo(() => visibleItems(outline, folded), [outline, folded]);
  const chunks = useMemo(() => {
    const out: OutlineItem[][] = [];
    for (let i = 0; i < visible.items.length; i += CHUNK) out.push(visible.items.slice(i, i + CHUNK));
    return out;
  }, [visible]);
  /** Each chunk's share of the selection. */
  const selectedKeys = useMemo(() => {
    const shares = new Map<number, string[]>();
    for (const id of selectedNodeIds) {
      const at = visible.at.get(id);
      if (at === undefined) continue;
      const c = Math.floor(at / CHUNK);
      shares.set(c, [...(shares.get(c) ?? []), id]);
    }
    return shares;
  }, [selectedNodeIds, visible]);
  const activeId = selectedNodeIds.find((id) => outline.indexOf.has(id)) ?? null;
  const activeShown = activeId !== null && visible.at.has(activeId);

  // An item selected elsewhere (the canvas) inside a folded subtree: unfold down to it.
  useEffect(() => {
    if (activeId === null || activeShown) return;
    const ancestors: string[] = [];
    for (
      let item = outline.items[outline.indexOf.get(activeId)!];
      item?.parentId;
      item = outline.items[outline.indexOf.get(item.parentId)!]
    )
      ancestors.push(item.parentId);
    useOutlineUi.getState().unfold(ancestors);
  }, [activeId, activeShown, outline]);

  // The item being edited went away (undo, delete): stop editing, or a redo would bring the editor back.
  const editingGone = editingId !== null && !outline.indexOf.has(editingId);
  useEffect(() => {
    if (editingGone) useOutlineUi.getState().setEditing(null);
  }, [editingGone]);

  // Keep the current item in sight: when the selection changes, or an edit moved it.
  const scrollTo = useCallback(
    (id: string | null) => {
      if (id) document.getElementById(domId(id))?.scrollIntoView?.({ block: 'nearest' });
    },
    [domId],
  );
  useEffect(() => scrollTo(activeId), [activeId, activeShown, scrollTo]);
  useEffect(() => scrollTo(reveal?.id ?? null), [reveal, scrollTo]);

  /** Ends editing: the text is one undo step (none when cancelled or unchanged). */
  const finishEditing = useCallback((id: string, text: string | null) => {
    // Enter and Escape hand the keyboard back to the tree; a click elsewhere keeps its focus.
    const refocus = !!treeRef.current?.contains(document.activeElement);
    if (text !== null) useEditor.getState().updateNode(id, { text });
    useOutlineUi.getState().setEditing(null);
    if (refocus) treeRef.current?.focus({ preventScroll: true });
  }, []);
  const onCommit = useCallback((id: string, text: string) => finishEditing(id, text), [finishEditing]);
  const onCancel = useCallback((id: string) => finishEditing(id, null), [finishEditing]);

  // The handlers read the latest rows through a ref, so they stay stable.
  const current = useRef({ visible, activeId });
  current.current = { visible, activeId };

  const onKeyDown = useCallback((e: React.KeyboardEvent) => {
    if (e.target !== treeRef.current) return; // the text editor keeps its keys
    const { visible, activeId } = current.current;
    const ui = useOutlineUi.getState();
    const index = activeId === null ? -1 : (visible.at.get(activeId) ?? -1);
    const item = index >= 0 ? visible.items[index]! : undefined;
    const go = (i: number) => {
      const target = visible.items[Math.max(0, Math.min(visible.items.length - 1, i))];
      if (target) selectItem(target.nodeId);
    };
    const edits = !isViewOnly(useEditor.getState());
    let handled = true;
    if (e.ctrlKey || e.metaKey) handled = false;
    else if (edits && e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      if (item) editItem(item.nodeId, e.key === 'ArrowUp' ? 'up' : 'down');
    } else if (e.altKey) handled = false;
    else if (e.key === 'ArrowDown') go(index < 0 ? 0 : index + 1);
    else if (e.key === 'ArrowUp') go(index < 0 ? 0 : index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(visible.items.length - 1);
    else if (e.key === 'ArrowRight') {
      if (!item) go(0);
      else if (item.childIds.length && ui.folded.has(item.nodeId)) ui.setFolded(item.nodeId, false);
      else if (item.childIds.length) selectItem(item.childIds[0]!);
    } else if (e.key === 'ArrowLeft') {
      if (!item) go(0);
      else if (item.childIds.length && !ui.folded.has(item.nodeId)) ui.setFolded(item.nodeId, true);
      else if (item.parentId) selectItem(item.parentId);
    } else if (!edits) handled = false;
    else if (e.key === 'Enter' || e.key === 'F2') {
      if (item) ui.setEditing(item.nodeId);
    } else if (e.key === 'Tab') {
      // With no current item, Tab leaves the tree as usual.
      if (item) editItem(item.nodeId, e.shiftKey ? 'outdent' : 'indent');
      else handled = false;
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      deleteSelected();
    } else if (!e.shiftKey && CHILD_KEYS[e.key.toLowerCase()]) {
      if (item) addChildItem(item.nodeId, CHILD_KEYS[e.key.toLowerCase()]!);
    } else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }, []);

  const onClick = useCallback((e: React.MouseEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('textarea')) return;
    const id = target.closest<HTMLElement>('[role="treeitem"]')?.dataset.nodeId;
    if (!id) return;
    if (target.closest('[data-action="fold"]')) {
      const ui = useOutlineUi.getState();
      ui.setFolded(id, !ui.folded.has(id));
      return;
    }
    selectItem(id, { extend: e.shiftKey || e.ctrlKey || e.metaKey });
  }, []);

  const onDoubleClick = useCallback((e: React.MouseEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('textarea') || target.closest('[data-action="fold"]') || isViewOnly(useEditor.getState())) return;
    const id = target.closest<HTMLElement>('[role="treeitem"]')?.dataset.nodeId;
    if (id) useOutlineUi.getState().setEditing(id);
  }, []);

  const places = placesOf(outline);
  const chunkOf = (id: string | null) => (id === null ? -1 : Math.floor((visible.at.get(id) ?? -CHUNK) / CHUNK));
  const activeChunk = chunkOf(activeId);
  const editingChunk = chunkOf(editingId);
  return (
    <div
      ref={treeRef}
      role="tree"
      aria-label="Outline"
      aria-multiselectable="true"
      aria-activedescendant={activeShown ? domId(activeId) : undefined}
      tabIndex={0}
      className="outline-tree"
      onKeyDown={onKeyDown}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
    >
      {chunks.map((items, c) => (
        <OutlineChunk
          key={c}
          items={items}
          selectedKey={selectedKeys.get(c)?.join('\u0000') ?? ''}
          activeId={c === activeChunk ? activeId : null}
          editingId={c === editingChunk ? editingId : null}
          folded={folded}
          places={places}
          domId={domId}
          onCommit={onCommit}
          onCancel={onCancel}
        />
      ))}
    </div>
  );
});
