// The Export dialog: PNG / SVG / PDF of the whole map or the selection, with background,
// title, legend, evaluation, comments and padding; saves to a file or copies a PNG or SVG. Also
// the presentation as slides (PDF or PowerPoint), the interactive page (.html) and the map for
// other tools (Argdown, AIF). A modal <dialog> with a progress
// bar while it works: Escape cancels an export under way (focus stays on *Cancel export*), and
// closes the dialog otherwise. Number fields keep what is typed and say when it is not usable.
import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useEditor } from '../store/store.ts';
import { closeExportDialog, useExportDialog, type NumberField } from './exportDialogState.ts';
import { setExportOptions, typeNumberField } from './exportDialogFields.ts';
import type { ExportFormat, ExportOptions } from '../export/options.ts';
import { fileNameFor } from '../model/fileNames.ts';
import type { ExportResult, Progress } from '../export/exportMap.ts';
import { loadExporter } from '../export/lazy.ts';
import { chooseDestination } from '../io/deliver.ts';
import { canCopyImages, writeImage } from '../io/clipboardImage.ts';
import { clipboardProblem } from '../io/copyImage.ts';
import { SaveCancelled } from '../io/files.ts';
import { exportText, type TextExportFormat } from '../io/textExport.ts';
import { SLIDE_FILE_ENDINGS, type SlideFormat } from '../export/slideFormats.ts';
import { exportInteractivePage } from '../io/pageExport.ts';
import { runCommand } from './commands.ts';
import './ExportDialog.css';

const FORMATS: { id: ExportFormat; label: string; hint: string }[] = [
  { id: 'png', label: 'PNG', hint: 'image for slides and documents' },
  { id: 'svg', label: 'SVG', hint: 'vector, text stays text' },
  { id: 'pdf', label: 'PDF', hint: 'vector, for print' },
];
const SCALES = [1, 2, 3];

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const DEFAULT_WIDTH = 2000;

export const ExportDialog = memo(function ExportDialog() {
  const open = useExportDialog((s) => s.open);
  const options = useExportDialog((s) => s.options);
  const sizeMode = useExportDialog((s) => s.sizeMode);
  const typed = useExportDialog((s) => s.typed);
  const invalid = useExportDialog((s) => s.invalid);
  const selectedCount = useEditor((s) => s.selectedNodeIds.length);
  const nodeCount = useEditor((s) => s.map.nodes.length);
  const mapTitle = useEditor((s) => s.map.meta.title);
  const commentCount = useEditor((s) => s.map.comments?.length ?? 0);
  const ref = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setError(null);
      setProgress(null);
      // Each time it opens, show the evaluation as the editor does at that moment.
      setExportOptions({ evaluation: useEditor.getState().evaluationOn });
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const onClose = useCallback(() => {
    abort.current?.abort();
    closeExportDialog();
  }, []);

  const scope = options.scope === 'selection' && selectedCount > 0 ? 'selection' : 'all';
  const effective = (): ExportOptions => ({
    ...options,
    scope,
    width: options.format === 'png' && sizeMode === 'width' ? (options.width ?? DEFAULT_WIDTH) : undefined,
    background: options.format === 'pdf' && options.background === 'transparent' ? 'white' : options.background,
    titleText: options.titleText?.trim() ? options.titleText : undefined,
  });

  const render = async (opts: ExportOptions): Promise<ExportResult> => {
    const controller = new AbortController();
    abort.current = controller;
    const { exportMap } = await loadExporter();
    const state = useEditor.getState();
    return exportMap(state.map, opts, { selection: state.selectedNodeIds, signal: controller.signal, onProgress: setProgress });
  };

  const finish = (title: string, result: ExportResult) => {
    const size =
      result.mime === 'image/png'
        ? `${fmt(result.width)} × ${fmt(result.height)} px`
        : `${fmt(result.width)} × ${fmt(result.height)} px drawing`;
    useEditor.getState().notify({ tone: 'info', title, details: [size, ...result.notes] });
    closeExportDialog();
  };

  const fail = (e: unknown) => {
    const err = e as Error;
    if (err.name === 'ExportCancelled' || e instanceof SaveCancelled) setProgress(null);
    else setError(err.message || String(e));
  };

  const save = async () => {
    setError(null);
    const opts = effective();
    const state = useEditor.getState();
    try {
      // Ask where first: the file picker needs the click that opened it.
      const dest = await chooseDestination(fileNameFor(state.fileName, state.map.meta.title, `.${opts.format}`), opts.format);
      setProgress({ fraction: 0, stage: 'Starting' });
      const result = await render(opts);
      await dest.write(result.blob);
      finish(`Exported ${dest.name}`, result);
    } catch (e) {
      fail(e);
    }
  };

  const copy = async (format: 'png' | 'svg') => {
    setError(null);
    setProgress({ fraction: 0, stage: 'Starting' });
    const pending = render({ ...effective(), format });
    // The clipboard is asked at once, within the click, with the image still being drawn.
    const written = writeImage(
      format,
      pending.then((r) => r.blob),
    );
    written.catch(() => undefined); // awaited below unless the drawing fails first
    try {
      const result = await pending;
      await written.catch((e: unknown) => {
        throw new Error(clipboardProblem(e));
      });
      finish(`Copied the ${format.toUpperCase()} to the clipboard`, result);
    } catch (e) {
      fail(e);
    }
  };

  /** The presentation's steps as slides: one PDF page or PowerPoint slide each (export/slides.ts, loaded now). */
  const saveSlides = async (format: SlideFormat) => {
    setError(null);
    const state = useEditor.getState();
    try {
      const dest = await chooseDestination(fileNameFor(state.fileName, state.map.meta.title, SLIDE_FILE_ENDINGS[format]), format);
      setProgress({ fraction: 0, stage: 'Starting' });
      const controller = new AbortController();
      abort.current = controller;
      const { exportSlides } = await import('../export/slides.ts');
      const result = await exportSlides(useEditor.getState().map, format, { signal: controller.signal, onProgress: setProgress });
      await dest.write(result.blob);
      state.notify({
        tone: 'info',
        title: `Exported ${dest.name}`,
        details: [`${result.slides} slides: one per step of the presentation`],
      });
      closeExportDialog();
    } catch (e) {
      fail(e);
    }
  };

  const busy = progress !== null && !error;
  const set = (patch: Partial<ExportOptions>) => setExportOptions(patch);

  // Save and the fields are disabled while busy: without this, focus would fall to <body>.
  useEffect(() => {
    if (busy) cancelButton.current?.focus();
  }, [busy]);

  // The width counts only when the PNG is sized by width.
  const problems = (['width', 'padding'] as const).filter(
    (f) => invalid[f] && (f !== 'width' || (options.format === 'png' && sizeMode === 'width')),
  );
  const fieldProps = (field: NumberField) => ({
    type: 'number',
    step: 1,
    'aria-invalid': invalid[field] ? true : undefined,
    'aria-describedby': invalid[field] ? `${id}-${field}-error` : undefined,
    id: `${id}-${field}`,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => typeNumberField(field, e.target.value),
  });

  return (
    // Escape fires `cancel` at once but `close` only later: update the state on both, so a
    // shortcut pressed in between still reopens the dialog.
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        // While an export runs, Escape cancels it and the dialog stays (a second Escape closes it).
        if (busy) {
          e.preventDefault();
          abort.current?.abort();
        } else onClose();
      }}
      onClose={onClose}
    >
      {/* noValidate: the browser's own validation would block Save without a word; the fields say what is wrong. */}
      <form
        method="dialog"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (problems.length) document.getElementById(`${id}-${problems[0]}`)?.focus();
          else if (!busy) void save();
        }}
      >
        <h2 id={`${id}-title`}>Export image</h2>
        <fieldset disabled={busy}>
          <legend>Format</legend>
          <div className="export-choices">
            {FORMATS.map((f) => (
              <label key={f.id} title={f.hint}>
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={f.id}
                  checked={options.format === f.id}
                  onChange={() => set({ format: f.id })}
                />
                {f.label}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset disabled={busy}>
          <legend>Content</legend>
          <div className="export-choices">
            <label>
              <input type="radio" name={`${id}-scope`} checked={scope === 'all'} onChange={() => set({ scope: 'all' })} />
              Whole map ({nodeCount} nodes)
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'selection'}
                disabled={!selectedCount}
                onChange={() => set({ scope: 'selection' })}
              />
              Selection ({selectedCount} {selectedCount === 1 ? 'node' : 'nodes'})
            </label>
          </div>
        </fieldset>
        {options.format === 'png' && (
          <fieldset disabled={busy}>
            <legend>Size</legend>
            <div className="export-choices">
              <label>
                <input
                  type="radio"
                  name={`${id}-size`}
                  checked={sizeMode === 'scale'}
                  onChange={() => useExportDialog.setState({ sizeMode: 'scale' })}
                />
                Scale
              </label>
              <select
                aria-label="Scale factor"
                value={options.scale}
                disabled={sizeMode !== 'scale'}
                onChange={(e) => set({ scale: Number(e.target.value) })}
              >
                {SCALES.map((s) => (
                  <option key={s} value={s}>
                    {s}×
                  </option>
                ))}
              </select>
              <label>
                <input
                  type="radio"
                  name={`${id}-size`}
                  checked={sizeMode === 'width'}
                  onChange={() => useExportDialog.setState({ sizeMode: 'width' })}
                />
                Width
              </label>
              <input
                {...fieldProps('width')}
                aria-label="Width in pixels"
                min={16}
                max={100000}
                value={typed.width ?? String(options.width ?? DEFAULT_WIDTH)}
                disabled={sizeMode !== 'width'}
              />
              <span className="export-unit">px</span>
            </div>
          </fieldset>
        )}
        {options.format === 'pdf' && (
          <label className="export-row">
            <span>Page</span>
            <select value={options.page} disabled={busy} onChange={(e) => set({ page: e.target.value as ExportOptions['page'] })}>
              <option value="fit">Sized to the map</option>
              <option value="a4">A4, map fitted</option>
              <option value="letter">Letter, map fitted</option>
            </select>
          </label>
        )}
        <label className="export-row">
          <span>Background</span>
          <select
            value={options.format === 'pdf' && options.background === 'transparent' ? 'white' : options.background}
            disabled={busy}
            onChange={(e) => set({ background: e.target.value as ExportOptions['background'] })}
          >
            <option value="white">White</option>
            <option value="transparent" disabled={options.format === 'pdf'}>
              Transparent
            </option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <div className="export-row">
          <label>
            <input type="checkbox" checked={options.title} disabled={busy} onChange={(e) => set({ title: e.target.checked })} /> Title
          </label>
          <input
            type="text"
            aria-label="Title text"
            placeholder={mapTitle}
            value={options.titleText ?? ''}
            disabled={busy || !options.title}
            onChange={(e) => set({ titleText: e.target.value })}
          />
        </div>
        <div className="export-row">
          <label>
            <input type="checkbox" checked={options.legend} disabled={busy} onChange={(e) => set({ legend: e.target.checked })} /> Legend
          </label>
          <label title="Each statement's computed status, as the canvas shows it with Evaluate on">
            <input type="checkbox" checked={!!options.evaluation} disabled={busy} onChange={(e) => set({ evaluation: e.target.checked })} />{' '}
            Show evaluation
          </label>
          <label className="export-padding">
            Padding
            <input {...fieldProps('padding')} min={0} max={400} value={typed.padding ?? String(options.padding)} disabled={busy} />
            <span className="export-unit">px</span>
          </label>
        </div>
        <div className="export-row">
          <label title="Numbered markers on the map and the comments listed under it; left out unless checked">
            <input
              type="checkbox"
              checked={!!options.comments}
              disabled={busy || !commentCount}
              onChange={(e) => set({ comments: e.target.checked })}
            />{' '}
            Include comments ({commentCount})
          </label>
        </div>

        <div className="export-status" aria-live="polite">
          {busy && (
            <>
              <progress aria-label="Export progress" max={1} value={progress.fraction} />
              <span>{progress.stage}</span>
            </>
          )}
        </div>
        {problems.map((f) => (
          <p key={f} id={`${id}-${f}-error`} className="export-error" role="alert">
            {invalid[f]}
          </p>
        ))}
        {error && (
          <p className="export-error" role="alert">
            {error}
          </p>
        )}
        <div className="export-row export-other" role="group" aria-label="Presentation slides">
          <span title="One page or slide per step of the presentation (Present), in its order">Slides</span>
          <button type="button" disabled={busy} onClick={() => void saveSlides('slides-pdf')}>
            PDF slides…
          </button>
          <button type="button" disabled={busy} onClick={() => void saveSlides('pptx')}>
            PowerPoint…
          </button>
        </div>
        <div className="export-row export-other" role="group" aria-label="Export to share">
          <span>To share</span>
          <button
            type="button"
            disabled={busy}
            title="One HTML file that shows the map read-only in any browser, with no network"
            onClick={() => void exportInteractivePage().then(closeExportDialog)}
          >
            Interactive page (.html)
          </button>
        </div>
        <div className="export-row export-other" role="group" aria-label="Export for other tools">
          <span>For other tools</span>
          {(['argdown', 'aif'] as TextExportFormat[]).map((f) => (
            <button key={f} type="button" disabled={busy} onClick={() => void exportText(f).then(closeExportDialog)}>
              {f === 'argdown' ? 'Argdown' : 'AIF JSON (OVA)'}
            </button>
          ))}
        </div>
        <div className="export-row export-other" role="group" aria-label="For students">
          <span>For students</span>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              closeExportDialog();
              runCommand('make-exercise');
            }}
          >
            Make an exercise…
          </button>
        </div>
        <div className="export-buttons">
          {options.format !== 'pdf' && canCopyImages() && (
            <button type="button" disabled={busy} onClick={() => void copy(options.format as 'png' | 'svg')}>
              Copy {options.format.toUpperCase()}
            </button>
          )}
          <button type="button" ref={cancelButton} onClick={() => (busy ? abort.current?.abort() : ref.current?.close())}>
            {busy ? 'Cancel export' : 'Close'}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Save {options.format.toUpperCase()}…
          </button>
        </div>
      </form>
    </dialog>
  );
});
