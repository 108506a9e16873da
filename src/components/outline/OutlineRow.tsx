// One statement in the outline. Memoized on plain props (the node object is shared with
// the map and only replaced when the node changes), so selecting or editing one item
// re-renders that item, not the other thousand. Clicks are handled by the tree.
import { memo, useCallback, type CSSProperties } from 'react';
import type { ArgNode, RelationKind } from '../../model/types.ts';
import { RELATION_MARKERS } from '../../model/outline.ts';
import { kindBackground, kindColor, relationColor } from '../../canvas/appearance.ts';
import { NODE_STYLES, RELATION_STYLES } from '../../model/theme/colors.ts';
import { KindIcon } from '../../canvas/KindIcon.tsx';
import { InlineTextEditor } from '../../canvas/InlineTextEditor.tsx';
import { useIsSearchMatch } from '../../store/search.ts';

export interface OutlineRowProps {
  domId: string;
  node: ArgNode;
  depth: number;
  relationKind?: RelationKind;
  coPremise?: 'first' | 'middle' | 'last';
  childCount: number;
  folded: boolean;
  selected: boolean;
  active: boolean;
  editing: boolean;
  posInSet: number;
  setSize: number;
  onCommit(id: string, text: string): void;
  onCancel(id: string): void;
}

export const RELATION_WORDS: Record<RelationKind, string> = {
  supports: 'supports',
  opposes: 'opposes',
  qualifies: 'qualifies',
  undercuts: 'undercuts the link',
};

export const OutlineRow = memo(function OutlineRow(props: OutlineRowProps) {
  const { domId, node, depth, relationKind, coPremise, childCount, folded, selected, active, editing, onCommit, onCancel } = props;
  const kind = NODE_STYLES[node.kind];
  const relation = relationKind ? RELATION_STYLES[relationKind] : undefined;
  const commit = useCallback((text: string) => onCommit(node.id, text), [onCommit, node.id]);
  const cancel = useCallback(() => onCancel(node.id), [onCancel, node.id]);
  const matched = useIsSearchMatch(node.id);
  const how = relationKind ? `${RELATION_WORDS[relationKind]}, ` : '';
  const style = { '--depth': depth, '--kind-color': kindColor(node.kind), '--kind-bg': kindBackground(node.kind) } as CSSProperties;
  const classes = ['outline-item', `kind-${node.kind}`];
  if (relationKind) classes.push(`rel-${relationKind}`);
  if (selected) classes.push('is-selected');
  if (active) classes.push('is-active');
  if (coPremise) classes.push(`co-premise co-${coPremise}`);
  if (matched) classes.push('is-match');

  return (
    <div
      role="treeitem"
      id={domId}
      data-node-id={node.id}
      aria-level={depth + 1}
      aria-selected={selected}
      aria-expanded={childCount ? !folded : undefined}
      aria-posinset={props.posInSet}
      aria-setsize={props.setSize}
      className={classes.join(' ')}
      style={style}
    >
      <span className="outline-twisty" data-action="fold" aria-hidden="true">
        {childCount ? (folded ? '▸' : '▾') : ''}
      </span>
      <span
        className="outline-marker"
        aria-hidden="true"
        title={relation ? relation.meaning : 'Top-level statement'}
        style={relationKind ? { color: relationColor(relationKind) } : undefined}
      >
        {relationKind ? RELATION_MARKERS[relationKind] : '•'}
      </span>
      <div className="outline-body">
        {/* The item is named by its content (visible text included, as WCAG 2.5.3 asks): kind and relation first. */}
        <span className="visually-hidden">{`${kind.label}, ${how}${coPremise ? 'linked co-premise, ' : ''}`}</span>
        <div className="outline-kind" aria-hidden="true">
          <KindIcon kind={node.kind} size={12} />
          <span>{kind.label}</span>
          {coPremise && <span className="outline-tag">linked</span>}
          {folded && childCount > 0 && <span className="outline-tag is-count">+{childCount}</span>}
          {node.source?.paragraph && <span className="outline-cite">¶{node.source.paragraph}</span>}
        </div>
        {editing ? (
          <InlineTextEditor
            nodeId={node.id}
            initial={node.text}
            label={`Text of ${kind.label.toLowerCase()}`}
            onCommit={commit}
            onCancel={cancel}
          />
        ) : (
          <div className={`outline-text${node.text ? '' : ' is-empty'}`}>{node.text || 'Empty: press Enter to write'}</div>
        )}
      </div>
    </div>
  );
});
