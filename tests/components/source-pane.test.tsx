// @vitest-environment jsdom
// The Source pane: attaching a text, the passages highlighted in their kind colours,
// clicking a highlight, coverage, statements from a selection, a referenced text that is
// missing, and the structure check's hints for unmapped paragraphs.
import './dom-setup';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourcePane } from '../../src/components/source/SourcePane';
import { StructurePanel } from '../../src/components/StructurePanel';
import { useEditor } from '../../src/store/store';
import { parseMapText } from '../../src/model/format/load';
import { emptyMap, type ArgMap } from '../../src/model/types';
import gsomiaText from '../../maps/gsomia-2012.json?raw';
import { fixtureMapText, fixtureText, seedText, skipGsomiaChecks } from '../seed';

const S = () => useEditor.getState();
const ESSAY =
  '# Night trains\n\nNight trains are clean. They are slow.\n\nTickets cost more than flights.\n\n## Objections\n\nSleeper cars are expensive to run.\n';

function mapOf(text: string): ArgMap {
  const parsed = parseMapText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.map;
}
const gsomia = () => mapOf(gsomiaText);
const fixtureMap = () => mapOf(fixtureMapText());

/** Selects [start, end) of the text in the pane, as a mouse would, and lets the pane see it. */
function selectText(start: number, end: number) {
  const pieces = [...document.querySelectorAll<HTMLElement>('.source-text [data-start]')];
  const at = (offset: number) => {
    const piece = pieces.filter((p) => Number(p.dataset.start) <= offset).at(-1)!;
    return { node: piece.firstChild!, offset: offset - Number(piece.dataset.start) };
  };
  const a = at(start);
  const b = at(end);
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  act(() => {
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

describe('Source pane', () => {
  it('attaches a pasted text as one undo step and numbers its paragraphs by section', async () => {
    S().loadMap(emptyMap(), 'x.json', { saved: true });
    const user = userEvent.setup();
    render(<SourcePane />);
    expect(screen.getByText(/No text is attached/)).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Text \(paste it here/));
    await user.paste(ESSAY);
    await user.type(screen.getByLabelText('Author'), 'Ann Smith');
    await user.click(screen.getByRole('button', { name: 'Attach source' }));
    expect(S().map.sources).toHaveLength(1);
    expect(S().map.sources![0]).toMatchObject({ title: 'Night trains', author: 'Ann Smith', text: ESSAY });
    expect(S().history.past).toHaveLength(1);
    expect(screen.getByRole('tab', { name: 'Night trains' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('0 of 3 paragraphs mapped');
    expect(screen.getAllByLabelText(/Paragraph \d: not mapped/)).toHaveLength(3);
    act(() => S().undo());
    expect(S().map.sources).toBeUndefined();
  });

  it('makes a statement of the selected words with a key as on the canvas, anchored with section and paragraph', () => {
    S().loadMap(emptyMap(), 'x.json', { saved: true });
    act(() => void S().attachSource({ title: 'Essay', text: ESSAY }));
    render(<SourcePane />);
    const text = S().map.sources![0]!.text!;
    const start = text.indexOf('Sleeper cars');
    selectText(start, start + 'Sleeper cars are expensive to run.'.length);
    expect(within(screen.getByRole('toolbar', { name: 'Selection' })).getByRole('button', { name: /Objection/ })).toBeEnabled();
    fireEvent.keyDown(window, { key: 'o' });
    const made = S().map.nodes[0]!;
    expect(made).toMatchObject({
      kind: 'objection',
      text: 'Sleeper cars are expensive to run.',
      source: { document: 'Essay', section: 'Objections', paragraph: '1' },
    });
    expect(made.anchor?.quote?.exact).toBe('Sleeper cars are expensive to run.');
    expect(S().selectedNodeIds).toEqual([made.id]);
    expect(S().history.past).toHaveLength(2);
    // Its passage is now highlighted in the objection colour (the theme's), and the coverage says so.
    const mark = document.querySelector<HTMLElement>(`mark[data-nodes~="${made.id}"]`)!;
    expect(mark).toHaveTextContent('Sleeper cars are expensive to run.');
    expect(mark.style.getPropertyValue('--mark-color')).toBe('var(--kind-objection-color)');
    expect(mark).toHaveClass('is-current');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 paragraphs mapped');
  });

  it('re-anchors the selected node to a selection ("Anchor to selection")', async () => {
    S().loadMap(emptyMap(), 'x.json', { saved: true });
    act(() => void S().attachSource({ title: 'Essay', text: ESSAY }));
    act(() => void S().addNode('claim', { x: 0, y: 0 }, { edit: false }));
    render(<SourcePane />);
    const text = S().map.sources![0]!.text!;
    const start = text.indexOf('Tickets');
    selectText(start, start + 'Tickets cost more'.length);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Anchor to selection' }));
    expect(S().map.nodes[0]!.anchor?.position).toMatchObject({ start, end: start + 'Tickets cost more'.length });
    expect(S().map.nodes[0]!.source).toMatchObject({ section: 'Night trains', paragraph: '2' });
  });

  // The same on a map of a text the repository carries (always) and on GSOMIA (where its text is here).
  const withoutText = [
    {
      name: 'the night-trains test map',
      map: fixtureMap,
      text: fixtureText,
      file: 'night-trains.txt',
      tab: /Night Trains Return/,
      count: 15,
      coverage: '11 of 15 paragraphs mapped · 15 of 15 statements anchored',
      skip: false,
      overlap: undefined,
      single: 'claim-main',
    },
    {
      name: 'the GSOMIA map',
      map: gsomia,
      text: seedText,
      file: 'rsis-115.txt',
      tab: /Japan-South Korea Military Cooperation/,
      count: 46,
      coverage: '14 of 17 paragraphs mapped · 46 of 46 statements anchored',
      skip: skipGsomiaChecks(),
      // Overlapping passages: the unstated objection's words lie inside the rebuttal's sentence.
      overlap: ['hs-obj-us-influence', 'hs-us-presence'],
      single: 'claim-main',
    },
  ];
  for (const c of withoutText) {
    it.skipIf(c.skip)(
      `on ${c.name} without its text: says so, still lists the source, and anchors every node once the text is opened`,
      async () => {
        S().loadMap(c.map(), 'map.json', { saved: true });
        render(<SourcePane />);
        expect(screen.getByRole('tab', { name: c.tab })).toBeInTheDocument();
        expect(screen.getByRole('status')).toHaveTextContent(
          new RegExp(`references this text but does not carry it\\. ${c.count} statements point into it`),
        );
        const file = new File([c.text()], c.file, { type: 'text/plain' });
        await userEvent.setup().upload(screen.getByLabelText('Text of the source'), file);
        await screen.findByText(/paragraphs mapped/);
        expect(screen.getByRole('status')).toHaveTextContent(c.coverage);
        expect(S().history.past).toHaveLength(0); // supplying the text changes nothing in the map
        if (c.overlap) {
          const overlap = document.querySelector<HTMLElement>(c.overlap.map((id) => `mark[data-nodes~="${id}"]`).join(''))!;
          expect(overlap).toHaveClass('is-overlap');
          fireEvent.click(overlap);
          const first = S().selectedNodeIds[0]!;
          fireEvent.click(overlap);
          const second = S().selectedNodeIds[0]!;
          expect([first, second].sort()).toEqual(c.overlap);
          expect(S().centerRequest?.nodeId).toBe(second);
        }
        // Clicking a single highlight selects its node.
        fireEvent.click(document.querySelector(`mark[data-nodes="${c.single}"]`)!);
        expect(S().selectedNodeIds).toEqual([c.single]);
      },
    );
  }

  it('reports passages it cannot find in a changed text, and keeps their anchors', async () => {
    S().loadMap(fixtureMap(), 'night-trains.argmap.json', { saved: true });
    render(<SourcePane />);
    const changed = fixtureText().replace('It remains to be seen whether', 'Whether');
    act(() => S().provideSourceText('night-trains-7-2026', changed));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('1 passage was not found in this text (the anchors are kept)');
    expect(within(alert).getByRole('button')).toHaveTextContent(/Whether travellers will pay more for comfort/);
    expect(S().map.nodes.find((n) => n.id === 'cav-premium')!.anchor).toBeDefined();
  });
});

describe('structure check and sources', () => {
  it('hints at each unmapped paragraph of an attached text; clicking one opens it in the Source pane', async () => {
    S().loadMap(emptyMap(), 'x.json', { saved: true });
    act(() => void S().addNode('claim', { x: 0, y: 0 }, { edit: false }));
    act(() => void S().updateNode(S().map.nodes[0]!.id, { text: 'Trains beat planes' }));
    act(() => void S().attachSource({ title: 'Essay', text: ESSAY }));
    act(() => S().setSidePanel('check'));
    render(<StructurePanel />);
    const hints = screen.getAllByRole('button', { name: /Paragraph not mapped/ });
    expect(hints.map((h) => h.textContent)).toEqual([
      expect.stringContaining(
        'Paragraph 1 of “Night trains” in Essay has no statement anchored in it (“Night trains are clean. They are slow.”)',
      ),
      expect.stringContaining('Paragraph 2 of “Night trains”'),
      expect.stringContaining('Paragraph 1 of “Objections”'),
    ]);
    await userEvent.setup().click(hints[2]!);
    expect(S().sidePanel).toBe('source');
    expect(S().paragraphRequest).toMatchObject({ sourceId: S().map.sources![0]!.id, paragraph: 2 });
  });
});
