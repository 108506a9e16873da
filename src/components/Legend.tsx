// What the colours, icons and line styles mean. Collapsible, open by default.
import { memo, useState } from 'react';
import { NODE_KINDS, RELATION_KINDS } from '../model/types.ts';
import { kindBackground, kindColor, relationColor } from '../canvas/appearance.ts';
import { NODE_STYLES, RELATION_STYLES } from '../model/theme/colors.ts';
import { LEGEND_DASH, LEGEND_MARKERS } from '../model/theme/card.ts';
import { KindIcon } from '../canvas/KindIcon.tsx';
import { EvaluationKey } from './EvaluationToggle.tsx';

export const Legend = memo(function Legend() {
  const [open, setOpen] = useState(true);
  return (
    <section className={`legend${open ? '' : ' is-closed'}`} aria-label="Legend">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        Legend
      </button>
      {open && (
        <div className="legend-body">
          <ul>
            {NODE_KINDS.map((k) => (
              <li key={k} title={NODE_STYLES[k].meaning}>
                <span className="swatch" style={{ background: kindBackground(k), borderColor: kindColor(k) }}>
                  <KindIcon kind={k} size={12} />
                </span>
                {NODE_STYLES[k].label}
              </li>
            ))}
          </ul>
          <ul>
            {RELATION_KINDS.map((k) => {
              const s = RELATION_STYLES[k];
              const line = relationColor(k);
              const marker = LEGEND_MARKERS[s.marker];
              return (
                <li key={k} title={s.meaning}>
                  <svg width="34" height="10" aria-hidden="true">
                    <line
                      x1="1"
                      y1="5"
                      x2="26"
                      y2="5"
                      strokeWidth="2"
                      style={{ stroke: line }}
                      strokeDasharray={s.dashed ? LEGEND_DASH : undefined}
                    />
                    <path
                      d={marker.d}
                      fill={marker.unfilled ? 'none' : undefined}
                      strokeWidth={marker.strokeWidth}
                      style={marker.strokeWidth === undefined ? { fill: line } : { stroke: line }}
                    />
                  </svg>
                  {s.label}
                </li>
              );
            })}
            <li title="Co-premises that support their claim only together">
              <span className="swatch linked" />
              linked reason
            </li>
          </ul>
        </div>
      )}
      {/* Shown even with the legend closed: it says what the colours on the canvas mean right now. */}
      <EvaluationKey />
    </section>
  );
});
