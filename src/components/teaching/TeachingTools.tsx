// Teaching in the Check tab: the comparison panel while the map is compared with a key; before
// that, the student's Check (an exercise with its key) at the top, and the teacher's Compare
// with… and Make exercise… at the bottom. The buttons run the registry's commands (commands.ts).
import { useEditor } from '../../store/store.ts';
import { useTeaching } from '../../store/teaching.ts';
import { runCommand, titleOf } from '../commands.ts';
import { ComparisonPanel } from './ComparisonPanel.tsx';
import './teaching.css';

export function TeachingTools({ where }: { where: 'top' | 'bottom' }) {
  const comparing = useTeaching((s) => s.comparing !== null);
  const checkable = useEditor((s) => !!s.map.exercise?.key);
  if (where === 'top') {
    if (comparing) return <ComparisonPanel />;
    if (!checkable) return null;
    return (
      <div className="teaching-check">
        <p className="hint">This map is an exercise that holds its key: check your work against it.</p>
        <button type="button" className="teaching-primary" onClick={() => runCommand('check-exercise')} title={titleOf('check-exercise')}>
          Check my map
        </button>
      </div>
    );
  }
  if (comparing) return null;
  return (
    <section className="teaching-tools" aria-label="Teaching">
      <h3>Teaching</h3>
      <button type="button" onClick={() => runCommand('compare')} title={titleOf('compare')}>
        Compare with a key…
      </button>
      <button type="button" onClick={() => runCommand('make-exercise')} title={titleOf('make-exercise')}>
        Make an exercise…
      </button>
    </section>
  );
}
