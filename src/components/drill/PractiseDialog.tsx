// The Practise dialog (D, or Practise… in the Balance panel): Argmap plays the other side. One
// attack at a time, from the map (weak points first; after a drill, what was missed first), an
// answer typed (or spoken) within the chosen time, then the map's answers and a mark: had it (1),
// partly (2), missed (3). At the end, what to work on. The marks are kept per map in this browser.
// Keyboard only works throughout; the timer can be switched off.
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useEditor } from '../../store/store.ts';
import { ModalDialog } from '../ModalDialog.tsx';
import { closeDebateDialog, useDebateDialog } from '../debateDialogState.ts';
import { BriefFields, targetOf, useBriefMap, type BriefChoice } from '../brief/BriefFields.tsx';
import { buildBrief } from '../../model/brief/build.ts';
import { schemeQuestions } from '../../model/brief/questions.ts';
import type { BriefStatement } from '../../model/brief/types.ts';
import { ATTACK_LABEL, drillItems, type DrillItem } from '../../model/drill/items.ts';
import { drillOrder } from '../../model/drill/order.ts';
import { drillStorageKey, withMarks, type DrillMark } from '../../model/drill/results.ts';
import { drillSummary } from '../../model/drill/summary.ts';
import { ANSWER_TIMES, clockText, type AnswerTime } from '../../model/drill/countdown.ts';
import { loadDrillRecord, saveDrillRecord } from '../../io/drillResults.ts';
import { useCountdown } from './useCountdown.ts';
import { speechRecognition, type Recognition } from './speech.ts';
import '../brief/debate.css';

interface Settings {
  choice: BriefChoice;
  time: AnswerTime;
  /** How many attacks; null: the default (up to 5). */
  count: number | null;
}

const DEFAULT_COUNT = 5;
const MARKS: { mark: DrillMark; label: string; key: string }[] = [
  { mark: 'had', label: 'Had it', key: '1' },
  { mark: 'partly', label: 'Partly', key: '2' },
  { mark: 'missed', label: 'Missed', key: '3' },
];

type Phase = { step: 'setup' } | { step: 'ask' | 'reveal'; index: number } | { step: 'summary' };

export const PractiseDialog = memo(function PractiseDialog() {
  const open = useDebateDialog((s) => s.open === 'practise');
  return (
    <ModalDialog open={open} title="Practise" className="practise-dialog" onCancel={closeDebateDialog}>
      <Drill />
    </ModalDialog>
  );
});

/** The attacks on the chosen side, and where this map's results are kept. */
function useDrillItems(choice: BriefChoice) {
  const { map, mainId } = useBriefMap();
  const target = targetOf(choice, map, mainId);
  const storageKey = useEditor((s) => drillStorageKey(s.map));
  const items = useMemo(() => {
    if (target === undefined) return [];
    try {
      return drillItems(buildBrief(map, { side: choice.side, target, questions: schemeQuestions }));
    } catch {
      return [];
    }
  }, [map, choice.side, target]);
  return { items, storageKey };
}

function Drill() {
  const [settings, setSettings] = useState<Settings>(() => ({
    choice: { side: 'for', target: useDebateDialog.getState().target },
    time: 60,
    count: null,
  }));
  const { items, storageKey } = useDrillItems(settings.choice);
  const [phase, setPhase] = useState<Phase>({ step: 'setup' });
  const [queue, setQueue] = useState<DrillItem[]>([]);
  const [marks, setMarks] = useState<Record<string, DrillMark>>({});
  const [answer, setAnswer] = useState('');
  const [kept, setKept] = useState(true);
  // The countdown's announcements, in a live region that stays while the questions change.
  const [said, setSaid] = useState('');
  const live = (
    <p className="visually-hidden" aria-live="polite">
      {said}
    </p>
  );

  const start = () => {
    const count = Math.min(items.length, settings.count ?? DEFAULT_COUNT);
    setQueue(drillOrder(items, loadDrillRecord(storageKey), count));
    setMarks({});
    setAnswer('');
    setSaid('');
    setPhase({ step: 'ask', index: 0 });
  };

  const mark = (item: DrillItem, index: number, value: DrillMark) => {
    setMarks((m) => ({ ...m, [item.key]: value }));
    // Kept at once: closing half-way keeps what was marked.
    setKept(saveDrillRecord(storageKey, withMarks(loadDrillRecord(storageKey), { [item.key]: value }, Date.now())));
    setAnswer('');
    setSaid('');
    setPhase(index + 1 < queue.length ? { step: 'ask', index: index + 1 } : { step: 'summary' });
  };

  if (phase.step === 'setup')
    return <Setup settings={settings} onSettings={setSettings} items={items} storageKey={storageKey} onStart={start} />;
  if (phase.step === 'summary') return <Summary asked={queue} marks={marks} kept={kept} onAgain={() => setPhase({ step: 'setup' })} />;
  const item = queue[phase.index]!;
  const progress = `Attack ${phase.index + 1} of ${queue.length}`;
  if (phase.step === 'ask')
    return (
      <>
        {live}
        <Ask
          key={phase.index}
          item={item}
          progress={progress}
          time={settings.time}
          answer={answer}
          onAnswer={setAnswer}
          onAnnounce={setSaid}
          onReveal={() => setPhase({ step: 'reveal', index: phase.index })}
        />
      </>
    );
  return (
    <>
      {live}
      <Reveal item={item} progress={progress} answer={answer} onMark={(value) => mark(item, phase.index, value)} />
    </>
  );
}

function Setup({
  settings,
  onSettings,
  items,
  storageKey,
  onStart,
}: {
  settings: Settings;
  onSettings(s: Settings): void;
  items: DrillItem[];
  storageKey: string;
  onStart(): void;
}) {
  const record = useMemo(() => loadDrillRecord(storageKey), [storageKey]);
  const missed = items.filter((i) => Object.hasOwn(record.results, i.key) && record.results[i.key]!.mark !== 'had').length;
  const weak = items.filter((i) => i.weak).length;
  const count = Math.min(items.length, settings.count ?? DEFAULT_COUNT);
  const id = useId();
  return (
    <>
      <h2>Practise</h2>
      <p>
        Argmap plays the other side: one attack at a time, from the map. Answer it in your own words, then see the map’s answers and mark
        yourself.
      </p>
      <BriefFields choice={settings.choice} onChange={(choice) => onSettings({ ...settings, choice })} />
      <div className="drill-settings">
        <div>
          <label htmlFor={`${id}-time`}>Time per answer</label>
          <select
            id={`${id}-time`}
            value={settings.time}
            onChange={(e) => onSettings({ ...settings, time: Number(e.target.value) as AnswerTime })}
          >
            {ANSWER_TIMES.map((t) => (
              <option key={t} value={t}>
                {t ? `${t} seconds` : 'No timer'}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-count`}>Attacks</label>
          <input
            id={`${id}-count`}
            type="number"
            min={1}
            max={Math.max(1, items.length)}
            step={1}
            value={count}
            disabled={!items.length}
            onChange={(e) => {
              const n = Math.round(Number(e.target.value));
              if (Number.isFinite(n) && n >= 1) onSettings({ ...settings, count: n });
            }}
          />
        </div>
      </div>
      <p className="brief-summary" role="status">
        {items.length
          ? `${items.length} attack${items.length === 1 ? '' : 's'} on this side in the map, ${weak} without an answer (weak points)` +
            (missed ? `; ${missed} you missed or partly answered last time come first.` : '.')
          : 'The map holds no attack on this side: nothing to practise. Try the other side.'}
      </p>
      <div className="modal-buttons">
        <button type="button" className="primary" disabled={!items.length} onClick={onStart}>
          Start
        </button>
        <button type="button" onClick={closeDebateDialog}>
          Close
        </button>
      </div>
    </>
  );
}

function Statements({ statements }: { statements: BriefStatement[] }) {
  return (
    <>
      {statements.map((s) => (
        <p key={s.id}>{s.text}</p>
      ))}
    </>
  );
}

/** What the attack is against: up to three of our statements, shortened, and how many more. */
function againstText(item: DrillItem): string {
  const shown = item.against.slice(0, 3).map((s) => `“${s.text.length > 90 ? `${s.text.slice(0, 89)}…` : s.text}”`);
  const more = item.against.length - shown.length;
  return `Against: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

function AttackBox({ item, headingId }: { item: DrillItem; headingId: string }) {
  return (
    <section className="drill-attack" aria-labelledby={headingId}>
      <h3 id={headingId} className="drill-tag">
        {ATTACK_LABEL[item.kind]}
      </h3>
      {item.question ? <p>{item.question}</p> : <Statements statements={item.statements} />}
      <p className="drill-against">{againstText(item)}</p>
    </section>
  );
}

function Ask({
  item,
  progress,
  time,
  answer,
  onAnswer,
  onAnnounce,
  onReveal,
}: {
  item: DrillItem;
  progress: string;
  time: AnswerTime;
  answer: string;
  onAnswer(text: string): void;
  onAnnounce(text: string): void;
  onReveal(): void;
}) {
  const left = useCountdown(time, { onAnnounce, onEnd: onReveal });
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <>
      <h2>Practise</h2>
      <div className="drill-progress">
        <span>{progress}</span>
        {time > 0 && (
          <span className={`drill-clock${left <= 10 ? ' is-low' : ''}`} role="timer" aria-label="Time left">
            {clockText(left)}
          </span>
        )}
      </div>
      <AttackBox item={item} headingId="drill-attack-heading" />
      <label htmlFor="drill-answer" className="drill-tag">
        Your answer
      </label>
      <textarea
        id="drill-answer"
        ref={field}
        value={answer}
        onChange={(e) => onAnswer(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl+Enter (⌘+Enter) reveals from the text; Enter alone is a new line.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onReveal();
          }
        }}
        aria-describedby="drill-answer-hint"
      />
      <p id="drill-answer-hint" className="brief-summary">
        Ctrl+Enter or Reveal shows the map’s answer{time > 0 ? '; so does the end of the time' : ''}.
      </p>
      <div className="modal-buttons">
        <SpeakButton onText={(text) => onAnswer(answer ? `${answer} ${text}` : text)} />
        <button type="button" className="primary" onClick={onReveal}>
          Reveal the map’s answer
        </button>
      </div>
    </>
  );
}

/** Dictates into the answer, where the browser can; not shown where it cannot. */
function SpeakButton({ onText }: { onText(text: string): void }) {
  const Recognition = useMemo(speechRecognition, []);
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const latest = useRef(onText);
  latest.current = onText;
  useEffect(() => () => recognition.current?.abort(), []);
  if (!Recognition) return null;
  const toggle = () => {
    if (listening) {
      recognition.current?.stop();
      return;
    }
    setProblem(null);
    try {
      const r = new Recognition();
      r.lang = document.documentElement.lang || 'en';
      r.continuous = true;
      r.interimResults = false;
      r.onresult = (event) => {
        for (let i = event.resultIndex; i < event.results.length; i++)
          if (event.results[i]!.isFinal) latest.current(event.results[i]![0].transcript.trim());
      };
      r.onerror = (event) => setProblem(`Speech could not be heard (${event.error}). Type your answer instead.`);
      r.onend = () => setListening(false);
      r.start();
      recognition.current = r;
      setListening(true);
    } catch (e) {
      setProblem(`Speech could not start (${(e as Error).message}). Type your answer instead.`);
    }
  };
  return (
    <>
      {problem && (
        <span className="brief-summary" role="status">
          {problem}
        </span>
      )}
      <button type="button" aria-pressed={listening} onClick={toggle}>
        {listening ? 'Stop speaking' : 'Speak'}
      </button>
    </>
  );
}

function Reveal({ item, progress, answer, onMark }: { item: DrillItem; progress: string; answer: string; onMark(mark: DrillMark): void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      onKeyDown={(e) => {
        const found = MARKS.find((m) => m.key === e.key);
        if (!found || e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).tagName === 'TEXTAREA') return;
        e.preventDefault();
        onMark(found.mark);
      }}
    >
      <h2>Practise</h2>
      <div className="drill-progress">
        <span>{progress}</span>
      </div>
      <AttackBox item={item} headingId="drill-attack-heading" />
      <p className="drill-yours">
        <span className="drill-tag">Your answer: </span>
        {answer.trim() || '(none)'}
      </p>
      <section className="drill-answers" aria-labelledby="drill-answers-heading">
        <h3 id="drill-answers-heading" className="drill-tag">
          The map’s answer
        </h3>
        <Answers item={item} />
      </section>
      <p id="drill-marks-hint" className="brief-summary">
        How did you do? Keys 1, 2 and 3 choose.
      </p>
      <div className="modal-buttons drill-marks" role="group" aria-label="How did you do?" aria-describedby="drill-marks-hint">
        {MARKS.map((m, i) => (
          <button key={m.mark} type="button" ref={i === 0 ? first : undefined} onClick={() => onMark(m.mark)} aria-keyshortcuts={m.key}>
            {m.label} <kbd>{m.key}</kbd>
          </button>
        ))}
      </div>
    </div>
  );
}

function Answers({ item }: { item: DrillItem }) {
  if (!item.answers.length) return <p>The map has no answer to this: a weak point. Work one out, and add it to the map.</p>;
  return (
    <ul>
      {item.answers.map((a, i) => (
        <li key={i}>
          <span className="drill-tag">{a.label}: </span>
          {a.statements.map((s) => s.text).join(' + ')}
          {a.backing.length > 0 && <span className="drill-against"> Backed by: {a.backing.map((s) => s.text).join(' · ')}</span>}
        </li>
      ))}
    </ul>
  );
}

function Summary({
  asked,
  marks,
  kept,
  onAgain,
}: {
  asked: DrillItem[];
  marks: Record<string, DrillMark>;
  kept: boolean;
  onAgain(): void;
}) {
  const summary = drillSummary(asked, marks);
  const again = useRef<HTMLButtonElement>(null);
  useEffect(() => again.current?.focus(), []);
  return (
    <>
      <h2>Practise: done</h2>
      <p role="status">
        {summary.asked} attack{summary.asked === 1 ? '' : 's'}: had it {summary.had}, partly {summary.partly}, missed {summary.missed}.
      </p>
      {summary.toWorkOn.length ? (
        <section className="drill-work" aria-labelledby="drill-work-heading">
          <h3 id="drill-work-heading">To work on</h3>
          <ul>
            {summary.toWorkOn.map(({ item, mark }) => (
              <li key={item.key}>
                <span className={`drill-tag is-${mark}`}>{mark === 'missed' ? 'Missed' : 'Partly'}: </span>
                <span className="drill-tag">{ATTACK_LABEL[item.kind]}: </span>
                {item.question ?? item.statements.map((s) => s.text).join(' + ')}
                <Answers item={item} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p>Nothing missed. Try the other side, or another statement.</p>
      )}
      <p className="brief-summary">
        {kept
          ? 'Your marks are kept in this browser for this map: the next drill starts with what you missed.'
          : 'This browser would not keep your marks, so the next drill cannot start with what you missed.'}
      </p>
      <div className="modal-buttons">
        <button type="button" ref={again} className="primary" onClick={onAgain}>
          Practise again
        </button>
        <button type="button" onClick={closeDebateDialog}>
          Close
        </button>
      </div>
    </>
  );
}
