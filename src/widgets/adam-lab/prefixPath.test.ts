import { line } from 'd3-shape';
import { array, assert, double, integer, property, tuple } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixPath } from './prefixPath.ts';

const reference = line().digits(1);
const pointsArbitrary = array(tuple(double({ min: -2000, max: 2000, noNaN: true }), double({ min: -2000, max: 2000, noNaN: true })), {
  minLength: 2,
  maxLength: 60,
});

/** d3-path's one-decimal rounding; + 0 turns −0 (which the path text writes as 0) into 0. */
const rounded = (value: number) => Math.round(value * 10) / 10 + 0;

/** The vertices of an "Mx,yLx,y…" path. */
const vertices = (path: string) => path.slice(1).split('L').map((pair) => pair.split(',').map(Number));

describe('prefixPath', () => {
  it('without decimation gives d3-shape’s path through the first n ≥ 2 points, for every n (property)', () => {
    assert(
      property(pointsArbitrary, integer({ min: 2, max: 60 }), (points, count) => {
        const n = Math.min(count, points.length);
        expect(prefixPath(points, 0).through(count)).toBe(reference(points.slice(0, n)) ?? '');
      }),
    );
  });

  it('with decimation keeps vertices apart and still ends exactly at vertex n (property)', () => {
    assert(
      property(pointsArbitrary, integer({ min: 1, max: 60 }), double({ min: 0.1, max: 50, noNaN: true }), (points, count, tolerance) => {
        const n = Math.min(count, points.length);
        const path = prefixPath(points, tolerance).through(count);
        const shown = vertices(path);
        const [x, y] = points[n - 1]!;
        expect(shown.at(-1)).toEqual([rounded(x), rounded(y)]);
        expect(shown.length).toBeLessThanOrEqual(n);
        expect(shown[0]).toEqual([rounded(points[0]![0]), rounded(points[0]![1])]);
      }),
    );
  });

  it('drops sub-pixel steps: 1,000 points along 100 px become about 200 vertices', () => {
    const points = Array.from({ length: 1000 }, (_, index): [number, number] => [index / 10, 0]);
    expect(vertices(prefixPath(points).through(1000)).length).toBeLessThanOrEqual(201);
  });

  it('is a bare move-to for one point and empty for none', () => {
    expect(prefixPath([[1.25, 2], [3, 4]]).through(1)).toBe('M1.3,2');
    expect(prefixPath([[1.25, 2]]).through(1)).toBe('M1.3,2');
    expect(prefixPath([[1, 2]]).through(0)).toBe('');
    expect(prefixPath([]).through(3)).toBe('');
  });
});
