/**
 * What the lab computes from its props and the reader's choices, kept apart from drawing: the reward model's inputs,
 * its fit at a step, and the reward PPO optimises. The numerics themselves live in src/math/rlhf.
 */
import {
  type BradleyTerryEvaluation,
  evaluateBradleyTerry,
  linearRewards,
  pairsFromRanking,
  type Preference,
  zeroMeanBias,
} from '../../math/rlhf/bradleyTerry.ts';
import { fitRewardModel } from '../../math/rlhf/rewardModelFit.ts';
import { MAX_REWARD_STEPS, type RlhfLabProps } from './props.ts';

/** The numbers every step shares, derived once from the props. */
export interface LabInputs {
  /** features[k][j]: reply k's feature j as the model sees it (yes/no as 1/0, amounts divided by their scale). */
  features: number[][];
  /** π_ref. */
  reference: number[];
  /** The true scores shifted so that π_ref's mean is 0, like the fitted rewards: only differences count. */
  trueRewards: number[];
}

/** The model's inputs, π_ref and the centred true scores. */
export function labInputs(props: Pick<RlhfLabProps, 'features' | 'replies'>): LabInputs {
  const features = props.replies.map((reply) => reply.values.map((value, j) => value / (props.features[j]!.scale ?? 1)));
  const reference = props.replies.map((reply) => reply.reference);
  const scores = props.replies.map((reply) => reply.trueScore);
  const offset = zeroMeanBias(scores, reference);
  return { features, reference, trueRewards: scores.map((score) => score + offset) };
}

/** A fit of the reward model, every step of it: recomputed only when the ranking, λ or the step size change. */
export interface RewardFit {
  pairs: Preference[];
  weights: number[][];
  divergedAt: number | undefined;
}

/** Fits the reward model to `ranking` for MAX_REWARD_STEPS steps (or until it diverges): a few milliseconds at most. */
export function fitFor(inputs: LabInputs, ranking: readonly number[], l2: number, learningRate: number): RewardFit {
  const pairs = pairsFromRanking(ranking);
  return { pairs, ...fitRewardModel(inputs.features, pairs, l2, learningRate, MAX_REWARD_STEPS) };
}

/** The reward model after some steps. */
export interface RewardModelState {
  /** The step shown: the requested one, or the last before a divergence. */
  step: number;
  weights: number[];
  /** The bias that makes π_ref's mean reward 0 (pairs cannot fix it: see src/math/rlhf/bradleyTerry.ts). */
  bias: number;
  /** r(y) = w·x(y) + b per reply. */
  rewards: number[];
  evaluation: BradleyTerryEvaluation;
}

/** The fit's state at `step` (clamped to what the fit reached). */
export function rewardModelAt(inputs: LabInputs, fit: RewardFit, l2: number, step: number): RewardModelState {
  const shown = Math.min(step, fit.weights.length - 1);
  const weights = fit.weights[shown]!;
  const raw = linearRewards(weights, inputs.features);
  const bias = zeroMeanBias(raw, inputs.reference);
  return {
    step: shown,
    weights,
    bias,
    rewards: raw.map((reward) => reward + bias),
    evaluation: evaluateBradleyTerry(weights, inputs.features, fit.pairs, l2),
  };
}
