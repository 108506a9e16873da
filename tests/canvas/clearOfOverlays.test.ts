import { clearOf } from '../../src/canvas/clearOfOverlays.ts';

const pane = { x: 0, y: 0, width: 1000, height: 800 };
const legend = { x: 12, y: 12, width: 230, height: 170 };

describe('clearOf: a new statement clear of what floats over the canvas', () => {
  it('a box clear of the overlays stays where it is', () => {
    const box = { x: 300, y: 300, width: 260, height: 70 };
    expect(clearOf(box, [legend], pane)).toBe(box);
  });

  it('a box half under the legend moves the shortest way out: beside it or below it', () => {
    expect(clearOf({ x: 200, y: 60, width: 260, height: 70 }, [legend], pane)).toEqual({ x: 254, y: 60, width: 260, height: 70 });
    expect(clearOf({ x: 40, y: 160, width: 260, height: 70 }, [legend], pane)).toEqual({ x: 40, y: 194, width: 260, height: 70 });
  });

  it('never onto another overlay, nor out of the pane', () => {
    const banner = { x: 250, y: 12, width: 400, height: 40 };
    const moved = clearOf({ x: 200, y: 20, width: 260, height: 70 }, [legend, banner], pane);
    expect(moved).toEqual({ x: 200, y: 194, width: 260, height: 70 });
    const minimap = { x: 790, y: 640, width: 200, height: 150 };
    expect(clearOf({ x: 700, y: 700, width: 260, height: 70 }, [minimap], pane)).toEqual({ x: 700, y: 558, width: 260, height: 70 });
  });
});
