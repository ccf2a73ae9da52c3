import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random.ts';
import RLHF_REFERENCE from '../reference/rlhf.json';
import { evaluateSurrogate } from './clippedSurrogate.ts';
import { expectation, logSoftmax, optimalPolicy, probabilitiesOf, regularisedObjective } from './policy.ts';
import { ppoIteration, type PpoSettings } from './ppo.ts';
import { createPpoRun } from './ppoRun.ts';

const { data, fit, ppo: reference } = RLHF_REFERENCE;
const logReference = data.reference.map(Math.log);
const exact: PpoSettings = { ...reference.settings, mode: 'exact' };
const sampled: PpoSettings = { ...reference.settings, mode: 'sampled' };
const near = (actual: readonly number[], expected: readonly number[], tolerance = 1e-10) =>
  actual.forEach((value, i) => expect(Math.abs(value - expected[i]!), `index ${i}`).toBeLessThan(tolerance));

describe('PPO against numpy', () => {
  it('exact mode: the same logits, baseline, ratios, clip fraction and KL at iterations 1, 2, 10 and 60', () => {
    const run = createPpoRun({ referenceProbabilities: data.reference, rewards: fit.rewards, settings: exact, seed: reference.exactSeed });
    for (const [iteration, expected] of Object.entries(reference.exact)) {
      const snapshot = run.extendTo(Number(iteration));
      near(snapshot.logits, expected.logits);
      near(snapshot.probabilities, expected.probabilities);
      expect(Math.abs(snapshot.kl - expected.kl)).toBeLessThan(1e-10);
      expect(Math.abs(snapshot.step!.baseline - expected.baseline)).toBeLessThan(1e-10);
      near(snapshot.step!.batch.map((entry) => entry.ratio), expected.ratios);
      near(snapshot.step!.batch.map((entry) => entry.advantage), expected.advantages);
      expect(Math.abs(snapshot.step!.clippedFraction - expected.clippedFraction)).toBeLessThan(1e-10);
    }
  });

  it('sampled mode: the same draws from the same seed, and the same logits after them', () => {
    const run = createPpoRun({ referenceProbabilities: data.reference, rewards: fit.rewards, settings: sampled, seed: reference.sampledSeed });
    for (const [iteration, expected] of Object.entries(reference.sampled)) {
      const snapshot = run.extendTo(Number(iteration));
      const counts = new Array<number>(5).fill(0);
      for (const entry of snapshot.step!.batch) counts[entry.action] = entry.count;
      expect(counts).toEqual(expected.counts);
      near(snapshot.logits, expected.logits);
      expect(Math.abs(snapshot.step!.baseline - expected.baseline)).toBeLessThan(1e-10);
      expect(Math.abs(snapshot.step!.clippedFraction - expected.clippedFraction)).toBeLessThan(1e-10);
    }
  });
});

describe('PPO properties', () => {
  it("the surrogate's gradient at θ = θ_old is the gradient of E_π[r] − β·KL(π‖π_ref) (finite differences, property)", () => {
    const logits = fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 5, maxLength: 5 });
    const rewards = fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(logits, rewards, fc.double({ min: 0.01, max: 5, noNaN: true }), (theta, r, beta) => {
        const logOld = logSoftmax(theta);
        const penalised = r.map((reward, k) => reward - beta * (logOld[k]! - logReference[k]!));
        const baseline = expectation(probabilitiesOf(logOld), penalised);
        const samples = logOld.map((oldLogProbability, k) => ({
          action: k, weight: Math.exp(oldLogProbability), oldLogProbability, advantage: penalised[k]! - baseline,
        }));
        const { gradient } = evaluateSurrogate(logOld, samples, 0.2);
        const objective = (t: number[]) => regularisedObjective(logSoftmax(t), logReference, r, beta);
        const h = 1e-6;
        theta.forEach((_, j) => {
          const numeric = (objective(theta.map((v, i) => (i === j ? v + h : v))) - objective(theta.map((v, i) => (i === j ? v - h : v)))) / (2 * h);
          expect(Math.abs(gradient[j]! - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
        });
      }),
      { numRuns: 50 },
    );
  });

  // Rewards within ±1 and β ≥ 0.5 keep π* inside the simplex: towards a near-deterministic π* softmax policy gradients
  // slow down to a crawl (their pull on a reply is proportional to its probability), which is a fact about the method.
  it('exact mode with small steps converges to π* (property over rewards and β)', () => {
    const rewards = fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(rewards, fc.constantFrom(0.5, 1, 3), (r, beta) => {
        const settings: PpoSettings = { beta, epsilon: 0.2, learningRate: 0.5, batchSize: 1, epochs: 2, mode: 'exact' };
        const run = createPpoRun({ referenceProbabilities: data.reference, rewards: r, settings, seed: 1 });
        const last = run.extendTo(3000);
        const optimum = optimalPolicy(logReference, r, beta);
        const gap = regularisedObjective(optimum, logReference, r, beta) - regularisedObjective(last.logProbabilities, logReference, r, beta);
        expect(gap).toBeGreaterThanOrEqual(-1e-12);
        expect(gap).toBeLessThan(1e-6);
        near(last.probabilities, probabilitiesOf(optimum), 1e-4);
      }),
      { numRuns: 12 },
    );
  });

  it('gives the same run for the same seed, another for another seed, and ignores a shift of every reward', () => {
    const run = (seed: number, shift = 0) =>
      createPpoRun({ referenceProbabilities: data.reference, rewards: fit.rewards.map((r) => r + shift), settings: sampled, seed }).extendTo(20);
    expect(run(3).logits).toEqual(run(3).logits);
    expect(run(3).logits).not.toEqual(run(4).logits);
    near(run(3, 7.5).logits, run(3).logits, 1e-9);
  });

  it('draws batchSize replies per sampled iteration and uses no random numbers in the exact mode', () => {
    let calls = 0;
    const counting = () => {
      calls += 1;
      return mulberry32(calls)();
    };
    const step = ppoIteration(logReference, logReference, fit.rewards, sampled, counting);
    expect(step.batch.reduce((sum, entry) => sum + entry.count, 0)).toBe(sampled.batchSize);
    expect(Math.abs(step.batch.reduce((sum, entry) => sum + entry.weight, 0) - 1)).toBeLessThan(1e-12);
    expect(calls).toBe(sampled.batchSize);
    ppoIteration(logReference, logReference, fit.rewards, exact, counting);
    expect(calls).toBe(sampled.batchSize);
  });

  it('stops, with every kept number finite, when the learning rate is absurd', () => {
    const run = createPpoRun({
      referenceProbabilities: data.reference,
      rewards: fit.rewards.map((r) => r * 1e3),
      settings: { ...exact, learningRate: 1e6 },
      seed: 1,
    });
    run.extendTo(200);
    expect(run.divergedAt).toBeDefined();
    expect(run.snapshots.every((s) => [...s.logits, ...s.probabilities, s.kl].every(Number.isFinite))).toBe(true);
  });
});

describe('reward hacking with the lab data (β = 0.05, exact mode)', () => {
  it('the fitted reward keeps rising while the true reward rises, then falls below where it started', () => {
    const settings: PpoSettings = { ...exact, beta: reference.hacking.beta };
    const run = createPpoRun({ referenceProbabilities: data.reference, rewards: fit.rewards, settings, seed: 1 });
    const fitted: number[] = [];
    const truth: number[] = [];
    for (let t = 1; t <= 100; t += 1) {
      const { probabilities } = run.extendTo(t);
      fitted.push(expectation(probabilities, fit.rewards));
      truth.push(expectation(probabilities, fit.trueCentred));
    }
    near(fitted, reference.hacking.expectedReward);
    near(truth, reference.hacking.expectedTrue);
    for (let t = 1; t < 100; t += 1) expect(fitted[t]).toBeGreaterThan(fitted[t - 1]!);
    expect(Math.max(...truth)).toBeGreaterThan(0);
    expect(truth[99]).toBeLessThan(-1.5);
  });
});
