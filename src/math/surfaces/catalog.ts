import { doubleWell } from './doubleWell.ts';
import { plateau } from './plateau.ts';
import { bowl, saddle, square } from './quadratics.ts';
import { rosenbrock } from './rosenbrock.ts';
import type { Surface, SurfaceId } from './surface.ts';

/** Every surface by id: one-dimensional ones first, in the order a reader meets them. */
export const SURFACES: Readonly<Record<SurfaceId, Surface>> = {
  square,
  'double-well': doubleWell,
  bowl,
  rosenbrock,
  saddle,
  plateau,
};

/** The surface ids in display order. */
export const SURFACE_IDS = Object.keys(SURFACES) as SurfaceId[];

/** True when `value` names a surface. */
export function isSurfaceId(value: unknown): value is SurfaceId {
  return typeof value === 'string' && Object.hasOwn(SURFACES, value);
}

/** The surface with this id. */
export function getSurface(id: SurfaceId): Surface {
  return SURFACES[id];
}
