import type { Optimizer } from './optimizer.ts';

/** Plain gradient descent: θ_t = θ_{t−1} − α·g_t. No state. */
export const sgd: Optimizer = {
  kind: 'sgd',
  initialState: () => ({}),
  step: ({ theta, gradient }, { learningRate }) => ({
    theta: theta.map((value, index) => value - learningRate * gradient[index]!),
    state: {},
  }),
};
