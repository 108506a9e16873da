// What the colours, icons and line styles mean. Collapsible, open by default.
import { memo, useState } from 'react';
import { NODE_KINDS, RELATION_KINDS } from '../model/types.ts';
import { kindBackground, kindColor, NODE_STYLES, RELATION_STYLES, relationColor } from '../canvas/appearance.ts';
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
              return (
                <li key={k} title={s.meaning}>
                  <svg width="34" height="10" aria-hidden="true">
                    <line x1="1" y1="5" x2="26" y2="5" strokeWidth="2" style={{ stroke: line }} strokeDasharray={s.dashed ? '5 3' : undefined} />
                    {s.marker === 'arrow' && <path d="M25,1 L33,5 L25,9 z" style={{ fill: line }} />}
                    {s.marker === 'open-arrow' && <path d="M25,1 L33,5 L25,9" fill="none" strokeWidth="1.6" style={{ stroke: line }} />}
                    {s.marker === 'bar' && <path d="M30,0 L30,10" strokeWidth="3" style={{ stroke: line }} />}
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
