// The argument map as saved in files and kept in history. Plain data, no classes,
// so it can be compared, cloned with structuredClone and serialised as-is.

export const NODE_KINDS = ['claim', 'premise', 'objection', 'rebuttal', 'caveat', 'evidence', 'context'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATION_KINDS = ['supports', 'opposes', 'qualifies', 'undercuts'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface Point {
  x: number;
  y: number;
}

/** Where a node's content comes from in the source text. */
export interface SourceRef {
  document?: string;
  section?: string;
  paragraph?: string;
  quote?: string;
}

export interface ArgNode {
  id: string;
  kind: NodeKind;
  text: string;
  position: Point;
  notes?: string;
  source?: SourceRef;
}

/**
 * A relation goes from a node to a node; an `undercuts` relation goes from a node to
 * another relation (it attacks the inference, not the claim).
 * Relations that share a `group` and a target are co-premises: one linked reason.
 */
export interface Relation {
  id: string;
  kind: RelationKind;
  from: string;
  to: string;
  group?: string;
}

export interface MapMeta {
  title: string;
  description: string;
}

export interface ArgMap {
  meta: MapMeta;
  nodes: ArgNode[];
  relations: Relation[];
}

export const emptyMap = (): ArgMap => ({
  meta: { title: 'Untitled map', description: '' },
  nodes: [],
  relations: [],
});
