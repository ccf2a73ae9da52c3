import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, concatenateColumns, multiply, scale, shapeOf, topLeft, transpose } from './matrix.ts';

describe('matrix helpers', () => {
  it('multiplies a 2×3 by a 3×2 (worked by hand)', () => {
    // [1 2 3; 4 5 6] · [7 8; 9 10; 11 12] = [58 64; 139 154]
    expect(multiply([[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10], [11, 12]])).toEqual([[58, 64], [139, 154]]);
    expect(() => multiply([[1, 2]], [[1, 2]])).toThrow(/1×2 by 1×2/);
  });

  it('transposes, adds, scales, concatenates and slices', () => {
    expect(transpose([[1, 2, 3], [4, 5, 6]])).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(add([[1, 2]], [[3, -4]])).toEqual([[4, -2]]);
    expect(scale([[1, -2]], 0.5)).toEqual([[0.5, -1]]);
    expect(concatenateColumns([[[1], [2]], [[3, 4], [5, 6]]])).toEqual([[1, 3, 4], [2, 5, 6]]);
    expect(topLeft([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 2, 1)).toEqual([[1], [4]]);
    expect(shapeOf([])).toEqual([0, 0]);
    expect(() => add([[1]], [[1, 2]])).toThrow(/cannot add/);
    expect(() => topLeft([[1]], 2, 1)).toThrow(/cannot take/);
  });

  it('(AB)ᵀ = BᵀAᵀ (property)', () => {
    const entries = fc.double({ min: -3, max: 3, noNaN: true });
    const shapes = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }));
    fc.assert(
      fc.property(
        shapes.chain(([n, m, p]) =>
          fc.tuple(
            fc.array(fc.array(entries, { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
            fc.array(fc.array(entries, { minLength: p, maxLength: p }), { minLength: m, maxLength: m }),
          ),
        ),
        ([a, b]) => {
          const left = transpose(multiply(a, b));
          const right = multiply(transpose(b), transpose(a));
          left.forEach((row, i) => row.forEach((value, j) => expect(Math.abs(value - right[i]![j]!)).toBeLessThan(1e-12)));
        },
      ),
    );
  });
});
