// PPO's clipped surrogate per token against reference/rlhf.py, its gradient in the log-probabilities against central
// differences (away from the kinks at 1 ± ε), and the properties chapter 3 states.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenSurrogate } from './clippedSurrogate.ts';

// python3 src/math/gpt/reference/rlhf.py: surrogate, surrogateWeights, clippedCount.
const NEW = [-0.5, -1.0, -2.0, -0.3, -1.5, -0.9];
const OLD = [-0.8, -0.9, -1.6, -0.3, -1.0, -1.2];
const ADVANTAGES = [0.7, -1.1, 0.4, 2.0, 0.5, -0.6];
const MASK = [1, 1, 1, 1, 0, 1];
const SURROGATE = 0.26057831480581967;
const WEIGHTS = [0, -0.19906423196791115, 0.05362560368285115, 0.4, 0, -0.16198305690912035];

describe('the clipped surrogate', () => {
  it('counts chapter 3’s example as clipped: ρ = 1.5 with A > 0 counts as 1.2; with A < 0 the worse term stays', () => {
    const positive = tokenSurrogate([Math.log(1.5)], [0], [1], [1], 0.2);
    expect(positive).toMatchObject({ value: expect.closeTo(1.2, 14), clipped: 1 });
    expect(positive.weights[0]).toBe(0);
    const negative = tokenSurrogate([Math.log(1.5)], [0], [-1], [1], 0.2);
    expect(negative).toMatchObject({ value: expect.closeTo(-1.5, 14), clipped: 0 });
    expect(negative.weights[0]).toBeCloseTo(-1.5, 14);
  });

  it('matches the reference: value, weights, and one clipped token', () => {
    const result = tokenSurrogate(NEW, OLD, ADVANTAGES, MASK, 0.2);
    expect(result.value).toBeCloseTo(SURROGATE, 14);
    expect(result.count).toBe(5);
    expect(result.clipped).toBe(1);
    result.weights.forEach((weight, t) => expect(weight).toBeCloseTo(WEIGHTS[t]!, 14));
  });

  it('has weights equal to the central differences of its value in each log-probability', () => {
    const logProbabilities = [...NEW];
    const { weights } = tokenSurrogate(logProbabilities, OLD, ADVANTAGES, MASK, 0.2);
    const step = 1e-6;
    logProbabilities.forEach((saved, t) => {
      logProbabilities[t] = saved + step;
      const up = tokenSurrogate(logProbabilities, OLD, ADVANTAGES, MASK, 0.2).value;
      logProbabilities[t] = saved - step;
      const down = tokenSurrogate(logProbabilities, OLD, ADVANTAGES, MASK, 0.2).value;
      logProbabilities[t] = saved;
      expect(Math.abs((up - down) / (2 * step) - weights[t]!)).toBeLessThan(1e-9);
    });
  });

  it('equals the mean advantage, with nothing clipped, when the policy has not moved', () => {
    const result = tokenSurrogate(OLD, OLD, ADVANTAGES, MASK, 0.2);
    expect(result.value).toBeCloseTo((0.7 - 1.1 + 0.4 + 2.0 - 0.6) / 5, 15);
    expect(result.clipped).toBe(0);
  });

  it('never exceeds the unclipped objective (the min keeps the pessimistic term)', () => {
    const token = fc.tuple(fc.double({ min: -3, max: 0, noNaN: true }), fc.double({ min: -3, max: 0, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }));
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 8 }), fc.double({ min: 0.01, max: 0.9, noNaN: true }), (tokens, epsilon) => {
        const mask = tokens.map(() => 1);
        const { value } = tokenSurrogate(tokens.map(([a]) => a), tokens.map(([, b]) => b), tokens.map(([, , c]) => c), mask, epsilon);
        const unclipped = tokens.reduce((sum, [a, b, c]) => sum + Math.exp(a - b) * c, 0) / tokens.length;
        expect(value).toBeLessThanOrEqual(unclipped + 1e-12);
      }),
    );
  });

  it('counts nothing when the mask is empty, and refuses ε ≤ 0', () => {
    expect(tokenSurrogate([0], [0], [1], [0], 0.2)).toMatchObject({ value: 0, count: 0, clipped: 0 });
    expect(() => tokenSurrogate([0], [0], [1], [1], 0)).toThrow(/epsilon/);
  });
});
