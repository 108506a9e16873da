// @vitest-environment jsdom
import './dom-setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Notices } from '../../src/components/Notices';
import { useEditor } from '../../src/store/store';
import { openText } from '../store/openText.ts';

const S = () => useEditor.getState();

describe('Notices', () => {
  it('shows an error as an alert with its title and details', () => {
    render(<Notices />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => S().notify({ tone: 'error', title: 'Could not open broken.json', details: ['This file is not valid JSON.', 'Second line'] }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not open broken.json');
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['This file is not valid JSON.', 'Second line']);
  });

  it('shows warnings and info as status, not alert', () => {
    render(<Notices />);
    act(() => {
      S().notify({ tone: 'warning', title: 'Opened with 2 repairs', details: ['one', 'two'] });
      S().notify({ tone: 'info', title: 'Saved' });
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const statuses = screen.getAllByRole('status');
    expect(statuses.map((s) => s.querySelector('strong')?.textContent)).toEqual(['Opened with 2 repairs', 'Saved']);
    expect(within(statuses[0]!).getAllByRole('listitem')).toHaveLength(2);
    expect(within(statuses[1]!).queryByRole('list')).not.toBeInTheDocument();
  });

  it('dismisses the notice whose button is clicked, and only that one', async () => {
    const user = userEvent.setup();
    render(<Notices />);
    act(() => {
      S().notify({ tone: 'error', title: 'First error' });
      S().notify({ tone: 'error', title: 'Second error' });
    });
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    const first = screen.getAllByRole('alert')[0]!;
    await user.click(within(first).getByRole('button', { name: 'Dismiss message' }));
    const left = screen.getAllByRole('alert');
    expect(left).toHaveLength(1);
    expect(left[0]).toHaveTextContent('Second error');
    expect(S().notices.map((n) => n.title)).toEqual(['Second error']);
  });

  it('lets info fade by itself but keeps errors until dismissed', () => {
    vi.useFakeTimers();
    try {
      render(<Notices />);
      act(() => {
        S().notify({ tone: 'info', title: 'Saved x' });
        S().notify({ tone: 'error', title: 'Broken' });
      });
      expect(screen.getByText('Saved x')).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(10_000));
      expect(screen.queryByText('Saved x')).not.toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent('Broken');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the error of a refused file opened through the store', () => {
    render(<Notices />);
    act(() => void openText('{', 'bad.argmap.json'));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not open bad.argmap.json');
    expect(alert).toHaveTextContent(/not valid JSON/);
  });

  it('lists the first 20 of hundreds of repairs, and all of them on request', async () => {
    const user = userEvent.setup();
    render(<Notices />);
    const details = Array.from({ length: 500 }, (_, i) => `node #${i + 1}: field "position" was missing; placed on a grid.`);
    act(() => S().notify({ tone: 'warning', title: 'Opened big.json with 500 repair(s)', details }));
    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('big.json'))!;
    expect(within(status).getAllByRole('listitem')).toHaveLength(20);
    await user.click(within(status).getByRole('button', { name: 'Show all 500' }));
    expect(within(status).getAllByRole('listitem')).toHaveLength(500);
  });
});
