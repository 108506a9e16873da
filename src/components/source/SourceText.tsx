// One source's text: headings, numbered paragraphs with a coverage margin, and every
// anchored passage highlighted in its node's kind colour. Clicking a highlight selects
// and centres its node (clicking again where passages overlap moves to the next one);
// the selected node's passage is marked and scrolled into view. Selecting words reports
// the range to the pane, which offers to make a statement of it.
import { memo, useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { useEditor } from '../../store/store.ts';
import { NODE_STYLES } from '../../model/theme/colors.ts';
import type { ResolvedSource } from '../../model/source/resolve.ts';
import type { Range } from '../../model/source/selectors.ts';
import { segmentsOf } from '../../model/source/segments.ts';
import type { NodeKind } from '../../model/types.ts';
import { PASSAGE_MIME, type DraggedPassage } from '../../canvas/passageDrag.ts';
import { kindBackground, kindColor } from '../../canvas/appearance.ts';

interface Props {
  text: string;
  resolved: ResolvedSource;
  selection: Range | null;
  onSelection(range: Range | null): void;
  dropKind: NodeKind;
}

type Block =
  | { type: 'heading'; start: number; end: number }
  | { type: 'paragraph'; start: number; end: number; index: number; number: number; section: string };

export const SourceText = memo(function SourceText({ text, resolved, selection, onSelection, dropKind }: Props) {
  const selectedId = useEditor((s) => (s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0]! : null));
  const container = useRef<HTMLDivElement>(null);

  const passages = useMemo(
    () =>
      resolved.anchors.flatMap((a) =>
        a.result.status === 'found' ? [{ nodeId: a.nodeId, start: a.result.start, end: a.result.end }] : [],
      ),
    [resolved],
  );
  const kindOf = useMemo(() => new Map(resolved.anchors.map((a) => [a.nodeId, a.kind])), [resolved]);
  const blocks = useMemo<Block[]>(() => {
    const all: Block[] = [
      ...resolved.structure.sections.map((s) => ({ type: 'heading' as const, start: s.start, end: s.end })),
      ...resolved.structure.paragraphs.map((p) => ({
        type: 'paragraph' as const,
        start: p.start,
        end: p.end,
        index: p.index,
        number: p.number,
        section: p.section,
      })),
    ];
    return all.sort((a, b) => a.start - b.start);
  }, [resolved]);

  // The selected node's passage comes into view.
  useEffect(() => {
    if (!selectedId) return;
    const mark = container.current?.querySelector(`mark[data-nodes~="${CSS.escape(selectedId)}"]`);
    mark?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [selectedId, resolved]);

  // A paragraph the structure check points at comes into view.
  const paragraphRequest = useEditor((s) => s.paragraphRequest);
  useEffect(() => {
    if (!paragraphRequest || paragraphRequest.sourceId !== resolved.source.id) return;
    container.current?.querySelector(`[data-paragraph="${paragraphRequest.paragraph}"]`)?.scrollIntoView?.({ block: 'center' });
  }, [paragraphRequest, resolved.source.id]);

  // Track the text selection inside this view (mouse or keyboard).
  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      const root = container.current;
      if (!sel || !root || sel.rangeCount === 0 || sel.isCollapsed) return onSelection(null);
      const range = sel.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return onSelection(null);
      const start = offsetOf(range.startContainer, range.startOffset, 'start');
      const end = offsetOf(range.endContainer, range.endOffset, 'end');
      onSelection(start !== undefined && end !== undefined && end > start ? { start, end } : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onSelection]);

  const onClick = (event: React.MouseEvent) => {
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed) return;
    const mark = (event.target as Element).closest('mark[data-nodes]');
    if (!mark) return;
    const ids = mark.getAttribute('data-nodes')!.split(' ');
    const store = useEditor.getState();
    const current = ids.indexOf(store.selectedNodeIds[0] ?? '');
    const next = ids[(current + 1) % ids.length]!;
    store.select([next]);
    store.centerOn(next);
  };

  const onDragStart = (event: React.DragEvent) => {
    if (!selection) return;
    const passage: DraggedPassage = { sourceId: resolved.source.id, ...selection, kind: dropKind };
    event.dataTransfer.setData(PASSAGE_MIME, JSON.stringify(passage));
    event.dataTransfer.setData('text/plain', text.slice(selection.start, selection.end));
    event.dataTransfer.effectAllowed = 'copy';
  };

  const unmapped = new Set(resolved.coverage.unmapped.map((p) => p.index));
  const renderPieces = (block: Block) =>
    segmentsOf(block, passages).map((seg) => {
      const words = text.slice(seg.start, seg.end);
      if (!seg.nodeIds.length)
        return (
          <span key={seg.start} data-start={seg.start}>
            {words}
          </span>
        );
      const kind = kindOf.get(seg.nodeIds[0]!)!;
      // The theme's colours (CSS variables): in the dark theme a passage is marked as a card is drawn there.
      const style = { '--mark-color': kindColor(kind), '--mark-background': kindBackground(kind) } as CSSProperties;
      const current = selectedId !== null && seg.nodeIds.includes(selectedId);
      return (
        <mark
          key={seg.start}
          data-start={seg.start}
          data-nodes={seg.nodeIds.join(' ')}
          className={`source-mark${current ? ' is-current' : ''}${seg.nodeIds.length > 1 ? ' is-overlap' : ''}`}
          style={style}
          title={seg.nodeIds.length > 1 ? `${seg.nodeIds.length} statements: click again for the next` : NODE_STYLES[kind].label}
        >
          {words}
        </mark>
      );
    });

  return (
    <div className="source-text" ref={container} onClick={onClick} onDragStart={onDragStart} data-source-id={resolved.source.id}>
      {blocks.map((block) =>
        block.type === 'heading' ? (
          <h4 key={`h${block.start}`} className="source-heading">
            {renderPieces(block)}
          </h4>
        ) : (
          <div
            key={`p${block.start}`}
            className={`source-paragraph${unmapped.has(block.index) ? ' is-unmapped' : ''}`}
            data-paragraph={block.index}
          >
            <span
              className="source-margin"
              aria-label={unmapped.has(block.index) ? `Paragraph ${block.number}: not mapped` : `Paragraph ${block.number}: mapped`}
            >
              ¶{block.number}
              {unmapped.has(block.index) && <span className="source-unmapped-flag"> not mapped</span>}
            </span>
            <p>{renderPieces(block)}</p>
          </div>
        ),
      )}
    </div>
  );
});

/** The offset in the source text of a DOM position inside a rendered piece. */
function offsetOf(node: Node, offset: number, edge: 'start' | 'end'): number | undefined {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest('[data-start]');
  if (piece) {
    const base = Number(piece.getAttribute('data-start'));
    return node.nodeType === Node.TEXT_NODE ? base + offset : base + (offset > 0 ? (piece.textContent?.length ?? 0) : 0);
  }
  // A boundary between blocks (e.g. a triple click selects up to the next paragraph): use
  // the nearest piece on the inside of the selection.
  const child = (node as Element).childNodes?.[edge === 'start' ? offset : offset - 1] as Element | undefined;
  const pieces = child?.querySelectorAll?.('[data-start]');
  if (!pieces?.length) return undefined;
  const target = edge === 'start' ? pieces[0]! : pieces[pieces.length - 1]!;
  const base = Number(target.getAttribute('data-start'));
  return edge === 'start' ? base : base + (target.textContent?.length ?? 0);
}
