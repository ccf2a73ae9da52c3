import { line } from 'd3-shape';
import { assert, array, double, integer, property, tuple } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixPath } from './prefixPath.ts';

const reference = line().digits(1);

describe('prefixPath', () => {
  it('gives the same path as d3-shape on the first n ≥ 2 points, for every n (property)', () => {
    assert(
      property(
        array(tuple(double({ min: -2000, max: 2000, noNaN: true }), double({ min: -2000, max: 2000, noNaN: true })), { minLength: 2, maxLength: 60 }),
        integer({ min: 2, max: 60 }),
        (points, count) => {
          const n = Math.min(count, points.length);
          expect(prefixPath(points).through(count)).toBe(reference(points.slice(0, n)) ?? '');
        },
      ),
    );
  });

  it('is only a move-to for one point (d3 would add a Z), and empty for none', () => {
    expect(prefixPath([[1.25, 2], [3, 4]]).through(1)).toBe('M1.3,2');
    expect(prefixPath([[1, 2]]).through(0)).toBe('');
    expect(prefixPath([]).through(3)).toBe('');
  });
});
