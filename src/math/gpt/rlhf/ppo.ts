/**
 * PPO on the tiny GPT, RLHF's third stage (chapter 3, "stage 3"). One iteration:
 *
 * 1. samples `rollouts` replies from the policy at temperature 1, `groupSize` per prompt (the policy as it is now is
 *    π_old for the whole iteration);
 * 2. scores each reply once (the reward model, or any scorer), and runs every reply through π_old and the frozen
 *    reference π_SFT for the per-token log-probabilities;
 * 3. pays the KL penalty per token, R_t = −β·log(π_old/π_SFT) + [t = last]·r (klPenalty.ts), and takes advantages
 *    A_t = (reward still to come) − (mean return of the prompt's other replies) (advantages.ts: no value network);
 * 4. runs `epochs` passes of the clipped surrogate (clippedSurrogate.ts) over the replies in minibatches, one AdamW
 *    step per minibatch.
 *
 * The iteration is a generator that yields after each piece of work (a reply sampled, a minibatch scored or updated,
 * each a few tens of milliseconds at the lab's size), so the worker can pause between pieces and stay responsive.
 */
import { adamWUpdate, type AdamWSettings, type AdamWState, clipGradient, createAdamWState, DEFAULT_ADAMW } from '../adamw.ts';
import { generate } from '../generation.ts';
import { tokenLogProbabilities } from '../kernels/crossEntropy.ts';
import { createGradients, forward, type GptModel } from '../model.ts';
import { type FloatArray, parameterLayout, type ModelTensors, type TensorSpec } from '../parameterLayout.ts';
import { TOKEN } from '../tokenizer.ts';
import { deriveSeed, mulberry32 } from '../../random.ts';
import { leaveOneOutBaselines, tokenAdvantages } from './advantages.ts';
import { klFromLogits, logRatios, penalisedRewards } from './klPenalty.ts';
import { cutMinibatches, type Minibatch, surrogateGradient } from './ppoMinibatch.ts';
import { ActivationPool } from './sequences.ts';

/** The knobs of PPO. */
export interface PpoSettings {
  /** KL coefficient β ≥ 0: what each nat of drift from the reference costs, in reward. */
  beta: number;
  /** Clip range ε > 0: ratios count only within [1 − ε, 1 + ε]. */
  epsilon: number;
  /** AdamW's learning rate, constant (no schedule: the run has no fixed length). */
  learningRate: number;
  /** Replies sampled per iteration, a multiple of groupSize. */
  rollouts: number;
  /** Replies per prompt: each is compared with the others of its prompt. At least 2. */
  groupSize: number;
  /** Passes over the iteration's replies. */
  epochs: number;
  /** Replies per AdamW step, a multiple of groupSize. */
  minibatch: number;
  /** Longest reply, in tokens (also limited by the context). */
  maxReplyTokens: number;
}

/** One sampled reply. */
export interface Rollout {
  prompt: readonly number[];
  /** The tokens the policy chose, including a final <end> when it stopped by itself. */
  actions: number[];
  /** Index of its prompt in the iteration (replies of a prompt form a group). */
  group: number;
}

/** Scores replies: the reward model's r for each, in order. */
export type ReplyScorer = (rollouts: readonly Rollout[]) => ArrayLike<number>;

/** What one iteration did. Means are over its replies. */
export interface PpoIterationStats {
  rollouts: Rollout[];
  /** The scorer's r per reply. */
  scores: number[];
  meanScore: number;
  /** Mean over replies of Σ_t KL(π_old(·|s_t) ‖ π_ref(·|s_t)): nats per reply, ≥ 0. */
  meanKl: number;
  /** Mean over replies of Σ_t log(π_old(y_t)/π_ref(y_t)): the sampled estimate the penalty pays. */
  meanLogRatio: number;
  /** Mean of r − β·Σ_t log(π_old/π_ref). */
  meanReturn: number;
  /** Share of counted tokens whose term was clipped, over every update of the iteration. */
  clipFraction: number;
  /** Mean reply length in tokens (an <end> counted). */
  meanLength: number;
  /** Share of replies that stopped by themselves. */
  endedShare: number;
}

/** What a reply in flight keeps between the phases of an iteration. */
interface Scored extends ReferenceComparison {
  /** Filled once every reply is scored (the baseline needs the whole group). */
  advantages: Float64Array;
}

/** AdamW for PPO: a constant rate and no weight decay (decay would pull the policy off the reference unpaid). */
export function ppoAdamW(learningRate: number): AdamWSettings {
  return { ...DEFAULT_ADAMW, learningRate, minLearningRateRatio: 1, warmupSteps: 0, decaySteps: 1, weightDecay: 0 };
}

/** Throws a RangeError naming the first setting that does not fit. */
export function validatePpoSettings(settings: PpoSettings): void {
  const { beta, epsilon, learningRate, rollouts, groupSize, epochs, minibatch, maxReplyTokens } = settings;
  if (!(beta >= 0 && Number.isFinite(beta))) throw new RangeError(`beta must be a finite number ≥ 0, got ${beta}`);
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon must be between 0 and 1, got ${epsilon}`);
  if (!(learningRate > 0 && Number.isFinite(learningRate))) throw new RangeError(`learningRate must be > 0, got ${learningRate}`);
  for (const [name, value] of Object.entries({ rollouts, groupSize, epochs, minibatch, maxReplyTokens })) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number ≥ 1, got ${value}`);
  }
  if (groupSize < 2) throw new RangeError(`groupSize must be at least 2 (a reply is compared with the others of its prompt), got ${groupSize}`);
  if (rollouts % groupSize !== 0 || minibatch % groupSize !== 0) {
    throw new RangeError(`rollouts (${rollouts}) and minibatch (${minibatch}) must be multiples of groupSize (${groupSize})`);
  }
}

/** A policy trained by PPO against a frozen reference of the same shape. */
export class PpoTrainer<A extends FloatArray> {
  private readonly grads: ModelTensors<A>;
  private readonly layout: TensorSpec[];
  private readonly policyPool: ActivationPool<A>;
  private readonly referencePool: ActivationPool<A>;

  constructor(
    readonly policy: GptModel<A>,
    readonly reference: GptModel<A>,
    readonly optimizer: AdamWState<FloatArray> = createAdamWState(policy.parameters.all.length),
  ) {
    if (policy.parameters.all.length !== reference.parameters.all.length) throw new RangeError('the policy and its reference differ in shape');
    if (optimizer.m.length !== policy.parameters.all.length) throw new RangeError('the optimiser state does not fit this model');
    this.grads = createGradients(policy);
    this.layout = parameterLayout(policy.config);
    this.policyPool = new ActivationPool(policy);
    this.referencePool = new ActivationPool(reference);
  }

  /**
   * One iteration on `prompts` (rollouts / groupSize of them, each <user> … <assistant>), scored by `scorer`, drawing
   * from `seed`. Yields after each piece of work; returns the iteration's statistics.
   */
  *iteration(prompts: readonly (readonly number[])[], settings: PpoSettings, scorer: ReplyScorer, seed: number): Generator<void, PpoIterationStats, void> {
    validatePpoSettings(settings);
    const { contextLength } = this.policy.config;
    if (prompts.length * settings.groupSize !== settings.rollouts) {
      throw new RangeError(`${settings.rollouts} replies in groups of ${settings.groupSize} need ${settings.rollouts / settings.groupSize} prompts, got ${prompts.length}`);
    }
    for (const prompt of prompts) {
      if (prompt.length < 1 || prompt.length > contextLength - 2) throw new RangeError(`a prompt must hold 1 to ${contextLength - 2} tokens, got ${prompt.length}`);
    }

    // 1. Replies from π_old.
    const rollouts: Rollout[] = [];
    for (let i = 0; i < settings.rollouts; i += 1) {
      const group = Math.floor(i / settings.groupSize);
      rollouts.push(sampleReply(this.policy, prompts[group]!, group, settings.maxReplyTokens, deriveSeed(seed, i)));
      yield;
    }

    // 2. Scores, and log-probabilities under π_old and π_ref.
    const scores = Array.from(scorer(rollouts));
    if (scores.length !== rollouts.length || !scores.every(Number.isFinite)) throw new Error('the scorer must give one finite score per reply');
    yield;
    const minibatches = cutMinibatches(rollouts, settings.minibatch, contextLength);
    const scored: Scored[] = [];
    for (const minibatch of minibatches) {
      for (const entry of compareWithReference(this.policy, this.reference, minibatch, this.policyPool, this.referencePool)) {
        scored.push({ ...entry, advantages: new Float64Array(entry.oldLogProbabilities.length) });
      }
      yield;
    }
    const klPerReply = scored.map((entry) => entry.kl);

    // 3. Per-token rewards, returns and advantages.
    const ratios = scored.map((entry) => logRatios(entry.oldLogProbabilities, entry.referenceLogProbabilities));
    const penalised = ratios.map((ratio, i) => penalisedRewards(scores[i]!, ratio, settings.beta));
    const totals = penalised.map((rewards) => rewards.reduce((sum, value) => sum + value, 0));
    const logRatioSums = ratios.map((ratio) => ratio.reduce((sum, value) => sum + value, 0));
    const baselines = leaveOneOutBaselines(totals, rollouts.map((rollout) => rollout.group));
    penalised.forEach((rewards, i) => {
      scored[i]!.advantages = tokenAdvantages(rewards, baselines[i]!);
    });

    // 4. The clipped surrogate, `epochs` passes over the minibatches.
    const adamW = ppoAdamW(settings.learningRate);
    let clipped = 0;
    let counted = 0;
    for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
      let index = 0;
      for (const minibatch of minibatches) {
        const members = scored.slice(index, index + minibatch.members.length);
        const acts = this.policyPool.get(minibatch.padded.batch, minibatch.padded.time);
        this.grads.all.fill(0);
        const update = surrogateGradient(this.policy, acts, minibatch, members, settings.epsilon, this.grads);
        const norm = clipGradient(this.grads.all, adamW.maxGradientNorm);
        if (!Number.isFinite(norm) || !Number.isFinite(update.value)) {
          throw new Error(`PPO diverged at update ${this.optimizer.step}: surrogate ${update.value}, gradient norm ${norm}`);
        }
        adamWUpdate(this.policy.parameters.all, this.grads.all, this.optimizer, this.layout, adamW);
        index += minibatch.members.length;
        clipped += update.clipped;
        counted += update.count;
        yield;
      }
    }

    return {
      rollouts,
      scores,
      meanScore: mean(scores),
      meanKl: mean(klPerReply),
      meanLogRatio: mean(logRatioSums),
      meanReturn: mean(totals),
      clipFraction: counted > 0 ? clipped / counted : 0,
      meanLength: mean(rollouts.map((rollout) => rollout.actions.length)),
      endedShare: mean(rollouts.map((rollout) => (rollout.actions.at(-1) === TOKEN.end ? 1 : 0))),
    };
  }
}

/** One reply to `prompt` sampled from `policy` at temperature 1 from `seed`, at most `maxReplyTokens` long. */
export function sampleReply<A extends FloatArray>(policy: GptModel<A>, prompt: readonly number[], group: number, maxReplyTokens: number, seed: number): Rollout {
  const actions = generate(policy, prompt, {
    maxTokens: Math.min(maxReplyTokens, policy.config.contextLength - prompt.length - 1),
    temperature: 1,
    random: mulberry32(seed),
    stopTokens: [TOKEN.end],
    bannedTokens: [TOKEN.unknown, TOKEN.user, TOKEN.assistant],
  });
  return { prompt, actions, group };
}

/** A reply as the policy and its reference see it. */
export interface ReferenceComparison {
  /** log π(y_t) per token the policy chose. */
  oldLogProbabilities: Float64Array;
  /** log π_ref(y_t) per token. */
  referenceLogProbabilities: Float64Array;
  /** Σ_t KL(π(·|s_t) ‖ π_ref(·|s_t)) along the reply, in nats. */
  kl: number;
}

/** Runs a minibatch through the policy and the reference: each reply's log-probabilities under both, and its KL. */
export function compareWithReference<A extends FloatArray>(
  policy: GptModel<A>,
  reference: GptModel<A>,
  minibatch: Minibatch,
  policyPool: ActivationPool<A> = new ActivationPool(policy),
  referencePool: ActivationPool<A> = new ActivationPool(reference),
): ReferenceComparison[] {
  const { padded, targets, rows } = minibatch;
  const { vocabularySize } = policy.config;
  const referenceActs = referencePool.get(padded.batch, padded.time);
  forward(reference, referenceActs, padded.tokens);
  const policyActs = policyPool.get(padded.batch, padded.time);
  forward(policy, policyActs, padded.tokens);
  const referenceAll = new Float64Array(rows);
  const policyAll = new Float64Array(rows);
  tokenLogProbabilities(referenceAll, referenceActs.logits, targets, rows, vocabularySize);
  tokenLogProbabilities(policyAll, policyActs.logits, targets, rows, vocabularySize);
  return minibatch.members.map((rollout, b) => {
    const first = b * padded.time + rollout.prompt.length - 1;
    const count = rollout.actions.length;
    let kl = 0;
    for (let t = first; t < first + count; t += 1) kl += klFromLogits(policyActs.logits, referenceActs.logits, t * vocabularySize, vocabularySize);
    return {
      oldLogProbabilities: policyAll.slice(first, first + count),
      referenceLogProbabilities: referenceAll.slice(first, first + count),
      kl,
    };
  });
}

/**
 * The policy's mean score and mean KL to the reference per reply, from `samples` replies to each prompt (no
 * training): the two numbers the KL-regularised objective E[r] − β·KL is made of.
 */
export function evaluatePolicy<A extends FloatArray>(
  policy: GptModel<A>,
  reference: GptModel<A>,
  prompts: readonly (readonly number[])[],
  scorer: ReplyScorer,
  { samples, maxReplyTokens, seed }: { samples: number; maxReplyTokens: number; seed: number },
): { meanScore: number; meanKl: number; rollouts: Rollout[] } {
  const rollouts = prompts.flatMap((prompt, group) =>
    Array.from({ length: samples }, (_, i) => sampleReply(policy, prompt, group, maxReplyTokens, deriveSeed(seed, group, i))),
  );
  const kls = cutMinibatches(rollouts, 16, policy.config.contextLength).flatMap((minibatch) =>
    compareWithReference(policy, reference, minibatch).map((entry) => entry.kl),
  );
  return { meanScore: mean(Array.from(scorer(rollouts))), meanKl: mean(kls), rollouts };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
