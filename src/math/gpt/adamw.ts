/**
 * AdamW over a model's flat parameter array, with the learning-rate schedule GPT-style models train with (a linear
 * warm-up, then a cosine decay to a floor) and clipping of the gradient's global norm. Decoupled weight decay
 * (Loshchilov & Hutter) shrinks matrices and embeddings only, not biases or layer-norm gains, as nanoGPT does.
 * Chapter 6 explains Adam; src/math/optimizers/adam.ts is its two-number teaching version.
 */
import type { FloatArray, TensorSpec } from './parameterLayout.ts';

/** AdamW's settings. Defaults: see DEFAULT_ADAMW. */
export interface AdamWSettings {
  /** Peak learning rate, reached at the end of the warm-up. */
  learningRate: number;
  /** Floor of the cosine decay, as a fraction of the peak (0.1 = decays to a tenth). */
  minLearningRateRatio: number;
  /** Steps of linear warm-up from 0 to the peak. */
  warmupSteps: number;
  /** Step at which the cosine reaches its floor; after it the rate stays at the floor. */
  decaySteps: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  weightDecay: number;
  /** Largest global L2 norm of the gradient; larger gradients are scaled down to it. Infinity switches it off. */
  maxGradientNorm: number;
}

/** Settings that train the lab's tiny models well (measured: see the engine's README). */
export const DEFAULT_ADAMW: AdamWSettings = {
  learningRate: 3e-3,
  minLearningRateRatio: 0.1,
  warmupSteps: 50,
  decaySteps: 3000,
  beta1: 0.9,
  beta2: 0.99,
  epsilon: 1e-8,
  weightDecay: 0.01,
  maxGradientNorm: 1,
};

/** The learning rate at `step` (0-based): linear warm-up over warmupSteps, then cosine decay to the floor. */
export function learningRateAt(step: number, settings: AdamWSettings): number {
  const { learningRate, minLearningRateRatio, warmupSteps, decaySteps } = settings;
  if (step < warmupSteps) return (learningRate * (step + 1)) / warmupSteps;
  const floor = learningRate * minLearningRateRatio;
  if (step >= decaySteps) return floor;
  const progress = (step - warmupSteps) / Math.max(1, decaySteps - warmupSteps);
  return floor + 0.5 * (learningRate - floor) * (1 + Math.cos(Math.PI * progress));
}

/** The global L2 norm of a gradient. */
export function gradientNorm(gradient: FloatArray): number {
  let sum = 0;
  for (let i = 0; i < gradient.length; i += 1) sum += gradient[i]! * gradient[i]!;
  return Math.sqrt(sum);
}

/** Scales `gradient` in place so that its norm is at most `maxNorm`. Returns the norm before clipping. */
export function clipGradient(gradient: FloatArray, maxNorm: number): number {
  const norm = gradientNorm(gradient);
  if (norm > maxNorm && Number.isFinite(maxNorm)) {
    const scale = maxNorm / norm;
    for (let i = 0; i < gradient.length; i += 1) gradient[i]! *= scale;
  }
  return norm;
}

/** AdamW's moments and step count: saved with a checkpoint, so that training resumes where it stopped. */
export interface AdamWState<A extends FloatArray = Float32Array> {
  /** First moment m, one per parameter. */
  m: A;
  /** Second moment v. */
  v: A;
  /** Updates taken so far (t in the bias corrections). */
  step: number;
}

/** Zeroed moments for `size` parameters. */
export function createAdamWState(size: number): AdamWState<Float32Array> {
  return { m: new Float32Array(size), v: new Float32Array(size), step: 0 };
}

/**
 * One AdamW update of `parameters` from `gradient` (already clipped), at the scheduled learning rate for state.step,
 * which it then increments. `layout` says which tensors decay. Returns the learning rate used.
 */
export function adamWUpdate(
  parameters: FloatArray,
  gradient: FloatArray,
  state: AdamWState<FloatArray>,
  layout: readonly TensorSpec[],
  settings: AdamWSettings,
): number {
  const { beta1, beta2, epsilon, weightDecay } = settings;
  const rate = learningRateAt(state.step, settings);
  state.step += 1;
  const correction1 = 1 - beta1 ** state.step;
  const correction2 = 1 - beta2 ** state.step;
  const { m, v } = state;
  for (const spec of layout) {
    const decay = spec.decay ? weightDecay : 0;
    for (let i = spec.offset; i < spec.offset + spec.size; i += 1) {
      const g = gradient[i]!;
      const mi = beta1 * m[i]! + (1 - beta1) * g;
      const vi = beta2 * v[i]! + (1 - beta2) * g * g;
      m[i] = mi;
      v[i] = vi;
      const update = mi / correction1 / (Math.sqrt(vi / correction2) + epsilon);
      parameters[i] = parameters[i]! - rate * (update + decay * parameters[i]!);
    }
  }
  return rate;
}
