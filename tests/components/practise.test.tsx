// @vitest-environment jsdom
// The Practise dialog in jsdom: a whole drill by keyboard alone with the timer off (nothing ticks,
// nothing reveals by itself), the countdown with fake timers (the clock, the marks announced, the
// answer revealed when time is up), and the next drill starting with what was missed.
import './dom-setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DebateDialogs } from '../../src/components/DebateDialogs';
import { closeDebateDialog, openDebateDialog, useDebateDialog } from '../../src/components/debateDialogState';
import { useEditor } from '../../src/store/store';
import { drillStorageKey, readDrillRecord } from '../../src/model/drill/results';
import { mapOf, node, rel } from '../builders';

const S = () => useEditor.getState();
// Two attacks on the side "for": x objects to the claim (no answer: a weak point, asked first),
// o objects to the reason a and b rebuts it.
const sample = () =>
  mapOf(
    [
      node('c', 'claim', 'Schools should start later'),
      node('a', 'premise', 'Teenagers sleep late'),
      node('o', 'objection', 'Buses cannot run later'),
      node('b', 'rebuttal', 'Buses already run at nine'),
      node('x', 'objection', 'Parents start work early'),
    ],
    [rel('ra', 'a', 'c'), rel('ro', 'o', 'a', 'opposes'), rel('rb', 'b', 'o', 'opposes'), rel('rx', 'x', 'c', 'opposes')],
    { title: 'Start times' },
  );

beforeAll(() => {
  // jsdom has no modal dialogs; the browser test opens the real one.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
beforeEach(() => {
  localStorage.clear();
  S().loadMap(sample(), 'start-times.argmap.json', { saved: true });
});
afterEach(() => {
  act(() => closeDebateDialog());
  vi.useRealTimers();
});

const dialog = () => screen.getByRole('dialog', { name: 'Practise' });
const attackText = () => within(dialog()).getByRole('region', { name: /^(Objection|Rebuttal|Undercut|Caveat)$/ }).textContent;

describe('the Practise dialog', () => {
  it('runs a drill by keyboard alone with the timer off; the next drill starts with what was missed', async () => {
    const user = userEvent.setup();
    render(<DebateDialogs />);
    act(() => openDebateDialog('practise'));
    expect(within(dialog()).getByRole('status')).toHaveTextContent('2 attacks on this side in the map, 1 without an answer (weak points).');

    // Settings by keyboard: the time per answer is the first select after the statement.
    const time = within(dialog()).getByRole('combobox', { name: 'Time per answer' });
    time.focus();
    await user.selectOptions(time, 'No timer');
    expect(time).toHaveValue('0');
    within(dialog()).getByRole('button', { name: 'Start' }).focus();
    await user.keyboard('{Enter}');

    // Attack 1: the weak point first. The answer field has the focus; no clock.
    expect(within(dialog()).getByText('Attack 1 of 2')).toBeInTheDocument();
    expect(attackText()).toContain('Parents start work early');
    expect(within(dialog()).queryByRole('timer')).toBeNull();
    const answer = within(dialog()).getByRole('textbox', { name: 'Your answer' });
    expect(answer).toHaveFocus();
    await user.keyboard('Employers can shift hours too');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(within(dialog()).getByText('Employers can shift hours too')).toBeInTheDocument();
    expect(within(dialog()).getByText(/The map has no answer to this: a weak point/)).toBeInTheDocument();
    expect(within(dialog()).getByRole('button', { name: 'Had it 1' })).toHaveFocus();
    await user.keyboard('3'); // missed

    // Attack 2: answered in the map by the rebuttal.
    expect(within(dialog()).getByText('Attack 2 of 2')).toBeInTheDocument();
    expect(attackText()).toContain('Buses cannot run later');
    expect(within(dialog()).getByRole('textbox', { name: 'Your answer' })).toHaveFocus();
    await user.tab(); // to Reveal (no Speak button: jsdom has no speech recognition)
    expect(within(dialog()).queryByRole('button', { name: 'Speak' })).toBeNull();
    expect(within(dialog()).getByRole('button', { name: 'Reveal the map’s answer' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(dialog()).getByRole('region', { name: 'The map’s answer' })).toHaveTextContent('A rebuttal: Buses already run at nine');
    await user.keyboard('1'); // had it

    // The summary: what to work on, with the map's answers; the marks are kept for this map.
    expect(within(dialog()).getByText('2 attacks: had it 1, partly 0, missed 1.')).toBeInTheDocument();
    const work = within(dialog()).getByRole('region', { name: 'To work on' });
    expect(work).toHaveTextContent('Missed: Objection: Parents start work early');
    expect(work).not.toHaveTextContent('Buses cannot run later');
    const stored = readDrillRecord(localStorage.getItem(drillStorageKey(S().map)));
    expect(Object.fromEntries(Object.entries(stored.results).map(([k, v]) => [k, v.mark]))).toEqual({
      'opposes:rx': 'missed',
      'opposes:ro': 'had',
    });

    // Practise again: the missed one is said to come first, and does.
    expect(within(dialog()).getByRole('button', { name: 'Practise again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(dialog()).getByRole('status')).toHaveTextContent('1 you missed or partly answered last time come first.');
    within(dialog()).getByRole('button', { name: 'Start' }).focus();
    await user.keyboard('{Enter}');
    expect(attackText()).toContain('Parents start work early');

    // With the timer off, nothing reveals by itself.
    vi.useFakeTimers();
    act(() => vi.advanceTimersByTime(200_000));
    expect(within(dialog()).getByRole('textbox', { name: 'Your answer' })).toBeInTheDocument();
  });

  it('counts down when the timer is on, announces only at the marks, and reveals when time is up', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DebateDialogs />);
    act(() => openDebateDialog('practise'));
    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Time per answer' }), '30 seconds');
    await user.click(within(dialog()).getByRole('button', { name: 'Start' }));
    const clock = within(dialog()).getByRole('timer', { name: 'Time left' });
    expect(clock).toHaveTextContent('0:30');
    const live = dialog().querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    act(() => vi.advanceTimersByTime(5_000));
    expect(clock).toHaveTextContent('0:25');
    expect(live.textContent).toBe(''); // not every second
    act(() => vi.advanceTimersByTime(15_000));
    expect(clock).toHaveTextContent('0:10');
    expect(live.textContent).toBe('10 seconds left.');
    act(() => vi.advanceTimersByTime(10_000));
    expect(live.textContent).toBe('Time is up.');
    expect(within(dialog()).getByRole('region', { name: 'The map’s answer' })).toBeInTheDocument();
    expect(within(dialog()).queryByRole('timer')).toBeNull();
  });

  it('opens from the Balance panel for its statement, and ends the drill when closed', () => {
    render(<DebateDialogs />);
    act(() => openDebateDialog('practise', 'a'));
    expect(within(dialog()).getByRole('combobox', { name: 'Statement' })).toHaveValue('a');
    expect(within(dialog()).getByRole('status')).toHaveTextContent('1 attack on this side in the map, 0 without an answer');
    act(() => closeDebateDialog());
    expect(useDebateDialog.getState().open).toBeNull();
    expect(screen.queryByRole('dialog', { name: 'Practise' })).toBeNull();
  });
});
