// The one zustand store. The document (the map) and its history change only through the
// actions below, each wrapping a pure model operation; everything else here is UI state
// (selection, editing, measured sizes, notices) and is never recorded or saved.
import { create } from 'zustand';
import type { ArgMap, LayoutMode, MapMeta, Mark, NodeKind, Point, RelationKind } from '../model/types.ts';
import { emptyMap } from '../model/types.ts';
import * as ops from '../model/operations.ts';
import { sameIds } from '../model/ids.ts';
import * as outline from '../model/outline.ts';
import { revealNode } from '../model/visibility.ts';
import { childPosition } from '../model/placement.ts';
import { copyFragment, pasteFragment, type Fragment } from '../model/fragment.ts';
import { estimateNodeSize, type Size } from '../model/layout.ts';
import * as large from '../model/largeMap.ts';
import { parseMapText, type LoadResult } from '../model/format/load.ts';
import { emptyHistory, record, redo, undo, type History } from './history.ts';

export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  title: string;
  details?: string[];
}

export interface EditorState {
  map: ArgMap;
  history: History;
  /** The map before the gesture under way (a drag), so the whole gesture is one step. */
  gestureStart: ArgMap | null;
  /** The map as last written to or read from a file: differs from `map` when there is unsaved work. */
  savedMap: ArgMap;
  fileName: string;

  selectedNodeIds: string[];
  selectedRelationIds: string[];
  editingNodeId: string | null;
  sizes: Record<string, Size>;
  notices: Notice[];
  /** Bumped to ask the canvas to fit the view (after open, layout, new). */
  fitRequest: number;
  /** What the fit shows: everything, or the opening view (main claim and its first level, readable). */
  fitTarget: 'all' | 'opening';
  /** Asks the canvas to centre on a node (structure check, outline, balance); revealed first if hidden. */
  centerRequest: { nodeId: string; seq: number } | null;
  /** Colour the map by the computed status of each statement. */
  evaluationOn: boolean;
  sidePanel: SidePanel;
  /** Presentation mode: how many outline items are revealed; null when not presenting. */
  presentationStep: number | null;
}

export type SidePanel = 'inspector' | 'outline' | 'check' | 'balance';

export interface EditorActions {
  addNode(kind: NodeKind, position: Point, opts?: { edit?: boolean }): string;
  /** Adds a connected child, selected and (unless `edit: false`) in editing on the canvas. */
  addChild(parentId: string, role: ops.ChildRole, opts?: { edit?: boolean }): string;
  updateNode(id: string, patch: ops.NodePatch): void;
  /** Positions during a drag: shown at once, recorded as one step at endGesture. */
  dragNodes(positions: Record<string, Point>): void;
  endGesture(): void;
  moveNodes(positions: Record<string, Point>): void;
  connect(from: string, to: string, kind?: RelationKind): string;
  /** One relation, or several (a linked reason) as one step. */
  setRelationKind(id: string | string[], kind: RelationKind): void;
  linkCoPremises(relationIds: string[]): void;
  unlinkCoPremises(relationIds: string[]): void;
  deleteSelection(): void;
  /** The selected nodes and the relations among them, for the clipboard; null if nothing is selected. */
  copySelection(): Fragment | null;
  /** Adds a copy of a fragment (new ids), moved by `offset`, and selects it. One undo step. */
  paste(fragment: Fragment, offset: Point): void;
  setMeta(patch: Partial<MapMeta>): void;
  setMark(id: string, mark: Mark | undefined): void;
  /** One relation, or several (a linked reason) as one step. */
  setWeight(relationId: string | string[], weight: number): void;
  setCollapsed(id: string, collapsed: boolean): void;
  setFocus(id: string | undefined): void;
  moveSibling(id: string, direction: -1 | 1): void;
  indent(id: string): void;
  outdent(id: string): void;
  /** Lays the map out in its saved mode, or in `mode` (then saved with the map): one step. */
  layout(mode?: LayoutMode): void;
  /** Unfolds every folded statement on screen: one more level shows. */
  unfoldLevel(): void;
  undo(): void;
  redo(): void;

  newMap(): void;
  /** Opens file text; on refusal shows why and leaves the current map as it is. */
  openText(text: string, fileName: string): boolean;
  /** Opens a file already read and checked (off the main thread, for large files). */
  openParsed(result: LoadResult, fileName: string): boolean;
  /** Replaces the map (an example, or the autosaved one). */
  loadMap(map: ArgMap, fileName: string, opts?: { saved?: boolean; record?: boolean }): void;
  markSaved(fileName?: string): void;

  select(nodeIds: string[], relationIds?: string[]): void;
  selectAll(): void;
  startEditing(id: string | null): void;
  setSizes(sizes: Record<string, Size>): void;
  notify(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: number): void;
  requestFit(): void;
  centerOn(nodeId: string): void;
  setEvaluationOn(on: boolean): void;
  setSidePanel(panel: SidePanel): void;
  setPresentationStep(step: number | null): void;
}

export type EditorStore = EditorState & EditorActions;

const initialMap = emptyMap();

export const initialState = (): EditorState => ({
  map: initialMap,
  history: emptyHistory(),
  gestureStart: null,
  savedMap: initialMap,
  fileName: 'untitled.argmap.json',
  selectedNodeIds: [],
  selectedRelationIds: [],
  editingNodeId: null,
  sizes: {},
  notices: [],
  fitRequest: 0,
  fitTarget: 'all',
  centerRequest: null,
  evaluationOn: false,
  sidePanel: 'inspector',
  presentationStep: null,
});

let noticeCounter = 0;

export const useEditor = create<EditorStore>()((set, get) => {
  /** Applies a model operation as one history step; a no-op records nothing. */
  const commit = (next: ArgMap, extra: Partial<EditorState> = {}) => {
    const { map, history, gestureStart } = get();
    if (next === map) {
      if (Object.keys(extra).length) set(extra);
      return;
    }
    // A command during a drag (rare: a shortcut) closes the gesture first: the drag and
    // the command are two steps.
    const closed = gestureStart && gestureStart !== map ? record(history, gestureStart) : history;
    set({ map: next, history: record(closed, map), gestureStart: null, ...extra });
  };
  const pruneSelection = (map: ArgMap) => {
    const nodes = new Set(map.nodes.map((n) => n.id));
    const rels = new Set(map.relations.map((r) => r.id));
    const { selectedNodeIds, selectedRelationIds, editingNodeId } = get();
    return {
      selectedNodeIds: selectedNodeIds.filter((id) => nodes.has(id)),
      selectedRelationIds: selectedRelationIds.filter((id) => rels.has(id)),
      editingNodeId: editingNodeId && nodes.has(editingNodeId) ? editingNodeId : null,
    };
  };
  /** Measured sizes where the canvas has them, estimates elsewhere (off-screen nodes are never measured). */
  const sizesOf = (map: ArgMap) => {
    const { sizes } = get();
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    return (id: string): Size => {
      const node = byId.get(id);
      return sizes[id] ?? (node ? estimateNodeSize(node) : { width: 260, height: 80 });
    };
  };

  /** A large map is laid out as shown, so folding or unfolding re-arranges it (same step). */
  const rearranged = (map: ArgMap) => (large.isLargeMap(map) && map !== get().map ? large.arrange(map, sizesOf(map)) : map);

  return {
    ...initialState(),

    addNode(kind, position, opts) {
      // A new node is always on screen: outside a focus, the whole map shows again.
      const { map, id } = ops.addNode(get().map, { kind, position });
      commit(revealNode(map, id), { selectedNodeIds: [id], selectedRelationIds: [], editingNodeId: opts?.edit === false ? null : id });
      return id;
    },

    addChild(parentId, role, opts) {
      const state = get();
      const parent = state.map.nodes.find((n) => n.id === parentId);
      if (!parent) return '';
      const position = childPosition(state.map, parentId, sizesOf(state.map));
      // The new child is always on screen: a collapsed parent opens, a focus that hides it ends.
      const { map, id } = ops.addChild(state.map, parentId, role, position);
      commit(revealNode(map, id), { selectedNodeIds: [id], selectedRelationIds: [], editingNodeId: opts?.edit === false ? null : id });
      return id;
    },

    updateNode(id, patch) {
      commit(ops.updateNode(get().map, id, patch));
    },

    dragNodes(positions) {
      const { map, gestureStart } = get();
      const next = ops.moveNodes(map, positions);
      if (next !== map) set({ map: next, gestureStart: gestureStart ?? map });
    },

    endGesture() {
      const { map, gestureStart, history } = get();
      if (!gestureStart) return;
      set(gestureStart === map ? { gestureStart: null } : { gestureStart: null, history: record(history, gestureStart) });
    },

    moveNodes(positions) {
      commit(ops.moveNodes(get().map, positions));
    },

    connect(from, to, kind) {
      const result = ops.connect(get().map, from, to, kind);
      if ('reason' in result) {
        get().notify({ tone: 'warning', title: result.reason });
        return '';
      }
      commit(result.map, { selectedNodeIds: [], selectedRelationIds: [result.id] });
      return result.id;
    },

    setRelationKind(id, kind) {
      let map = get().map;
      for (const one of typeof id === 'string' ? [id] : id) map = ops.setRelationKind(map, one, kind);
      commit(map);
    },

    linkCoPremises(relationIds) {
      commit(ops.linkCoPremises(get().map, relationIds));
    },

    unlinkCoPremises(relationIds) {
      commit(ops.unlinkCoPremises(get().map, relationIds));
    },

    deleteSelection() {
      const { map, selectedNodeIds, selectedRelationIds } = get();
      const next = ops.removeElements(map, selectedNodeIds, selectedRelationIds);
      commit(next, { selectedNodeIds: [], selectedRelationIds: [], editingNodeId: null });
    },

    copySelection() {
      const { map, selectedNodeIds } = get();
      return selectedNodeIds.length ? copyFragment(map, selectedNodeIds) : null;
    },

    paste(fragment, offset) {
      const { map, nodeIds } = pasteFragment(get().map, fragment, offset);
      if (!nodeIds.length) return;
      commit(map, { selectedNodeIds: nodeIds, selectedRelationIds: [], editingNodeId: null });
    },

    setMeta(patch) {
      commit(ops.setMeta(get().map, patch));
    },

    setMark(id, mark) {
      commit(ops.setMark(get().map, id, mark));
    },

    setWeight(relationId, weight) {
      let map = get().map;
      for (const one of typeof relationId === 'string' ? [relationId] : relationId) map = ops.setWeight(map, one, weight);
      commit(map);
    },

    setCollapsed(id, collapsed) {
      commit(rearranged(ops.setCollapsed(get().map, id, collapsed)));
    },

    unfoldLevel() {
      commit(rearranged(large.unfoldLevel(get().map)));
    },

    setFocus(id) {
      commit(ops.setFocus(get().map, id), { fitRequest: get().fitRequest + 1, fitTarget: 'all' });
    },

    moveSibling(id, direction) {
      commit(outline.moveSibling(get().map, id, direction));
    },

    indent(id) {
      commit(outline.indent(get().map, id));
    },

    outdent(id) {
      commit(outline.outdent(get().map, id));
    },

    layout(mode) {
      const map = mode ? ops.setLayoutMode(get().map, mode) : get().map;
      commit(large.arrange(map, sizesOf(map)), { fitRequest: get().fitRequest + 1, fitTarget: 'all' });
    },

    undo() {
      get().endGesture();
      const step = undo(get().history, get().map);
      if (step) set({ map: step.map, history: step.history, ...pruneSelection(step.map) });
    },

    redo() {
      // A drag under way is a new change: it is recorded (dropping the redo branch), not lost.
      get().endGesture();
      const step = redo(get().history, get().map);
      if (step) set({ map: step.map, history: step.history, ...pruneSelection(step.map) });
    },

    newMap() {
      get().loadMap(emptyMap(), 'untitled.argmap.json', { saved: true, record: true });
    },

    openText(text, fileName) {
      return get().openParsed(parseMapText(text), fileName);
    },

    openParsed(result, fileName) {
      if (!result.ok) {
        get().notify({ tone: 'error', title: `Could not open ${fileName}`, details: [result.error] });
        return false;
      }
      // A large file opens folded and arranged as shown (sizes estimated: none are measured yet).
      const byId = new Map(result.map.nodes.map((n) => [n.id, n]));
      const map = large.prepareForOpening(result.map, (id) => estimateNodeSize(byId.get(id)!));
      get().loadMap(map, fileName, { saved: result.repairs.length === 0, record: true });
      if (result.repairs.length)
        get().notify({ tone: 'warning', title: `Opened ${fileName} with ${result.repairs.length} repair(s)`, details: result.repairs });
      else if (result.migratedFrom !== undefined)
        get().notify({ tone: 'info', title: `Opened ${fileName}, upgraded from format version ${result.migratedFrom}` });
      return true;
    },

    loadMap(map, fileName, opts) {
      const extra: Partial<EditorState> = {
        fitTarget: 'opening',
        fileName,
        savedMap: opts?.saved === false ? get().savedMap : map,
        selectedNodeIds: [],
        selectedRelationIds: [],
        editingNodeId: null,
        fitRequest: get().fitRequest + 1,
      };
      // Opening is undoable, so opening the wrong file never loses the map on screen.
      if (opts?.record) commit(map, extra);
      else set({ map, history: emptyHistory(), gestureStart: null, ...extra });
    },

    markSaved(fileName) {
      set({ savedMap: get().map, ...(fileName ? { fileName } : {}) });
    },

    select(nodeIds, relationIds = []) {
      const { selectedNodeIds, selectedRelationIds } = get();
      if (sameIds(nodeIds, selectedNodeIds) && sameIds(relationIds, selectedRelationIds)) return;
      set({ selectedNodeIds: nodeIds, selectedRelationIds: relationIds });
    },

    selectAll() {
      const { map } = get();
      set({ selectedNodeIds: map.nodes.map((n) => n.id), selectedRelationIds: map.relations.map((r) => r.id) });
    },

    startEditing(id) {
      if (get().editingNodeId !== id) set({ editingNodeId: id });
    },

    setSizes(sizes) {
      const current = get().sizes;
      const changed = Object.entries(sizes).filter(([id, s]) => current[id]?.width !== s.width || current[id]?.height !== s.height);
      if (changed.length) set({ sizes: { ...current, ...Object.fromEntries(changed) } });
    },

    notify(notice) {
      set({ notices: [...get().notices, { ...notice, id: ++noticeCounter }] });
    },

    dismissNotice(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },

    requestFit() {
      set({ fitRequest: get().fitRequest + 1, fitTarget: 'all' });
    },

    centerOn(nodeId) {
      // A node folded away or outside the focus is brought back first (one undo step).
      commit(rearranged(revealNode(get().map, nodeId)));
      set({ centerRequest: { nodeId, seq: (get().centerRequest?.seq ?? 0) + 1 } });
    },

    setEvaluationOn(on) {
      set({ evaluationOn: on });
    },

    setSidePanel(panel) {
      set({ sidePanel: panel });
    },

    setPresentationStep(step) {
      set({ presentationStep: step });
    },
  };

});


export const isDirty = (s: EditorState) => s.map !== s.savedMap;
export const canUndo = (s: EditorState) => s.history.past.length > 0 || s.gestureStart !== null;
export const canRedo = (s: EditorState) => s.history.future.length > 0;
