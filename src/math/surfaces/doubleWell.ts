import { coordinate, type Surface } from './surface.ts';

/** Global minimiser of θ⁴ − 3θ² + θ, a root of 4θ³ − 6θ + 1 (src/math/reference/surfaces.json has it at 30 digits). */
export const DOUBLE_WELL_GLOBAL_MINIMUM = -1.3008395659415772;
/** The other, local minimiser (higher value). */
export const DOUBLE_WELL_LOCAL_MINIMUM = 1.1309011226299859;
/** f at the global minimiser: −3.51390503893479. */
export const DOUBLE_WELL_MINIMUM_VALUE = -3.51390503893479;

/**
 * f(θ) = θ⁴ − 3θ² + θ: two valleys of different depth separated by a hump near θ ≈ 0.17. Where an optimizer
 * ends up depends on its start and on how far its steps carry it over the hump.
 */
export const doubleWell: Surface = {
  id: 'double-well',
  dimension: 1,
  tex: 'f(\\theta)=\\theta^{4}-3\\theta^{2}+\\theta',
  value: (point) => {
    const theta = coordinate(point, 0);
    const square = theta * theta;
    return square * square - 3 * square + theta;
  },
  gradient: (point) => {
    const theta = coordinate(point, 0);
    return [4 * theta * theta * theta - 6 * theta + 1];
  },
  domain: [[-2.2, 2.2]],
  defaultStart: [2],
  minimumValue: DOUBLE_WELL_MINIMUM_VALUE,
  minima: [[DOUBLE_WELL_GLOBAL_MINIMUM], [DOUBLE_WELL_LOCAL_MINIMUM]],
};
