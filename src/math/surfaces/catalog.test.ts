import { assert, double, property, tuple } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SURFACE_IDS, SURFACES, getSurface, isSurfaceId } from './catalog.ts';
import { DOUBLE_WELL_GLOBAL_MINIMUM, DOUBLE_WELL_LOCAL_MINIMUM, DOUBLE_WELL_MINIMUM_VALUE } from './doubleWell.ts';
import { finiteDifferenceGradient } from './finiteDifference.ts';
import reference from '../reference/surfaces.json';
import type { Surface } from './surface.ts';

// Reference values: src/math/reference/surfaces.json (mpmath at 30 digits, rounded to doubles; reference.py).
const RELATIVE = 1e-12;
const relativeError = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.max(1e-300, Math.abs(expected));

/** A fast-check generator of points inside the surface's plotted domain. */
const pointIn = (surface: Surface) => {
  const [first, second] = surface.domain.map(([low, high]) => double({ min: low, max: high, noNaN: true }));
  return surface.dimension === 1 ? tuple(first!) : tuple(first!, second!);
};

describe('surface catalog', () => {
  it('lists two one-dimensional and four two-dimensional surfaces, with "bowl" among them', () => {
    expect(SURFACE_IDS.filter((id) => SURFACES[id].dimension === 1)).toEqual(['square', 'double-well']);
    expect(SURFACE_IDS.filter((id) => SURFACES[id].dimension === 2)).toEqual(['bowl', 'rosenbrock', 'saddle', 'plateau']);
    expect(isSurfaceId('bowl')).toBe(true);
    expect(isSurfaceId('toString')).toBe(false);
    expect(getSurface('bowl').tex).toBe('f(x,y)=x^{2}+10y^{2}');
  });

  it.each(SURFACE_IDS)('%s: start and minima lie in the domain, one interval per coordinate', (id) => {
    const surface = SURFACES[id];
    expect(surface.domain).toHaveLength(surface.dimension);
    for (const point of [surface.defaultStart, ...surface.minima]) {
      expect(point).toHaveLength(surface.dimension);
      point.forEach((value, index) => {
        const [low, high] = surface.domain[index]!;
        expect(value).toBeGreaterThanOrEqual(low);
        expect(value).toBeLessThanOrEqual(high);
      });
    }
  });

  it.each(SURFACE_IDS)('%s: the analytic gradient matches central finite differences (property)', (id) => {
    const surface = SURFACES[id];
    assert(
      property(pointIn(surface), (point) => {
        const analytic = surface.gradient(point);
        const numeric = finiteDifferenceGradient(surface.value, point);
        const scale = 1 + Math.abs(surface.value(point));
        expect(analytic).toHaveLength(surface.dimension);
        analytic.forEach((component, index) => {
          expect(Math.abs(component - numeric[index]!)).toBeLessThanOrEqual(1e-6 * (scale + Math.abs(component)));
        });
      }),
      { numRuns: 300 },
    );
  });

  it.each(SURFACE_IDS.filter((id) => SURFACES[id].minima.length > 0))('%s: the gradient vanishes at its minima', (id) => {
    const surface = SURFACES[id];
    for (const minimum of surface.minima) {
      for (const component of surface.gradient(minimum)) expect(Math.abs(component)).toBeLessThan(1e-13);
    }
    expect(surface.value(surface.minima[0]!)).toBeCloseTo(surface.minimumValue!, 13);
  });

  it.each(SURFACE_IDS.filter((id) => SURFACES[id].minimumValue !== undefined))(
    '%s: no point of the domain lies below the stated minimum value (property)',
    (id) => {
      const surface = SURFACES[id];
      assert(
        property(pointIn(surface), (point) => {
          expect(surface.value(point)).toBeGreaterThanOrEqual(surface.minimumValue! - 1e-12);
        }),
      );
    },
  );

  it.each(reference.points)('$surface at $point matches the reference value and gradient', ({ surface: id, point, value, gradient }) => {
    if (!isSurfaceId(id)) throw new Error(`the reference names a surface the catalog lacks: ${id}`);
    const surface = getSurface(id);
    expect(relativeError(surface.value(point), value)).toBeLessThanOrEqual(RELATIVE);
    surface.gradient(point).forEach((component, index) => {
      const expected = gradient[index]!;
      // Scaled by |expected|, so an expected 0 must come out exactly 0.
      expect(Math.abs(component - expected)).toBeLessThanOrEqual(RELATIVE * Math.abs(expected));
    });
  });

  it('places the double well\'s minima where the reference puts them', () => {
    const { globalMinimum, localMinimum, minimumValue } = reference.doubleWell;
    expect(relativeError(DOUBLE_WELL_GLOBAL_MINIMUM, globalMinimum)).toBeLessThan(1e-15);
    expect(relativeError(DOUBLE_WELL_LOCAL_MINIMUM, localMinimum)).toBeLessThan(1e-15);
    expect(relativeError(DOUBLE_WELL_MINIMUM_VALUE, minimumValue)).toBeLessThan(1e-14);
  });

  it('puts the double well\'s global minimum below its local one', () => {
    const surface = SURFACES['double-well'];
    expect(surface.value([DOUBLE_WELL_GLOBAL_MINIMUM])).toBeLessThan(surface.value([DOUBLE_WELL_LOCAL_MINIMUM]));
    expect(relativeError(surface.value([DOUBLE_WELL_GLOBAL_MINIMUM]), DOUBLE_WELL_MINIMUM_VALUE)).toBeLessThan(1e-14);
  });

  it('keeps digits near the plateau\'s minimum, where 1 − exp(−r²) would round to 0', () => {
    // r² = 1e-20: f ≈ 1e-20, which the naive form returns as exactly 0.
    expect(relativeError(SURFACES.plateau.value([1e-10, 0]), 1e-20)).toBeLessThan(1e-12);
  });
});
