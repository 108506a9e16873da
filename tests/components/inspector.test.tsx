// @vitest-environment jsdom
import './dom-setup';
import { Profiler } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Inspector } from '../../src/components/Inspector';
import { useEditor } from '../../src/store/store';
import type { ArgMap } from '../../src/model/types';
import { node, rel, xy } from '../builders.ts';

const S = () => useEditor.getState();
const sample = (): ArgMap => ({
  meta: { title: 'My map', description: 'About it' },
  nodes: [
    node('c', 'claim', 'The claim'),
    node('a', 'premise', 'Reason A', xy(-300, 200)),
    node('b', 'premise', 'Reason B', xy(0, 200)),
    node('o', 'objection', 'No', xy(300, 200)),
  ],
  relations: [rel('ra', 'a', 'c'), rel('rb', 'b', 'c'), rel('ro', 'o', 'c', 'opposes')],
});
const nodeOf = (id: string) => S().map.nodes.find((n) => n.id === id)!;
const relOf = (id: string) => S().map.relations.find((r) => r.id === id)!;

function setup(select: { nodes?: string[]; relations?: string[] } = {}) {
  S().loadMap(sample(), 'test.argmap.json', { saved: true });
  S().select(select.nodes ?? [], select.relations ?? []);
  const user = userEvent.setup();
  render(<Inspector />);
  return { user };
}

describe('Inspector with a node selected', () => {
  it('shows the node and changes its kind with the kind select, as one step', async () => {
    const { user } = setup({ nodes: ['a'] });
    expect(screen.getByRole('heading', { name: 'Reason' })).toBeInTheDocument();
    const kind = screen.getByLabelText('Kind');
    expect(kind).toHaveValue('premise');
    await user.selectOptions(kind, 'Evidence');
    expect(nodeOf('a').kind).toBe('evidence');
    expect(screen.getByRole('heading', { name: 'Evidence' })).toBeInTheDocument();
    expect(S().history.past).toHaveLength(1);
    act(() => S().undo());
    expect(screen.getByLabelText('Kind')).toHaveValue('premise');
  });

  it('commits the text field on blur, as one undo step for all the typing', async () => {
    const { user } = setup({ nodes: ['a'] });
    const text = screen.getByLabelText('Text');
    expect(text).toHaveValue('Reason A');
    await user.clear(text);
    await user.type(text, 'A better reason');
    // Nothing reaches the map while typing.
    expect(nodeOf('a').text).toBe('Reason A');
    expect(S().history.past).toHaveLength(0);
    await user.tab();
    expect(nodeOf('a').text).toBe('A better reason');
    expect(S().history.past).toHaveLength(1);
    act(() => S().undo());
    expect(nodeOf('a').text).toBe('Reason A');
    expect(screen.getByLabelText('Text')).toHaveValue('Reason A');
  });

  it('commits notes on blur as one step, and an unchanged field commits nothing', async () => {
    const { user } = setup({ nodes: ['a'] });
    await user.click(screen.getByLabelText('Text'));
    await user.tab();
    expect(S().history.past).toHaveLength(0);
    const notes = screen.getByLabelText('Notes');
    await user.type(notes, 'Some notes{Enter}second line');
    await user.click(screen.getByLabelText('Text'));
    expect(nodeOf('a').notes).toBe('Some notes\nsecond line');
    expect(S().history.past).toHaveLength(1);
  });

  it('commits each source field on blur as one step', async () => {
    const { user } = setup({ nodes: ['a'] });
    const source = screen.getByRole('group', { name: 'Source' });
    await user.type(within(source).getByLabelText('Document'), 'Report 2012');
    await user.type(within(source).getByLabelText('Paragraph'), '14');
    await user.type(within(source).getByLabelText('Quote'), 'a quote');
    await user.tab();
    expect(nodeOf('a').source).toEqual({ document: 'Report 2012', paragraph: '14', quote: 'a quote' });
    expect(S().history.past).toHaveLength(3);
    act(() => S().undo());
    expect(nodeOf('a').source).toEqual({ document: 'Report 2012', paragraph: '14' });
  });

  it('commits a single-line field on Enter and restores it on Escape', async () => {
    const { user } = setup({ nodes: ['a'] });
    const section = screen.getByLabelText('Section');
    await user.type(section, 'Part 1{Enter}');
    expect(nodeOf('a').source).toEqual({ section: 'Part 1' });
    await user.type(section, ' more{Escape}');
    expect(nodeOf('a').source).toEqual({ section: 'Part 1' });
    expect(section).toHaveValue('Part 1');
    expect(section).not.toHaveFocus();
    expect(S().history.past).toHaveLength(1);
  });

  it.each([
    ['Add reason', 'premise', 'supports'],
    ['Add objection', 'objection', 'opposes'],
    ['Add caveat', 'caveat', 'qualifies'],
    ['Add evidence', 'evidence', 'supports'],
  ] as const)('%s creates a connected %s and selects it', async (label, kind, relation) => {
    const { user } = setup({ nodes: ['c'] });
    const before = S().map.nodes.length;
    await user.click(screen.getByRole('button', { name: label }));
    expect(S().map.nodes).toHaveLength(before + 1);
    const child = S().map.nodes.at(-1)!;
    expect(child.kind).toBe(kind);
    expect(S().map.relations.find((r) => r.from === child.id)).toMatchObject({ to: 'c', kind: relation });
    expect(S().selectedNodeIds).toEqual([child.id]);
    expect(S().history.past).toHaveLength(1);
  });

  it('deletes the node', async () => {
    const { user } = setup({ nodes: ['a'] });
    await user.click(screen.getByRole('button', { name: 'Delete node' }));
    expect(S().map.nodes.some((n) => n.id === 'a')).toBe(false);
    expect(screen.getByRole('heading', { name: 'Map' })).toBeInTheDocument();
  });

  it('shows the new node when the selection changes', () => {
    setup({ nodes: ['a'] });
    act(() => S().select(['o']));
    expect(screen.getByRole('heading', { name: 'Objection' })).toBeInTheDocument();
    expect(screen.getByLabelText('Text')).toHaveValue('No');
  });
});

describe('Inspector with relations selected', () => {
  it('changes the relation kind', async () => {
    const { user } = setup({ relations: ['ra'] });
    expect(screen.getByRole('heading', { name: 'Relation' })).toBeInTheDocument();
    const kind = screen.getByLabelText('Kind');
    expect(kind).toHaveValue('supports');
    // An ordinary relation cannot be made an undercut from here.
    expect(within(kind).queryByRole('option', { name: 'undercuts' })).not.toBeInTheDocument();
    await user.selectOptions(kind, 'opposes');
    expect(relOf('ra').kind).toBe('opposes');
    expect(screen.getByLabelText('Kind')).toHaveValue('opposes');
    expect(S().history.past).toHaveLength(1);
  });

  it('changes the kind of a linked reason (all its relations) as one step', async () => {
    const { user } = setup({ relations: ['ra', 'rb'] });
    act(() => S().linkCoPremises(['ra', 'rb']));
    await user.selectOptions(screen.getByLabelText('Kind'), 'qualifies');
    expect([relOf('ra').kind, relOf('rb').kind]).toEqual(['qualifies', 'qualifies']);
    expect(S().history.past).toHaveLength(2);
    act(() => S().undo());
    expect([relOf('ra').kind, relOf('rb').kind]).toEqual(['supports', 'supports']);
  });

  it('offers to link two relations to the same target as co-premises', async () => {
    const { user } = setup({ relations: ['ra', 'rb'] });
    expect(screen.getByRole('heading', { name: '2 relations' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Link as co-premises' }));
    expect(relOf('ra').group).toBeTruthy();
    expect(relOf('rb').group).toBe(relOf('ra').group);
    expect(S().history.past).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Link as co-premises' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unlink co-premises' }));
    expect(relOf('ra').group).toBeUndefined();
    expect(relOf('rb').group).toBeUndefined();
  });

  it('does not offer linking for one relation, or for relations to different targets', () => {
    setup({ relations: ['ra'] });
    expect(screen.queryByRole('button', { name: 'Link as co-premises' })).not.toBeInTheDocument();
    act(() => {
      S().connect('o', 'a');
    });
    const oa = S().selectedRelationIds[0]!;
    act(() => S().select([], ['ra', oa]));
    expect(screen.getByRole('heading', { name: '2 relations' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Link as co-premises' })).not.toBeInTheDocument();
  });

  it('adds an undercutting objection to the selected relation', async () => {
    const { user } = setup({ relations: ['ra'] });
    await user.click(screen.getByRole('button', { name: 'Add undercutting objection' }));
    const added = S().map.nodes.at(-1)!;
    expect(added.kind).toBe('objection');
    expect(S().map.relations.find((r) => r.from === added.id)).toMatchObject({ to: 'ra', kind: 'undercuts' });
    expect(S().selectedNodeIds).toEqual([added.id]);
    expect(S().editingNodeId).toBe(added.id);
  });
});

describe('Inspector with nothing selected', () => {
  it('edits the map title and description', async () => {
    const { user } = setup();
    expect(screen.getByRole('heading', { name: 'Map' })).toBeInTheDocument();
    const title = screen.getByLabelText('Title');
    expect(title).toHaveValue('My map');
    await user.clear(title);
    await user.type(title, 'Renamed');
    expect(S().map.meta.title).toBe('My map');
    await user.tab();
    expect(S().map.meta).toEqual({ title: 'Renamed', description: 'About it' });
    const description = screen.getByLabelText('Description');
    await user.type(description, ' and more');
    await user.click(title);
    expect(S().map.meta).toEqual({ title: 'Renamed', description: 'About it and more' });
    expect(S().history.past).toHaveLength(2);
    act(() => S().undo());
    expect(screen.getByLabelText('Description')).toHaveValue('About it');
  });

  it('shows a summary for several selected nodes', () => {
    setup({ nodes: ['a', 'b'] });
    expect(screen.getByRole('heading', { name: '2 nodes selected' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete 2 nodes' })).toBeInTheDocument();
  });
});

describe('connecting from the inspector (no drag needed)', () => {
  it('adds a relation of the kind that fits the node, as one undo step, and selects it', async () => {
    useEditor.setState(useEditor.getInitialState(), true);
    useEditor.getState().loadMap(
      {
        meta: { title: 'Connect', description: '' },
        nodes: [
          { id: 'c', kind: 'claim', text: 'The claim', position: { x: 0, y: 0 } },
          { id: 'o', kind: 'objection', text: 'An objection', position: { x: 0, y: 200 } },
        ],
        relations: [],
      },
      'connect.argmap.json',
      { saved: true },
    );
    useEditor.getState().select(['o']);
    const user = userEvent.setup();
    render(<Inspector />);
    const field = screen.getByRole('combobox', { name: 'Bears on (add a relation)' });
    await user.click(field);
    // Moving through the list connects nothing; only Enter does.
    await user.keyboard('{ArrowDown}');
    expect(useEditor.getState().map.relations).toEqual([]);
    await user.type(field, 'claim');
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Claim: The claim']);
    await user.keyboard('{ArrowDown}{Enter}');
    const { map, history, selectedRelationIds } = useEditor.getState();
    expect(map.relations).toEqual([expect.objectContaining({ from: 'o', to: 'c', kind: 'opposes' })]);
    expect(history.past).toHaveLength(1);
    expect(selectedRelationIds).toEqual([map.relations[0]!.id]);
  });
});

describe('Inspector while nodes are dragged', () => {
  it('does not redraw for a drag frame, of the selected node or another, and follows a text edit', () => {
    S().loadMap(sample(), 'test.argmap.json', { saved: true });
    S().select(['b'], []);
    let commits = 0;
    render(
      <Profiler id="inspector" onRender={() => commits++}>
        <Inspector />
      </Profiler>,
    );
    commits = 0;
    act(() => {
      for (let x = 1; x <= 5; x++) S().dragNodes({ b: { x, y: 200 }, a: { x: -300 + x, y: 200 } });
      S().endGesture();
    });
    expect(nodeOf('b').position).toEqual({ x: 5, y: 200 });
    expect(commits).toBe(0);
    act(() => S().updateNode('c', { text: 'The claim, reworded' }));
    expect(commits).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /Reworded|reworded/ })).toBeInTheDocument();
  });
});

describe('the relations of the selected node', () => {
  it('lists each relation from or to it, an undercut naming the link it attacks, and follows a text edit', () => {
    S().loadMap(sample(), 'test.argmap.json', { saved: true });
    act(() => void S().connect('o', 'ra'));
    S().select(['o'], []);
    render(<Inspector />);
    const list = within(screen.getByRole('list', { name: 'Relations' }));
    const names = () => list.getAllByRole('button').map((b) => b.textContent);
    expect(names()).toEqual([
      expect.stringMatching(/: No → The claim$/),
      expect.stringMatching(/: No → the link “Reason A” → “The claim”$/),
    ]);
    act(() => S().updateNode('a', { text: 'Reason A, reworded' }));
    expect(names()).toEqual([
      expect.stringMatching(/: No → The claim$/),
      expect.stringMatching(/: No → the link “Reason A, reworded” → “The claim”$/),
    ]);
  });
});
