// A statement's text on its card. A very long text is cut at MAX_TEXT_LINES lines (as the
// exports cut it) so the card, and the layout row it sits in, keep a sensible height; a
// "more" control then shows the whole text in the inspector.
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useEditor } from '../store/store.ts';
import { mayExceedMaxLines } from '../model/layout.ts';
import { MAX_TEXT_LINES } from '../model/theme/card.ts';
import type { NodeKind } from '../model/types.ts';
import { NODE_STYLES } from '../model/theme/colors.ts';

const CLAMP_STYLE = { WebkitLineClamp: MAX_TEXT_LINES };

export const NodeText = memo(function NodeText({ nodeId, kind, text }: { nodeId: string; kind: NodeKind; text: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Measured only when the text could be that long: a short text never costs a layout read.
  const long = mayExceedMaxLines(text);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    setCut(long && !!el && el.scrollHeight > el.clientHeight + 1);
  }, [text, long]);

  const showAll = () => {
    const store = useEditor.getState();
    store.select([nodeId], []);
    store.setSidePanel('inspector');
  };

  return (
    <div className="arg-node-body">
      <div
        ref={ref}
        className={`arg-node-text${text ? '' : ' is-empty'}${long ? ' is-clamped' : ''}`}
        style={long ? CLAMP_STYLE : undefined}
      >
        {text || 'Double-click to write…'}
      </div>
      {cut && (
        <button
          type="button"
          className="arg-node-more nodrag"
          // Fades the cut line into the card's own colour.
          style={{ background: `linear-gradient(to right, transparent, ${NODE_STYLES[kind].background} 14px)` }}
          onClick={showAll}
          title="The text is longer: show all of it in the inspector"
        >
          more…
        </button>
      )}
    </div>
  );
});
