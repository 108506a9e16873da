// @vitest-environment jsdom
// The Balance panel: the selected statement (or the main claim) with its weighed reasons
// against its weighed objections and caveats, totals and a bar; statuses when evaluation
// is on; clicking an item selects it and centres the canvas on it.
import './dom-setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BalancePanel } from '../../src/components/BalancePanel';
import { useEditor } from '../../src/store/store';
import { parseMapText } from '../../src/model/format/load';
import type { ArgMap } from '../../src/model/types';
import gsomiaText from '../../maps/gsomia-2012.json?raw';

const S = () => useEditor.getState();

function gsomia(): ArgMap {
  const parsed = parseMapText(gsomiaText);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.map;
}

function setup(map: ArgMap = gsomia()) {
  S().loadMap(map, 'map.argmap.json', { saved: true });
  const user = userEvent.setup();
  render(<BalancePanel />);
  return { user };
}

const forSide = () => screen.getByRole('region', { name: 'For: reasons' });
const againstSide = () => screen.getByRole('region', { name: 'Against: objections and caveats' });
const totals = () => screen.getByRole('img', { name: /^For .* against / });
const items = (side: HTMLElement) => within(side).getAllByRole('listitem');

describe('Balance panel on the GSOMIA map', () => {
  it('with nothing selected weighs the main claim: the four implications (and the closing argument) against the historical baggage (and caveats)', () => {
    setup();
    expect(screen.getByText('Main claim')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Closer Japan–South Korea defence ties through GSOMIA/ })).toBeInTheDocument();

    expect(within(forSide()).getByRole('heading')).toHaveTextContent('For (5 reasons)');
    const reasons = items(forSide()).map((li) => li.textContent ?? '');
    for (const [i, ordinal] of ['First:', 'Second:', 'Third:', 'Fourth:'].entries()) expect(reasons[i], ordinal).toContain(ordinal);
    expect(reasons[4]).toMatch(/Linked reason \(2 co-premises\)/);

    const against = items(againstSide()).map((li) => li.textContent ?? '');
    expect(within(againstSide()).getByRole('heading')).toHaveTextContent('Against (4 objections and caveats)');
    // The US re-deployment is background that frames the claim (it qualifies it).
    expect(against[0]).toMatch(/Caveat.*re-deploying/);
    // The historical baggage, counted once: one linked objection.
    expect(against[1]).toMatch(/benefits of military cooperation are unlikely.*comfort-women question/);
    expect(against[2]).toMatch(/Caveat.*presidential election/);
    // The unstated US-influence worry undercuts the first implication's link.
    expect(against[3]).toMatch(/Undercuts the link of 1 reason.*weaken US influence.*Links of: First:/);

    // Evaluation off: the plain weighing, everything at its weight. No statuses.
    expect(totals()).toHaveAccessibleName('For 5 against 4');
    expect(screen.getByText(/Everything counts at its weight/)).toBeInTheDocument();
    expect(document.querySelector('.status-chip')).toBeNull();
  });

  it('with evaluation on shows what holds and leaves out what fails; rejecting the historical baggage turns the balance', () => {
    setup();
    act(() => S().setEvaluationOn(true));
    // Unmarked: the history objection holds and defeats the claim; the US-influence worry is rebutted.
    expect(totals()).toHaveAccessibleName('For 4 against 3');
    const subject = screen.getByRole('button', { name: /Closer Japan–South Korea/ });
    expect(within(subject).getByText(/defeated/)).toHaveAttribute('data-status', 'out');
    const first = items(forSide()).find((li) => li.textContent?.includes('First:'))!;
    expect(within(first).getByText(/holds/)).toHaveAttribute('data-status', 'in');
    const worry = items(againstSide()).find((li) => li.textContent?.includes('weaken US influence'))!;
    expect(worry.querySelector('.balance-item')).toHaveClass('is-left-out');
    const redeploy = items(againstSide()).find((li) => li.textContent?.includes('re-deploying'))!;
    expect(within(redeploy).getByText(/holds/)).toHaveAttribute('data-status', 'in');

    act(() => S().setMark('hb-main', 'rejected'));
    expect(totals()).toHaveAccessibleName('For 4 against 2');
    expect(within(subject).getByText(/stands/)).toHaveAttribute('data-status', 'in');
    const history = items(againstSide())[1]!;
    expect(within(history).getByText(/defeated|fails/)).toHaveAttribute('data-status', 'out');
    // The fourth implication is still defeated by North Korea's denunciation.
    const fourth = items(forSide()).find((li) => li.textContent?.includes('Fourth:'))!;
    expect(within(fourth).getByText(/defeated/)).toBeInTheDocument();

    act(() => S().setEvaluationOn(false));
    expect(totals()).toHaveAccessibleName('For 5 against 4');
    expect(document.querySelector('.status-chip')).toBeNull();
  });

  it('follows the selection, and clicking an item selects it and centres the canvas on it', async () => {
    const { user } = setup();
    act(() => S().select(['impl-nk-pressure']));
    expect(screen.getByText('Selected statement')).toBeInTheDocument();
    expect(within(forSide()).getByRole('heading')).toHaveTextContent('For (1 reason)');
    expect(items(againstSide())[0]).toHaveTextContent(/North Korea has condemned Seoul/);

    await user.click(within(items(againstSide())[0]!).getByRole('button'));
    expect(S().selectedNodeIds).toEqual(['nk-denunciation']);
    expect(S().centerRequest?.nodeId).toBe('nk-denunciation');
    // The objection has nothing bearing on it.
    expect(screen.getByText(/Nothing bears on this statement yet/)).toBeInTheDocument();

    act(() => S().select([]));
    expect(screen.getByText('Main claim')).toBeInTheDocument();
    // A linked reason selects both co-premises.
    const linked = items(forSide()).find((li) => li.textContent?.includes('Linked reason'))!;
    await user.click(within(linked).getByRole('button'));
    expect(S().selectedNodeIds).toEqual(['close-new-context', 'close-expected-signing']);
    expect(S().centerRequest?.nodeId).toBe('close-new-context');
    // Selection is not an edit.
    expect(S().history.past).toHaveLength(0);
  });

  it('follows weights: a weak reason counts half', () => {
    setup();
    act(() => S().setWeight('r-hub-main', 0.5));
    expect(totals()).toHaveAccessibleName('For 4.5 against 4');
    const first = items(forSide()).find((li) => li.textContent?.includes('First:'))!;
    expect(within(first).getByLabelText('weight 0.5')).toBeInTheDocument();
  });
});

describe('Balance panel edge cases', () => {
  it('says so on an empty map', () => {
    setup({ meta: { title: '', description: '' }, nodes: [], relations: [] });
    expect(screen.getByText(/The map is empty/)).toBeInTheDocument();
  });

  it('shows "None." on a side with nothing, and an empty bar when nothing counts', () => {
    setup({
      meta: { title: '', description: '' },
      nodes: [
        { id: 'c', kind: 'claim', text: 'C', position: { x: 0, y: 0 } },
        { id: 'a', kind: 'premise', text: 'A', position: { x: 0, y: 0 } },
      ],
      relations: [{ id: 'ra', kind: 'supports', from: 'a', to: 'c', weight: 0 }],
    });
    expect(within(againstSide()).getByText('None.')).toBeInTheDocument();
    expect(totals()).toHaveAccessibleName('For 0 against 0');
    expect(totals()).toHaveClass('is-empty');
  });
});
