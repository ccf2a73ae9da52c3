import { entry, zeros, type Optimizer } from './optimizer.ts';

/**
 * SGD with momentum in PyTorch's form (dampening 0, not Nesterov): v_t = μ·v_{t−1} + g_t, θ_t = θ_{t−1} − α·v_t,
 * with v₀ = 0. Along a steady slope the velocity grows to g/(1 − μ): the step becomes α/(1 − μ) times the gradient.
 */
export const momentum: Optimizer = {
  kind: 'momentum',
  initialState: (dimension) => ({ velocity: zeros(dimension) }),
  step: ({ theta, gradient, previous }, { learningRate, momentum: coefficient }) => {
    const velocity = gradient.map((component, index) => coefficient * entry(previous.velocity, index) + component);
    return {
      theta: theta.map((value, index) => value - learningRate * velocity[index]!),
      state: { velocity },
    };
  },
};
