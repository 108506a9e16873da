// Operations on arguments' schemes (src/model/schemes/operations.ts), and what other operations
// do to them: deleting statements, linking co-premises, copy and paste.
import { describe, expect, test } from 'vitest';
import * as ops from '../../../src/model/schemes/operations.ts';
import { removeElements, linkCoPremises } from '../../../src/model/operations.ts';
import { copyFragment, parseFragment, pasteFragment } from '../../../src/model/fragment.ts';
import { serializeMap } from '../../../src/model/format/save.ts';
import { loadMapJson, parseMapText } from '../../../src/model/format/load.ts';
import { builders } from '../../builders.ts';

const { node, rel, mapOf } = builders({ frozen: true });

const base = () =>
  mapOf(
    [
      node('c', 'claim', 'Schools should start later.'),
      node('p', 'premise', 'Sleep researchers say teenagers need to sleep later.'),
      node('q', 'premise', 'Researchers of adolescent sleep are experts on it.'),
      node('e', 'evidence', 'The AAP recommends 8:30 at the earliest.'),
      node('x', 'objection', 'Buses would cost more.'),
    ],
    [rel('r1', 'p', 'c'), rel('r2', 'q', 'c'), rel('r3', 'e', 'p'), rel('r4', 'x', 'c', 'opposes')],
  );
const linked = () => linkCoPremises(base(), ['r1', 'r2']);

describe('setScheme', () => {
  test('gives the relation a scheme; the same scheme again changes nothing; undefined removes it', () => {
    const m = ops.setScheme(base(), 'r1', 'expert-opinion');
    expect(m.relations.find((r) => r.id === 'r1')!.scheme).toEqual({ scheme: 'expert-opinion' });
    expect(ops.setScheme(m, 'r1', 'expert-opinion')).toBe(m);
    expect(ops.setScheme(m, 'r1', undefined).relations.find((r) => r.id === 'r1')!.scheme).toBeUndefined();
    expect(ops.setScheme(base(), 'nope', 'expert-opinion')).toEqual(base());
  });

  test('a co-premise group is one argument: every relation of it gets the scheme', () => {
    const m = ops.setScheme(linked(), 'r2', 'expert-opinion');
    expect(m.relations.filter((r) => r.to === 'c' && r.kind === 'supports').map((r) => r.scheme)).toEqual([
      { scheme: 'expert-opinion' },
      { scheme: 'expert-opinion' },
    ]);
    expect(m.relations.find((r) => r.id === 'r4')!.scheme).toBeUndefined();
  });

  test('another scheme starts afresh: roles and question states of the old one go', () => {
    let m = ops.setScheme(base(), 'r1', 'expert-opinion');
    m = ops.fillRole(m, 'r1', 'assertion', 'p');
    m = ops.answerQuestion(m, 'r1', 'evidence', 'e');
    m = ops.setScheme(m, 'r1', 'position-to-know');
    expect(m.relations.find((r) => r.id === 'r1')!.scheme).toEqual({ scheme: 'position-to-know' });
  });

  test('an undercut takes no scheme', () => {
    const m = mapOf([node('a'), node('b'), node('u', 'objection')], [rel('r', 'a', 'b'), rel('u1', 'u', 'r', 'undercuts')]);
    expect(ops.setScheme(m, 'u1', 'expert-opinion')).toBe(m);
  });
});

describe('roles and questions', () => {
  test('fillRole sets and clears a role, on the whole group; a missing statement is refused', () => {
    let m = ops.setScheme(linked(), 'r1', 'expert-opinion');
    m = ops.fillRole(m, 'r1', 'assertion', 'p');
    m = ops.fillRole(m, 'r2', 'expertise', 'q');
    for (const r of m.relations.filter((x) => x.group)) expect(r.scheme!.roles).toEqual({ assertion: 'p', expertise: 'q' });
    expect(ops.fillRole(m, 'r1', 'assertion', 'missing')).toBe(m);
    m = ops.fillRole(m, 'r1', 'assertion', undefined);
    expect(m.relations.find((r) => r.id === 'r1')!.scheme!.roles).toEqual({ expertise: 'q' });
    m = ops.fillRole(m, 'r1', 'expertise', undefined);
    expect(m.relations.find((r) => r.id === 'r1')!.scheme).toEqual({ scheme: 'expert-opinion' });
  });

  test('fillRole needs a scheme first', () => {
    expect(ops.fillRole(base(), 'r1', 'assertion', 'p')).toEqual(base());
  });

  test('a question is answered by a statement, raised, or open again', () => {
    let m = ops.setScheme(base(), 'r1', 'expert-opinion');
    m = ops.answerQuestion(m, 'r1', 'evidence', 'e');
    expect(m.relations[0]!.scheme!.questions).toEqual({ evidence: { status: 'answered', by: 'e' } });
    m = ops.setQuestionState(m, 'r1', 'consistent', { status: 'raised' });
    expect(m.relations[0]!.scheme!.questions!.consistent).toEqual({ status: 'raised' });
    m = ops.setQuestionState(m, 'r1', 'evidence', undefined);
    expect(m.relations[0]!.scheme!.questions).toEqual({ consistent: { status: 'raised' } });
    expect(ops.answerQuestion(m, 'r1', 'evidence', 'missing')).toBe(m);
  });
});

describe('raiseQuestion', () => {
  const withExpert = () => ops.fillRole(ops.setScheme(base(), 'r1', 'expert-opinion'), 'r1', 'expertise', 'p');

  test('a premise question becomes an objection to the statement in that role, worded as the question', () => {
    const result = ops.raiseQuestion(withExpert(), 'r1', 'credible', { x: 10, y: 20 });
    if (!result.id) throw new Error('not raised');
    const added = result.map.nodes.find((n) => n.id === result.id)!;
    expect(added).toMatchObject({ kind: 'objection', position: { x: 10, y: 20 } });
    expect(added.text).toBe('How credible is the source as an expert: “Sleep researchers say teenagers need to sleep later”?');
    expect(result.map.relations.filter((r) => r.from === result.id)).toEqual([expect.objectContaining({ kind: 'opposes', to: 'p' })]);
    expect(result.map.relations.find((r) => r.id === 'r1')!.scheme!.questions).toEqual({ credible: { status: 'raised', by: result.id } });
  });

  test('a conclusion question objects to the conclusion', () => {
    const result = ops.raiseQuestion(withExpert(), 'r1', 'consistent', { x: 0, y: 0 });
    expect(result.map.relations.find((r) => r.from === result.id)).toMatchObject({ kind: 'opposes', to: 'c' });
  });

  test('an inference question undercuts the link (of the whole group)', () => {
    const m = ops.setScheme(linked(), 'r2', 'expert-opinion');
    const result = ops.raiseQuestion(m, 'r2', 'reliable', { x: 0, y: 0 });
    const undercut = result.map.relations.find((r) => r.from === result.id)!;
    expect(undercut.kind).toBe('undercuts');
    expect(['r1', 'r2']).toContain(undercut.to);
    for (const r of result.map.relations.filter((x) => x.group))
      expect(r.scheme!.questions!.reliable).toEqual({ status: 'raised', by: result.id });
  });

  test('against a statement, a question that doubts the conclusion undercuts the link (the conclusion is not a statement of the map)', () => {
    const m = ops.setScheme(base(), 'r4', 'negative-consequences');
    const against = ops.setScheme(m, 'r4', 'bias');
    const result = ops.raiseQuestion(against, 'r4', 'merits', { x: 0, y: 0 });
    expect(result.map.relations.find((r) => r.from === result.id)).toMatchObject({ kind: 'undercuts', to: 'r4' });
  });

  test('a premise question whose role is unfilled objects to the only premise; with two premises it asks for the role first', () => {
    const single = ops.raiseQuestion(ops.setScheme(base(), 'r1', 'expert-opinion'), 'r1', 'said', { x: 0, y: 0 });
    expect(single.map.relations.find((r) => r.from === single.id)).toMatchObject({ to: 'p' });
    const two = ops.raiseQuestion(ops.setScheme(linked(), 'r1', 'expert-opinion'), 'r1', 'said', { x: 0, y: 0 });
    expect(two.id).toBe('');
    expect('reason' in two && two.reason).toMatch(/Choose the statement/);
  });

  test('no scheme, or no such question: nothing changes', () => {
    expect(ops.raiseQuestion(base(), 'r1', 'credible', { x: 0, y: 0 }).id).toBe('');
    expect(ops.raiseQuestion(withExpert(), 'r1', 'nope', { x: 0, y: 0 }).map).toEqual(withExpert());
  });
});

describe('addRolePremise', () => {
  test('a new co-premise worded as the role, linked with the argument, filling the role', () => {
    const m = ops.setScheme(base(), 'r1', 'expert-opinion');
    const { map, id } = ops.addRolePremise(m, 'r1', 'expertise', { x: 5, y: 5 });
    const added = map.nodes.find((n) => n.id === id)!;
    expect(added).toMatchObject({ kind: 'premise', text: 'Source E is an expert in a field F that contains proposition A.' });
    const group = map.relations.filter((r) => r.to === 'c' && r.group);
    expect(group.map((r) => r.from).sort()).toEqual([id, 'p'].sort());
    for (const r of group) expect(r.scheme).toEqual({ scheme: 'expert-opinion', roles: { expertise: id } });
  });
});

describe('other operations keep schemes consistent', () => {
  test('linking co-premises gives the new member the group’s scheme', () => {
    const m = linkCoPremises(ops.setScheme(base(), 'r1', 'expert-opinion'), ['r1', 'r2']);
    expect(m.relations.filter((r) => r.group).map((r) => r.scheme)).toEqual([{ scheme: 'expert-opinion' }, { scheme: 'expert-opinion' }]);
    const text = serializeMap(m);
    const back = parseMapText(text);
    expect(back.ok && back.repairs).toEqual([]);
  });

  test('deleting a statement unfills its role, reopens a question it raised, and keeps one it answered answered', () => {
    let m = ops.fillRole(ops.setScheme(base(), 'r1', 'expert-opinion'), 'r1', 'expertise', 'q');
    m = ops.answerQuestion(m, 'r1', 'evidence', 'e');
    m = ops.setQuestionState(m, 'r1', 'consistent', { status: 'raised', by: 'x' });
    m = removeElements(m, ['q', 'e', 'x']);
    expect(m.relations.find((r) => r.id === 'r1')!.scheme).toEqual({
      scheme: 'expert-opinion',
      questions: { evidence: { status: 'answered' } },
    });
    // And the file it saves opens without a repair.
    const back = parseMapText(serializeMap(m));
    expect(back.ok && back.repairs).toEqual([]);
  });

  test('copy and paste: the scheme names the pasted statements; what was not copied is left out', () => {
    let m = ops.fillRole(ops.setScheme(base(), 'r1', 'expert-opinion'), 'r1', 'expertise', 'p');
    m = ops.answerQuestion(m, 'r1', 'evidence', 'e');
    m = ops.setQuestionState(m, 'r1', 'consistent', { status: 'raised', by: 'x' });
    const fragment = parseFragment(JSON.stringify(copyFragment(m, ['p', 'c'])), loadMapJson)!;
    expect(fragment.relations[0]!.scheme).toEqual({
      scheme: 'expert-opinion',
      roles: { expertise: 'p' },
      questions: { evidence: { status: 'answered' } },
    });
    const pasted = pasteFragment(m, fragment, { x: 100, y: 0 });
    const copy = pasted.map.relations[pasted.map.relations.length - 1]!;
    const [newP] = pasted.nodeIds.filter((id) => pasted.map.nodes.find((n) => n.id === id)!.text.startsWith('Sleep researchers'));
    expect(copy.scheme).toEqual({ scheme: 'expert-opinion', roles: { expertise: newP }, questions: { evidence: { status: 'answered' } } });

    // Copied with the evidence and the objection, the answer and the raised question follow them.
    const whole = pasteFragment(m, copyFragment(m, ['p', 'c', 'e', 'x']), { x: 0, y: 300 });
    const r1copy = whole.map.relations.find(
      (r) => r.scheme && !m.relations.includes(r) && r.kind === 'supports' && r.to !== 'c' && r.scheme.roles,
    )!;
    const byText = (t: string) => whole.map.nodes.find((n) => whole.nodeIds.includes(n.id) && n.text.startsWith(t))!.id;
    expect(r1copy.scheme).toEqual({
      scheme: 'expert-opinion',
      roles: { expertise: byText('Sleep researchers') },
      questions: { evidence: { status: 'answered', by: byText('The AAP') }, consistent: { status: 'raised', by: byText('Buses') } },
    });
  });
});
