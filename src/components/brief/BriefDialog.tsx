// The Brief dialog (B, or Brief… in the Balance panel): the case for or against a statement as
// the map holds it (buildBrief, docs/brief.md), line by line. A line with a statement is a button:
// it closes the dialog and selects and centres the statement on the canvas; B brings the dialog
// back where it was. Export as Markdown or PDF (the PDF in the same Inter font as the image exports).
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useEditor } from '../../store/store.ts';
import { ModalDialog } from '../ModalDialog.tsx';
import { closeDebateDialog, useDebateDialog } from '../debateDialogState.ts';
import { BriefFields, targetOf, useBriefMap, type BriefChoice } from './BriefFields.tsx';
import { buildBrief } from '../../model/brief/build.ts';
import { briefLines, citationText, type BriefLine } from '../../model/brief/lines.ts';
import { briefMarkdown } from '../../model/brief/markdown.ts';
import { schemeQuestions } from '../../model/brief/questions.ts';
import type { Brief } from '../../model/brief/types.ts';
import { fileNameFor } from '../../model/fileNames.ts';
import { chooseDestination } from '../../io/deliver.ts';
import { SaveCancelled } from '../../io/files.ts';
import { focusNode } from '../../canvas/focusNode.ts';
import './debate.css';

export const BriefDialog = memo(function BriefDialog() {
  const open = useDebateDialog((s) => s.open === 'brief');
  // Kept while the dialog is closed: a line took you to the canvas, B brings you back to it.
  const [choice, setChoice] = useState<BriefChoice>({ side: 'for', target: null });
  const lastLine = useRef<number | null>(null);
  // Opened for a statement (from the Balance panel): brief that one.
  const wanted = useDebateDialog((s) => (s.open === 'brief' ? s.target : null));
  useEffect(() => {
    if (wanted) setChoice((c) => ({ ...c, target: wanted }));
  }, [wanted]);
  return (
    <ModalDialog open={open} title="Brief" className="brief-dialog" onCancel={closeDebateDialog}>
      <BriefBody choice={choice} onChoice={setChoice} lastLine={lastLine} />
    </ModalDialog>
  );
});

/** Shows a statement on the canvas: selected, centred, focused. */
function showOnCanvas(nodeId: string) {
  closeDebateDialog();
  const store = useEditor.getState();
  store.select([nodeId]);
  store.centerOn(nodeId);
  // After the dialog has given the focus back to where it was.
  requestAnimationFrame(() => focusNode(nodeId));
}

function useBrief(choice: BriefChoice): { brief: Brief | null; error: string | null } {
  const { map, mainId } = useBriefMap();
  const target = targetOf(choice, map, mainId);
  return useMemo(() => {
    if (target === undefined) return { brief: null, error: 'The map is empty: add a claim, then its reasons and objections.' };
    try {
      return { brief: buildBrief(map, { side: choice.side, target, questions: schemeQuestions }), error: null };
    } catch (e) {
      return { brief: null, error: (e as Error).message };
    }
  }, [map, choice.side, target]);
}

function BriefBody({
  choice,
  onChoice,
  lastLine,
}: {
  choice: BriefChoice;
  onChoice(choice: BriefChoice): void;
  lastLine: React.RefObject<number | null>;
}) {
  const { brief, error } = useBrief(choice);
  const lines = useMemo(() => (brief ? briefLines(brief) : []), [brief]);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const body = useRef<HTMLDivElement>(null);

  // Back from the canvas: the line that took you there has the focus again.
  useEffect(() => {
    const at = lastLine.current;
    if (at === null) return;
    // After the dialog has opened (showModal focuses its first control).
    const frame = requestAnimationFrame(() => {
      const button = body.current?.querySelector<HTMLElement>(`[data-line="${at}"]`);
      if (!button) return;
      button.focus();
      button.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [lastLine]);

  const show = (index: number, nodeId: string) => {
    lastLine.current = index;
    showOnCanvas(nodeId);
  };

  const save = async (format: 'md' | 'pdf') => {
    if (!brief) return;
    const state = useEditor.getState();
    const name = fileNameFor(state.fileName, state.map.meta.title, `.brief-${brief.side}.${format}`);
    setStatus(null);
    try {
      // Ask where first: the file picker needs the click that opened it.
      const dest = await chooseDestination(name, format);
      setBusy(true);
      let blob: Blob;
      if (format === 'md') blob = new Blob([briefMarkdown(brief)], { type: 'text/markdown' });
      else {
        const [{ renderBriefPdf }, { ttfFonts }] = await Promise.all([import('../../export/briefPdf.ts'), import('../../export/fonts.ts')]);
        blob = new Blob([await renderBriefPdf(brief, ttfFonts)], { type: 'application/pdf' });
      }
      await dest.write(blob);
      setStatus(`Exported ${dest.name}.`);
      state.notify({
        tone: 'info',
        title: `Exported ${dest.name}`,
        details: [`The brief ${brief.side} as ${format === 'md' ? 'Markdown' : 'PDF'}.`],
      });
    } catch (e) {
      if (!(e instanceof SaveCancelled)) setStatus(`Could not export the brief: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const counts = brief
    ? `${brief.side === 'for' ? n(brief.case.length, 'reason', 'reasons') : n(brief.case.length, 'point against', 'points against')}, ` +
      `${brief.opposing.length} on the other side, ${n(brief.weakPoints.length, 'weak point', 'weak points')}.`
    : '';
  return (
    <>
      <h2>Brief</h2>
      <BriefFields choice={choice} onChange={onChoice} />
      <p className="brief-summary" role="status">
        {error ?? `${counts} Choose a line to see its statement on the map.`}
      </p>
      <div className="brief-body" ref={body} role="region" aria-label="The brief" tabIndex={-1}>
        {lines.map((line, i) => (
          <BriefLineView key={i} index={i} line={line} onShow={show} />
        ))}
      </div>
      {status && (
        <p className="brief-export-status" role="status">
          {status}
        </p>
      )}
      <div className="modal-buttons">
        <button type="button" disabled={!brief || busy} onClick={() => void save('md')}>
          Export Markdown
        </button>
        <button type="button" disabled={!brief || busy} onClick={() => void save('pdf')}>
          {busy ? 'Exporting…' : 'Export PDF'}
        </button>
        <button type="button" onClick={closeDebateDialog}>
          Close
        </button>
      </div>
    </>
  );
}

function BriefLineView({ line, index, onShow }: { line: BriefLine; index: number; onShow(index: number, nodeId: string): void }) {
  const indent = { paddingInlineStart: `${line.depth * 18}px` };
  if (line.type === 'title') return <h3 className="brief-title">{line.text}</h3>;
  if (line.type === 'section') return <h3 className="brief-section">{line.text}</h3>;
  if (line.type === 'heading') return <h4 className="brief-heading">{line.text}</h4>;
  // Spaces between the parts, so a screen reader reads them as words (the spans alone run together).
  const label = line.label && (
    <>
      <span className="brief-label">{line.text || line.statement ? `${line.label}:` : line.label}</span>{' '}
    </>
  );
  const after = (
    <>
      {line.remark && <span className="brief-remark"> ({line.remark})</span>}
      {line.weak && <span className="brief-weak"> Weak point: no answer in the map.</span>}
    </>
  );
  if (line.type === 'item' && line.statement) {
    const s = line.statement;
    const cite = citationText(s.citation);
    return (
      <div className="brief-item" style={indent}>
        <button
          type="button"
          className={`brief-line${line.weak ? ' is-weak' : ''}`}
          data-line={index}
          data-node-id={s.id}
          onClick={() => onShow(index, s.id)}
        >
          {label}
          <span className="brief-text">{s.text}</span>{' '}
          <span className="brief-cite">
            {s.id}
            {cite ? ` · ${cite}` : ''}
          </span>
          {after}
        </button>
      </div>
    );
  }
  return (
    <p className={`brief-note${line.weak ? ' is-weak' : ''}`} style={indent}>
      {label}
      {line.text}
      {after}
    </p>
  );
}
