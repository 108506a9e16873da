// The inspector's part for an argument's scheme (issue 20): a searchable scheme picker, the
// scheme's premise roles with the statements that fill them, and its critical questions, each
// open, answered (by a statement) or raised (as an objection or an undercut). Loaded with the
// scheme catalogue the first time a relation is inspected (SelectionInspector.tsx).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useEditor, isViewOnly } from '../store/store.ts';
import { contentOf } from '../store/mapViews.ts';
import { NODE_STYLES } from '../model/theme/colors.ts';
import { shortText } from '../canvas/a11yLabels.ts';
import { focusNode } from '../canvas/focusNode.ts';
import type { ArgMap, ArgNode, QuestionStatus, Relation } from '../model/types.ts';
import type { CriticalQuestion, QuestionTarget, Scheme } from '../model/schemes/catalogue.ts';
import { argumentOf, questionText, raisesAsUndercut, schemeById, schemesFor, type Argument } from '../model/schemes/schemes.ts';
import { addRolePremise, fillRole, raiseQuestion, setQuestionState, setScheme } from '../store/schemeActions.ts';
import { useFocusRequest } from './focusRequest.ts';

const ATTACKS: Record<QuestionTarget, string> = {
  premise: 'doubts a premise',
  inference: 'doubts the inference',
  conclusion: 'doubts the conclusion',
};

export function SchemeSection({ relation }: { relation: Relation }) {
  // Kinds, texts and relations only: a drag elsewhere does not redraw it.
  const map = useEditor((s) => contentOf(s.map));
  const viewOnly = useEditor(isViewOnly);
  const argument = useMemo(() => argumentOf(map, relation.id), [map, relation.id]);
  const near = useMemo(() => (argument ? neighbourhood(map, argument) : []), [map, argument]);
  if (!argument) return null;
  const use = argument.scheme;
  const scheme = use && schemeById(use.scheme);
  return (
    <fieldset className="edit-controls scheme-section" disabled={viewOnly}>
      <h3>Argumentation scheme</h3>
      <SchemePicker key={relation.id} relation={relation} current={scheme} />
      {use && !scheme && (
        <p className="hint">This editor does not know the scheme “{use.scheme}”; it is kept as it is, without roles or questions.</p>
      )}
      {scheme && (
        <>
          <p className="hint scheme-form">
            Concludes: {scheme.conclusion} <span className="scheme-source">({scheme.source})</span>
          </p>
          <Roles scheme={scheme} argument={argument} relation={relation} map={map} near={near} />
          <Questions scheme={scheme} argument={argument} relation={relation} map={map} near={near} />
        </>
      )}
    </fieldset>
  );
}

/** A combobox (WAI-ARIA "list autocomplete", as ConnectField): typing filters, ↑/↓ move, Enter or a click chooses. */
function SchemePicker({ relation, current }: { relation: Relation; current: Scheme | undefined }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useFocusRequest('scheme', inputRef, [relation.id]);
  const options = useMemo(() => {
    const { usual, other } = schemesFor(relation.kind);
    return [...usual, ...other].map((s) => ({
      scheme: s,
      usual: usual.includes(s),
      search: `${s.name} ${s.aifName} ${s.id}`.toLowerCase(),
    }));
  }, [relation.kind]);
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = words.length ? options.filter((o) => words.every((w) => o.search.includes(w))) : options;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  useEffect(() => {
    if (open && active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const choose = (scheme: Scheme) => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    setScheme(relation.id, scheme.id);
  };
  const move = (to: number) => {
    setOpen(true);
    setActive(shown.length ? Math.max(0, Math.min(shown.length - 1, to)) : -1);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    let handled = true;
    if (e.key === 'ArrowDown') move(open && active >= 0 ? active + 1 : 0);
    else if (e.key === 'ArrowUp') move(open && active >= 0 ? active - 1 : shown.length - 1);
    else if (e.key === 'Enter') {
      const pick = open && active >= 0 ? shown[active] : words.length ? shown[0] : undefined;
      if (pick) choose(pick.scheme);
    } else if (e.key === 'Escape' && (open || query)) {
      if (open) setOpen(false);
      else setQuery('');
      setActive(-1);
    } else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  return (
    <div className="field scheme-picker">
      <label htmlFor={id}>{current ? `Scheme: ${current.name}` : 'Scheme (none yet)'}</label>
      <div className="scheme-picker-row">
        <input
          ref={inputRef}
          id={id}
          data-focus-key="scheme"
          type="text"
          role="combobox"
          autoComplete="off"
          placeholder={current ? 'Type to change the scheme…' : 'Type to find a scheme…'}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(e.target.value.trim() ? 0 : -1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onClick={() => setOpen(true)}
        />
        {current && (
          <button type="button" onClick={() => setScheme(relation.id, undefined)}>
            Remove
          </button>
        )}
      </div>
      {open && shown.length > 0 && (
        <ul className="connect-options" id={listId} role="listbox" aria-label="Argumentation schemes">
          {shown.map((o, i) => (
            <li
              key={o.scheme.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`${i === active ? 'is-active' : ''}${o.usual ? '' : ' is-unusual'}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o.scheme)}
            >
              {o.scheme.name}
              {o.scheme.id === current?.id ? ' (chosen)' : ''}
              {!o.usual && <span className="hint"> — usually {relation.kind === 'opposes' ? 'supports' : 'opposes'}</span>}
            </li>
          ))}
        </ul>
      )}
      {open && shown.length === 0 && <p className="hint connect-more">No scheme matches</p>}
    </div>
  );
}

interface PartProps {
  scheme: Scheme;
  argument: Argument;
  relation: Relation;
  map: ArgMap;
  /** Statements near the argument: those a role or an answer is most likely to be. */
  near: ArgNode[];
}

function Roles({ scheme, argument, relation, map, near }: PartProps) {
  const headingId = useId();
  const roles = argument.scheme?.roles ?? {};
  return (
    <div className="scheme-roles" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>Premises</h4>
      {scheme.roles.map((role) => {
        const filler = roles[role.id];
        const fieldId = `${headingId}-${role.id}`;
        return (
          <div className="field" key={role.id}>
            <label htmlFor={fieldId}>{role.label}</label>
            <StatementSelect
              id={fieldId}
              value={filler}
              none="No statement yet"
              map={map}
              first={argument.premises}
              near={near}
              onChange={(nodeId) => fillRole(relation.id, role.id, nodeId)}
            />
            {!filler && (
              <p className="hint role-hint">
                No statement says this yet: “{role.template}”{' '}
                <button type="button" className="link-button" onClick={() => addRolePremise(relation.id, role.id)}>
                  Add it as a premise
                </button>
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

function Questions({ scheme, argument, relation, map, near }: PartProps) {
  const headingId = useId();
  const states = argument.scheme?.questions ?? {};
  const open = scheme.questions.filter((q) => !states[q.id]).length;
  return (
    <div className="scheme-questions" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        Critical questions <span className="hint">({open === 0 ? 'none open' : `${open} of ${scheme.questions.length} open`})</span>
      </h4>
      <ol>
        {scheme.questions.map((q, i) => (
          <Question key={q.id} index={i} question={q} scheme={scheme} argument={argument} relation={relation} map={map} near={near} />
        ))}
      </ol>
    </div>
  );
}

function Question({ index, question, scheme, argument, relation, map, near }: PartProps & { index: number; question: CriticalQuestion }) {
  const textId = useId();
  const ref = useRef<HTMLSelectElement>(null);
  useFocusRequest(index === 0 ? 'scheme-questions' : '', ref, [relation.id]);
  const state = argument.scheme?.questions?.[question.id];
  const text = questionText(scheme, question, map, relation);
  const setStatus = (status: QuestionStatus | 'open') =>
    setQuestionState(relation.id, question.id, status === 'open' ? undefined : { status, ...(state?.by ? { by: state.by } : {}) });
  const by = state?.by && map.nodes.find((n) => n.id === state.by);
  return (
    <li className={`scheme-question is-${state?.status ?? 'open'}`}>
      <p id={textId} className="question-text">
        {text} <span className="hint">({ATTACKS[question.attacks]})</span>
      </p>
      <div className="question-controls">
        <select
          ref={ref}
          data-focus-key={index === 0 ? 'scheme-questions' : undefined}
          aria-label={`Question ${index + 1}`}
          aria-describedby={textId}
          value={state?.status ?? 'open'}
          onChange={(e) => setStatus(e.target.value as QuestionStatus | 'open')}
        >
          <option value="open">Open</option>
          <option value="answered">Answered</option>
          <option value="raised">Raised</option>
        </select>
        {state ? (
          <StatementSelect
            label={`Question ${index + 1}: ${state.status} by`}
            value={state.by}
            none="No statement named"
            map={map}
            first={[]}
            near={near}
            onChange={(nodeId) =>
              setQuestionState(relation.id, question.id, nodeId ? { status: state.status, by: nodeId } : { status: state.status })
            }
          />
        ) : (
          <button type="button" aria-describedby={textId} onClick={() => raiseQuestion(relation.id, question.id)}>
            {raisesAsUndercut(question, relation) ? 'Raise as undercut' : 'Raise as objection'}
          </button>
        )}
        {by && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              useEditor.getState().select([by.id], []);
              focusNode(by.id);
            }}
          >
            Show it
          </button>
        )}
      </div>
    </li>
  );
}

/** A choice of statement: the argument's own first, then those near it; the current one always there. */
function StatementSelect(props: {
  id?: string;
  label?: string;
  value: string | undefined;
  none: string;
  map: ArgMap;
  first: string[];
  near: ArgNode[];
  onChange(nodeId: string | undefined): void;
}) {
  const { id, label, value, none, map, first, near, onChange } = props;
  const own = first.flatMap((nodeId) => map.nodes.find((n) => n.id === nodeId) ?? []);
  const others = near.filter((n) => !first.includes(n.id));
  const current = value && ![...own, ...others].some((n) => n.id === value) ? map.nodes.find((n) => n.id === value) : undefined;
  const option = (n: ArgNode) => (
    <option key={n.id} value={n.id}>
      {NODE_STYLES[n.kind].label}: {shortText(n, 70)}
    </option>
  );
  return (
    <select id={id} aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{none}</option>
      {current && option(current)}
      {own.length > 0 && <optgroup label="Premises of this argument">{own.map(option)}</optgroup>}
      {others.length > 0 && <optgroup label="Near this argument">{others.map(option)}</optgroup>}
    </select>
  );
}

/**
 * The statements within two steps of the argument (its premises, its conclusion, what bears on
 * them or on its link, and what those bear on), in map order: where its roles and answers are.
 */
function neighbourhood(map: ArgMap, argument: Argument): ArgNode[] {
  const links = new Set(argument.relations.map((r) => r.id));
  let reached = new Set([...argument.premises, argument.conclusion]);
  for (const r of map.relations) if (links.has(r.to)) reached.add(r.from);
  for (let step = 0; step < 2; step++) {
    const next = new Set(reached);
    for (const r of map.relations)
      if (reached.has(r.from) || reached.has(r.to)) {
        next.add(r.from);
        next.add(r.to);
      }
    reached = next;
  }
  return map.nodes.filter((n) => reached.has(n.id));
}
