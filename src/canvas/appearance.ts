// How kinds and relations look on screen: their theme colours as CSS variables (the current
// theme's, so a theme switch re-renders nothing), and the "add a child" actions. The tables
// themselves (labels, colours in both themes, icons) are src/model/theme/colors.ts.
import type { NodeKind, RelationKind } from '../model/types.ts';
import type { ChildRole } from '../model/operations.ts';

/** CSS for the canvas and panels: the current theme's colour of each kind and relation. */
export const kindColor = (kind: NodeKind) => `var(--kind-${kind}-color)`;
export const kindBackground = (kind: NodeKind) => `var(--kind-${kind}-bg)`;
export const relationColor = (kind: RelationKind) => `var(--relation-${kind}-color)`;
export const relationLabelColor = (kind: RelationKind) => `var(--relation-${kind}-label)`;

/** "Add a child" actions, offered on the node, in the inspector, the outline and as keys. */
export const CHILD_ACTIONS: { role: ChildRole; label: string; mark: string; key: string }[] = [
  { role: 'reason', label: 'Reason', mark: '+', key: 'R' },
  { role: 'objection', label: 'Objection', mark: '−', key: 'O' },
  { role: 'caveat', label: 'Caveat', mark: '~', key: 'C' },
  { role: 'evidence', label: 'Evidence', mark: '+', key: 'E' },
];

/** Lower-case key → the child it adds. */
export const CHILD_KEYS: Readonly<Record<string, ChildRole>> = Object.fromEntries(CHILD_ACTIONS.map((a) => [a.key.toLowerCase(), a.role]));
