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
import { UNMEASURED_CARD } from '../model/theme/card.ts';
import * as large from '../model/largeMap.ts';
import type { LoadResult } from '../model/format/load.ts';
import * as sources from '../model/source/mapSources.ts';
import { normaliseSourceText } from '../model/source/text.ts';
import { UNTITLED_FILE_NAME } from '../model/fileNames.ts';
import type { Range } from '../model/source/selectors.ts';
import type { Splice } from '../model/textEdit.ts';
import { emptyHistory, record, redo, undo, type FileState, type History } from './history.ts';
import { roomSync, type RoomState } from './room.ts';
import { evaluationEngineLoaded, loadEvaluationEngine } from './evaluationEngine.ts';

export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  title: string;
  details?: string[];
  /** A button in the notice (Update available: Reload); such a notice stays until used or dismissed. */
  action?: { label: string; run(): void };
}

export interface EditorState {
  map: ArgMap;
  history: History;
  /** The map before the gesture under way (a drag), so the whole gesture is one step. */
  gestureStart: ArgMap | null;
  /** The map as last written to or read from a file: differs from `map` when there is unsaved work. */
  savedMap: ArgMap;
  fileName: string;
  /** The File System Access handle Save writes back to (opaque here; src/io/files.ts uses it). */
  fileHandle: object | null;
  /** Bumped each time a whole map replaces the one on screen (open, new, example, recover). */
  loads: number;

  selectedNodeIds: string[];
  selectedRelationIds: string[];
  editingNodeId: string | null;
  /** Text being typed in a node's editor, not yet committed: unsaved work that autosave keeps. */
  draft: Draft | null;
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
  /** Texts the user supplied for referenced sources (never saved: the map only references them). */
  sourceTexts: Record<string, string>;
  /** The source shown in the Source pane. */
  activeSourceId: string | null;
  /** Asks the Source pane to scroll to a paragraph (structure check → unmapped paragraph). */
  paragraphRequest: { sourceId: string; paragraph: number; seq: number } | null;
  /** The shared room this map is in (see room.ts), or null for a local map. */
  room: RoomState | null;
  /**
   * What the last map from elsewhere did to node texts, character by character (node id →
   * splices, in order), so an editor open on one moves its caret exactly; null if not known.
   */
  textChanges: ReadonlyMap<string, Splice[]> | null;
}

export interface Draft {
  nodeId: string;
  text: string;
}

export type SidePanel = 'inspector' | 'outline' | 'check' | 'balance' | 'source' | 'comments';

export interface AttachOptions {
  /** Keep only the description and selectors in the map (the text stays with the user). */
  reference?: boolean;
}

export interface EditorActions {
  addNode(kind: NodeKind, position: Point, opts?: { edit?: boolean }): string;
  /** Adds a connected child, selected and (unless `edit: false`) in editing on the canvas. */
  addChild(parentId: string, role: ops.ChildRole, opts?: { edit?: boolean }): string;
  updateNode(id: string, patch: ops.NodePatch): void;
  /**
   * In a shared room, a node's text as it is typed (caret: where, just after the change): shown
   * and sent at once, the keys of one edit one undo step until endGesture.
   */
  typeText(id: string, text: string, caret: number): void;
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
  /** Records a map a model operation made, as one undo step, then selects `nodeIds` (actions of a lazily loaded part, e.g. store/schemeActions.ts). */
  apply(next: ArgMap, nodeIds?: string[]): void;
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
  /** Opens a file read and checked by the reader (src/io/reader.ts); on refusal shows why and leaves the current map as it is. */
  openParsed(result: LoadResult, fileName: string, fileHandle?: object | null): boolean;
  /** Replaces the map (an example, or the autosaved one). */
  loadMap(map: ArgMap, fileName: string, opts?: { saved?: boolean; record?: boolean; fileHandle?: object | null }): void;
  /** After a save: the file now holds `written.map` (default: the map on screen), behind `written.fileHandle`. */
  markSaved(fileName?: string, written?: { map: ArgMap; fileHandle: object | null }): void;

  select(nodeIds: string[], relationIds?: string[]): void;
  selectAll(): void;
  /** Opens (or closes, with null) a node's text editor; any draft of another edit is dropped. */
  startEditing(id: string | null): void;
  /** Keeps the text being typed in a node's editor (null when the edit ends). */
  setDraft(draft: Draft | null): void;
  /** Opens a node's editor on text typed before a reload or crash. */
  resumeDraft(draft: Draft): void;
  setSizes(sizes: Record<string, Size>): void;
  notify(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: number): void;
  requestFit(): void;
  centerOn(nodeId: string): void;
  setEvaluationOn(on: boolean): void;
  setSidePanel(panel: SidePanel): void;
  setPresentationStep(step: number | null): void;

  /** Attaches a text to the map (embedded unless `reference`), shown in the Source pane. One undo step. */
  attachSource(init: sources.SourceInit & { text: string }, opts?: AttachOptions): string;
  /** Replaces the map by a new one made for this text (undoable, like opening a file). */
  newMapFromText(text: string, fileName: string): void;
  /** Supplies the text of a referenced source for this session; its anchors are found again. */
  provideSourceText(sourceId: string, text: string): void;
  removeSource(sourceId: string): void;
  setActiveSource(sourceId: string | null): void;
  /** Shows a paragraph of a source in the Source pane. */
  revealParagraph(sourceId: string, paragraph: number): void;
  /**
   * A new statement made of a passage, anchored to it; with `parentId` a child of that node.
   * Selected afterwards. One undo step. Returns '' (and says why) when it cannot.
   */
  nodeFromPassage(sourceId: string, range: Range, kind: NodeKind, opts?: { parentId?: string; position?: Point }): string;
  /** Re-anchors a node to a passage, filling its section and paragraph. One undo step. */
  anchorToPassage(nodeId: string, sourceId: string, range: Range): void;
  /** Room state from src/sync/room.ts (null when leaving). */
  setRoom(room: RoomState | null): void;
  updateRoom(patch: Partial<RoomState>): void;
  /** The room's map has arrived: it replaces the one on screen, and the room can be edited (one change, so it is announced as joining). */
  enterRoom(map: ArgMap): void;
  /** A map changed by someone else (or by undo in a room): shown as it is, never recorded here. */
  receiveMap(map: ArgMap, textChanges?: ReadonlyMap<string, Splice[]>): void;
}

export type EditorStore = EditorState & EditorActions;

const initialMap = emptyMap();

export const initialState = (): EditorState => ({
  map: initialMap,
  history: emptyHistory(),
  gestureStart: null,
  savedMap: initialMap,
  fileName: UNTITLED_FILE_NAME,
  fileHandle: null,
  loads: 0,
  selectedNodeIds: [],
  selectedRelationIds: [],
  editingNodeId: null,
  draft: null,
  sizes: {},
  notices: [],
  fitRequest: 0,
  fitTarget: 'all',
  centerRequest: null,
  evaluationOn: false,
  sidePanel: 'inspector',
  presentationStep: null,
  sourceTexts: {},
  activeSourceId: null,
  paragraphRequest: null,
  room: null,
  textChanges: null,
});

/** The text of a source as far as this session has it: embedded, or supplied by the user. */
export function sourceTextOf(state: Pick<EditorState, 'map' | 'sourceTexts'>, sourceId: string): string | undefined {
  const source = state.map.sources?.find((s) => s.id === sourceId);
  return source?.text ?? state.sourceTexts[sourceId];
}

let noticeCounter = 0;
/** What the last setEvaluationOn asked for (it may wait for the evaluation model to load). */
let evaluationWanted = false;

export const useEditor = create<EditorStore>()((set, get) => {
  /** Applies a model operation as one history step; a no-op records nothing. */
  const commit = (next: ArgMap, extra: Partial<EditorState> = {}, file?: FileState) => {
    const { map, history, gestureStart } = get();
    if (next === map) {
      if (Object.keys(extra).length) set(extra);
      return;
    }
    if (readOnly()) return;
    // A command during a drag (rare: a shortcut) closes the gesture first: the drag and
    // the command are two steps.
    const closed = gestureStart && gestureStart !== map ? record(history, gestureStart) : history;
    set({ map: next, history: record(closed, map, file), gestureStart: null, ...extra });
    roomSync()?.push(next, false);
  };
  const fileState = (): FileState => {
    const { fileName, savedMap, fileHandle } = get();
    return { fileName, savedMap, fileHandle };
  };
  /** A view-only link: the server refuses changes anyway; the editor does not make them. */
  const readOnly = () => isViewOnly(get());
  const pruneSelection = (map: ArgMap) => {
    const nodes = new Set(map.nodes.map((n) => n.id));
    const rels = new Set(map.relations.map((r) => r.id));
    const { selectedNodeIds, selectedRelationIds, editingNodeId } = get();
    return {
      selectedNodeIds: selectedNodeIds.filter((id) => nodes.has(id)),
      selectedRelationIds: selectedRelationIds.filter((id) => rels.has(id)),
      editingNodeId: editingNodeId && nodes.has(editingNodeId) ? editingNodeId : null,
      draft: editingNodeId && nodes.has(editingNodeId) ? get().draft : null,
    };
  };
  /** Measured sizes where the canvas has them, estimates elsewhere (off-screen nodes are never measured). */
  const sizesOf = (map: ArgMap) => {
    const { sizes } = get();
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    return (id: string): Size => {
      const node = byId.get(id);
      return sizes[id] ?? (node ? estimateNodeSize(node) : UNMEASURED_CARD);
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
      if (next === map || readOnly()) return;
      set({ map: next, gestureStart: gestureStart ?? map });
      roomSync()?.push(next, true);
    },

    typeText(id, text, caret) {
      const { map, gestureStart } = get();
      const next = ops.updateNode(map, id, { text });
      if (next === map || readOnly()) return;
      set({ map: next, gestureStart: gestureStart ?? map });
      roomSync()?.push(next, true, { nodeId: id, at: caret });
    },

    endGesture() {
      const { map, gestureStart, history } = get();
      if (!gestureStart) return;
      roomSync()?.endGesture();
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
      commit(next, { selectedNodeIds: [], selectedRelationIds: [], editingNodeId: null, draft: null });
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

    apply(next, nodeIds) {
      commit(next, nodeIds ? { selectedNodeIds: nodeIds, selectedRelationIds: [] } : {});
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
      // In a room, undo takes back only this person's changes; the map comes back via receiveMap.
      if (roomSync()) return roomSync()!.undo();
      const step = undo(get().history, get().map, fileState());
      if (step) set({ map: step.map, history: step.history, ...step.file, ...pruneSelection(step.map) });
    },

    redo() {
      // A drag under way is a new change: it is recorded (dropping the redo branch), not lost.
      get().endGesture();
      if (roomSync()) return roomSync()!.redo();
      const step = redo(get().history, get().map, fileState());
      if (step) set({ map: step.map, history: step.history, ...step.file, ...pruneSelection(step.map) });
    },

    newMap() {
      get().loadMap(emptyMap(), UNTITLED_FILE_NAME, { saved: true, record: true });
    },

    openParsed(result, fileName, fileHandle = null) {
      if (!result.ok) {
        get().notify({ tone: 'error', title: `Could not open ${fileName}`, details: [result.error] });
        return false;
      }
      // A large file opens folded and arranged as shown (sizes estimated: none are measured yet).
      const byId = new Map(result.map.nodes.map((n) => [n.id, n]));
      const map = large.prepareForOpening(result.map, (id) => estimateNodeSize(byId.get(id)!));
      get().loadMap(map, fileName, { saved: result.repairs.length === 0, record: true, fileHandle });
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
        // A map that differs from its file (repaired, or restored with unsaved work) keeps
        // a saved map it can never be identical to, so it counts as unsaved until saved.
        savedMap: opts?.saved === false ? emptyMap() : map,
        fileHandle: opts?.fileHandle ?? null,
        loads: get().loads + 1,
        selectedNodeIds: [],
        selectedRelationIds: [],
        editingNodeId: null,
        draft: null,
        fitRequest: get().fitRequest + 1,
      };
      // Opening is undoable, so opening the wrong file never loses the map on screen; the
      // step keeps the file the old map belonged to, so undo also gives back where Save writes.
      if (opts?.record) commit(map, extra, fileState());
      else set({ map, history: emptyHistory(), gestureStart: null, ...extra });
    },

    markSaved(fileName, written) {
      set({
        savedMap: written?.map ?? get().map,
        ...(fileName ? { fileName } : {}),
        ...(written ? { fileHandle: written.fileHandle } : {}),
      });
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
      if (id !== null && readOnly()) return;
      if (get().editingNodeId !== id) set({ editingNodeId: id, draft: null });
    },

    setDraft(draft) {
      const current = get().draft;
      if (current === draft || (current && draft && current.nodeId === draft.nodeId && current.text === draft.text)) return;
      set({ draft });
    },

    resumeDraft(draft) {
      if (!get().map.nodes.some((n) => n.id === draft.nodeId)) return;
      set({ editingNodeId: draft.nodeId, draft, selectedNodeIds: [draft.nodeId], selectedRelationIds: [] });
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
      evaluationWanted = on;
      if (!on || evaluationEngineLoaded()) return set({ evaluationOn: on });
      // The first time: once the evaluation model has loaded, unless turned off meanwhile.
      loadEvaluationEngine().then(
        () => evaluationWanted && set({ evaluationOn: true }),
        (e: unknown) => get().notify({ tone: 'error', title: 'Could not load the evaluation', details: [(e as Error).message] }),
      );
    },

    setSidePanel(panel) {
      set({ sidePanel: panel });
    },

    setPresentationStep(step) {
      set({ presentationStep: step });
    },

    attachSource(init, opts) {
      const { text, ...meta } = init;
      const normalised = normaliseSourceText(text);
      const { map, id } = sources.attachSource(get().map, opts?.reference ? meta : { ...meta, text: normalised });
      commit(map, {
        activeSourceId: id,
        sidePanel: 'source',
        ...(opts?.reference ? { sourceTexts: { ...get().sourceTexts, [id]: normalised } } : {}),
      });
      return id;
    },

    newMapFromText(text, fileName) {
      const title = sources.guessTitle(normaliseSourceText(text), fileName);
      const { map, id } = sources.attachSource({ ...emptyMap(), meta: { title, description: '' } }, { title, text });
      get().loadMap(map, UNTITLED_FILE_NAME, { saved: false, record: true });
      set({ activeSourceId: id, sidePanel: 'source' });
    },

    provideSourceText(sourceId, text) {
      set({ sourceTexts: { ...get().sourceTexts, [sourceId]: normaliseSourceText(text) }, activeSourceId: sourceId });
    },

    removeSource(sourceId) {
      const map = sources.removeSource(get().map, sourceId);
      commit(map, get().activeSourceId === sourceId ? { activeSourceId: map.sources?.[0]?.id ?? null } : {});
    },

    setActiveSource(sourceId) {
      set({ activeSourceId: sourceId });
    },

    revealParagraph(sourceId, paragraph) {
      set({
        activeSourceId: sourceId,
        sidePanel: 'source',
        paragraphRequest: { sourceId, paragraph, seq: (get().paragraphRequest?.seq ?? 0) + 1 },
      });
    },

    nodeFromPassage(sourceId, range, kind, opts) {
      const state = get();
      const text = sourceTextOf(state, sourceId);
      if (text === undefined) {
        state.notify({ tone: 'warning', title: 'Open the text of this source first.' });
        return '';
      }
      const parent = opts?.parentId ? state.map.nodes.find((n) => n.id === opts.parentId) : undefined;
      const position = opts?.position ?? (parent ? childPosition(state.map, parent.id, sizesOf(state.map)) : freeSpot(state.map));
      const result = sources.nodeFromPassage(state.map, { sourceId, text, range, kind, position, parentId: parent?.id });
      if (!result.id) {
        state.notify({ tone: 'warning', title: 'reason' in result ? result.reason : 'Could not make a statement of that passage.' });
        return '';
      }
      commit(revealNode(result.map, result.id), { selectedNodeIds: [result.id], selectedRelationIds: [], editingNodeId: null });
      get().centerOn(result.id);
      return result.id;
    },

    anchorToPassage(nodeId, sourceId, range) {
      const text = sourceTextOf(get(), sourceId);
      if (text === undefined) return;
      commit(sources.anchorNode(get().map, nodeId, sourceId, text, range));
    },

    setRoom(room) {
      set({ room });
    },

    updateRoom(patch) {
      const { room } = get();
      if (room) set({ room: { ...room, ...patch } });
    },

    enterRoom(map) {
      const { room } = get();
      if (!room) return;
      set({ map, room: { ...room, ready: true }, ...pruneSelection(map), fitRequest: get().fitRequest + 1, fitTarget: 'all' });
    },

    receiveMap(map, textChanges) {
      const { map: before, editingNodeId, draft } = get();
      if (map === before) return;
      set({ map, textChanges: textChanges ?? null, ...pruneSelection(map) });
      // Someone deleted the statement being typed in here: its text (typed words and all) comes
      // back as a new statement in its place, still being edited, and this person is told.
      const gone = !!editingNodeId && !map.nodes.some((n) => n.id === editingNodeId);
      const lost = gone && draft?.nodeId === editingNodeId ? before.nodes.find((n) => n.id === editingNodeId) : undefined;
      if (gone && !lost) get().notify({ tone: 'info', title: 'Someone deleted the statement you were editing.' });
      if (!lost || readOnly()) return;
      const added = ops.addNode(map, { kind: lost.kind, position: lost.position, text: draft!.text });
      const next = ops.updateNode(added.map, added.id, {
        ...(lost.notes ? { notes: lost.notes } : {}),
        ...(lost.source ? { source: lost.source } : {}),
      });
      commit(revealNode(next, added.id), {
        selectedNodeIds: [added.id],
        selectedRelationIds: [],
        editingNodeId: added.id,
        draft: { nodeId: added.id, text: draft!.text },
      });
      get().notify({
        tone: 'warning',
        title: 'Someone deleted this statement while you were editing it',
        details: [
          'Your text is kept: it is a new statement in the same place, not connected to anything, and you can go on typing. Delete it if it is not needed.',
        ],
      });
    },
  };
});

/** Below everything on the map, at its left edge: a new statement that belongs nowhere yet. */
function freeSpot(map: ArgMap): Point {
  if (!map.nodes.length) return { x: 0, y: 0 };
  let left = Infinity;
  let bottom = -Infinity;
  for (const n of map.nodes) {
    left = Math.min(left, n.position.x);
    bottom = Math.max(bottom, n.position.y);
  }
  return { x: left, y: bottom + 220 };
}

/** Changes no file holds; in a room the server keeps every change, so there are none to lose. */
export const isDirty = (s: EditorState) => !s.room && s.map !== s.savedMap;
/** Text typed but not yet committed to the map (a node editor is open and its text changed). */
export const hasDraft = (s: EditorState) => {
  const { draft } = s;
  return !!draft && s.map.nodes.find((n) => n.id === draft.nodeId)?.text !== draft.text;
};
/** Work that no file holds: an unsaved map, or text being typed. */
export const hasUnsavedWork = (s: EditorState) => isDirty(s) || hasDraft(s);
export const canUndo = (s: EditorState) => (s.room ? s.room.canUndo : s.history.past.length > 0 || s.gestureStart !== null);
export const canRedo = (s: EditorState) => (s.room ? s.room.canRedo : s.history.future.length > 0);
/** A view-only link, or a room whose map has not arrived yet: nothing on screen can be edited. */
export const isViewOnly = (s: EditorState) => !!s.room && (s.room.access === 'view' || !s.room.ready);
/** In a room that can be edited: text is shared as it is typed (typeText), not once on commit. */
export const editsLive = (s: EditorState) => !!s.room && !isViewOnly(s);
