// Messages to the user: errors and repairs stay until dismissed, info fades by itself.
import { memo, useEffect, useState } from 'react';
import { useEditor, type Notice } from '../store/store.ts';

const INFO_MS = 4000;
/** Details listed at first; a file with thousands of repairs lists the rest on request (rendering them all froze the page). */
const FIRST_DETAILS = 20;

export const Notices = memo(function Notices() {
  const notices = useEditor((s) => s.notices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <NoticeView key={n.id} notice={n} />
      ))}
    </div>
  );
});

function NoticeView({ notice }: { notice: Notice }) {
  const dismiss = useEditor((s) => s.dismissNotice);
  const [all, setAll] = useState(false);
  const details = notice.details ?? [];
  const listed = all ? details : details.slice(0, FIRST_DETAILS);
  useEffect(() => {
    if (notice.tone !== 'info' || notice.action) return;
    const t = setTimeout(() => dismiss(notice.id), INFO_MS);
    return () => clearTimeout(t);
  }, [notice, dismiss]);
  return (
    <div className={`notice tone-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <div className="notice-head">
        <strong>{notice.title}</strong>
        <button type="button" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
          ×
        </button>
      </div>
      {listed.length > 0 && (
        <ul className="notice-details">
          {listed.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      {notice.action && (
        <button type="button" className="notice-more" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      {listed.length < details.length && (
        <button type="button" className="notice-more" onClick={() => setAll(true)}>
          Show all {details.length.toLocaleString('en')}
        </button>
      )}
    </div>
  );
}
