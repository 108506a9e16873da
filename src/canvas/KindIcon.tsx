import { memo } from 'react';
import type { NodeKind } from '../model/types.ts';
import { kindColor } from './appearance.ts';
import { NODE_STYLES } from '../model/theme/colors.ts';
import { CARD_ICON } from '../model/theme/card.ts';

export const KindIcon = memo(function KindIcon({ kind, size = CARD_ICON }: { kind: NodeKind; size?: number }) {
  const style = NODE_STYLES[kind];
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={style.icon} style={{ fill: kindColor(kind) }} />
    </svg>
  );
});
