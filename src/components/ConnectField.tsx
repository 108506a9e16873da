// Connect the node to another one without dragging: the keyboard way to draw a relation.
import { useId } from 'react';
import { useEditor } from '../store/store.ts';
import { NODE_STYLES } from '../canvas/appearance.ts';
import type { ArgNode } from '../model/types.ts';

export function ConnectField({ node }: { node: ArgNode }) {
  const nodes = useEditor((s) => s.map.nodes);
  const id = useId();
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
        {nodes
          .filter((n) => n.id !== node.id)
          .map((n) => (
            <option key={n.id} value={n.id}>
              {NODE_STYLES[n.kind].label}: {n.text.length > 60 ? `${n.text.slice(0, 60)}…` : n.text || '(empty)'}
            </option>
          ))}
      </select>
    </div>
  );
}
