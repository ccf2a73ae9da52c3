import type { Optimizer } from './optimizer.ts';

/** Plain gradient descent: θ_t = θ_{t−1} − α·g_t. No state. */
export const sgd: Optimizer = {
  kind: 'sgd',
  quantities: [],
  carried: 0,
  step: (theta, gradient, _t, _previous, _next, { learningRate }) => theta - learningRate * gradient,
};
