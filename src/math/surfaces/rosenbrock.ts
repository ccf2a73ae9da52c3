import { coordinate, type Surface } from './surface.ts';

/**
 * Rosenbrock's banana: f(x, y) = (1 − x)² + 100(y − x²)², minimum 0 at (1, 1) at the end of a long, curved,
 * nearly flat valley. Finding the valley is easy; following it is slow for every first-order method.
 */
export const rosenbrock: Surface = {
  id: 'rosenbrock',
  dimension: 2,
  tex: 'f(x,y)=(1-x)^{2}+100\\,(y-x^{2})^{2}',
  value: (point) => {
    const x = coordinate(point, 0);
    const y = coordinate(point, 1);
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
  },
  gradient: (point) => {
    const x = coordinate(point, 0);
    const y = coordinate(point, 1);
    const valley = y - x * x;
    return [-2 * (1 - x) - 400 * x * valley, 200 * valley];
  },
  domain: [
    [-2, 2],
    [-1, 3],
  ],
  defaultStart: [-1.2, 1],
  minimumValue: 0,
  minima: [[1, 1]],
};
