// The reward model on the GPT: the pairwise loss's gradient through every parameter against central differences (in
// float64), its start from the fine-tuned model, and a seeded run that learns to rank comparisons it never saw.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ADAMW } from '../adamw.ts';
import type { GptConfig } from '../config.ts';
import { createGradients, createModel } from '../model.ts';
import { parameterLayout } from '../parameterLayout.ts';
import { TOKEN } from '../tokenizer.ts';
import { mulberry32, randomNormal } from '../../random.ts';
import { preferenceGradient, RewardModelTrainer, rewardModelFrom, scoreSequences, type EncodedComparison } from './rewardModel.ts';
import { rewardInput } from './sequences.ts';

const config: GptConfig = { vocabularySize: 7, contextLength: 8, layers: 1, width: 8, heads: 2 };
const PROMPT = [TOKEN.user, 4, TOKEN.assistant];

describe('the reward model', () => {
  it('starts as the fine-tuned model with a zero scalar head: every reply scores 0, the model itself is untouched', () => {
    const sft = createModel(config, 3);
    const before = sft.parameters.all.slice();
    const reward = rewardModelFrom(sft);
    expect(reward.config.scalarHead).toBe(true);
    expect(Array.from(reward.parameters.all.subarray(0, before.length))).toEqual(Array.from(before));
    expect(Array.from(reward.parameters.scalarHeadWeight!)).toEqual(new Array(config.width).fill(0));
    expect(Array.from(scoreSequences(reward, [rewardInput(PROMPT, [5, 6], 8), rewardInput(PROMPT, [6], 8)]))).toEqual([0, 0]);
    reward.parameters.all[0] = 42;
    expect(sft.parameters.all[0]).toBe(before[0]);
  });

  it('has the gradient of the pairwise loss, for every parameter, through the scalar head and the whole model', { timeout: 120_000 }, () => {
    const model = rewardModelFrom(createModel<Float64Array>(config, 5, Float64Array));
    const random = mulberry32(8);
    const all = model.parameters.all;
    for (let i = 0; i < all.length; i += 1) all[i] = all[i]! + 0.3 * randomNormal(random);
    // Replies of different lengths, so that padding and reading each score at its own <end> are exercised.
    const comparisons: EncodedComparison[] = [
      { chosen: rewardInput(PROMPT, [5, 6, 5], 8), rejected: rewardInput(PROMPT, [6], 8) },
      { chosen: rewardInput(PROMPT, [4], 8), rejected: rewardInput(PROMPT, [5, 5], 8) },
    ];
    const grads = createGradients(model);
    preferenceGradient(model, comparisons, grads);
    const loss = () => preferenceGradient(model, comparisons, createGradients(model)).loss;
    const step = 1e-6;
    const failures: string[] = [];
    for (const spec of parameterLayout(model.config)) {
      for (let i = spec.offset; i < spec.offset + spec.size; i += 1) {
        const saved = all[i]!;
        all[i] = saved + step;
        const up = loss();
        all[i] = saved - step;
        const down = loss();
        all[i] = saved;
        const numeric = (up - down) / (2 * step);
        if (!(Math.abs(numeric - grads.all[i]!) / Math.max(1, Math.abs(numeric)) < 1e-6)) failures.push(`${spec.name}[${i - spec.offset}]`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('learns from comparisons to rank held-out ones: replies holding token 5 are preferred (seeded)', { timeout: 60_000 }, () => {
    const random = mulberry32(11);
    const reply = (withFive: boolean) => {
      const length = 1 + Math.floor(random() * 3);
      const tokens: number[] = Array.from({ length }, () => (random() < 0.5 ? 4 : 6));
      if (withFive) tokens[Math.floor(random() * length)] = 5;
      return tokens;
    };
    const make = (count: number) =>
      Array.from({ length: count }, () => ({ chosen: rewardInput(PROMPT, reply(true), 8), rejected: rewardInput(PROMPT, reply(false), 8) }));
    const train = make(48);
    const heldOut = make(24);
    const trainer = new RewardModelTrainer(rewardModelFrom(createModel(config, 2)), { ...DEFAULT_ADAMW, learningRate: 1e-2, warmupSteps: 5, decaySteps: 150 });
    const before = trainer.evaluate(heldOut);
    expect(before).toEqual({ loss: expect.closeTo(Math.LN2, 12), accuracy: 0.5 });
    for (let step = 0; step < 150; step += 1) trainer.step([0, 1, 2, 3, 4, 5, 6, 7].map((k) => train[(step * 8 + k) % train.length]!));
    const after = trainer.evaluate(heldOut);
    expect(after.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(after.loss).toBeLessThan(0.2);
  });

  it('refuses a model without a scalar head, and an optimiser state of the wrong size', () => {
    expect(() => new RewardModelTrainer(createModel(config, 1), DEFAULT_ADAMW)).toThrow(/scalar head/);
    const model = rewardModelFrom(createModel(config, 1));
    expect(() => new RewardModelTrainer(model, DEFAULT_ADAMW, { m: new Float32Array(3), v: new Float32Array(3), step: 0 })).toThrow(/does not fit/);
  });
});
