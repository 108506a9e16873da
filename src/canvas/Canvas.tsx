// The React Flow canvas. It renders what the store derives and turns React Flow's change
// objects into store actions: a drag is one history step, selection and sizes are UI state.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, type ComponentType } from 'react';
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { PASSAGE_MIME, readDraggedPassage } from './passageDrag.ts';
import { useEditor, isViewOnly } from '../store/store.ts';
import { selectTheme, useTheme } from '../store/theme.ts';
import { useDecorations } from '../store/decorations.ts';
import { useTeaching } from '../store/teaching.ts';
import { contentOf } from '../store/mapViews.ts';
import { ArgNodeView } from './ArgNodeView.tsx';
import { LinkAnchor, LinkedReasonBox } from './StructuralNodes.tsx';
import { RelationEdge } from './RelationEdge.tsx';
import { createFlowDeriver, relationIdsOfEdge, type FlowNode, type RelationFlowEdge } from './flowElements.ts';
import { ANCHOR_PREFIX, GROUP_PREFIX } from '../model/diagram.ts';
import { kindColor } from './appearance.ts';
import { UNMEASURED_CARD } from '../model/theme/card.ts';
import type { Point } from '../model/types.ts';
import { exposeToScripts } from '../io/scriptHandle.ts';
import { estimateNodeSize, type Size } from '../model/layout.ts';
import { useCanvasKeyboard } from './useCanvasKeyboard.ts';
import { useRevealEditing } from './useRevealEditing.ts';
import { motionDuration } from './motion.ts';
import { openingNodes } from '../model/largeMap.ts';
import { EDGE_HELP, KEYBOARD_HELP } from './keyboardHelp.ts';

const nodeTypes = { arg: ArgNodeView, group: LinkedReasonBox, anchor: LinkAnchor };
/** What floats over the canvas: a new node is placed clear of these. */
const CANVAS_OVERLAYS = '.legend, .focus-banner, .react-flow__minimap, .react-flow__controls';
const edgeTypes = { relation: RelationEdge };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const FIT_OPTIONS = { padding: 0.08, maxZoom: 1.2 };
/** The least zoom at which a statement's text can be read (the opening view never goes below it). */
const READABLE_ZOOM = 0.6;
/** Past this many nodes, only what is on screen is rendered. */
const CULLING_THRESHOLD = 400;
const ARIA_LABELS = {
  'node.a11yDescription.default': KEYBOARD_HELP,
  'node.a11yDescription.keyboardDisabled': KEYBOARD_HELP,
  'edge.a11yDescription.default': EDGE_HELP,
};

function handleNodesChange(changes: NodeChange<FlowNode>[]) {
  const store = useEditor.getState();
  const positions: Record<string, Point> = {};
  const sizes: Record<string, Size> = {};
  let dragging = false;
  let dragEnded = false;
  let selection: Set<string> | null = null;
  for (const c of changes) {
    if (c.type === 'position') {
      if (c.position) positions[c.id] = c.position;
      if (c.dragging) dragging = true;
      else dragEnded = true;
    } else if (c.type === 'dimensions' && c.dimensions) {
      sizes[c.id] = c.dimensions;
    } else if (c.type === 'select') {
      selection ??= new Set(store.selectedNodeIds);
      if (c.selected) selection.add(c.id);
      else selection.delete(c.id);
    }
  }
  if (Object.keys(sizes).length) store.setSizes(sizes);
  if (Object.keys(positions).length) store.dragNodes(positions);
  // A drag ends with dragging: false; keyboard moves arrive that way too. Either is one step.
  if (dragEnded && !dragging) store.endGesture();
  if (selection) store.select([...selection], useEditor.getState().selectedRelationIds);
}

function handleEdgesChange(changes: EdgeChange<RelationFlowEdge>[]) {
  const store = useEditor.getState();
  let selection: Set<string> | null = null;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    selection ??= new Set(store.selectedRelationIds);
    const ids = relationIdsOfEdge(c.id, store.map);
    for (const id of ids) {
      if (c.selected) selection.add(id);
      else selection.delete(id);
    }
  }
  if (selection) store.select(useEditor.getState().selectedNodeIds, [...selection]);
}

function handleConnect(connection: Connection) {
  const target = connection.target.startsWith(ANCHOR_PREFIX) ? connection.target.slice(ANCHOR_PREFIX.length) : connection.target;
  useEditor.getState().connect(connection.source, target);
}

const isValidConnection = (c: Connection | { source: string; target: string }) =>
  c.source !== c.target && !c.source.startsWith(GROUP_PREFIX) && !c.target.startsWith(GROUP_PREFIX);

// Other people's selections and pointers: loaded only in a room. If its code cannot load,
// the canvas works on without showing them.
const Presence = lazy<ComponentType>(() =>
  import('./Presence.tsx').then(
    (m) => ({ default: m.Presence }),
    () => ({ default: () => null }),
  ),
);

export function Canvas() {
  const map = useEditor((s) => s.map);
  const selectedNodeIds = useEditor((s) => s.selectedNodeIds);
  const selectedRelationIds = useEditor((s) => s.selectedRelationIds);
  const sizes = useEditor((s) => s.sizes);
  const fitRequest = useEditor((s) => s.fitRequest);
  const viewOnly = useEditor(isViewOnly);
  const inRoom = useEditor((s) => s.room !== null);
  const deriver = useRef(createFlowDeriver()).current;
  const flow = useReactFlow();
  const { fitView, screenToFlowPosition } = flow;
  useEffect(() => exposeToScripts({ flow }), [flow]);
  useRevealEditing();

  const decorations = useDecorations();
  const { tabStop, onFocus, onKeyDownCapture } = useCanvasKeyboard(decorations.hidden);
  const selectedNodes = useMemo(() => new Set(selectedNodeIds), [selectedNodeIds]);
  const nodes = useMemo(
    () => deriver.nodes(map, selectedNodes, sizes, decorations.hidden, decorations.byNode, tabStop),
    [deriver, map, selectedNodes, sizes, decorations, tabStop],
  );
  // Edges read relations and texts (their labels), never positions: a drag keeps the same
  // array, and React Flow skips rebuilding its lookup of every connection on each frame.
  const content = contentOf(map);
  const verdicts = useTeaching((s) => s.comparing?.marks.relations);
  const edges = useMemo(
    () => deriver.edges(content, new Set(selectedRelationIds), decorations.hidden, verdicts),
    [deriver, content, selectedRelationIds, decorations.hidden, verdicts],
  );

  useEffect(() => {
    if (!fitRequest) return;
    const { fitTarget, map } = useEditor.getState();
    // Opening a map shows the main claim and its first level at a readable zoom, not the whole map shrunk.
    const opening = fitTarget === 'opening' && !map.meta.focus ? openingNodes(map).map((id) => ({ id })) : [];
    // Wait a frame so newly loaded nodes are measured before fitting.
    const handle = requestAnimationFrame(() =>
      requestAnimationFrame(
        () =>
          void fitView(
            opening.length
              ? { nodes: opening, padding: 0.12, minZoom: READABLE_ZOOM, maxZoom: 1 }
              : { ...FIT_OPTIONS, duration: motionDuration(200) },
          ),
      ),
    );
    return () => cancelAnimationFrame(handle);
  }, [fitRequest, fitView]);

  const centerRequest = useEditor((s) => s.centerRequest);
  // React Flow's own controls and minimap follow the theme too.
  const theme = useTheme(selectTheme);
  useEffect(() => {
    if (!centerRequest) return;
    const { map, sizes } = useEditor.getState();
    const node = map.nodes.find((n) => n.id === centerRequest.nodeId);
    if (!node) return;
    const size = sizes[node.id] ?? UNMEASURED_CARD;
    void flow.setCenter(node.position.x + size.width / 2, node.position.y + size.height / 2, {
      zoom: Math.max(flow.getZoom(), 0.8),
      duration: motionDuration(300),
    });
  }, [centerRequest, flow]);

  const onNodeDoubleClick = useCallback((_: React.MouseEvent, node: FlowNode) => {
    if (node.type === 'arg') useEditor.getState().startEditing(node.id);
  }, []);

  const onDoubleClick = useCallback(
    (event: React.MouseEvent) => {
      if (!(event.target as Element).classList?.contains('react-flow__pane')) return;
      const store = useEditor.getState();
      const kind = store.map.nodes.length ? 'premise' : 'claim';
      // The new node's top left sits up and left of the pointer; on screen, it must not land
      // under the legend or another overlay (it would be half hidden): moved clear of them.
      const zoom = flow.getZoom();
      const size = estimateNodeSize({ id: '', kind, text: '', position: { x: 0, y: 0 } });
      const wanted = { x: event.clientX - 130 * zoom, y: event.clientY - 30 * zoom, width: size.width * zoom, height: size.height * zoom };
      const overlays = [...document.querySelectorAll(CANVAS_OVERLAYS)].map((el) => el.getBoundingClientRect());
      const pane = event.currentTarget.getBoundingClientRect();
      // Loaded on the first double-click, not with the page (a few milliseconds, once).
      void import('./clearOfOverlays.ts').then(({ clearOf }) => {
        const placed = clearOf(wanted, overlays, pane);
        useEditor.getState().addNode(kind, screenToFlowPosition({ x: placed.x, y: placed.y }));
      });
    },
    [screenToFlowPosition, flow],
  );

  // A passage dragged from the Source pane: a new statement where it is dropped, or a
  // child of the node it is dropped on.
  const onDragOver = useCallback((event: React.DragEvent) => {
    if (!event.dataTransfer.types.includes(PASSAGE_MIME)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: React.DragEvent) => {
      const passage = event.dataTransfer.types.includes(PASSAGE_MIME) ? readDraggedPassage(event.dataTransfer) : null;
      if (!passage) return;
      event.preventDefault();
      event.stopPropagation();
      const onNode = (event.target as Element).closest?.('.react-flow__node[data-id]')?.getAttribute('data-id') ?? undefined;
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const { sourceId, start, end, kind } = passage;
      useEditor
        .getState()
        .nodeFromPassage(sourceId, { start, end }, kind, onNode ? { parentId: onNode } : { position: { x: at.x - 130, y: at.y - 30 } });
    },
    [screenToFlowPosition],
  );

  return (
    <div
      className="canvas"
      onDoubleClick={onDoubleClick}
      onKeyDownCapture={onKeyDownCapture}
      onFocus={onFocus}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ReactFlow<FlowNode, RelationFlowEdge>
        colorMode={theme}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={handleNodesChange}
        onEdgesChange={handleEdgesChange}
        onConnect={handleConnect}
        nodesDraggable={!viewOnly}
        nodesConnectable={!viewOnly}
        isValidConnection={isValidConnection}
        onNodeDoubleClick={onNodeDoubleClick}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements={map.nodes.length > CULLING_THRESHOLD}
        minZoom={0.05}
        maxZoom={2.5}
        ariaLabelConfig={ARIA_LABELS}
      >
        <Background gap={24} color="var(--grid)" bgColor="var(--canvas)" />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeColor={miniMapColor} ariaLabel="Minimap" />
        {inRoom && (
          <Suspense fallback={null}>
            <Presence />
          </Suspense>
        )}
      </ReactFlow>
    </div>
  );
}

function miniMapColor(node: FlowNode): string {
  return node.type === 'arg' ? kindColor(node.data.node.kind) : 'transparent';
}
