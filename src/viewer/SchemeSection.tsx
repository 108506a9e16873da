// The page's view of an argument's scheme, in place of the editor's scheme section (which
// loads the whole catalogue of schemes and their critical questions, about 10 kB gzipped: more
// than the page's size budget leaves). The scheme's name, and the statements that answer or
// raise its critical questions; the questions themselves are worded in the editor.
import { useEditor } from '../store/store.ts';
import { schemeShortName } from '../model/schemes/label.ts';
import type { Relation } from '../model/types.ts';
import { focusNode } from '../canvas/focusNode.ts';

export function SchemeSection({ relation }: { relation: Relation }) {
  const nodes = useEditor((s) => s.map.nodes);
  const use = relation.scheme;
  if (!use) return null;
  const questions = Object.entries(use.questions ?? {});
  const textOf = (id: string) => nodes.find((n) => n.id === id)?.text || '(empty)';
  return (
    <section className="scheme-section">
      <h3>Argumentation scheme</h3>
      <p>{schemeShortName(use.scheme)}</p>
      {questions.length > 0 && (
        <ul className="scheme-questions">
          {questions.map(([id, q]) => (
            <li key={id}>
              {q.status === 'answered' ? 'A critical question answered' : 'A critical question raised'}
              {q.by && (
                <>
                  {' by '}
                  <button
                    type="button"
                    className="relation-end"
                    onClick={() => {
                      useEditor.getState().select([q.by!], []);
                      focusNode(q.by!);
                    }}
                  >
                    {textOf(q.by)}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
