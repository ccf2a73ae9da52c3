// Reward hacking, seeded, in a world small enough to see whole: a prompt "q" whose fine-tuned replies are "ab" or "ba",
// ending in "." three times out of four and "!" otherwise. People prefer replies that start with "a" (and, being
// people, sometimes judge the other way); in the comparisons they judged, the preferred reply also happens to end with
// "!" more often (a spurious correlate, as a labeller's taste can slip into data). The reward model learns both. PPO with β near 0 then buys reward by ending
// everything with "!"; a large β keeps the "!" rate near the fine-tuned model's.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ADAMW } from '../adamw.ts';
import { dialogueBatch } from '../batches.ts';
import type { GptConfig } from '../config.ts';
import { encodeDialogue, promptTokens } from '../dialogue.ts';
import { createModel, modelFromWeights } from '../model.ts';
import { createTokenizer, SPECIAL_TOKENS, TOKEN } from '../tokenizer.ts';
import { createTrainer } from '../trainer.ts';
import { deriveSeed, mulberry32 } from '../../random.ts';
import { encodeComparison } from './comparisons.ts';
import { evaluatePolicy, PpoTrainer, type Rollout } from './ppo.ts';
import { RewardModelTrainer, rewardModelFrom, scoreSequences } from './rewardModel.ts';
import { rewardInput } from './sequences.ts';

const tokenizer = createTokenizer([...SPECIAL_TOKENS, 'q', 'a', 'b', '.', '!']);
const config: GptConfig = { vocabularySize: tokenizer.size, contextLength: 8, layers: 1, width: 16, heads: 2 };
const PROMPT = promptTokens(tokenizer, 'q');
const EXCLAMATION = tokenizer.encode('!')[0]!;

/** Share of replies whose last character (before <end>) is "!". */
const exclaimed = (rollouts: readonly Rollout[]) =>
  rollouts.filter((rollout) => rollout.actions.filter((token) => token !== TOKEN.end).at(-1) === EXCLAMATION).length / rollouts.length;

function fineTuned() {
  const replies = [...Array<string>(6).fill('ab.'), 'ab!', 'ab!', ...Array<string>(6).fill('ba.'), 'ba!', 'ba!'];
  const dialogues = replies.map((assistant) => encodeDialogue(tokenizer, { user: 'q', assistant }));
  const model = createModel(config, 21);
  const trainer = createTrainer(model, { ...DEFAULT_ADAMW, learningRate: 1e-2, warmupSteps: 10, decaySteps: 200 }, 16, config.contextLength);
  for (let step = 0; step < 200; step += 1) trainer.step(dialogueBatch(dialogues, 16, config.contextLength, deriveSeed(4, step)));
  return model;
}

function rewardModel(sft: ReturnType<typeof fineTuned>) {
  const random = mulberry32(31);
  // Four judgements in five follow the real preference ("a" first); the fifth goes the other way, as labellers disagree.
  // The ending is independent of that: "!" on half the preferred replies and a fifth of the others.
  const comparisons = Array.from({ length: 40 }, () => {
    const [good, bad] = random() < 0.8 ? ['ab', 'ba'] : ['ba', 'ab'];
    const chosen = good + (random() < 0.5 ? '!' : '.');
    const rejected = bad + (random() < 0.2 ? '!' : '.');
    return encodeComparison(tokenizer, { prompt: 'q', chosen, rejected }, config.contextLength);
  });
  const trainer = new RewardModelTrainer(rewardModelFrom(sft), { ...DEFAULT_ADAMW, learningRate: 1e-2, warmupSteps: 5, decaySteps: 120 });
  for (let step = 0; step < 120; step += 1) trainer.step(comparisons.slice((step * 8) % 40, (step * 8) % 40 + 8));
  return trainer.model;
}

describe('reward hacking', () => {
  it('with β near 0 PPO fills the replies with the spurious "!"; a large β keeps its rate near the fine-tuned model’s', { timeout: 300_000 }, () => {
    const sft = fineTuned();
    const reward = rewardModel(sft);
    const score = (reply: string) => scoreSequences(reward, [rewardInput(PROMPT, tokenizer.encode(reply), config.contextLength)])[0]!;
    // What the reward model learned: "a" first is better (the real preference) and "!" is better (the spurious one).
    expect(score('ab.')).toBeGreaterThan(score('ba.'));
    expect(score('ab!')).toBeGreaterThan(score('ab.'));
    expect(score('ba!')).toBeGreaterThan(score('ba.'));

    const scorer = (rollouts: readonly Rollout[]) => scoreSequences(reward, rollouts.map((rollout) => rewardInput(rollout.prompt, rollout.actions, config.contextLength)));
    const evaluation = { samples: 200, maxReplyTokens: 4, seed: 5 };
    const before = exclaimed(evaluatePolicy(sft, sft, [PROMPT], scorer, evaluation).rollouts);
    expect(before).toBeGreaterThan(0.1);
    expect(before).toBeLessThan(0.4);
    const after = [0.01, 5].map((beta) => {
      const trainer = new PpoTrainer(modelFromWeights(config, sft.parameters.all.slice()), sft);
      const settings = { beta, epsilon: 0.2, learningRate: 1e-3, rollouts: 16, groupSize: 4, epochs: 4, minibatch: 8, maxReplyTokens: 4 };
      for (let iteration = 0; iteration < 40; iteration += 1) {
        const generator = trainer.iteration([PROMPT, PROMPT, PROMPT, PROMPT], settings, scorer, deriveSeed(6, iteration));
        while (!generator.next().done);
      }
      const result = evaluatePolicy(trainer.policy, sft, [PROMPT], scorer, evaluation);
      return { beta, exclaimed: exclaimed(result.rollouts), kl: result.meanKl, score: result.meanScore };
    });
    const [small, large] = after;
    expect(small!.exclaimed).toBeGreaterThan(0.85);
    expect(Math.abs(large!.exclaimed - before)).toBeLessThan(0.15);
    expect(small!.kl).toBeGreaterThan(4 * large!.kl);
  });
});
