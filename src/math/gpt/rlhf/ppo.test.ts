// PPO on the GPT: the clipped surrogate's gradient through every parameter against central differences (float64), an
// iteration's bookkeeping, and a seeded run where PPO raises the score of a fixed toy reward while the KL to the
// reference stays within what β allows. (rewardHacking.test.ts runs PPO against a learned reward model.)
import { describe, expect, it } from 'vitest';
import { activationsFor, createGradients, createModel, modelFromWeights } from '../model.ts';
import type { GptConfig } from '../config.ts';
import { parameterLayout } from '../parameterLayout.ts';
import { TOKEN } from '../tokenizer.ts';
import { deriveSeed, mulberry32, randomNormal } from '../../random.ts';
import { compareWithReference, evaluatePolicy, PpoTrainer, type PpoSettings, type ReplyScorer, type Rollout, sampleReply, validatePpoSettings } from './ppo.ts';
import { cutMinibatches, surrogateGradient } from './ppoMinibatch.ts';

const config: GptConfig = { vocabularySize: 8, contextLength: 10, layers: 1, width: 8, heads: 2 };
const PROMPTS = [[TOKEN.user, 4, TOKEN.assistant], [TOKEN.user, 5, 6, TOKEN.assistant]];
/** A toy reward: the share of the reply's tokens that are token 7 (an <end> counts as a token that is not). */
const TARGET = 7;
const shareOfTarget: ReplyScorer = (rollouts) => rollouts.map((rollout) => rollout.actions.filter((token) => token === TARGET).length / rollout.actions.length);

const settings = (beta: number): PpoSettings => ({
  beta, epsilon: 0.2, learningRate: 1e-3, rollouts: 16, groupSize: 4, epochs: 2, minibatch: 8, maxReplyTokens: 5,
});

function run<T>(generator: Generator<void, T, void>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const next = generator.next();
    if (next.done) return { value: next.value, yields };
    yields += 1;
  }
}

describe('PPO on the GPT', () => {
  it('has the gradient of the clipped surrogate, for every parameter, with some tokens clipped and some not', { timeout: 120_000 }, () => {
    const policy = createModel<Float64Array>(config, 6, Float64Array);
    const random = mulberry32(3);
    const all = policy.parameters.all;
    for (let i = 0; i < all.length; i += 1) all[i] = all[i]! + 0.3 * randomNormal(random);
    const rollouts: Rollout[] = [
      { prompt: PROMPTS[0]!, actions: [7, 5, TOKEN.end], group: 0 },
      { prompt: PROMPTS[1]!, actions: [6, 7, 7, 4], group: 1 },
    ];
    const [minibatch] = cutMinibatches(rollouts, 2, config.contextLength);
    // π_old: the current log-probabilities moved by ±0.1–0.5, so that ratios sit on both sides of 1 ± ε and never
    // near a kink, where a central difference would straddle two slopes.
    const current = compareWithReference(policy, policy, minibatch!);
    const members = current.map((entry, b) => ({
      oldLogProbabilities: entry.oldLogProbabilities.map((value, t) => value + (((b + t) % 2 === 0 ? 1 : -1) * (0.1 + 0.4 * ((t * 7 + b * 3) % 5) / 4))),
      advantages: entry.oldLogProbabilities.map((_, t) => ((b * 5 + t * 3) % 7) / 3 - 1),
    }));
    const acts = activationsFor(policy, minibatch!.padded.batch, minibatch!.padded.time);
    const grads = createGradients(policy);
    const result = surrogateGradient(policy, acts, minibatch!, members, 0.2, grads);
    expect(result.count).toBe(7);
    expect(result.clipped).toBeGreaterThan(0);
    expect(result.clipped).toBeLessThan(result.count);
    const objective = () => surrogateGradient(policy, acts, minibatch!, members, 0.2, createGradients(policy)).value;
    const step = 1e-6;
    const failures: string[] = [];
    for (const spec of parameterLayout(config)) {
      for (let i = spec.offset; i < spec.offset + spec.size; i += 1) {
        const saved = all[i]!;
        all[i] = saved + step;
        const up = objective();
        all[i] = saved - step;
        const down = objective();
        all[i] = saved;
        // grads holds ∂(−L)/∂θ, the direction AdamW descends.
        const numeric = -(up - down) / (2 * step);
        if (!(Math.abs(numeric - grads.all[i]!) / Math.max(1, Math.abs(numeric)) < 1e-6)) failures.push(`${spec.name}[${i - spec.offset}]`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('runs an iteration in pieces: replies, scores, updates; the reference stays as it was; a seed repeats it', () => {
    const reference = createModel(config, 9);
    const make = () => new PpoTrainer(modelFromWeights(config, reference.parameters.all.slice()), reference);
    const frozen = reference.parameters.all.slice();
    const first = make();
    const prompts = [PROMPTS[0]!, PROMPTS[1]!, PROMPTS[0]!, PROMPTS[1]!];
    const { value: stats, yields } = run(first.iteration(prompts, settings(0.1), shareOfTarget, 5));
    // 16 replies, one scoring, 2 minibatches compared with the reference, 2 epochs × 2 updates.
    expect(yields).toBe(16 + 1 + 2 + 4);
    expect(stats.rollouts).toHaveLength(16);
    expect(stats.rollouts.map((rollout) => rollout.group)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    // π_old is the reference in the first iteration: nothing to pay yet.
    expect(stats.meanKl).toBeLessThan(1e-9);
    expect(Math.abs(stats.meanLogRatio)).toBeLessThan(1e-5);
    expect(stats.meanReturn).toBeCloseTo(stats.meanScore, 5);
    expect(first.optimizer.step).toBe(4);
    expect(Array.from(reference.parameters.all)).toEqual(Array.from(frozen));
    expect(Array.from(first.policy.parameters.all)).not.toEqual(Array.from(frozen));
    const second = make();
    run(second.iteration(prompts, settings(0.1), shareOfTarget, 5));
    expect(Array.from(second.policy.parameters.all)).toEqual(Array.from(first.policy.parameters.all));
  });

  it('refuses settings that do not fit, prompts of the wrong number or length, and a scorer that fails', () => {
    expect(() => validatePpoSettings({ ...settings(0.1), groupSize: 1 })).toThrow(/groupSize must be at least 2/);
    expect(() => validatePpoSettings({ ...settings(0.1), rollouts: 10 })).toThrow(/multiples of groupSize/);
    expect(() => validatePpoSettings({ ...settings(-1) })).toThrow(/beta/);
    expect(() => validatePpoSettings({ ...settings(0.1), epsilon: 0 })).toThrow(/epsilon/);
    const trainer = new PpoTrainer(createModel(config, 1), createModel(config, 1));
    expect(() => run(trainer.iteration([PROMPTS[0]!], settings(0.1), shareOfTarget, 1))).toThrow(/need 4 prompts, got 1/);
    const long = [TOKEN.user, 4, 4, 4, 4, 4, 4, 4, 4, TOKEN.assistant];
    expect(() => run(trainer.iteration([long, long, long, long], settings(0.1), shareOfTarget, 1))).toThrow(/1 to 8 tokens/);
    expect(() => run(trainer.iteration([PROMPTS[0]!, PROMPTS[0]!, PROMPTS[0]!, PROMPTS[0]!], settings(0.1), () => [Number.NaN], 1))).toThrow(/one finite score per reply/);
  });

  it('samples replies that fit the context and stop at <end>', () => {
    const policy = createModel(config, 4);
    for (let seed = 0; seed < 20; seed += 1) {
      const reply = sampleReply(policy, PROMPTS[1]!, 0, 20, seed);
      expect(PROMPTS[1]!.length + reply.actions.length).toBeLessThanOrEqual(config.contextLength - 1);
      expect(reply.actions.slice(0, -1)).not.toContain(TOKEN.end);
      expect(reply.actions.some((token) => token === TOKEN.user || token === TOKEN.assistant || token === TOKEN.unknown)).toBe(false);
    }
  });

  // The KL-regularised objective J(π) = E_π[r] − β·KL(π‖π_ref) equals E_ref[r] at π = π_ref. PPO climbs J, so wherever
  // it has not lost ground, β·KL ≤ E_π[r] − E_ref[r]: the drift it buys is paid for by reward, at a price set by β.
  it('raises a toy reward while the KL stays within what β allows (seeded)', { timeout: 120_000 }, () => {
    const reference = createModel(config, 12);
    const evaluation = { samples: 48, maxReplyTokens: 5, seed: 77 };
    const start = evaluatePolicy(reference, reference, PROMPTS, shareOfTarget, evaluation);
    const results = [0.02, 0.2].map((beta) => {
      const trainer = new PpoTrainer(modelFromWeights(config, reference.parameters.all.slice()), reference);
      for (let iteration = 0; iteration < 30; iteration += 1) {
        const prompts = [0, 1, 2, 3].map((k) => PROMPTS[(iteration + k) % 2]!);
        run(trainer.iteration(prompts, settings(beta), shareOfTarget, deriveSeed(3, iteration)));
      }
      return { beta, ...evaluatePolicy(trainer.policy, reference, PROMPTS, shareOfTarget, evaluation) };
    });
    for (const { beta, meanScore, meanKl } of results) {
      expect(meanScore).toBeGreaterThan(start.meanScore + 0.15);
      expect(beta * meanKl).toBeLessThanOrEqual(meanScore - start.meanScore + 0.02);
    }
    // The larger β holds the policy nearer the reference.
    expect(results[1]!.meanKl).toBeLessThan(results[0]!.meanKl);
  });
});
