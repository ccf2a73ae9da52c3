import { describe, expect, it } from 'vitest';
import { CONTOUR_LEVELS, contourPaths, CURVE_SAMPLES, curveSamples } from './contours.ts';

describe('contour paths', () => {
  it('are computed once per surface and then reused', () => {
    expect(contourPaths('bowl')).toBe(contourPaths('bowl'));
    expect(contourPaths('square')).toEqual([]);
  });

  it('draw each level of the 2-D surfaces in unit coordinates', () => {
    for (const id of ['bowl', 'rosenbrock', 'saddle', 'plateau'] as const) {
      const paths = contourPaths(id);
      expect(paths.map((path) => path.level)).toEqual(CONTOUR_LEVELS[id]!.filter((level) => paths.some((path) => path.level === level)));
      expect(paths.length).toBeGreaterThanOrEqual(CONTOUR_LEVELS[id]!.length - 1);
      const numbers = paths.flatMap((path) => path.path.match(/-?\d+(\.\d+)?/g)!.map(Number));
      // Samples span 0…1; rings closing around the border reach half a cell beyond.
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-0.01);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(1.01);
    }
  });

  it('put the bowl’s 1.5 level on the ellipse x² + 10y² = 1.5', () => {
    // The bowl's domain is [-1.5, 1.5]²: unit coordinate u = (x + 1.5) / 3. d3-contour outlines the region f ≥ 1.5,
    // the grid's border included; the ellipse is what lies inside the border.
    const ring = contourPaths('bowl').find((path) => path.level === 1.5)!;
    const points = ring.path
      .replace(/[MZ]/g, ' ')
      .split(/[LM ]+/)
      .filter(Boolean)
      .map((pair) => pair.split(',').map(Number) as [number, number])
      .filter(([u, v]) => u > 0.01 && u < 0.99 && v > 0.01 && v < 0.99);
    expect(points.length).toBeGreaterThan(20);
    for (const [u, v] of points) {
      const x = u * 3 - 1.5;
      const y = v * 3 - 1.5;
      expect(x * x + 10 * y * y).toBeCloseTo(1.5, 1);
    }
  });
});

describe('curve samples', () => {
  it('sample 1-D curves across the domain with a padded value range', () => {
    const { points, range } = curveSamples('square');
    expect(points).toHaveLength(CURVE_SAMPLES);
    expect(points[0]).toEqual([-1.5, 2.25]);
    expect(range[0]).toBeLessThan(0);
    expect(range[1]).toBeGreaterThan(2.25);
  });
});
