// The "Check" tab: the structure check's findings, grouped by severity. Each finding is
// a button that selects its nodes (and relations) and centres the first node.
import { memo } from 'react';
import { useEditor } from '../store/store.ts';
import { problemCount, RULES, SEVERITIES, type Finding, type Severity } from '../model/structureCheck.ts';
import { findingsOf } from '../store/structureFindings.ts';

const HEADINGS: Record<Severity, [one: string, many: string]> = {
  error: ['Error', 'Errors'],
  warning: ['Warning', 'Warnings'],
  hint: ['Hint', 'Hints'],
};

/** 16×16 icons: a cross in a circle, an exclamation in a triangle, a light bulb. */
const ICONS: Record<Severity, string> = {
  error: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm-2.3 3.3L4.3 5.7 6.6 8l-2.3 2.3 1.4 1.4L8 9.4l2.3 2.3 1.4-1.4L9.4 8l2.3-2.3-1.4-1.4L8 6.6z',
  warning: 'M8 1l7.5 13.5h-15zm-1 5v4.5h2V6zm0 5.5v2h2v-2z',
  hint: 'M8 1a5 5 0 0 1 3 9v2H5v-2a5 5 0 0 1 3-9zm-2 12h4v2H6z',
};

export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className={`severity-icon is-${severity}`} width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={ICONS[severity]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}

const plural = (n: number, [one, many]: [string, string]) => `${n} ${(n === 1 ? one : many).toLowerCase()}`;

export const StructurePanel = memo(function StructurePanel() {
  const findings = useEditor((s) => findingsOf(s.map, s.sourceTexts));
  const empty = useEditor((s) => s.map.nodes.length === 0);
  const problems = problemCount(findings);
  const hints = findings.length - problems;

  const show = (f: Finding) => {
    const store = useEditor.getState();
    if (f.passage) return store.revealParagraph(f.passage.sourceId, f.passage.paragraph);
    // An argument's open questions are answered in the inspector: select the argument, show it there.
    const questions = f.rule === 'open-questions';
    store.select(questions ? [] : f.nodeIds, f.relationIds ?? []);
    if (f.nodeIds[0]) store.centerOn(f.nodeIds[0]);
    if (questions) store.setSidePanel('inspector');
  };

  return (
    <div className="structure-check">
      {empty ? (
        <p className="structure-ok" role="status">
          Nothing to check yet: the map is empty. Add a claim to start.
        </p>
      ) : problems === 0 ? (
        <p className="structure-ok" role="status">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M6.5 10.6 3.4 7.5 2 8.9l4.5 4.5L14 5.9l-1.4-1.4z" fill="currentColor" />
          </svg>
          <span>
            <strong>No problems found.</strong>{' '}
            {hints
              ? `${hints === 1 ? 'One hint' : `${hints} hints`} below, to make the argument stronger.`
              : 'Every claim has reasons and every part is connected.'}
          </span>
        </p>
      ) : (
        <p className="structure-summary" role="status">
          {SEVERITIES.map((sev) => [sev, findings.filter((f) => f.severity === sev).length] as const)
            .filter(([, n]) => n > 0)
            .map(([sev, n]) => plural(n, HEADINGS[sev]))
            .join(', ')}
          . Click one to show it on the map.
        </p>
      )}
      {SEVERITIES.map((severity) => {
        const items = findings.filter((f) => f.severity === severity);
        if (!items.length) return null;
        return (
          <section key={severity} className={`structure-group is-${severity}`} aria-labelledby={`structure-${severity}`}>
            <h3 id={`structure-${severity}`}>
              <SeverityIcon severity={severity} />
              {HEADINGS[severity][1]} <span className="structure-count">{items.length}</span>
            </h3>
            <ul>
              {items.map((f) => (
                <li key={f.id}>
                  <button type="button" className={`structure-item is-${f.severity}`} data-rule={f.rule} onClick={() => show(f)}>
                    <SeverityIcon severity={f.severity} />
                    <span>
                      <span className="structure-rule">{RULES[f.rule].title}</span>
                      <span className="structure-message">{f.message}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
});
