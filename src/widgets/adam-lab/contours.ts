/**
 * Contour lines of the 2-D surfaces, computed once per surface with d3-contour and kept: stepping, dragging and
 * resizing only rescale them. Paths are in unit coordinates (0…1 across the domain, y upwards), so one SVG transform
 * fits them to any plot size.
 */
import { contours } from 'd3-contour';
import type { SurfaceId } from '../../math/surfaces/surface.ts';
import { SURFACES } from '../../math/surfaces/catalog.ts';

/** Samples per axis: enough for smooth ellipses, cheap enough to compute in a few milliseconds. */
export const CONTOUR_GRID = 96;

/** The levels drawn for each 2-D surface: spaced so that each surface's character shows. */
export const CONTOUR_LEVELS: Partial<Record<SurfaceId, readonly number[]>> = {
  // Quadratic: levels growing geometrically give evenly spaced ellipses near the minimum and room further out.
  bowl: [0.02, 0.05, 0.1, 0.2, 0.4, 0.8, 1.5, 2.5, 4, 6, 9, 13, 18, 24],
  // The banana valley shows only on a logarithmic ladder of levels.
  rosenbrock: [0.25, 1, 3, 10, 30, 100, 300, 1000, 3000],
  saddle: [-3.5, -2.5, -1.5, -0.75, -0.25, 0, 0.25, 0.75, 1.5, 2.5, 3.5],
  // Evenly spaced in f, plus two near 1: the rings crowd inside r ≈ 1.5 and the flat plateau stays empty.
  plateau: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99, 0.999],
};

/** One contour level as an SVG path in unit coordinates. */
export interface ContourPath {
  level: number;
  path: string;
}

const cache = new Map<SurfaceId, ContourPath[]>();

/** The contour paths of a 2-D surface (computed on first use, then cached); empty for 1-D surfaces. */
export function contourPaths(id: SurfaceId): ContourPath[] {
  const cached = cache.get(id);
  if (cached) return cached;
  const surface = SURFACES[id];
  const levels = CONTOUR_LEVELS[id];
  if (surface.dimension !== 2 || !levels) return [];
  const [[x0, x1], [y0, y1]] = surface.domain as [readonly [number, number], readonly [number, number]];
  const n = CONTOUR_GRID;
  const values = new Float64Array(n * n);
  for (let row = 0; row < n; row += 1) {
    const y = y0 + ((y1 - y0) * row) / (n - 1);
    for (let column = 0; column < n; column += 1) {
      values[row * n + column] = surface.value([x0 + ((x1 - x0) * column) / (n - 1), y]);
    }
  }
  // d3-contour puts sample i at grid coordinate i + 0.5: shift back so that sample 0 is at 0 and sample n − 1 at 1.
  const toUnit = (gridCoordinate: number) => ((gridCoordinate - 0.5) / (n - 1)).toFixed(4);
  const result = contours()
    .size([n, n])
    .thresholds([...levels])(Array.from(values))
    .map((geometry) => ({
      level: geometry.value,
      path: geometry.coordinates
        .flatMap((polygon) => polygon.map((ring) => `M${ring.map((point) => `${toUnit(point[0]!)},${toUnit(point[1]!)}`).join('L')}Z`))
        .join(''),
    }))
    .filter((contour) => contour.path !== '');
  cache.set(id, result);
  return result;
}

/** f sampled along a 1-D surface's domain, as [θ, f(θ)] pairs, with the range of f; cached per surface. */
export interface CurveSamples {
  points: [number, number][];
  range: [number, number];
}

const curveCache = new Map<SurfaceId, CurveSamples>();
/** Samples along a 1-D curve: enough for a smooth line at any plot width this lab uses. */
export const CURVE_SAMPLES = 241;

/** The samples of a 1-D surface's curve (the x range for a 2-D one is meaningless and gives an empty list). */
export function curveSamples(id: SurfaceId): CurveSamples {
  const cached = curveCache.get(id);
  if (cached) return cached;
  const surface = SURFACES[id];
  const [low, high] = surface.domain[0]!;
  const points: [number, number][] =
    surface.dimension === 1
      ? Array.from({ length: CURVE_SAMPLES }, (_, index) => {
          const theta = low + ((high - low) * index) / (CURVE_SAMPLES - 1);
          return [theta, surface.value([theta])];
        })
      : [];
  const values = points.map(([, value]) => value);
  const minimum = Math.min(...values);
  const maximum = Math.max(...values);
  const pad = (maximum - minimum) * 0.06;
  const result: CurveSamples = { points, range: points.length > 0 ? [minimum - pad, maximum + pad] : [0, 1] };
  curveCache.set(id, result);
  return result;
}
