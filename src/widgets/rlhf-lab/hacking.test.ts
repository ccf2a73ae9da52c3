import { describe, expect, it } from 'vitest';
import { expectation } from '../../math/rlhf/policy.ts';
import type { PpoMode } from '../../math/rlhf/ppo.ts';
import { createPpoRun } from '../../math/rlhf/ppoRun.ts';
import RLHF_REFERENCE from '../../math/reference/rlhf.json';
import { chapterLabProps } from './testing.ts';
import { fitFor, labInputs, rewardModelAt } from './model.ts';
import { MAX_PPO_ITERATIONS, type RlhfLabProps } from './props.ts';

// The chapter's own lab, as compiled from content/<locale>/03-rlhf.md: both languages carry the same numbers, the
// same numbers as the numpy reference, and with them the reward hacking the chapter describes.
const labs = { en: chapterLabProps('en'), zh: chapterLabProps('zh') };
const withoutText = ({ text: _text, ...rest }: RlhfLabProps) => rest;

/** Expected fitted and true reward along a PPO run of the chapter's lab after fitting `ranking` for 200 steps. */
function run(props: RlhfLabProps, { beta, mode, ranking = props.ranking }: { beta: number; mode: PpoMode; ranking?: number[] }) {
  const inputs = labInputs(props);
  const { settings } = props;
  const model = rewardModelAt(inputs, fitFor(inputs, ranking, settings.l2, settings.rewardLearningRate), settings.l2, 200);
  const ppo = createPpoRun({ referenceProbabilities: inputs.reference, rewards: model.rewards, settings: { ...settings, beta, mode }, seed: settings.seed });
  ppo.extendTo(MAX_PPO_ITERATIONS);
  return {
    model,
    fitted: ppo.snapshots.map((s) => expectation(s.probabilities, model.rewards)),
    truth: ppo.snapshots.map((s) => expectation(s.probabilities, inputs.trueRewards)),
  };
}

describe("chapter 3's lab", () => {
  it('has the same numbers in zh and en, and they are the numpy reference data', () => {
    expect(withoutText(labs.zh)).toEqual(withoutText(labs.en));
    const { data } = RLHF_REFERENCE;
    const inputs = labInputs(labs.en);
    expect(inputs.features).toEqual(data.features);
    expect(inputs.reference).toEqual(data.reference);
    expect(labs.en.replies.map((reply) => reply.trueScore)).toEqual(data.trueScores);
    expect(labs.en.ranking).toEqual(data.ranking);
    const model = run(labs.en, { beta: 0.5, mode: 'exact' }).model;
    model.rewards.forEach((reward, k) => expect(Math.abs(reward - RLHF_REFERENCE.fit.rewards[k]!)).toBeLessThan(1e-9));
  });

  for (const mode of ['exact', 'sampled'] as const) {
    it(`shows reward hacking with the default ranking and β = 0.05 (${mode}): the fitted reward rises, the true one ends below its start`, () => {
      const { fitted, truth } = run(labs.en, { beta: 0.05, mode });
      expect(fitted.at(-1)!).toBeGreaterThan(fitted[0]! + 0.9);
      expect(Math.max(...truth.slice(0, 5))).toBeGreaterThan(truth[0]!);
      expect(truth.at(-1)!).toBeLessThan(truth[0]! - 1.5);
    });
  }

  it('does not hack with a tighter leash (β = 1) or with E ranked last', () => {
    const leash = run(labs.en, { beta: 1, mode: 'sampled' });
    expect(leash.truth.at(-1)!).toBeGreaterThan(leash.truth[0]!);
    const eLast = run(labs.en, { beta: 0.05, mode: 'sampled', ranking: [0, 1, 2, 3, 4] });
    expect(eLast.truth.at(-1)!).toBeGreaterThan(eLast.truth[0]! + 0.3);
  });

  it('answers its own quiz: Length weight 0.22, π*(E) = 0.997 at β = 0.05, KL 0.62 at β = 0.5 (exact, last iteration)', () => {
    const inputs = labInputs(labs.en);
    const fit = fitFor(inputs, labs.en.ranking, 0.1, 1);
    expect(Number(rewardModelAt(inputs, fit, 0.1, 200).weights[2]!.toFixed(2))).toBe(0.22);
    expect(Number(RLHF_REFERENCE.optimalPolicy['0.05'].probabilities[4]!.toFixed(3))).toBe(0.997);
    const model = rewardModelAt(inputs, fit, 0.1, 200);
    const ppo = createPpoRun({ referenceProbabilities: inputs.reference, rewards: model.rewards, settings: { ...labs.en.settings, beta: 0.5, mode: 'exact' }, seed: 1 });
    expect(Number(ppo.extendTo(MAX_PPO_ITERATIONS).kl.toFixed(2))).toBe(0.62);
  });
});
