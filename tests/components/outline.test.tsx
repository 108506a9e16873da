// @vitest-environment jsdom
// The outline panel: a tree in step with the canvas selection, edited from the keyboard and
// its buttons (each edit one undo step), without the canvas shortcuts firing too.
import './dom-setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OutlinePanel } from '../../src/components/OutlinePanel';
import { useShortcuts } from '../../src/components/useShortcuts';
import { useEditor } from '../../src/store/store';
import { useOutlineUi, initialOutlineUi } from '../../src/components/outline/outlineUi';
import type { ArgMap, Relation } from '../../src/model/types';
import { builders } from '../builders.ts';

const spies = vi.hoisted(() => ({ iconRenders: 0, downloads: [] as { blob: Blob; name: string }[] }));

// Counts row renders: every row draws one kind icon, and the mock is not memoized.
vi.mock('../../src/canvas/KindIcon', () => ({
  KindIcon: () => {
    spies.iconRenders++;
    return null;
  },
}));
vi.mock('../../src/io/files', () => ({
  downloadBlob: (blob: Blob, name: string) => spies.downloads.push({ blob, name }),
}));

const { node, rel } = builders({ text: (id) => `${id.toUpperCase()} text` });

/** c ← a (← a1), [x, y] (linked), o (opposes), q (qualifies); u undercuts a's link. */
const sample = (): ArgMap => ({
  meta: { title: 'Outline *test*', description: '' },
  nodes: [
    node('c', 'claim', 'The claim'),
    node('a'),
    node('a1', 'evidence'),
    node('x'),
    node('y'),
    node('o', 'objection'),
    node('q', 'caveat'),
    node('u', 'objection', 'Undercut <script>'),
  ],
  relations: [
    rel('ra', 'a', 'c'),
    rel('ra1', 'a1', 'a'),
    rel('rx', 'x', 'c', 'supports', { group: 'g' }),
    rel('ry', 'y', 'c', 'supports', { group: 'g' }),
    rel('ro', 'o', 'c', 'opposes'),
    rel('rq', 'q', 'c', 'qualifies'),
    rel('ru', 'u', 'ra', 'undercuts'),
  ],
});

const S = () => useEditor.getState();
const shape = () => {
  const items = screen.getAllByRole('treeitem');
  return items.map((el) => `${'  '.repeat(Number(el.getAttribute('aria-level')) - 1)}${el.dataset.nodeId}`);
};
const item = (id: string) => screen.getAllByRole('treeitem').find((el) => el.dataset.nodeId === id)!;
const tree = () => screen.getByRole('tree', { name: 'Outline' });

function WithShortcuts() {
  useShortcuts();
  return <OutlinePanel />;
}

function setup(map: ArgMap = sample()) {
  S().loadMap(map, 'outline.argmap.json', { saved: true });
  useOutlineUi.setState(initialOutlineUi());
  spies.downloads.length = 0;
  const user = userEvent.setup();
  const view = render(<WithShortcuts />);
  return { user, view };
}

beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn();
});

describe('outline tree', () => {
  it('shows the map as a tree: levels, marks, kinds, linked co-premises', () => {
    setup();
    expect(shape()).toEqual(['c', '  a', '    a1', '    u', '  x', '  y', '  o', '  q']);
    const marks = screen.getAllByRole('treeitem').map((el) => el.querySelector('.outline-marker')!.textContent);
    expect(marks).toEqual(['•', '+', '+', '×', '+', '+', '−', '~']);
    expect(item('o')).toHaveAccessibleName('Objection, opposes, O text');
    expect(item('u')).toHaveAccessibleName('Objection, undercuts the link, Undercut <script>');
    expect(item('x')).toHaveAccessibleName('Reason, supports, linked co-premise, X text');
    expect(item('q')).toHaveTextContent('Caveat');
    expect(item('a')).toHaveAttribute('aria-expanded', 'true');
    expect(item('o')).not.toHaveAttribute('aria-expanded');
    expect(item('x')).toHaveAttribute('aria-posinset', '2');
    expect(item('x')).toHaveAttribute('aria-setsize', '5');
    expect(item('c')).toHaveAttribute('aria-selected', 'false');
  });

  it('gives every button a name', () => {
    setup();
    S().select(['a']);
    for (const button of screen.getAllByRole('button')) expect(button).toHaveAccessibleName();
    expect(screen.getByRole('button', { name: 'Add reason' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Indent' })).toBeInTheDocument();
  });

  it('selecting an item selects the node on the canvas and centres it', async () => {
    const { user } = setup();
    await user.click(within(item('o')).getByText('O text'));
    expect(S().selectedNodeIds).toEqual(['o']);
    expect(S().centerRequest?.nodeId).toBe('o');
    expect(item('o')).toHaveAttribute('aria-selected', 'true');
    expect(tree()).toHaveFocus();
    expect(tree()).toHaveAttribute('aria-activedescendant', item('o').id);
  });

  it('Shift+click adds to the selection without moving the canvas', async () => {
    const { user } = setup();
    await user.click(within(item('o')).getByText('O text'));
    const seq = S().centerRequest?.seq;
    await user.keyboard('{Shift>}');
    await user.click(within(item('q')).getByText('Q text'));
    await user.keyboard('{/Shift}');
    expect(S().selectedNodeIds).toEqual(['o', 'q']);
    expect(S().centerRequest?.seq).toBe(seq);
  });

  it('selecting on the canvas highlights the item and scrolls it into view', () => {
    setup();
    const scroll = vi.mocked(Element.prototype.scrollIntoView);
    scroll.mockClear();
    act(() => S().select(['y']));
    expect(item('y')).toHaveAttribute('aria-selected', 'true');
    expect(item('y')).toHaveClass('is-selected');
    expect(tree()).toHaveAttribute('aria-activedescendant', item('y').id);
    expect(scroll.mock.contexts).toContain(item('y'));
  });

  it('unfolds down to an item selected on the canvas inside a folded subtree', async () => {
    const { user } = setup();
    await user.click(item('a').querySelector('.outline-twisty')!);
    expect(shape()).not.toContain('    a1');
    expect(item('a')).toHaveAttribute('aria-expanded', 'false');
    act(() => S().select(['a1']));
    expect(shape()).toContain('    a1');
  });
});

describe('outline keyboard', () => {
  it('Up, Down, Home and End move the selection; Left and Right fold or walk the levels', async () => {
    const { user } = setup();
    act(() => tree().focus());
    await user.keyboard('{ArrowDown}');
    expect(S().selectedNodeIds).toEqual(['c']);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(S().selectedNodeIds).toEqual(['a1']);
    expect(S().centerRequest?.nodeId).toBe('a1');
    await user.keyboard('{ArrowUp}');
    expect(S().selectedNodeIds).toEqual(['a']);
    await user.keyboard('{ArrowLeft}'); // fold a
    expect(shape()).toEqual(['c', '  a', '  x', '  y', '  o', '  q']);
    await user.keyboard('{ArrowDown}');
    expect(S().selectedNodeIds).toEqual(['x']);
    await user.keyboard('{ArrowLeft}'); // x has no children: go to the parent
    expect(S().selectedNodeIds).toEqual(['c']);
    await user.keyboard('{End}');
    expect(S().selectedNodeIds).toEqual(['q']);
    await user.keyboard('{Home}{ArrowDown}{ArrowRight}'); // unfold a
    expect(shape()).toContain('    a1');
    await user.keyboard('{ArrowRight}'); // into its first child
    expect(S().selectedNodeIds).toEqual(['a1']);
    expect(S().history.past).toHaveLength(0);
  });

  it('Enter edits the text in the outline: Enter commits as one undo step, the canvas does not edit too', async () => {
    const { user } = setup();
    await user.click(within(item('o')).getByText('O text'));
    await user.keyboard('{Enter}');
    const box = within(item('o')).getByRole('textbox', { name: 'Text of objection' });
    expect(box).toHaveFocus();
    expect(S().editingNodeId).toBeNull();
    await user.clear(box);
    await user.type(box, 'A better objection');
    expect(S().history.past).toHaveLength(0);
    await user.keyboard('{Enter}');
    expect(S().map.nodes.find((n) => n.id === 'o')!.text).toBe('A better objection');
    expect(S().history.past).toHaveLength(1);
    expect(within(tree()).queryByRole('textbox')).not.toBeInTheDocument();
    expect(tree()).toHaveFocus();
    act(() => S().undo());
    expect(item('o')).toHaveTextContent('O text');
  });

  it('F2 edits too, and Escape cancels without a step', async () => {
    const { user } = setup();
    await user.click(within(item('q')).getByText('Q text'));
    await user.keyboard('{F2}');
    const box = within(item('q')).getByRole('textbox');
    await user.type(box, ' and more');
    await user.keyboard('{Escape}');
    expect(S().map.nodes.find((n) => n.id === 'q')!.text).toBe('Q text');
    expect(S().history.past).toHaveLength(0);
    expect(S().selectedNodeIds).toEqual(['q']); // Escape in the editor does not clear the selection
    expect(tree()).toHaveFocus();
  });

  it('double-clicking an item edits it', async () => {
    const { user } = setup();
    await user.dblClick(within(item('a1')).getByText('A1 text'));
    const box = within(item('a1')).getByRole('textbox', { name: 'Text of evidence' });
    expect(box).toHaveFocus();
    await user.type(box, '!{Enter}');
    expect(S().map.nodes.find((n) => n.id === 'a1')!.text).toBe('A1 text!');
  });

  it('Tab indents and Shift+Tab outdents, one undo step each, and focus stays in the tree', async () => {
    const { user } = setup();
    await user.click(within(item('o')).getByText('O text'));
    await user.keyboard('{Tab}');
    expect(shape()).toEqual(['c', '  a', '    a1', '    u', '  x', '  y', '    o', '  q']);
    expect(S().map.relations.find((r) => r.id === 'ro')).toMatchObject({ from: 'o', to: 'y', kind: 'opposes' });
    expect(tree()).toHaveFocus();
    expect(S().history.past).toHaveLength(1);
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(shape()).toEqual(['c', '  a', '    a1', '    u', '  x', '  y', '  o', '  q']);
    expect(S().history.past).toHaveLength(2);
    expect(tree()).toHaveFocus();
    expect(S().selectedNodeIds).toEqual(['o']);
  });

  it('says why an edit is refused', async () => {
    const { user } = setup();
    await user.click(within(item('a')).getByText('A text'));
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(screen.getByRole('status')).toHaveTextContent('It already bears directly on a top-level statement.');
    expect(S().history.past).toHaveLength(0);
    await user.click(within(item('x')).getByText('X text'));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(screen.getByRole('status')).toHaveTextContent(/Co-premises stay together/);
  });

  it('Alt+Up and Alt+Down reorder among siblings', async () => {
    const { user } = setup();
    await user.click(within(item('q')).getByText('Q text'));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(shape()).toEqual(['c', '  a', '    a1', '    u', '  x', '  y', '  q', '  o']);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}'); // past the linked reason [x, y]
    expect(shape()).toEqual(['c', '  a', '    a1', '    u', '  q', '  x', '  y', '  o']);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(shape()).toEqual(['c', '  a', '    a1', '    u', '  x', '  y', '  q', '  o']);
    expect(S().history.past).toHaveLength(3);
    expect(S().selectedNodeIds).toEqual(['q']);
    expect(tree()).toHaveFocus();
  });

  it('R adds a reason under the current item and edits it in the outline', async () => {
    const { user } = setup();
    await user.click(within(item('o')).getByText('O text'));
    await user.keyboard('r');
    const added = S().selectedNodeIds[0]!;
    expect(S().map.relations.filter((r) => r.from === added)).toEqual([expect.objectContaining({ to: 'o', kind: 'supports' })]);
    expect(S().map.nodes).toHaveLength(9); // one child, not one from the outline and one from the canvas shortcut
    expect(S().editingNodeId).toBeNull();
    const box = within(item(added)).getByRole('textbox', { name: 'Text of reason' });
    await user.type(box, 'Because{Enter}');
    expect(S().map.nodes.find((n) => n.id === added)!.text).toBe('Because');
    expect(shape()).toContain(`    ${added}`);
  });

  it('stops editing an item that an undo took away, so a redo does not bring the editor back', async () => {
    const { user } = setup();
    await user.click(within(item('o')).getByText('O text'));
    await user.keyboard('c');
    const added = S().selectedNodeIds[0]!;
    expect(within(item(added)).getByRole('textbox')).toBeInTheDocument();
    act(() => S().undo());
    expect(shape()).not.toContain(`    ${added}`);
    act(() => S().redo());
    expect(shape()).toContain(`    ${added}`);
    expect(within(tree()).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('Delete removes the selection (one step) and selects the item above', async () => {
    const { user } = setup();
    await user.click(within(item('o')).getByText('O text'));
    await user.keyboard('{Delete}');
    expect(S().map.nodes.some((n) => n.id === 'o')).toBe(false);
    expect(S().history.past).toHaveLength(1);
    expect(S().selectedNodeIds).toEqual(['y']);
    await user.keyboard(`{${'Control'}>}z{/Control}`); // undo reaches the editor's shortcuts
    expect(S().map.nodes.some((n) => n.id === 'o')).toBe(true);
    expect(shape()).toContain('  o');
  });

  it('leaves keys it does not use to the editor: Escape clears the selection', async () => {
    const { user } = setup();
    await user.click(within(item('o')).getByText('O text'));
    await user.keyboard('{Escape}');
    expect(S().selectedNodeIds).toEqual([]);
  });
});

describe('outline buttons', () => {
  it('adds an objection, a caveat and evidence under the selected statement, editing each in the outline', async () => {
    const { user } = setup();
    expect(screen.getByRole('button', { name: 'Add objection' })).toBeDisabled();
    await user.click(within(item('a')).getByText('A text'));
    for (const [name, kind, relation] of [
      ['Add objection', 'objection', 'opposes'],
      ['Add caveat', 'caveat', 'qualifies'],
      ['Add evidence', 'evidence', 'supports'],
    ] as const) {
      act(() => S().select(['a']));
      await user.click(screen.getByRole('button', { name }));
      const id = S().selectedNodeIds[0]!;
      expect(S().map.nodes.find((n) => n.id === id)!.kind).toBe(kind);
      expect(S().map.relations.find((r) => r.from === id)).toMatchObject({ to: 'a', kind: relation });
      const box = within(item(id)).getByRole('textbox');
      expect(box).toHaveFocus();
      await user.type(box, `New ${kind}{Enter}`);
      expect(item(id)).toHaveTextContent(`New ${kind}`);
    }
    expect(shape().slice(0, 7)).toEqual([
      'c',
      '  a',
      '    a1',
      '    u',
      expect.stringMatching(/^ {4}n/),
      expect.stringMatching(/^ {4}n/),
      expect.stringMatching(/^ {4}n/),
    ]);
  });

  it('indent, outdent, move and delete buttons act on the selected statement', async () => {
    const { user } = setup();
    await user.click(within(item('q')).getByText('Q text'));
    await user.click(screen.getByRole('button', { name: 'Move up' }));
    expect(shape().slice(-2)).toEqual(['  q', '  o']);
    await user.click(screen.getByRole('button', { name: 'Move down' }));
    expect(shape().slice(-2)).toEqual(['  o', '  q']);
    await user.click(screen.getByRole('button', { name: 'Indent' }));
    expect(shape().slice(-2)).toEqual(['  o', '    q']);
    await user.click(screen.getByRole('button', { name: 'Outdent' }));
    expect(shape().slice(-2)).toEqual(['  o', '  q']);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(shape()).not.toContain('  q');
    expect(S().history.past).toHaveLength(5);
  });

  it('exports the outline as <title>.md with user text escaped', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(spies.downloads).toHaveLength(1);
    const { blob, name } = spies.downloads[0]!;
    expect(name).toBe('Outline test.md');
    expect(blob.type).toMatch(/^text\/markdown/);
    const text = await blob.text();
    expect(text.split('\n')[0]).toBe('# Outline \\*test\\*');
    expect(text).toContain('- **Claim:** The claim\n');
    expect(text).toContain('  - **+ Reason:** A text\n');
    expect(text).toContain('    - **× Objection:** Undercut \\<script\\>\n');
    expect(text).toContain('  - **~ Caveat:** Q text\n');
  });
});

describe('large maps', () => {
  /** A claim with 1,000 statements below it, ten levels of a hundred-wide tree. */
  function bigMap(): ArgMap {
    const nodes = [node('n0', 'claim')];
    const relations: Relation[] = [];
    for (let i = 1; i < 1000; i++) {
      nodes.push(node(`n${i}`, i % 5 === 0 ? 'objection' : 'premise'));
      relations.push(rel(`r${i}`, `n${i}`, `n${Math.floor((i - 1) / 3)}`, i % 5 === 0 ? 'opposes' : 'supports'));
    }
    return { meta: { title: 'Big', description: '' }, nodes, relations };
  }

  it('re-renders only the rows that change', async () => {
    setup(bigMap());
    expect(screen.getAllByRole('treeitem')).toHaveLength(1000);
    spies.iconRenders = 0;
    act(() => S().select(['n500']));
    expect(spies.iconRenders).toBe(1);
    spies.iconRenders = 0;
    act(() => S().select(['n501']));
    expect(spies.iconRenders).toBe(2); // the one selected, the one no longer selected
    spies.iconRenders = 0;
    act(() => S().updateNode('n7', { text: 'Changed' }));
    expect(spies.iconRenders).toBe(1);
    spies.iconRenders = 0;
    act(() => S().moveNodes({ n3: { x: 50, y: 50 }, n4: { x: 9, y: 9 } })); // a drag: not in the outline
    expect(spies.iconRenders).toBe(0);
  });
});
