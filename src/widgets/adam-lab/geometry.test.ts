import { describe, expect, it } from 'vitest';
import { SURFACES } from '../../math/surfaces/catalog.ts';
import { figureLayout, frameOf, PLOT_GAP, projectionOf, SIDE_BY_SIDE_MIN_WIDTH } from './geometry.ts';

describe('figure layout', () => {
  it('stacks a square plot over the loss chart on phones and puts them side by side from 560 px', () => {
    expect(figureLayout(262)).toEqual({ sideBySide: false, plot: { width: 262, height: 262 }, loss: { width: 262, height: 130 } });
    const wide = figureLayout(700);
    expect(wide.sideBySide).toBe(true);
    expect(wide.plot.width).toBe(wide.plot.height);
    expect(wide.plot.width + PLOT_GAP + wide.loss.width).toBe(700);
    expect(figureLayout(SIDE_BY_SIDE_MIN_WIDTH - 1).sideBySide).toBe(false);
  });

  it('projects and inverts points of a 2-D surface, and puts 1-D iterates on the curve', () => {
    const frame = frameOf({ width: 300, height: 300 });
    const bowl = projectionOf(SURFACES.bowl, frame, [0, 1]);
    const [px, py] = bowl.project([1, -0.5]);
    const [x, y] = bowl.invert(px, py);
    expect(x).toBeCloseTo(1, 12);
    expect(y).toBeCloseTo(-0.5, 12);
    expect(bowl.project([0, 1.5])[1]).toBeCloseTo(frame.top, 12);
    const square = projectionOf(SURFACES.square, frame, [0, 2.25]);
    expect(square.project([1.5])).toEqual([frame.right, frame.top]);
    expect(square.invert(frame.left, 123)).toEqual([-1.5]);
  });

  it('keeps far-off points near the frame instead of producing huge coordinates', () => {
    const bowl = projectionOf(SURFACES.bowl, frameOf({ width: 300, height: 300 }), [0, 1]);
    const [px, py] = bowl.project([1e12, -1e12]);
    expect(Math.abs(px)).toBeLessThanOrEqual(2000);
    expect(Math.abs(py)).toBeLessThanOrEqual(2000);
  });
});
