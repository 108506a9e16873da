// The benchmark's baseline: a bare React Flow page with default nodes and edges, given the
// same nodes (text, position) and links as the map the app shows. `window.bare.render`.
import { createRoot } from 'react-dom/client';
import { ReactFlow, type Edge, type Node, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

const root = createRoot(document.getElementById('root')!);
const bare: { render: typeof render; flow?: ReactFlowInstance } = { render };

function render(nodes: Node[], edges: Edge[]) {
  root.render(
    <div style={{ width: '100%', height: '100%' }}>
      <ReactFlow
        onInit={(flow) => (bare.flow = flow)}
        nodes={nodes}
        edges={edges}
        fitView
        minZoom={0.05}
        onlyRenderVisibleElements={nodes.length > 400}
      />
    </div>,
  );
}

(window as unknown as { bare: unknown }).bare = bare;
