import { childPosition } from '../../src/model/placement';
import { builders, xy } from '../builders.ts';

const { node, rel, mapOf } = builders({ meta: { title: '', description: '' } });
const size = () => ({ width: 260, height: 80 });
const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x < b.x + 260 && b.x < a.x + 260 && a.y < b.y + 80 && b.y < a.y + 80;

describe('where a new child appears', () => {
  it('goes straight below a parent without children', () => {
    expect(childPosition(mapOf([node('p', 'premise', 'p', xy(100, 0))]), 'p', size)).toEqual({ x: 100, y: 160 });
  });

  it('goes right of the siblings already there', () => {
    const map = mapOf(
      [node('p'), node('a', 'premise', 'a', xy(0, 160)), node('b', 'premise', 'b', xy(300, 160))],
      [rel('r1', 'a', 'p'), rel('r2', 'b', 'p')],
    );
    expect(childPosition(map, 'p', size)).toEqual({ x: 600, y: 160 });
  });

  it('slides past boxes of other nodes it would cover, however many', () => {
    const others = [
      node('x', 'premise', 'x', xy(0, 170)),
      node('y', 'premise', 'y', xy(300, 150)),
      node('z', 'premise', 'z', xy(600, 160)),
    ];
    const map = mapOf([node('p'), ...others]);
    const at = childPosition(map, 'p', size);
    for (const o of others) expect(overlaps(at, o.position)).toBe(false);
    expect(at).toEqual({ x: 900, y: 160 });
  });
});
