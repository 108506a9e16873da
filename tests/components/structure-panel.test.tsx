// @vitest-environment jsdom
import './dom-setup';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StructurePanel } from '../../src/components/StructurePanel';
import { findingsOf } from '../../src/store/structureFindings';
import { SidePanel } from '../../src/components/SidePanel';
import { useEditor } from '../../src/store/store';
import { parseMapText } from '../../src/model/format/load';
import gsomiaText from '../../maps/gsomia-2012.json?raw';
import type { ArgMap } from '../../src/model/types';
import { node, rel, mapOf, xy } from '../builders.ts';

const S = () => useEditor.getState();

const sound = () =>
  mapOf(
    [
      node('c', 'claim', 'Schools should start later'),
      node('p', 'premise', 'Teenagers sleep late', xy(0, 200)),
      node('e', 'evidence', 'A 2014 sleep study', xy(0, 400)),
    ],
    [rel('rp', 'p', 'c'), rel('re', 'e', 'p')],
  );

/** Two errors (a circle; a free objection), one warning (a loose part), one hint. */
const messy = () =>
  mapOf(
    [
      ...sound().nodes,
      node('x', 'premise', 'X holds', xy(300, 200)),
      node('y', 'premise', 'Y holds', xy(300, 400)),
      node('o', 'objection', 'Not so fast', xy(600, 0)),
      node('q', 'evidence', 'A stray fact', xy(900, 0)),
      node('h', 'premise', 'Mornings are rushed', xy(900, 200)),
    ],
    [...sound().relations, rel('rx', 'x', 'c'), rel('rxy', 'y', 'x'), rel('ryx', 'x', 'y'), rel('rh', 'h', 'c')],
  );

function setup(map: ArgMap) {
  S().loadMap(map, 'test.argmap.json', { saved: true });
  const user = userEvent.setup();
  render(<StructurePanel />);
  return { user };
}

const items = () => screen.queryAllByRole('button');
const group = (name: RegExp) => screen.getByRole('region', { name });

describe('StructurePanel', () => {
  it('says when there is nothing to check', () => {
    setup(mapOf([], []));
    expect(screen.getByRole('status')).toHaveTextContent('the map is empty');
    expect(items()).toHaveLength(0);
  });

  it('shows a friendly "No problems found" for a sound map, with no items', () => {
    setup(sound());
    expect(screen.getByRole('status')).toHaveTextContent(/No problems found\. Every claim has reasons/);
    expect(items()).toHaveLength(0);
  });

  it('lists findings grouped by severity, with counts, errors first', () => {
    setup(messy());
    expect(screen.getByRole('status')).toHaveTextContent('2 errors, 1 warning, 1 hint. Click one to show it on the map.');
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(['Errors 2', 'Warnings 1', 'Hints 1']);
    const errors = within(group(/^Errors/)).getAllByRole('button');
    expect(errors.map((b) => b.querySelector('.structure-rule')!.textContent)).toEqual(['Circular support', 'Attached to nothing']);
    expect(errors[0]).toHaveTextContent('Circular reasoning: the reason “X holds” and the reason “Y holds” support each other.');
    expect(errors[0]).toHaveClass('is-error');
    expect(within(group(/^Warnings/)).getByRole('button')).toHaveTextContent(
      'The evidence “A stray fact” is not connected to the main claim “Schools should start later”.',
    );
    expect(within(group(/^Hints/)).getByRole('button')).toHaveTextContent(
      'Nothing backs the reason “Mornings are rushed” yet. Add evidence',
    );
    // Every item has its severity's icon.
    expect(group(/^Hints/).querySelectorAll('button .severity-icon.is-hint')).toHaveLength(1);
  });

  it('selects the finding’s nodes and relations and centres the first node when clicked', async () => {
    const { user } = setup(messy());
    await user.click(screen.getByRole('button', { name: /Circular support/ }));
    expect(S().selectedNodeIds).toEqual(['x', 'y']);
    expect(S().selectedRelationIds).toEqual(['rxy', 'ryx']);
    expect(S().centerRequest).toMatchObject({ nodeId: 'x' });
    const seq = S().centerRequest!.seq;

    await user.click(screen.getByRole('button', { name: /Attached to nothing/ }));
    expect(S().selectedNodeIds).toEqual(['o']);
    expect(S().selectedRelationIds).toEqual([]);
    expect(S().centerRequest).toEqual({ nodeId: 'o', seq: seq + 1 });
    // Selecting and centring are not document changes.
    expect(S().history.past).toHaveLength(0);
  });

  it('centres again when the same finding is clicked twice', async () => {
    const { user } = setup(messy());
    const button = screen.getByRole('button', { name: /Not connected/ });
    await user.click(button);
    const first = S().centerRequest!.seq;
    await user.click(button);
    expect(S().centerRequest!.seq).toBe(first + 1);
  });

  it('updates live as the map changes, and after undo', () => {
    setup(sound());
    expect(items()).toHaveLength(0);
    let id = '';
    act(() => {
      id = S().addNode('objection', { x: 500, y: 0 }, { edit: false });
    });
    expect(screen.getByRole('button', { name: /Attached to nothing.*An empty objection is attached to nothing/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Empty statement/ })).toBeInTheDocument();
    act(() => S().updateNode(id, { text: 'Parents cannot drop children off later' }));
    expect(
      screen.getByRole('button', { name: /The objection “Parents cannot drop children off later” is attached to nothing/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Empty statement/ })).not.toBeInTheDocument();
    act(() => {
      S().connect(id, 'c', 'opposes');
    });
    expect(items()).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('No problems found');
    act(() => S().undo());
    expect(screen.getByRole('button', { name: /Attached to nothing/ })).toBeInTheDocument();
  });

  it('reports the GSOMIA map as sound, with hints about nine reasons without evidence and ten arguments with open critical questions', () => {
    const parsed = parseMapText(gsomiaText);
    if (!parsed.ok) throw new Error(parsed.error);
    setup(parsed.map);
    expect(screen.getByRole('status')).toHaveTextContent('No problems found. 19 hints below, to make the argument stronger.');
    expect(screen.queryByRole('region', { name: /^Errors/ })).not.toBeInTheDocument();
    const hints = within(group(/^Hints/)).getAllByRole('button');
    expect(hints).toHaveLength(19);
    expect(hints.filter((b) => b.textContent!.startsWith('Reason without evidence'))).toHaveLength(9);
    expect(hints.filter((b) => b.textContent!.startsWith('Open critical questions'))).toHaveLength(10);
  });
});

describe('findingsOf', () => {
  it('checks each map once, and reuses the findings while only positions change (a drag)', () => {
    S().loadMap(messy(), 'test.argmap.json', { saved: true });
    const before = findingsOf(S().map);
    expect(findingsOf(S().map)).toBe(before);
    S().dragNodes({ x: { x: 50, y: 50 } });
    expect(findingsOf(S().map)).toBe(before);
    S().endGesture();
    S().updateNode('q', { text: 'A stray fact, reworded' });
    const after = findingsOf(S().map);
    expect(after).not.toBe(before);
    expect(after.find((f) => f.rule === 'disconnected')!.message).toContain('reworded');
  });
});

describe('the Check tab', () => {
  const tab = () => screen.getByRole('tab', { name: /^Check/ });

  it('shows the number of errors and warnings as a badge, and none when there are none', () => {
    S().loadMap(sound(), 'test.argmap.json', { saved: true });
    render(<SidePanel />);
    expect(tab()).toHaveAccessibleName('Check');
    expect(tab().querySelector('.tab-badge')).toBeNull();
    act(() => S().loadMap(messy(), 'test.argmap.json', { saved: true }));
    expect(tab()).toHaveAccessibleName('Check, 3 problems');
    expect(tab().querySelector('.tab-badge')).toHaveClass('is-error');
  });

  it('opens the panel from the tab', async () => {
    S().loadMap(messy(), 'test.argmap.json', { saved: true });
    const user = userEvent.setup();
    render(<SidePanel />);
    await user.click(tab());
    expect(S().sidePanel).toBe('check');
    // The panel's code loads the first time its tab is chosen.
    await waitFor(() => expect(screen.getByRole('tabpanel')).toHaveTextContent('Circular support'));
  });
});
