import type { Optimizer } from './optimizer.ts';

/**
 * SGD with momentum in PyTorch's form (dampening 0, not Nesterov): v_t = μ·v_{t−1} + g_t, θ_t = θ_{t−1} − α·v_t,
 * with v₀ = 0. Along a steady slope the velocity grows to g/(1 − μ): the step becomes α/(1 − μ) times the gradient.
 */
export const momentum: Optimizer = {
  kind: 'momentum',
  quantities: ['velocity'],
  carried: 1,
  step: (theta, gradient, _t, previous, next, { learningRate, momentum: coefficient }) => {
    const velocity = coefficient * previous[0]! + gradient;
    next[0] = velocity;
    return theta - learningRate * velocity;
  },
};
