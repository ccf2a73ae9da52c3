import { coordinate, type Surface } from './surface.ts';

/**
 * f(x, y) = 1 − exp(−(x² + y²)): a round well in a wide plateau. Far from the origin the gradient is tiny
 * (it decays like e^{−r²}), so plain gradient descent crawls while Adam, which divides by the gradient's own size,
 * still moves about α per step.
 */
export const plateau: Surface = {
  id: 'plateau',
  dimension: 2,
  tex: 'f(x,y)=1-e^{-(x^{2}+y^{2})}',
  value: (point) => {
    const x = coordinate(point, 0);
    const y = coordinate(point, 1);
    // -expm1(-r²) keeps digits near the minimum, where 1 − exp(−r²) would cancel.
    return -Math.expm1(-(x * x + y * y));
  },
  gradient: (point) => {
    const x = coordinate(point, 0);
    const y = coordinate(point, 1);
    const weight = 2 * Math.exp(-(x * x + y * y));
    return [weight * x, weight * y];
  },
  domain: [
    [-3, 3],
    [-3, 3],
  ],
  defaultStart: [2, 1.5],
  minimumValue: 0,
  minima: [[0, 0]],
};
