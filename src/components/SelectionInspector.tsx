// The Inspector's view of a selection: the selected node, relation(s), or several nodes.
// On a view link every control that would change the map is disabled or read-only; links
// to other elements still work.
import { useMemo, useRef } from 'react';
import { useEditor, isViewOnly } from '../store/store.ts';
import { NODE_KINDS, RELATION_KINDS, type ArgMap, type ArgNode, type NodeKind, type Relation, type RelationKind } from '../model/types.ts';
import { JudgementField, WeightField } from './EvaluationFields.tsx';
import { CHILD_ACTIONS } from '../canvas/appearance.ts';
import { NODE_STYLES, RELATION_STYLES } from '../model/theme/colors.ts';
import { DraftField } from './DraftField.tsx';
import { ConnectField } from './ConnectField.tsx';
import { NodeVisibilityButtons } from './NodeVisibilityButtons.tsx';
import { requestFocus, useFocusRequest } from './focusRequest.ts';
import { relationLabel } from '../canvas/a11yLabels.ts';
import { focusNode } from '../canvas/focusNode.ts';
import { contentOf } from '../store/mapViews.ts';
import { lazyPanel } from './lazyView.tsx';

/** The argument's scheme, roles and critical questions: loaded with the scheme catalogue when a relation is first inspected. */
const SchemeSection = lazyPanel(() => import('./SchemeSection.tsx'), 'SchemeSection', 'the argumentation scheme');

interface Props {
  node: ArgNode | undefined;
  relation: Relation | undefined;
  relationIds: string[];
  /** How many nodes are selected. */
  count: number;
}

export function SelectionInspector({ node, relation, relationIds, count }: Props) {
  // Keyed: a field's draft never carries over to another node.
  if (node) return <NodeInspector key={node.id} node={node} />;
  if (relation) return <RelationInspector relation={relation} relationIds={relationIds} />;
  return <MultiInspector count={count} />;
}

function NodeInspector({ node }: { node: ArgNode }) {
  const update = useEditor((s) => s.updateNode);
  const viewOnly = useEditor(isViewOnly);
  const source = node.source ?? {};
  const setSource = (key: keyof typeof source) => (value: string) => update(node.id, { source: { ...source, [key]: value } });
  return (
    <section>
      <h2>{NODE_STYLES[node.kind].label}</h2>
      <div className="field">
        <label htmlFor="inspector-kind">Kind</label>
        <select
          id="inspector-kind"
          value={node.kind}
          disabled={viewOnly}
          onChange={(e) => update(node.id, { kind: e.target.value as NodeKind })}
        >
          {NODE_KINDS.map((k) => (
            <option key={k} value={k}>
              {NODE_STYLES[k].label}
            </option>
          ))}
        </select>
      </div>
      <DraftField label="Text" value={node.text} multiline readOnly={viewOnly} onCommit={(text) => update(node.id, { text })} />
      <fieldset className="edit-controls" disabled={viewOnly}>
        <JudgementField node={node} />
        <div className="button-row">
          {CHILD_ACTIONS.map((b) => (
            <button
              key={b.role}
              type="button"
              onClick={() => useEditor.getState().addChild(node.id, b.role)}
              title={`Add ${b.label.toLowerCase()} (${b.key})`}
            >
              Add {b.label.toLowerCase()}
            </button>
          ))}
        </div>
        {!viewOnly && <ConnectField node={node} />}
      </fieldset>
      <NodeRelations node={node} />
      <fieldset className="edit-controls" disabled={viewOnly}>
        <NodeVisibilityButtons node={node} />
      </fieldset>
      <DraftField label="Notes" value={node.notes ?? ''} multiline readOnly={viewOnly} onCommit={(notes) => update(node.id, { notes })} />
      <fieldset>
        <legend>Source</legend>
        <DraftField label="Document" value={source.document ?? ''} readOnly={viewOnly} onCommit={setSource('document')} />
        <DraftField label="Section" value={source.section ?? ''} readOnly={viewOnly} onCommit={setSource('section')} />
        <DraftField label="Paragraph" value={source.paragraph ?? ''} readOnly={viewOnly} onCommit={setSource('paragraph')} />
        <DraftField label="Quote" value={source.quote ?? ''} multiline readOnly={viewOnly} onCommit={setSource('quote')} />
      </fieldset>
      <button type="button" className="danger" disabled={viewOnly} onClick={() => useEditor.getState().deleteSelection()}>
        Delete node
      </button>
    </section>
  );
}

/** The node's relations, each a button that opens it here (the keyboard way to reach an edge). */
function NodeRelations({ node }: { node: ArgNode }) {
  // Labels read kinds, texts and relations: unchanged while any node is dragged.
  const content = useEditor((s) => contentOf(s.map));
  const labels = useMemo(() => relationLabelsOf(content, node.id), [content, node.id]);
  if (!labels.length) return null;
  return (
    <div className="field node-relations">
      <span className="field-label" id={`relations-of-${node.id}`}>
        Relations
      </span>
      <ul aria-labelledby={`relations-of-${node.id}`}>
        {labels.map(({ r, label }) => (
          <li key={r.id}>
            <button
              type="button"
              className="relation-link"
              onClick={() => {
                requestFocus('relation-kind');
                useEditor.getState().select([], [r.id]);
              }}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The relations from or to a node, each with its label. */
function relationLabelsOf(map: ArgMap, id: string): { r: Relation; label: string }[] {
  const mine = map.relations.filter((r) => r.from === id || r.to === id);
  if (!mine.length) return [];
  // Only what the labels name: the relations' ends, and the ends of the links they undercut.
  const relations = new Map(map.relations.filter((r) => mine.some((m) => m.to === r.id)).map((r) => [r.id, r]));
  const named = new Set([...mine, ...relations.values()].flatMap((r) => [r.from, r.to]));
  const nodes = new Map(map.nodes.filter((n) => named.has(n.id)).map((n) => [n.id, n]));
  return mine.map((r) => ({ r, label: relationLabel(r, nodes, relations) }));
}

/** A node named in the relation inspector: a button back to it (selected, focused on the canvas). */
function NodeLink({ id, text }: { id: string; text: string }) {
  return (
    <button
      type="button"
      className="relation-end"
      onClick={() => {
        useEditor.getState().select([id], []);
        focusNode(id);
      }}
    >
      {text}
    </button>
  );
}

function RelationInspector({ relation, relationIds }: { relation: Relation; relationIds: string[] }) {
  // Kinds, texts and relations only: a drag elsewhere does not redraw it.
  const map = useEditor((s) => contentOf(s.map));
  const viewOnly = useEditor(isViewOnly);
  const kindRef = useRef<HTMLSelectElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isUndercut = relation.kind === 'undercuts';
  useFocusRequest('relation-kind', isUndercut || viewOnly ? headingRef : kindRef, [relation.id]);
  const textOf = (id: string) => {
    const n = map.nodes.find((x) => x.id === id);
    if (n) return `${NODE_STYLES[n.kind].label}: ${n.text.slice(0, 60) || '(empty)'}`;
    return 'a link';
  };
  const selected = map.relations.filter((r) => relationIds.includes(r.id));
  const sameTarget = selected.length > 1 && selected.every((r) => r.to === selected[0]!.to && r.kind !== 'undercuts');
  const linked = selected.some((r) => r.group);
  const addUndercut = () => {
    const store = useEditor.getState();
    const from = store.map.nodes.find((n) => n.id === relation.from);
    const id = store.addNode('objection', { x: (from?.position.x ?? 0) + 300, y: from?.position.y ?? 0 }, { edit: false });
    store.connect(id, relation.id);
    store.select([id]);
    store.startEditing(id);
  };
  return (
    <section>
      <h2 ref={headingRef} tabIndex={-1}>
        {selected.length > 1 ? `${selected.length} relations` : 'Relation'}
      </h2>
      <p className="relation-ends">
        <span>From</span> <NodeLink id={relation.from} text={textOf(relation.from)} />
        <br />
        <span>To</span> {isUndercut ? 'the link it undercuts' : <NodeLink id={relation.to} text={textOf(relation.to)} />}
      </p>
      <fieldset className="edit-controls" disabled={viewOnly}>
        <div className="field">
          <label htmlFor="inspector-relation-kind">Kind</label>
          <select
            ref={kindRef}
            id="inspector-relation-kind"
            value={relation.kind}
            disabled={isUndercut}
            onChange={(e) => {
              useEditor.getState().setRelationKind(
                selected.map((r) => r.id),
                e.target.value as RelationKind,
              );
            }}
          >
            {RELATION_KINDS.filter((k) => isUndercut || k !== 'undercuts').map((k) => (
              <option key={k} value={k}>
                {RELATION_STYLES[k].label}
              </option>
            ))}
          </select>
        </div>
        <WeightField key={relationIds.join(' ')} relations={selected.length ? selected : [relation]} />
        {sameTarget && !linked && (
          <button type="button" onClick={() => useEditor.getState().linkCoPremises(relationIds)}>
            Link as co-premises
          </button>
        )}
        {linked && (
          <button type="button" onClick={() => useEditor.getState().unlinkCoPremises(relationIds)}>
            Unlink co-premises
          </button>
        )}
        {!isUndercut && (
          <button type="button" onClick={addUndercut}>
            Add undercutting objection
          </button>
        )}
        <button type="button" className="danger" onClick={() => useEditor.getState().deleteSelection()}>
          Delete relation
        </button>
      </fieldset>
      {!isUndercut && <SchemeSection relation={relation} />}
    </section>
  );
}

function MultiInspector({ count }: { count: number }) {
  const viewOnly = useEditor(isViewOnly);
  return (
    <section>
      <h2>{count} nodes selected</h2>
      <p className="hint">Drag any of them to move them together. To link co-premises, select their relations (Shift+click).</p>
      <button type="button" className="danger" disabled={viewOnly} onClick={() => useEditor.getState().deleteSelection()}>
        Delete {count} nodes
      </button>
    </section>
  );
}
