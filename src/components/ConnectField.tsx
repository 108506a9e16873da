// Connect the node to another one without dragging: the keyboard way to draw a relation.
import { useId, useMemo } from 'react';
import { useEditor } from '../store/store.ts';
import { NODE_STYLES } from '../canvas/appearance.ts';
import type { ArgNode } from '../model/types.ts';

export function ConnectField({ node }: { node: ArgNode }) {
  const nodes = useEditor((s) => s.map.nodes);
  const id = useId();
  // The options depend on the other nodes' kinds and texts only: a drag (positions) must
  // not rebuild a thousand of them on every frame.
  const signature = nodes.map((n) => `${n.id}\u0001${n.kind}\u0001${n.text}`).join('\u0002');
  const options = useMemo(() => targetOptions(nodes, node.id), [signature, node.id]);
  return (
    <div className="field">
      <label htmlFor={id}>Bears on (add a relation)</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          if (e.target.value) useEditor.getState().connect(node.id, e.target.value);
        }}
      >
        <option value="">Choose a node…</option>
        {options}
      </select>
    </div>
  );
}

function targetOptions(nodes: readonly ArgNode[], self: string) {
  return nodes
    .filter((n) => n.id !== self)
    .map((n) => (
      <option key={n.id} value={n.id}>
        {NODE_STYLES[n.kind].label}: {n.text.length > 60 ? `${n.text.slice(0, 60)}…` : n.text || '(empty)'}
      </option>
    ));
}
