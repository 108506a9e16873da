// The kinds a passage can become, with the keys the canvas uses for the same kinds.
import type { NodeKind } from '../../model/types.ts';
import { CHILD_ACTIONS } from '../../canvas/appearance.ts';
import { NODE_STYLES } from '../../model/theme/colors.ts';
import { CHILD_ROLES } from '../../model/operations.ts';

export interface KindChoice {
  kind: NodeKind;
  label: string;
  key?: string;
}

const KEYED = new Map<NodeKind, string>(CHILD_ACTIONS.map((a) => [CHILD_ROLES[a.role].kind, a.key]));

export const KIND_CHOICES: KindChoice[] = (['claim', 'premise', 'objection', 'caveat', 'evidence', 'rebuttal', 'context'] as const).map(
  (kind) => {
    const key = KEYED.get(kind);
    return key ? { kind, label: NODE_STYLES[kind].label, key } : { kind, label: NODE_STYLES[kind].label };
  },
);

/** Lower-case key → kind, as on the canvas (R reason, O objection, C caveat, E evidence). */
export const KIND_KEYS: Readonly<Record<string, NodeKind>> = Object.fromEntries(
  KIND_CHOICES.filter((c) => c.key).map((c) => [c.key!.toLowerCase(), c.kind]),
);
