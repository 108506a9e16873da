// @vitest-environment jsdom
// The canvas's markers of open comments: a count on each statement and relation with open
// comments (resolved ones are not counted), in the statement's label for screen readers; a
// click on a marker, or Ctrl+Alt+M, shows the comments in the Comments panel.
import './dom-setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { useEditor } from '../../src/store/store';
import type { ArgMap, MapComment } from '../../src/model/types';
import { NAME_KEY } from '../../src/io/authorName';
import { node, rel, xy } from '../builders.ts';

const S = () => useEditor.getState();
const remark = (id: string, target: string | undefined, extra: Partial<MapComment> = {}): MapComment => ({
  id,
  author: 'Ms Tan',
  created: '2026-12-07T09:00:00.000Z',
  text: `Remark ${id}`,
  ...(target ? { target } : {}),
  ...extra,
});

const sample = (): ArgMap => ({
  meta: { title: 'Markers', description: '' },
  nodes: [node('c', 'claim', 'The claim'), node('a', 'premise', 'Reason A', xy(-200, 200)), node('b', 'premise', 'Reason B', xy(200, 200))],
  relations: [rel('ra', 'a', 'c'), rel('rb', 'b', 'c')],
  comments: [remark('k1', 'a'), remark('k2', 'a'), remark('k3', 'b', { resolved: true }), remark('k4', 'rb'), remark('k5', undefined)],
});

/** The markers load with the first map that has open comments: wait for them once. */
const markersLoaded = () =>
  vi.waitFor(() => {
    expect(document.querySelector('.comment-marker')).not.toBeNull();
    expect(document.querySelector('.comment-marker-edge')).not.toBeNull();
  });

function setup() {
  localStorage.setItem(NAME_KEY, 'Ms Tan');
  S().loadMap(sample(), 'markers.argmap.json', { saved: true });
  useEditor.setState({ fitRequest: 0, sidePanel: 'inspector' });
  const user = userEvent.setup();
  render(<App />);
  return { user };
}

const nodeEl = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;
const markerOf = (id: string) => nodeEl(id).querySelector('.comment-marker');

describe('comment markers on the canvas', () => {
  it('counts open comments on statements and relations, and says so in the statement’s label', async () => {
    setup();
    await markersLoaded();
    expect(markerOf('a')).toHaveTextContent('2');
    expect(markerOf('a')).toHaveAccessibleName('2 open comments: show');
    expect(markerOf('b')).toBeNull();
    expect(markerOf('c')).toBeNull();
    expect(nodeEl('a').getAttribute('aria-label')).toMatch(/ 2 open comments\.$/);
    expect(nodeEl('b').getAttribute('aria-label')).not.toMatch(/comment/);
    const edgeMarkers = [...document.querySelectorAll('.comment-marker-edge')];
    expect(edgeMarkers).toHaveLength(1);
    expect(edgeMarkers[0]!.closest('.react-flow__edge')!.getAttribute('data-id')).toBe('rb');
    expect(edgeMarkers[0]).toHaveAccessibleName('1 open comment: show');
  });

  it('a resolve takes a count down, a new comment puts one up; a drag leaves the markers as they are', async () => {
    setup();
    await markersLoaded();
    act(() => S().apply({ ...S().map, comments: S().map.comments!.map((c) => (c.id === 'k1' ? { ...c, resolved: true } : c)) }));
    expect(markerOf('a')).toHaveTextContent('1');
    act(() => S().apply({ ...S().map, comments: [...S().map.comments!, remark('k6', 'c')] }));
    expect(markerOf('c')).toHaveTextContent('1');
    const before = markerOf('c');
    act(() => S().moveNodes({ c: { x: 40, y: -20 } }));
    expect(markerOf('c')).toBe(before);
  });

  it('a click on a marker selects the statement and shows its comments', async () => {
    const { user } = setup();
    await markersLoaded();
    await user.click(markerOf('a')!);
    expect(S().selectedNodeIds).toEqual(['a']);
    expect(S().sidePanel).toBe('comments');
    const panel = await screen.findByRole('region', { name: 'Comments' });
    expect(within(panel).getAllByRole('article')).toHaveLength(2);
  });

  it('Ctrl+Alt+M on a selected statement opens the panel with the keyboard in its new comment', async () => {
    const { user } = setup();
    act(() => S().select(['b']));
    nodeEl('b').focus();
    await user.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    expect(S().sidePanel).toBe('comments');
    const field = await screen.findByRole('textbox', { name: 'New comment on the statement “Reason B”' });
    await vi.waitFor(() => expect(field).toHaveFocus());
  });
});
