// The inspector's evaluation fields: your judgement of a statement (accepted, rejected or
// open) and the weight of a relation (strong, weak, or anything from 0 to 1). Each change
// is one undo step; with evaluation on, both show the status that follows.
import { useId, useState } from 'react';
import { useEditor } from '../store/store.ts';
import { useEvaluation, useLinkStatus } from '../store/evaluationView.ts';
import { WEIGHT_STRONG, WEIGHT_WEAK, type ArgNode, type Mark, type Relation } from '../model/types.ts';
import { formatWeight, relationWeight } from '../model/balance.ts';
import { STATUS_STYLES } from '../model/theme/colors.ts';
import { isComposingKey } from '../io/textEntry.ts';

const JUDGEMENTS: { value: Mark | 'open'; label: string; hint: string }[] = [
  { value: 'accepted', label: 'Accepted', hint: 'You hold it true: it stands whatever the map says' },
  { value: 'rejected', label: 'Rejected', hint: 'You hold it false: it is defeated whatever the map says' },
  { value: 'open', label: 'Open', hint: 'No judgement: its status is computed from the map' },
];

export function JudgementField({ node }: { node: ArgNode }) {
  const name = useId();
  const evaluation = useEvaluation();
  const current = node.mark ?? 'open';
  const status = evaluation?.labels[node.id];
  return (
    <fieldset className="evaluation-field">
      <legend>Your judgement</legend>
      <div className="segmented">
        {JUDGEMENTS.map((j) => (
          <label key={j.value} className={`segment segment-${j.value}${current === j.value ? ' is-checked' : ''}`} title={j.hint}>
            <input
              type="radio"
              name={name}
              value={j.value}
              checked={current === j.value}
              onChange={() => useEditor.getState().setMark(node.id, j.value === 'open' ? undefined : j.value)}
            />
            {j.label}
          </label>
        ))}
      </div>
      {status ? (
        <p className={`evaluation-status node-status-${status}`} role="status">
          <strong>
            <span aria-hidden="true">{STATUS_STYLES[status].sign}</span>{' '}
            {node.mark ? STATUS_STYLES[status].markedWord : STATUS_STYLES[status].word}
          </strong>
          {evaluation.explanation[node.id] ? `: ${evaluation.explanation[node.id]}` : ''}
        </p>
      ) : (
        <p className="hint">Turn on Evaluate (V) to see what follows from your judgements.</p>
      )}
    </fieldset>
  );
}

const STEP = 0.05;

export function WeightField({ relations }: { relations: Relation[] }) {
  const sliderId = useId();
  const numberId = useId();
  const ids = relations.map((r) => r.id);
  // A linked reason weighs as much as its weakest member.
  const weight = Math.min(1, ...relations.map(relationWeight));
  // The slider moves a draft; releasing it (or a key) commits one step.
  const [draft, setDraft] = useState<number | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const shown = draft ?? weight;
  const set = (value: number) => useEditor.getState().setWeight(ids, value);
  const commitDraft = () => {
    if (draft !== null && draft !== weight) set(draft);
    setDraft(null);
  };
  const commitTyped = () => {
    if (typed === null) return;
    const value = Number(typed.replace(',', '.'));
    if (typed.trim() !== '' && Number.isFinite(value) && value !== weight) set(value);
    setTyped(null);
  };
  const status = useLinkStatus(ids);
  const labels = useEvaluation()?.labels;
  return (
    <fieldset className="evaluation-field">
      <legend>Weight</legend>
      <div className="segmented" role="group" aria-label="Weight presets">
        <button
          type="button"
          className="segment"
          aria-pressed={weight === WEIGHT_STRONG}
          onClick={() => set(WEIGHT_STRONG)}
          title="Full weight (1)"
        >
          Strong
        </button>
        <button
          type="button"
          className="segment"
          aria-pressed={weight === WEIGHT_WEAK}
          onClick={() => set(WEIGHT_WEAK)}
          title="Half weight (0.5)"
        >
          Weak
        </button>
      </div>
      <div className="weight-row">
        <label htmlFor={sliderId} className="visually-hidden">
          Weight from 0 to 1
        </label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={1}
          step={STEP}
          value={shown}
          onChange={(e) => setDraft(Number(e.target.value))}
          onPointerUp={commitDraft}
          onKeyUp={commitDraft}
          onBlur={commitDraft}
        />
        <label htmlFor={numberId} className="visually-hidden">
          Weight value
        </label>
        <input
          id={numberId}
          className="weight-number"
          type="number"
          min={0}
          max={1}
          step={STEP}
          value={typed ?? formatWeight(shown)}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={commitTyped}
          onKeyDown={(e) => {
            if (isComposingKey(e.nativeEvent)) return;
            if (e.key === 'Enter') commitTyped();
            else if (e.key === 'Escape') setTyped(null);
          }}
        />
      </div>
      <p className="hint">
        {weight === 0
          ? 'Weight 0: the evaluation ignores this relation.'
          : 'How much it counts in the balance; 0 switches it off. Strong = 1, weak = 0.5.'}
      </p>
      {status && labels && (
        <p className={`evaluation-status node-status-${status}`} role="status">
          <strong>
            <span aria-hidden="true">{STATUS_STYLES[status].sign}</span> {STATUS_STYLES[status].linkWord}
          </strong>
          {`: ${linkExplanation(relations, labels, weight)}`}
        </p>
      )}
    </fieldset>
  );
}

function linkExplanation(relations: Relation[], labels: Readonly<Record<string, string>>, weight: number): string {
  if (weight === 0) return 'it weighs nothing';
  if (relations.some((r) => labels[r.id] === 'out')) return 'its link is undercut';
  if (relations.some((r) => labels[r.from] === 'out')) return relations.length > 1 ? 'a co-premise is defeated' : 'its source is defeated';
  if (relations.some((r) => labels[r.id] !== 'in' || labels[r.from] !== 'in')) return 'its source or its link is unresolved';
  return relations.length > 1 ? 'all co-premises stand and the link is not undercut' : 'its source stands and the link is not undercut';
}
