// @vitest-environment jsdom
// The Brief dialog in jsdom: B opens it on the main claim, the side and the statement can be
// chosen, a line takes you to its statement (selected, dialog closed), and B brings it back as it was.
import './dom-setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DebateDialogs } from '../../src/components/DebateDialogs';
import { BalancePanel } from '../../src/components/BalancePanel';
import { closeDebateDialog, useDebateDialog } from '../../src/components/debateDialogState';
import { handleShortcut } from '../../src/components/useShortcuts';
import { useEditor } from '../../src/store/store';
import { mapOf, node, rel } from '../builders';

const S = () => useEditor.getState();
const sample = () =>
  mapOf(
    [
      node('c', 'claim', 'Schools should start later', { source: { section: 'Intro', paragraph: '1', quote: 'start later' } }),
      node('a', 'premise', 'Teenagers sleep late'),
      node('o', 'objection', 'Buses cannot run later'),
      node('x', 'objection', 'Parents start work early'),
    ],
    [rel('ra', 'a', 'c'), rel('ro', 'o', 'a', 'opposes'), rel('rx', 'x', 'c', 'opposes')],
  );

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
beforeEach(() => S().loadMap(sample(), 'schools.argmap.json', { saved: true }));
afterEach(() => act(() => closeDebateDialog()));

const dialog = () => screen.getByRole('dialog', { name: 'Brief' });
const press = (key: string) => act(() => void handleShortcut(new KeyboardEvent('keydown', { key })));

describe('the Brief dialog', () => {
  it('opens with B on the main claim; a line selects its statement and closes; B brings it back', async () => {
    const user = userEvent.setup();
    render(<DebateDialogs />);
    press('b');
    expect(useDebateDialog.getState().open).toBe('brief');
    const body = within(dialog()).getByRole('region', { name: 'The brief' });
    expect(body).toHaveTextContent('Brief for: Schools should start later');
    expect(within(dialog()).getByText(/^1 reason, 1 on the other side, 2 weak points\./)).toBeInTheDocument();
    // Each statement line is a button with its text, id and citation.
    const claim = within(body).getByRole('button', { name: /^Main claim: Schools should start later c · Intro, ¶ 1: “start later”$/ });
    expect(claim).toBeInTheDocument();
    await user.click(within(body).getByRole('button', { name: /^Objection: Buses cannot run later/ }));
    expect(S().selectedNodeIds).toEqual(['o']);
    expect(S().centerRequest?.nodeId).toBe('o');
    expect(useDebateDialog.getState().open).toBeNull();
    press('b');
    expect(within(dialog()).getByRole('radio', { name: 'For' })).toBeChecked();
  });

  it('briefs the other side and another statement', async () => {
    const user = userEvent.setup();
    render(<DebateDialogs />);
    press('b');
    await user.click(within(dialog()).getByRole('radio', { name: 'Against' }));
    const body = within(dialog()).getByRole('region', { name: 'The brief' });
    expect(body).toHaveTextContent('Brief against: Schools should start later');
    expect(body).toHaveTextContent('The case: 1 point against it, strongest first');
    act(() => S().select(['a']));
    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Statement' }), 'a');
    expect(body).toHaveTextContent('Brief against: Teenagers sleep late');
  });

  it('opens from the Balance panel for the statement it weighs', async () => {
    const user = userEvent.setup();
    act(() => S().select(['a']));
    render(
      <>
        <BalancePanel />
        <DebateDialogs />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Brief…' }));
    expect(within(dialog()).getByRole('region', { name: 'The brief' })).toHaveTextContent('Brief for: Teenagers sleep late');
    act(() => closeDebateDialog());
    await user.click(screen.getByRole('button', { name: 'Practise…' }));
    expect(useDebateDialog.getState()).toEqual({ open: 'practise', target: 'a' });
  });
});
