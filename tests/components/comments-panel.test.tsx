// @vitest-environment jsdom
// The Comments panel: the comments on the selection (or the map), the name asked once and kept
// in this browser, reply, resolve, edit and delete one's own, All comments with its filter, the
// keyboard (Ctrl+Enter sends, Escape cancels), and a view-only link that reads but cannot write.
import './dom-setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CommentsPanel } from '../../src/components/comments/CommentsPanel';
import { useEditor } from '../../src/store/store';
import type { RoomState } from '../../src/store/room';
import { NAME_KEY } from '../../src/io/authorName';
import { mapOf, node, rel } from '../builders';

const S = () => useEditor.getState();

function setup(opts: { name?: string } = {}) {
  localStorage.clear();
  if (opts.name) localStorage.setItem(NAME_KEY, opts.name);
  S().loadMap(
    mapOf([node('c', 'claim', 'Schools should start later'), node('a', 'premise', 'Teenagers sleep late')], [rel('ra', 'a', 'c')]),
    'm.argmap.json',
    { saved: true },
  );
  const user = userEvent.setup();
  render(<CommentsPanel />);
  return { user };
}

const threads = () => screen.queryAllByRole('article');

describe('Comments panel', () => {
  it('asks the name once, with the first comment, and keeps it in this browser', async () => {
    const { user } = setup();
    act(() => S().select(['a']));
    expect(screen.getByText('On the statement “Teenagers sleep late”')).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'New comment on the statement “Teenagers sleep late”' });
    await user.type(field, 'Is this evidence?');
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give your name first');
    expect(S().map.comments).toBeUndefined();
    await user.type(screen.getByRole('textbox', { name: /Your name/ }), 'Ms Tan');
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    expect(S().map.comments).toEqual([expect.objectContaining({ target: 'a', author: 'Ms Tan', text: 'Is this evidence?' })]);
    expect(localStorage.getItem(NAME_KEY)).toBe('Ms Tan');
    expect(screen.queryByRole('textbox', { name: /Your name/ })).toBeNull();
    expect(screen.getByText('Commenting as')).toHaveTextContent('Commenting as Ms Tan');
    expect(threads()).toHaveLength(1);
    expect(threads()[0]).toHaveAccessibleName('Comment by Ms Tan, open');
  });

  it('Ctrl+Enter sends; nothing selected comments on the whole map; blank text is refused with a reason', async () => {
    const { user } = setup({ name: 'Ms Tan' });
    const field = screen.getByRole('textbox', { name: 'New comment on the whole map' });
    await user.click(field);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('alert')).toHaveTextContent('Write something first.');
    await user.type(field, 'Good start{Control>}{Enter}{/Control}');
    expect(S().map.comments).toEqual([expect.objectContaining({ text: 'Good start' })]);
    expect(S().map.comments![0]).not.toHaveProperty('target');
    expect(field).toHaveValue('');
  });

  it('replies, resolves and reopens; edits and deletes only one’s own words', async () => {
    const { user } = setup({ name: 'Alex' });
    act(() => {
      S().select(['a']);
      S().apply({
        ...S().map,
        comments: [{ id: 'k1', target: 'a', author: 'Ms Tan', created: '2026-12-07T09:00:00.000Z', text: 'Source?' }],
      });
    });
    const thread = threads()[0]!;
    expect(within(thread).queryByRole('button', { name: 'Edit your words' })).toBeNull();
    await user.click(within(thread).getByRole('button', { name: 'Reply to Ms Tan' }));
    const reply = within(thread).getByRole('textbox', { name: 'Reply to Ms Tan' });
    expect(reply).toHaveFocus();
    await user.keyboard('Paragraph 3{Control>}{Enter}{/Control}');
    expect(S().map.comments![0]!.replies).toEqual([expect.objectContaining({ author: 'Alex', text: 'Paragraph 3' })]);
    // My reply: mine to edit.
    await user.click(within(thread).getByRole('button', { name: 'Edit your words' }));
    const edit = within(thread).getByRole('textbox', { name: 'Edit your words' });
    await user.clear(edit);
    await user.type(edit, 'Paragraph 4');
    await user.click(within(thread).getByRole('button', { name: 'Save' }));
    expect(S().map.comments![0]!.replies![0]!.text).toBe('Paragraph 4');
    // Escape cancels an edit without a change.
    await user.click(within(thread).getByRole('button', { name: 'Edit your words' }));
    await user.keyboard('{Escape}');
    expect(within(thread).queryByRole('textbox', { name: 'Edit your words' })).toBeNull();

    await user.click(within(thread).getByRole('button', { name: 'Resolve the comment by Ms Tan' }));
    expect(S().map.comments![0]!.resolved).toBe(true);
    expect(threads()[0]).toHaveAccessibleName('Comment by Ms Tan, resolved');
    await user.click(screen.getByRole('button', { name: 'Reopen the comment by Ms Tan' }));
    expect(S().map.comments![0]).not.toHaveProperty('resolved');

    await user.click(within(threads()[0]!).getByRole('button', { name: 'Delete what you wrote' }));
    expect(S().map.comments![0]).not.toHaveProperty('replies');
    expect(screen.getByRole('heading', { name: /Comments/ })).toHaveFocus();
  });

  it('All comments lists every comment with what it is on, filtered by open or resolved; a click goes to the statement', async () => {
    const { user } = setup({ name: 'Ms Tan' });
    act(() =>
      S().apply({
        ...S().map,
        comments: [
          { id: 'k1', target: 'a', author: 'Ms Tan', created: '2026-12-07T09:00:00.000Z', text: 'Open one' },
          { id: 'k2', target: 'ra', author: 'Ms Tan', created: '2026-12-07T09:00:00.000Z', text: 'Resolved one', resolved: true },
          { id: 'k3', author: 'Ms Tan', created: '', text: 'Detached', wasOn: 'the statement “Gone”' },
        ],
      }),
    );
    expect(screen.getByRole('heading', { name: /Comments/ })).toHaveTextContent('(2 open, 1 resolved)');
    await user.click(screen.getByRole('radio', { name: 'All comments' }));
    expect(threads().map((t) => t.querySelector('.comment-text')?.textContent)).toEqual(['Open one', 'Resolved one', 'Detached']);
    expect(screen.getByText('Was on the statement “Gone”, since deleted.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox'), 'open only');
    expect(threads()).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox'), 'resolved only');
    expect(threads()).toHaveLength(1);
    expect(within(threads()[0]!).getByRole('button', { name: /^On the relation \(supports\)/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox'), 'open and resolved');
    await user.click(screen.getByRole('button', { name: 'On the statement “Teenagers sleep late”' }));
    expect(S().selectedNodeIds).toEqual(['a']);
  });

  it('a view-only link shows the comments and no way to write', () => {
    setup({ name: 'Viewer' });
    act(() => {
      S().apply({ ...S().map, comments: [{ id: 'k1', author: 'Ms Tan', created: '', text: 'Read me' }] });
      const room: RoomState = {
        id: 'r',
        access: 'view',
        status: 'connected',
        ready: true,
        links: { view: 'v' },
        people: [],
        selfId: 1,
        canUndo: false,
        canRedo: false,
      };
      S().setRoom(room);
    });
    expect(screen.getByText('Read me')).toBeInTheDocument();
    expect(screen.getByText(/view-only link/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Reply|Resolve/ })).toBeNull();
    act(() => S().setRoom(null));
  });
});
