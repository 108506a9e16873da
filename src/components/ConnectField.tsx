// Connect the node to another one without dragging: the keyboard way to draw a relation.
// A combobox (WAI-ARIA "list autocomplete"): typing filters, ↑/↓ move through the list,
// only Enter or a click connects. Escape closes the list, then clears the text.
import { useEffect, useId, useMemo, useState } from 'react';
import { useEditor } from '../store/store.ts';
import { NODE_STYLES } from '../model/theme/colors.ts';
import { shortText } from '../canvas/a11yLabels.ts';
import type { ArgNode } from '../model/types.ts';
import { requestFocus } from './focusRequest.ts';
import { contentOf } from '../store/mapViews.ts';

/** At most this many options are drawn; typing narrows the rest. */
const SHOWN = 50;

interface Target {
  id: string;
  label: string;
  /** Lower-case text matched against what is typed. */
  search: string;
}

export function ConnectField({ node }: { node: ArgNode }) {
  // The options read the other nodes' kinds and texts only: a drag (positions) must not
  // rebuild a thousand of them on every frame.
  const nodes = useEditor((s) => contentOf(s.map).nodes);
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const targets = useMemo(() => targetsOf(nodes, node.id), [nodes, node.id]);
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = words.length ? targets.filter((t) => words.every((w) => t.search.includes(w))) : targets;
  const shown = matches.slice(0, SHOWN);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  useEffect(() => {
    if (open && active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, active, id]);

  const connect = (target: Target) => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    // The new relation is selected and the inspector shows it: its Kind is the next thing to set.
    if (useEditor.getState().connect(node.id, target.id)) requestFocus('relation-kind');
  };
  const move = (to: number) => {
    setOpen(true);
    if (!shown.length) return setActive(-1);
    setActive(Math.max(0, Math.min(shown.length - 1, to)));
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    let handled = true;
    if (e.key === 'ArrowDown') move(open && active >= 0 ? active + 1 : 0);
    else if (e.key === 'ArrowUp') move(open && active >= 0 ? active - 1 : shown.length - 1);
    else if (e.key === 'Enter') {
      const pick = open && active >= 0 ? shown[active] : shown.length === 1 && words.length ? shown[0] : undefined;
      if (pick) connect(pick);
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
    <div className="field connect-field">
      <label htmlFor={id}>Bears on (add a relation)</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder="Type to find a statement…"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
      />
      {open && shown.length > 0 && (
        <ul className="connect-options" id={listId} role="listbox" aria-label="Statements to connect to">
          {shown.map((t, i) => (
            <li
              key={t.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              // Keep the focus in the field; the click connects.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => connect(t)}
            >
              {t.label}
            </li>
          ))}
        </ul>
      )}
      {open && (shown.length === 0 || matches.length > shown.length) && (
        <p className="hint connect-more">
          {shown.length === 0 ? 'No statement matches' : `${matches.length - shown.length} more: type to narrow`}
        </p>
      )}
    </div>
  );
}

/** One option per node object (nodes are immutable): a text edit rebuilds one option, not all. */
const targetCache = new WeakMap<ArgNode, Target>();

function targetOf(n: ArgNode): Target {
  let target = targetCache.get(n);
  if (!target) {
    target = {
      id: n.id,
      label: `${NODE_STYLES[n.kind].label}: ${shortText(n)}`,
      search: `${NODE_STYLES[n.kind].label} ${n.text}`.toLowerCase(),
    };
    targetCache.set(n, target);
  }
  return target;
}

function targetsOf(nodes: readonly ArgNode[], self: string): Target[] {
  return nodes.filter((n) => n.id !== self).map(targetOf);
}
