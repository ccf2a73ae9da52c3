import { describe, expect, it } from 'vitest';
import { adamW } from '../optimizers/adam.ts';
import { adamWUpdate, clipGradient, DEFAULT_ADAMW, learningRateAt } from './adamw.ts';
import type { TensorSpec } from './parameterLayout.ts';

const settings = { ...DEFAULT_ADAMW, learningRate: 0.1, warmupSteps: 10, decaySteps: 110, minLearningRateRatio: 0.1 };

describe('learning-rate schedule', () => {
  it('warms up linearly, peaks, decays along a cosine to the floor and stays there', () => {
    expect(learningRateAt(0, settings)).toBeCloseTo(0.01, 12);
    expect(learningRateAt(4, settings)).toBeCloseTo(0.05, 12);
    expect(learningRateAt(10, settings)).toBeCloseTo(0.1, 12);
    // Half-way through the decay the cosine is at 0: the mean of peak and floor.
    expect(learningRateAt(60, settings)).toBeCloseTo(0.055, 12);
    expect(learningRateAt(110, settings)).toBeCloseTo(0.01, 12);
    expect(learningRateAt(5000, settings)).toBeCloseTo(0.01, 12);
  });
});

describe('gradient clipping', () => {
  it('scales a long gradient to the limit and leaves a short one alone', () => {
    const long = Float64Array.from([3, 4]);
    expect(clipGradient(long, 1)).toBe(5);
    expect(long[0]).toBeCloseTo(0.6, 15);
    expect(long[1]).toBeCloseTo(0.8, 15);
    const short = Float64Array.from([0.3, 0.4]);
    clipGradient(short, 1);
    expect(Array.from(short)).toEqual([0.3, 0.4]);
  });
});

describe('AdamW update', () => {
  const layout: TensorSpec[] = [
    { name: 'matrix', shape: [2], offset: 0, size: 2, init: 'normal', decay: true },
    { name: 'bias', shape: [1], offset: 2, size: 1, init: 'zeros', decay: false },
  ];

  it('agrees with the notebook’s own AdamW (chapter 6), coordinate by coordinate, over five steps', () => {
    const flat = { ...settings, weightDecay: 0.2, warmupSteps: 0, decaySteps: 0, minLearningRateRatio: 1 };
    const parameters = Float64Array.from([1, -2, 0.5]);
    const state = { m: new Float64Array(3), v: new Float64Array(3), step: 0 };
    const reference = [1, -2, 0.5];
    const carried = reference.map(() => [0, 0, 0, 0, 0]);
    const gradientOf = (theta: ArrayLike<number>) => Array.from(theta, (x, i) => 2 * x + i);
    for (let t = 1; t <= 5; t += 1) {
      adamWUpdate(parameters, Float64Array.from(gradientOf(parameters)), state, layout, flat);
      const gradient = gradientOf(reference);
      for (let i = 0; i < 3; i += 1) {
        const next: number[] = [];
        const hyper = { learningRate: 0.1, beta1: flat.beta1, beta2: flat.beta2, epsilon: flat.epsilon, weightDecay: layout[i < 2 ? 0 : 1]!.decay ? 0.2 : 0, momentum: 0 };
        reference[i] = adamW.step(reference[i]!, gradient[i]!, t, carried[i]!, next, hyper);
        carried[i] = next;
      }
    }
    Array.from(parameters).forEach((value, i) => expect(value).toBeCloseTo(reference[i]!, 12));
  });

  it('decays only the tensors marked for decay, decoupled from the gradient', () => {
    const parameters = Float64Array.from([1, 1, 1]);
    const state = { m: new Float64Array(3), v: new Float64Array(3), step: 0 };
    const flat = { ...settings, weightDecay: 0.5, warmupSteps: 0, decaySteps: 0, minLearningRateRatio: 1 };
    adamWUpdate(parameters, new Float64Array(3), state, layout, flat);
    // Zero gradient: Adam's step is 0, so only decay moves θ: 1 − 0.1·0.5·1.
    expect(Array.from(parameters)).toEqual([0.95, 0.95, 1]);
  });
});
