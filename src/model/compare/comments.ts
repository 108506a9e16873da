// The submission's comments in a comparison (issue 19): a teacher reads them with the grades,
// so the report says who wrote what, on which statement (and which key statement that one
// was matched to), and whether it was resolved. Plain data, like the rest of a comparison.
import type { ArgMap } from '../types.ts';
import { targetLabel } from '../comments.ts';
import type { ReportComment, StatementMatch } from './types.ts';

export function reportComments(submission: ArgMap, matches: readonly StatementMatch[]): ReportComment[] {
  const keyOf = new Map(matches.map((m) => [m.submissionId, m.keyId]));
  const nodeIds = new Set(submission.nodes.map((n) => n.id));
  return (submission.comments ?? []).map((c) => {
    const subject = c.target === undefined ? 'map' : nodeIds.has(c.target) ? 'statement' : 'relation';
    const out: ReportComment = {
      id: c.id,
      author: c.author,
      created: c.created,
      text: c.text,
      resolved: !!c.resolved,
      subject,
      on: c.wasOn ? `was on ${c.wasOn}, since deleted` : `on ${targetLabel(submission, c.target)}`,
      replies: (c.replies ?? []).map(({ author, created, text }) => ({ author, created, text })),
    };
    if (c.target !== undefined) out.submissionId = c.target;
    const keyId = c.target !== undefined ? keyOf.get(c.target) : undefined;
    if (keyId !== undefined) out.keyId = keyId;
    return out;
  });
}
