// @vitest-environment jsdom
// The comparison view's panel (components/teaching/ComparisonPanel.tsx) and its logic
// (store/comparisonView.ts) in jsdom: the scores of the worked example of docs/grading.md, the
// differences as a list of buttons stepped through with the keyboard (roving focus, aria-current,
// the selection following), F8 from anywhere with its announcement, ghosts only counted, editing
// that recomputes, and leaving the view.
import './dom-setup';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparisonPanel } from '../../src/components/teaching/ComparisonPanel';
import { TeachingBanner } from '../../src/components/teaching/TeachingBanner';
import { handleShortcut } from '../../src/components/useShortcuts';
import { startComparison, stopComparison } from '../../src/store/comparisonView';
import { useEditor } from '../../src/store/store';
import { useTeaching } from '../../src/store/teaching';
import { compareMaps } from '../../src/model/compare/compare';
import { EXAMPLE_KEY, EXAMPLE_STUDENT } from '../model/compare-fixtures';

// The file a teacher picks for Compare with… (the picker itself is the browser's).
const picked = vi.hoisted(() => ({ file: null as { name: string; text: string; handle: null } | null }));
vi.mock('../../src/io/files', async (original) => ({
  ...(await original<typeof import('../../src/io/files')>()),
  pickTextFile: async () => picked.file,
}));

const S = () => useEditor.getState();
const T = () => useTeaching.getState();

function setup(ghosts = true) {
  S().loadMap(structuredClone(EXAMPLE_STUDENT), 'alice.argmap.json', { saved: true });
  const user = userEvent.setup();
  act(() => startComparison('teacher', EXAMPLE_KEY, 'key.json', ghosts));
  render(
    <>
      <ComparisonPanel />
      <TeachingBanner />
    </>,
  );
  return { user };
}

const items = () => within(screen.getByRole('list', { name: /Differences/ })).getAllByRole('button');
const current = () => items().find((b) => b.getAttribute('aria-current') === 'true');
const differences = compareMaps(EXAMPLE_KEY, EXAMPLE_STUDENT).differences;

afterEach(() => act(() => stopComparison()));

describe('the comparison panel', () => {
  it('shows the scores as the report writes them, takes the keyboard at its title, and lists every difference as a button', () => {
    setup();
    const title = screen.getByRole('heading', { name: 'Compared with key.json' });
    expect(document.activeElement).toBe(title);
    const rows = screen.getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['layer', 'precision', 'recall', 'F1'],
      ['statements', '0.875', '0.875', '0.875'],
      ['relations', '0.286', '0.286', '0.286'],
      ['kinds', '0.750', '0.750', '0.750'],
    ]);
    const figures = screen.getByText('κ statement kinds').closest('dl')!;
    expect(figures).toHaveTextContent('κ statement kinds0.806κ relation kinds0.667combined0.637');
    expect(screen.getByRole('list', { name: 'Statements and relations by verdict' })).toHaveTextContent(
      '✓ 8 correct≠ 4 wrong kind⇄ 1 reversed+ 2 extra? 2 missing',
    );
    expect(items().map((b) => b.textContent!.slice(1))).toEqual(differences.map((d) => d.message));
    // One Tab stop (the first), nothing current yet.
    expect(items().map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1]);
    expect(current()).toBeUndefined();
  });

  it('says what the comparison found, a moment after it appears', async () => {
    setup();
    expect(screen.getByTestId('comparison-announcer')).toHaveTextContent('');
    await waitFor(() =>
      expect(screen.getByTestId('comparison-announcer')).toHaveTextContent('Compared with key.json: 9 differences, combined score 0.637.'),
    );
  });

  it('↓ ↑ N P Home End step through the list, the keyboard and the canvas selection following', async () => {
    const { user } = setup();
    await user.click(items()[0]!);
    expect(current()).toBe(items()[0]);
    expect(S().selectedRelationIds).toEqual(['t2']); // the reversed relation
    await user.keyboard('{ArrowDown}');
    expect(current()).toBe(items()[1]);
    expect(document.activeElement).toBe(items()[1]);
    expect(items()[1]!.tabIndex).toBe(0);
    expect(S().selectedRelationIds).toEqual(['t3']);
    await user.keyboard('n');
    expect(current()!.dataset.differenceId).toBe('statement:wrongKind:o2:s5');
    expect(S().selectedNodeIds).toEqual(['s5']);
    expect(S().selectedRelationIds).toEqual([]);
    await user.keyboard('p');
    expect(current()).toBe(items()[1]);
    // The letters stay in the list: P did not start a presentation.
    expect(S().presentationStep).toBeNull();
    await user.keyboard('{End}');
    expect(current()!.dataset.differenceId).toBe('relation:extra::t7');
    expect(S().selectedRelationIds).toEqual(['t7']);
    await user.keyboard('{ArrowDown}');
    expect(current()).toBe(items()[0]);
    await user.keyboard('{ArrowUp}');
    expect(current()).toBe(items()[8]);
    // A missing statement: nothing of the map to select; its ghost is what is shown.
    await user.click(screen.getByRole('button', { name: /^Missing: a caveat/ }));
    expect(S().selectedNodeIds).toEqual([]);
    expect(T().ghostRequest?.id).toBe('ghost:k1');
    await user.keyboard('{Home}');
    expect(current()).toBe(items()[0]);
  });

  it('F8 and Shift+F8 step from anywhere and say where they are; Escape in the list leaves the view', async () => {
    const { user } = setup();
    const press = (init: KeyboardEventInit) => act(() => void handleShortcut(new KeyboardEvent('keydown', { key: 'F8', ...init })));
    await press({});
    await waitFor(() => expect(current()).toBe(items()[0]));
    expect(screen.getByTestId('comparison-announcer')).toHaveTextContent(`Difference 1 of 9: ${differences[0]!.message}`);
    await press({});
    await waitFor(() => expect(current()).toBe(items()[1]));
    await press({ shiftKey: true });
    await waitFor(() => expect(current()).toBe(items()[0]));
    // The summary of the comparison, due a moment after it started, does not talk over the step.
    await new Promise((r) => setTimeout(r, 400));
    expect(screen.getByTestId('comparison-announcer')).toHaveTextContent(/^Difference 1 of 9/);

    items()[0]!.focus();
    await user.keyboard('{Escape}');
    expect(T().comparing).toBeNull();
    expect(screen.queryByRole('list', { name: /Differences/ })).toBeNull();
    // F8 has nothing to step through now: left to the page.
    expect(handleShortcut(new KeyboardEvent('keydown', { key: 'F8' }))).toBe(false);
  });

  it('with ghosts only counted, the missing parts are counted, not listed (their messages would give the key away)', () => {
    setup(false);
    expect(items()).toHaveLength(7);
    expect(items().some((b) => /Missing/.test(b.textContent!))).toBe(false);
    expect(screen.getByTestId('counted-only')).toHaveTextContent(
      '2 parts of the key are missing from your map (1 statement, 1 relation): counted, not shown, as your teacher chose.',
    );
    expect(T().comparing!.ghosts).toBeNull();
  });

  it('editing the map recomputes the comparison; opening another map leaves the view', async () => {
    setup();
    // The extra relation deleted, the reason made an objection as in the key: both differences go.
    act(() => {
      S().select([], ['t7']);
      S().deleteSelection();
      S().updateNode('s5', { kind: 'objection' });
    });
    await waitFor(() => expect(items()).toHaveLength(7));
    expect(items().map((b) => b.dataset.differenceId)).not.toContain('relation:extra::t7');
    expect(items().map((b) => b.dataset.differenceId)).not.toContain('statement:wrongKind:o2:s5');
    expect(T().comparing!.marks.relations.has('t7')).toBe(false);
    expect(T().comparing!.marks.statements.get('s5')).toBe('correct');
    expect(screen.getByText('combined').nextSibling).toHaveTextContent(compareMaps(EXAMPLE_KEY, S().map).scores.combined.toFixed(3));
    // Moving a statement keeps the comparison (no new one), only the ghosts move with the map.
    const comparison = T().comparing!.comparison;
    act(() => S().moveNodes({ s1: { x: 900, y: 900 } }));
    await waitFor(() => expect(T().comparing!.ghosts!.statements[0]!.position.x).toBeGreaterThan(500));
    expect(T().comparing!.comparison).toBe(comparison);
    act(() => S().loadMap(structuredClone(EXAMPLE_KEY), 'other.argmap.json', { saved: true, record: true }));
    expect(T().comparing).toBeNull();
  });
});

describe('Compare with…', () => {
  it('reads the key as the editor opens any map: repairs are listed in a notice, a file that is no map is refused', async () => {
    const { compareWithFile } = await import('../../src/components/teaching/teachingActions');
    S().loadMap(structuredClone(EXAMPLE_STUDENT), 'alice.argmap.json', { saved: true });
    picked.file = { name: 'notes.txt', text: 'not a map at all', handle: null };
    await act(() => compareWithFile());
    expect(T().comparing).toBeNull();
    expect(S().notices.at(-1)).toMatchObject({ tone: 'error', title: 'Could not compare with notes.txt' });

    const broken = {
      ...structuredClone(EXAMPLE_KEY),
      relations: [...EXAMPLE_KEY.relations, { id: 'rx', kind: 'supports', from: 'c', to: 'nowhere' }],
    };
    picked.file = { name: 'key.json', text: JSON.stringify({ format: 'argmap', version: 4, ...broken }), handle: null };
    await act(() => compareWithFile());
    expect(S().notices.at(-1)).toMatchObject({ tone: 'warning', title: 'Read the key key.json with 1 repair(s)' });
    expect(S().notices.at(-1)!.details![0]).toMatch(/"rx".*missing node "nowhere"/);
    expect(T().comparing).toMatchObject({ who: 'teacher', keyName: 'key.json' });
    expect(T().comparing!.comparison.scores).toEqual(compareMaps(EXAMPLE_KEY, EXAMPLE_STUDENT).scores);
    expect(S().sidePanel).toBe('check');
  });
});
