import { memo } from 'react';
import type { NodeKind } from '../model/types.ts';
import { kindColor, NODE_STYLES } from './appearance.ts';

export const KindIcon = memo(function KindIcon({ kind, size = 14 }: { kind: NodeKind; size?: number }) {
  const style = NODE_STYLES[kind];
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={style.icon} style={{ fill: kindColor(kind) }} />
    </svg>
  );
});
