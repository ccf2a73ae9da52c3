/**
 * The last two stages of the lab (issue #24): comparisons, a reward model initialised from the fine-tuned model, and
 * PPO against it with a KL penalty to the fine-tuned model. Pure logic like labSession.ts, which owns one of these and
 * hands it the fine-tuned model: once the reward model starts, that model is frozen and serves as π_SFT.
 */
import { type AdamWSettings, type AdamWState, createAdamWState, DEFAULT_ADAMW } from '../../../math/gpt/adamw.ts';
import type { GptConfig } from '../../../math/gpt/config.ts';
import { promptTokens } from '../../../math/gpt/dialogue.ts';
import { type Reply, replyTo } from '../../../math/gpt/replies.ts';
import { type GptModel, modelFromWeights } from '../../../math/gpt/model.ts';
import { parameterCount } from '../../../math/gpt/parameterLayout.ts';
import { type Comparison, encodeComparison, isHeldOut } from '../../../math/gpt/rlhf/comparisons.ts';
import { PpoTrainer, type PpoIterationStats, type PpoSettings, type Rollout } from '../../../math/gpt/rlhf/ppo.ts';
import { type EncodedComparison, RewardModelTrainer, rewardModelFrom, scoreSequences } from '../../../math/gpt/rlhf/rewardModel.ts';
import { rewardInput } from '../../../math/gpt/rlhf/sequences.ts';
import { TOKEN, type Tokenizer } from '../../../math/gpt/tokenizer.ts';
import { deriveSeed, mulberry32 } from '../../../math/random.ts';
import type { Locale } from '../../../content/locale.ts';
import { canTrainRlhf, comparisonCounts, fixedPrompts, PLANTED_MARK, type RlhfStage } from './canTrainRlhf.ts';
import { ModelFileRefused } from './modelFileRefused.ts';
import type { PpoKnobs, SessionMeta, StoredComparison } from './sessionMeta.ts';
import { MAX_COMPARISON_PROMPT, MAX_COMPARISON_REPLY, MAX_COMPARISONS } from './sessionMetaVersion.ts';

// The light half (names, defaults, readiness) lives in canTrainRlhf.ts, which the lab loads eagerly.
export { DEFAULT_PPO_KNOBS, MIN_TRAINING_COMPARISONS, PLANTED_MARK, type RlhfStage } from './canTrainRlhf.ts';

/** What the lab fixes: four replies per prompt (the baseline's group), four passes in minibatches of eight. */
const PPO_FIXED = { groupSize: 4, epochs: 4, minibatch: 8, maxReplyTokens: 40 } as const;
/** Comparisons per reward-model step, and its AdamW (a few dozen steps over a few dozen comparisons). */
const REWARD_BATCH = 8;
const REWARD_ADAMW: Omit<AdamWSettings, 'decaySteps'> = { ...DEFAULT_ADAMW, learningRate: 1e-3, warmupSteps: 5 };
/** Held-out evaluation every this many reward-model steps. */
const HELD_OUT_EVERY = 5;
/** Greedy replies to the fixed prompts every this many PPO iterations. */
const SAMPLE_EVERY = 5;
/** PPO practises on every PPO_PROMPT_STRIDE-th question of the dialogues; the others are never trained on. */
const PPO_PROMPT_STRIDE = 3;

/** The records a new reward model's first held-out point needs, and the fine-tuned model it starts from. */
interface RlhfInputs {
  locale: Locale;
  tokenizer: Tokenizer;
  config: GptConfig;
  /** The session's meta: this object reads and writes its `reward`, `ppo`, `comparisons` and `stage`. */
  meta: SessionMeta;
  /** The fine-tuned model (π_SFT once the reward model starts). */
  sft: GptModel<Float32Array>;
  /** The shipped comparisons of the page's language. */
  shipped: readonly Comparison[];
  /** The dialogues' distinct questions. */
  questions: readonly string[];
}

/** An optimiser's state as a file keeps it. */
type SavedOptimizer = { m: Float32Array; v: Float32Array } | undefined;

/** The reward model and PPO of one session. */
export class RlhfStages {
  rewardModel: GptModel<Float32Array> | undefined;
  /** The PPO policy as it stands (mid-iteration, between updates). */
  policy: GptModel<Float32Array> | undefined;
  private rewardTrainer: RewardModelTrainer<Float32Array> | undefined;
  private ppo: PpoTrainer<Float32Array> | undefined;
  private iteration: Generator<void, PpoIterationStats, void> | undefined;
  /** The policy and its optimiser after the last whole iteration: what a save writes, so a reload repeats the run. */
  private snapshot: { weights: Float32Array; m: Float32Array; v: Float32Array; step: number } | undefined;
  private timing = { rewardMs: 0, rewardSteps: 0, ppoMs: 0, ppoIterations: 0, inFlightMs: 0 };
  private readonly ppoPrompts: number[][];

  constructor(private readonly inputs: RlhfInputs) {
    this.ppoPrompts = inputs.questions
      .filter((_, index) => index % PPO_PROMPT_STRIDE === 0)
      .map((question) => promptTokens(inputs.tokenizer, question));
  }

  private get meta(): SessionMeta {
    return this.inputs.meta;
  }

  /** The questions the lab follows as PPO goes on. */
  get fixedPrompts(): string[] {
    return fixedPrompts(this.inputs.questions);
  }

  /**
   * Training and held-out comparisons, encoded for the reward model; encoded once per list of comparisons, not at
   * every step (every change to the list assigns a new array, so its identity says when to encode again).
   */
  private encoded(heldOut: boolean): EncodedComparison[] {
    const comparisons = this.meta.comparisons;
    if (this.encodedOf?.comparisons !== comparisons) {
      const encode = (held: boolean) =>
        comparisons
          .filter((comparison) => comparison.heldOut === held)
          .map((comparison) => encodeComparison(this.inputs.tokenizer, comparison, this.inputs.config.contextLength));
      this.encodedOf = { comparisons, training: encode(false), heldOut: encode(true) };
    }
    return heldOut ? this.encodedOf.heldOut : this.encodedOf.training;
  }
  private encodedOf: { comparisons: readonly StoredComparison[]; training: EncodedComparison[]; heldOut: EncodedComparison[] } | undefined;

  /** How many comparisons train the reward model and how many are held out. */
  comparisonCounts(): { training: number; heldOut: number } {
    return comparisonCounts(this.meta);
  }

  /** True when `stage` has steps left and what it needs: a fine-tuned model and comparisons, or a reward model. */
  canTrain(stage: RlhfStage): boolean {
    return canTrainRlhf(this.meta, stage);
  }

  /** Steps per second of the reward model and milliseconds per PPO iteration, in this visit (0 before any). */
  throughput(): { rewardStepsPerSecond: number; ppoIterationMs: number } {
    const { rewardMs, rewardSteps, ppoMs, ppoIterations } = this.timing;
    return {
      rewardStepsPerSecond: rewardMs > 0 ? (rewardSteps * 1000) / rewardMs : 0,
      ppoIterationMs: ppoIterations > 0 ? ppoMs / ppoIterations : 0,
    };
  }

  /**
   * Trains `stage` for about `budgetMs` (at least one piece of work: a reward-model step, or a piece of a PPO
   * iteration). Returns the pieces done (0 when the stage cannot train).
   */
  train(stage: RlhfStage, budgetMs: number, now: () => number): number {
    if (!this.canTrain(stage)) return 0;
    const began = now();
    let done = 0;
    if (stage === 'reward') {
      if (this.meta.stage === 'sft') this.startReward();
      while (this.canTrain('reward')) {
        this.rewardStep();
        done += 1;
        if (now() - began >= budgetMs) break;
      }
      this.timing.rewardMs += now() - began;
      this.timing.rewardSteps += done;
      return done;
    }
    if (this.meta.stage === 'reward') this.startPpo();
    while (this.canTrain('ppo')) {
      this.iteration ??= this.ppo!.iteration(this.iterationPrompts(), this.ppoSettings(), (rollouts) => this.scoreRollouts(rollouts), deriveSeed(this.meta.seed, 7, this.meta.ppo.step));
      const pieceBegan = now();
      const next = this.iteration.next();
      // An iteration spans several slices: its time is the sum of its pieces, not the wall clock between them.
      this.timing.inFlightMs += now() - pieceBegan;
      done += 1;
      if (next.done) {
        this.iteration = undefined;
        this.finishIteration(next.value);
        this.timing.ppoMs += this.timing.inFlightMs;
        this.timing.ppoIterations += 1;
        this.timing.inFlightMs = 0;
      }
      if (now() - began >= budgetMs) break;
    }
    return done;
  }

  private startReward(): void {
    this.rewardModel = rewardModelFrom(this.inputs.sft);
    this.rewardTrainer = new RewardModelTrainer(this.rewardModel, this.rewardAdamW());
    this.meta.stage = 'reward';
    const heldOut = this.rewardTrainer.evaluate(this.encoded(true));
    this.meta.reward.heldOut.push([0, heldOut.loss, heldOut.accuracy]);
  }

  private rewardAdamW(): AdamWSettings {
    return { ...REWARD_ADAMW, decaySteps: this.meta.reward.total };
  }

  private rewardStep(): void {
    const record = this.meta.reward;
    const training = this.encoded(false);
    const random = mulberry32(deriveSeed(this.meta.seed, 6, record.step));
    const batch = Array.from({ length: REWARD_BATCH }, () => training[Math.floor(random() * training.length)]!);
    const result = this.rewardTrainer!.step(batch);
    record.step += 1;
    record.train.push([record.step, result.loss]);
    if (record.step % HELD_OUT_EVERY === 0 || record.step >= record.total) {
      const heldOut = this.rewardTrainer!.evaluate(this.encoded(true));
      record.heldOut.push([record.step, heldOut.loss, heldOut.accuracy]);
    }
  }

  private startPpo(): void {
    this.policy = modelFromWeights(this.inputs.config, this.inputs.sft.parameters.all.slice());
    this.ppo = new PpoTrainer(this.policy, this.inputs.sft);
    this.meta.stage = 'ppo';
    this.takeSnapshot();
    this.meta.ppo.samples = [{ iteration: 0, replies: this.fixedReplies() }];
  }

  private ppoSettings(): PpoSettings {
    const { beta, epsilon, learningRate, rollouts } = this.meta.ppo.settings;
    return { beta, epsilon, learningRate, rollouts, ...PPO_FIXED };
  }

  /** rollouts / 4 prompts drawn for the next iteration from its own seed. */
  private iterationPrompts(): number[][] {
    const random = mulberry32(deriveSeed(this.meta.seed, 8, this.meta.ppo.step));
    const count = this.meta.ppo.settings.rollouts / PPO_FIXED.groupSize;
    return Array.from({ length: count }, () => this.ppoPrompts[Math.floor(random() * this.ppoPrompts.length)]!);
  }

  private scoreRollouts(rollouts: readonly Rollout[]): Float64Array {
    const limit = this.inputs.config.contextLength;
    return scoreSequences(this.rewardModel!, rollouts.map((rollout) => rewardInput(rollout.prompt, rollout.actions, limit)));
  }

  private finishIteration(stats: PpoIterationStats): void {
    const record = this.meta.ppo;
    record.step += 1;
    record.updates = this.ppo!.optimizer.step;
    const mark = this.inputs.tokenizer.encode(PLANTED_MARK[this.inputs.locale])[0];
    const marked = stats.rollouts.filter((rollout) => rollout.actions.filter((token) => token !== TOKEN.end).at(-1) === mark).length;
    record.points.push([record.step, stats.meanScore, stats.meanKl, stats.clipFraction, record.settings.beta, marked / stats.rollouts.length]);
    if (record.step % SAMPLE_EVERY === 0 || record.step >= record.total) {
      record.samples.push({ iteration: record.step, replies: this.fixedReplies() });
    }
    this.takeSnapshot();
  }

  private takeSnapshot(): void {
    const optimizer = this.ppo!.optimizer;
    this.snapshot = {
      weights: this.policy!.parameters.all.slice(),
      m: Float32Array.from(optimizer.m),
      v: Float32Array.from(optimizer.v),
      step: optimizer.step,
    };
  }

  /** The PPO policy's greedy replies to the fixed prompts. */
  private fixedReplies(): string[] {
    return this.fixedPrompts.map((question) => this.replyOf(this.policy ?? this.inputs.sft, question, 0, 0).text);
  }

  /** A reply of `model` to `user`: at `temperature` (0 = greedy) from `seed`. */
  replyOf(model: GptModel<Float32Array>, user: string, temperature: number, seed: number): Reply {
    return replyTo(model, this.inputs.tokenizer, user, { maxTokens: PPO_FIXED.maxReplyTokens, temperature, seed });
  }

  /** The reward model's score of `reply` to `prompt`, or undefined before it exists. */
  score(prompt: string, reply: string): number | undefined {
    if (!this.rewardModel) return undefined;
    const { tokenizer, config } = this.inputs;
    const input = rewardInput(promptTokens(tokenizer, prompt.slice(0, MAX_COMPARISON_PROMPT)), tokenizer.encode(reply.slice(0, MAX_COMPARISON_REPLY)), config.contextLength);
    return scoreSequences(this.rewardModel, [input])[0];
  }

  /**
   * Adds a comparison the reader made (held out when it is the last of each run of five of theirs). Returns false,
   * changing nothing, when it does not fit: an empty or too long text, the same reply twice, or the list full.
   */
  addComparison(comparison: Comparison): boolean {
    const { prompt, chosen, rejected } = comparison;
    const fits = (text: string, max: number) => text.trim().length > 0 && [...text].length <= max;
    if (!fits(prompt, MAX_COMPARISON_PROMPT) || !fits(chosen, MAX_COMPARISON_REPLY) || !fits(rejected, MAX_COMPARISON_REPLY)) return false;
    if (chosen === rejected || this.meta.comparisons.length >= MAX_COMPARISONS) return false;
    const own = this.meta.comparisons.filter((entry) => entry.source === 'reader').length;
    this.meta.comparisons = [...this.meta.comparisons, { prompt, chosen, rejected, source: 'reader', heldOut: isHeldOut(own) }];
    return true;
  }

  /** Adds the shipped comparisons not already in the list (every fifth held out, as the file says). Returns how many. */
  addShipped(): number {
    const key = (entry: Comparison) => `${entry.prompt}\u0000${entry.chosen}\u0000${entry.rejected}`;
    const present = new Set(this.meta.comparisons.map(key));
    const added: StoredComparison[] = [];
    this.inputs.shipped.forEach((entry, index) => {
      if (!present.has(key(entry)) && this.meta.comparisons.length + added.length < MAX_COMPARISONS) {
        added.push({ ...entry, source: 'shipped', heldOut: isHeldOut(index) });
      }
    });
    this.meta.comparisons = [...this.meta.comparisons, ...added];
    return added.length;
  }

  /** Removes comparison `index` (the reader's own choice, so nothing is lost unasked). */
  removeComparison(index: number): boolean {
    if (!Number.isInteger(index) || index < 0 || index >= this.meta.comparisons.length) return false;
    this.meta.comparisons = this.meta.comparisons.filter((_, i) => i !== index);
    return true;
  }

  /** Sets PPO's knobs for the iterations to come (one in progress keeps the ones it started with). */
  setKnobs(knobs: PpoKnobs): void {
    this.meta.ppo.settings = { ...knobs };
  }

  /**
   * Starts a stage over: PPO from the fine-tuned model again (the reward model is kept), or the reward model from
   * the fine-tuned model again (and PPO with it, since it trained against the old one).
   */
  reset(stage: RlhfStage): void {
    const { ppo, reward } = this.meta;
    this.policy = undefined;
    this.ppo = undefined;
    this.iteration = undefined;
    this.snapshot = undefined;
    Object.assign(ppo, { step: 0, updates: 0, points: [], samples: [] });
    if (this.meta.stage === 'ppo') this.meta.stage = 'reward';
    if (stage === 'reward') {
      this.rewardModel = undefined;
      this.rewardTrainer = undefined;
      Object.assign(reward, { step: 0, train: [], heldOut: [] });
      if (this.meta.stage === 'reward') this.meta.stage = 'sft';
    }
  }

  /** The tensors a save writes: the reward model and its optimiser, PPO's policy as of its last whole iteration. */
  tensors(): Record<string, Float32Array> {
    const tensors: Record<string, Float32Array> = {};
    if (this.rewardModel && this.rewardTrainer) {
      tensors['reward.weights'] = this.rewardModel.parameters.all;
      tensors['reward.adam.m'] = this.rewardTrainer.optimizer.m as Float32Array;
      tensors['reward.adam.v'] = this.rewardTrainer.optimizer.v as Float32Array;
    }
    if (this.snapshot) {
      tensors['policy.weights'] = this.snapshot.weights;
      tensors['policy.adam.m'] = this.snapshot.m;
      tensors['policy.adam.v'] = this.snapshot.v;
    }
    return tensors;
  }

  /**
   * Restores the models a file holds for its stage. A file past fine-tuning must hold a reward model of the right
   * size, and one in PPO a policy too; optimiser moments that are missing start at zero (a compact file leaves them
   * out). Throws ModelFileRefused when a model is missing or the wrong size.
   */
  restore(tensors: Record<string, Float32Array>): void {
    const { stage } = this.meta;
    const { config } = this.inputs;
    const optimizer = (prefix: string, size: number, step: number): AdamWState<Float32Array> => {
      const m = tensors[`${prefix}.adam.m`];
      const v = tensors[`${prefix}.adam.v`];
      const saved: SavedOptimizer = m && v && m.length === size && v.length === size ? { m, v } : undefined;
      return saved ? { ...saved, step } : { ...createAdamWState(size), step };
    };
    if (stage === 'reward' || stage === 'ppo') {
      const weights = tensors['reward.weights'];
      const size = parameterCount({ ...config, scalarHead: true });
      if (weights?.length !== size) throw refused(`the reward model must hold ${size} numbers, got ${weights?.length ?? 'none'}`);
      this.rewardModel = modelFromWeights({ ...config, scalarHead: true }, weights);
      this.rewardTrainer = new RewardModelTrainer(this.rewardModel, this.rewardAdamW(), optimizer('reward', size, this.meta.reward.step));
    }
    if (stage === 'ppo') {
      const weights = tensors['policy.weights'];
      const size = parameterCount(config);
      if (weights?.length !== size) throw refused(`the PPO policy must hold ${size} numbers, got ${weights?.length ?? 'none'}`);
      this.policy = modelFromWeights(config, weights);
      this.ppo = new PpoTrainer(this.policy, this.inputs.sft, optimizer('policy', size, this.meta.ppo.updates));
      this.takeSnapshot();
    }
  }
}

function refused(detail: string): ModelFileRefused {
  return new ModelFileRefused({ code: 'bad-shape', detail });
}
