/**
 * One reader's model and everything around it: the corpus and dialogues of their language, the tokenizer, the
 * training of each stage, its curves and samples, and the model file that saves it all. Pure logic with no messaging,
 * so it runs in the worker (gptLab.worker.ts) and in unit tests alike.
 */
import { DEFAULT_ADAMW, type AdamWSettings, createAdamWState } from '../../../math/gpt/adamw.ts';
import { type Batch, dialogueBatch, evenlySpacedBatches, streamBatch } from '../../../math/gpt/batches.ts';
import type { GptConfig } from '../../../math/gpt/config.ts';
import { type Dialogue, encodeDialogue, type EncodedDialogue } from '../../../math/gpt/dialogue.ts';
import { continueText, type Reply, replyTo } from '../../../math/gpt/replies.ts';
import { inspectPrompt } from '../../../math/gpt/inspect.ts';
import { rankByProbability } from '../../../math/sampling.ts';
import type { MaskedLoss } from '../../../math/gpt/kernels/crossEntropy.ts';
import { createModel, type GptModel, modelFromWeights } from '../../../math/gpt/model.ts';
import { parameterCount } from '../../../math/gpt/parameterLayout.ts';
import { buildVocabulary, createTokenizer, TOKEN, type Tokenizer } from '../../../math/gpt/tokenizer.ts';
import { createTrainer, type Trainer } from '../../../math/gpt/trainer.ts';
import { deriveSeed } from '../../../math/random.ts';
import type { Locale } from '../../../content/locale.ts';
import type { SessionMeta, StageProgress } from './sessionMeta.ts';
import { freshRlhfRecords, SESSION_META_VERSION } from './sessionMetaVersion.ts';

export { ModelFileRefused } from './modelFileRefused.ts';
import type { Comparison } from '../../../math/gpt/rlhf/comparisons.ts';
import { ModelFileRefused } from './modelFileRefused.ts';
import { canTrainRlhf, comparisonCounts, DEFAULT_PPO_KNOBS, fixedPrompts, type RlhfStage } from './canTrainRlhf.ts';
// Types only: the stages' code is imported on first use (ensureRlhf), a chunk of its own.
import type { RlhfStages } from './rlhfStages.ts';

/** Largest vocabulary per language: English needs ~100 symbols; Chinese is capped (see tokenizer.ts). */
export const VOCABULARY_CAP: Record<Locale, number> = { en: 112, zh: 448 };
/** Share of the corpus kept for validation (its end). */
const VALIDATION_SHARE = 0.1;
/** Validation windows (fixed). */
const VALIDATION_WINDOWS = 32;
/** Training-loss points: one per this many steps. */
const POINT_EVERY = 10;
/** Validation every this many steps, per stage. */
const VALIDATE_EVERY = { pretrain: 100, sft: 25 } as const;
/** Steps at which a sample is taken while pretraining (then every 1000). */
const SAMPLE_STEPS = [0, 50, 100, 200, 300, 500, 750, 1000, 1500];
/** Samples kept. */
const MAX_SAMPLES = 8;
/** Characters per sample. */
const SAMPLE_LENGTH = 80;
/** Longest reply. */
const REPLY_LENGTH = 60;
/** Settings per stage: fine-tuning starts lower and shorter, as SFT does after pretraining. */
const ADAMW: Record<'pretrain' | 'sft', Omit<AdamWSettings, 'decaySteps'>> = {
  pretrain: { ...DEFAULT_ADAMW, learningRate: 5e-3, warmupSteps: 50 },
  sft: { ...DEFAULT_ADAMW, learningRate: 2e-3, warmupSteps: 10 },
};

/** What a session is built from. */
export interface SessionData {
  locale: Locale;
  corpus: string;
  dialogues: Dialogue[];
  /** The shipped comparisons (the reader adds them to their list with one press). */
  comparisons: Comparison[];
}

/** The shape and schedule a reader asked for. */
export interface SessionSettings {
  seed: number;
  layers: number;
  width: number;
  heads: number;
  context: number;
  batch: number;
  steps: number;
  sftSteps: number;
  /** Reward-model steps planned. */
  rewardSteps: number;
  /** PPO iterations planned. */
  ppoIterations: number;
}

/** Which stage trains. */
export type Stage = 'pretrain' | 'sft' | RlhfStage;
/** The stages that train on text with the language-model loss. */
export type TextStage = 'pretrain' | 'sft';
/** Which model answers: the pretrained copy, the fine-tuned model (the current one before RLHF), or PPO's policy. */
export type ReplyModel = 'pretrained' | 'sft' | 'ppo';

export type { Reply } from '../../../math/gpt/replies.ts';

/** A reader's model and its training. */
export class LabSession {
  readonly tokenizer: Tokenizer;
  readonly config: GptConfig;
  model: GptModel<Float32Array>;
  /** The weights as pretraining left them, kept once fine-tuning starts (the "before" of the comparison). */
  pretrained: GptModel<Float32Array> | undefined;
  meta: SessionMeta;
  /** The reward model and PPO once their code is loaded (see ensureRlhf). */
  private stages: RlhfStages | undefined;
  private loadingStages: Promise<RlhfStages> | undefined;
  /** The dialogues' distinct questions: PPO's prompts and the ones it is followed on. */
  private readonly questions: string[];
  private trainer: Trainer | undefined;
  private readonly trainStream: number[];
  private readonly validation: Batch[];
  private readonly dialogues: EncodedDialogue[];
  private readonly dialogueValidation: Batch[];
  private pendingLoss = { sum: 0, steps: 0 };
  /** Wall-clock milliseconds and steps spent in train(), for the throughput readouts. */
  private timing = { ms: 0, steps: 0 };

  constructor(private readonly data: SessionData, settings: SessionSettings, restored?: { symbols: string[]; config: GptConfig; weights: Float32Array; meta: SessionMeta }) {
    const required = data.dialogues.map((dialogue) => dialogue.user + dialogue.assistant).join('');
    this.tokenizer = createTokenizer(restored?.symbols ?? buildVocabulary(data.corpus, VOCABULARY_CAP[data.locale], required));
    this.config = restored?.config ?? {
      vocabularySize: this.tokenizer.size,
      contextLength: settings.context,
      layers: settings.layers,
      width: settings.width,
      heads: settings.heads,
    };
    this.model = restored ? modelFromWeights(this.config, restored.weights) : createModel(this.config, settings.seed);
    this.meta = restored?.meta ?? {
      version: SESSION_META_VERSION,
      kind: 'gpt-lab',
      locale: data.locale,
      seed: settings.seed,
      batch: settings.batch,
      stage: 'pretrain',
      pretrain: { step: 0, total: settings.steps, train: [], validation: [] },
      sft: { step: 0, total: settings.sftSteps, train: [], validation: [] },
      samples: [],
      sftLoss: null,
      comparisons: [],
      ...freshRlhfRecords(settings.rewardSteps, settings.ppoIterations, DEFAULT_PPO_KNOBS),
    };
    const stream = this.tokenizer.encode(data.corpus);
    const split = Math.floor(stream.length * (1 - VALIDATION_SHARE));
    this.trainStream = stream.slice(0, split);
    const time = this.config.contextLength;
    this.validation = evenlySpacedBatches(stream.slice(split), this.meta.batch, time, VALIDATION_WINDOWS);
    this.dialogues = data.dialogues.map((dialogue) => encodeDialogue(this.tokenizer, dialogue));
    // Every dialogue once, in order: with a few dozen dialogues there are none to spare for a held-out set, so this
    // curve measures how well the set is learned (the lab says so), not generalisation.
    this.dialogueValidation = Array.from({ length: Math.ceil(this.dialogues.length / this.meta.batch) }, (_, index) =>
      dialogueBatch(this.dialogues, this.meta.batch, time, 0, index * this.meta.batch),
    );
    this.questions = [...new Set(data.dialogues.map((dialogue) => dialogue.user))];
    if (!restored) this.takeSample();
  }

  /**
   * The reward model and PPO, which start from the fine-tuned model. Their code loads on first use: await
   * ensureRlhf() before reading this, which throws until then.
   */
  get rlhf(): RlhfStages {
    if (!this.stages) throw new Error('the RLHF stages are not loaded yet: await ensureRlhf() first');
    return this.stages;
  }

  /** True once the RLHF stages' code is loaded (ensureRlhf has resolved). */
  get rlhfLoaded(): boolean {
    return this.stages !== undefined;
  }

  /**
   * Loads the RLHF stages' code (a separate chunk: the reward model, PPO and their kernels) the first time it is
   * needed, and builds the stages on the fine-tuned model. Later calls return the same stages; a failed load may be
   * tried again.
   */
  ensureRlhf(): Promise<RlhfStages> {
    this.loadingStages ??= import('./rlhfStages.ts').then(
      ({ RlhfStages }) =>
        (this.stages = new RlhfStages({
          locale: this.data.locale,
          tokenizer: this.tokenizer,
          config: this.config,
          meta: this.meta,
          sft: this.model,
          shipped: this.data.comparisons,
          questions: this.questions,
        })),
      (error: unknown) => {
        this.loadingStages = undefined;
        throw error;
      },
    );
    return this.loadingStages;
  }

  /** The questions the lab follows as PPO goes on. */
  get fixedPrompts(): string[] {
    return fixedPrompts(this.questions);
  }

  /** How many comparisons train the reward model and how many are held out. */
  comparisonCounts(): { training: number; heldOut: number } {
    return comparisonCounts(this.meta);
  }

  /** Parameters, the tied output layer counted once. */
  get parameterCount(): number {
    return parameterCount(this.config);
  }

  /** The progress of pretraining or fine-tuning. */
  progress(stage: TextStage): StageProgress {
    return this.meta[stage];
  }

  /**
   * True when `stage` has steps left and may train: each stage ends when the next one starts (pretraining when
   * fine-tuning starts, fine-tuning when the reward model starts, the reward model when PPO starts).
   */
  canTrain(stage: Stage): boolean {
    if (stage === 'reward' || stage === 'ppo') return canTrainRlhf(this.meta, stage);
    const progress = this.meta[stage];
    return progress.step < progress.total && (this.meta.stage === 'pretrain' || (stage === 'sft' && this.meta.stage === 'sft'));
  }

  /** Tokens and steps per second of the text stages, and the RLHF stages' own figures, in this visit (0 before any). */
  throughput(): { tokensPerSecond: number; stepsPerSecond: number; rewardStepsPerSecond: number; ppoIterationMs: number } {
    const seconds = this.timing.ms / 1000;
    const stepsPerSecond = seconds > 0 ? this.timing.steps / seconds : 0;
    return { stepsPerSecond, tokensPerSecond: stepsPerSecond * this.meta.batch * this.config.contextLength, ...(this.stages?.throughput() ?? { rewardStepsPerSecond: 0, ppoIterationMs: 0 }) };
  }

  /**
   * Trains `stage` for about `budgetMs` of wall-clock time (at least one step), recording losses, validation and
   * samples on schedule; a slice ends early after a validation or a sample, so that no slice runs long. Returns the
   * steps taken (0 when the stage cannot train). The reward model and PPO need ensureRlhf() first.
   */
  train(stage: Stage, budgetMs: number, now: () => number = () => performance.now()): number {
    if (stage === 'reward' || stage === 'ppo') return this.rlhf.train(stage, budgetMs, now);
    if (!this.canTrain(stage)) return 0;
    if (stage === 'sft' && this.meta.stage === 'pretrain') this.startFineTuning();
    const trainer = this.trainerFor(stage);
    const progress = this.meta[stage];
    const began = now();
    let taken = 0;
    let last: MaskedLoss | undefined;
    let extra: (() => void) | undefined;
    for (;;) {
      const seed = deriveSeed(this.meta.seed, stage === 'pretrain' ? 1 : 2, progress.step);
      const batch = stage === 'pretrain'
        ? streamBatch(this.trainStream, this.meta.batch, this.config.contextLength, seed)
        : dialogueBatch(this.dialogues, this.meta.batch, this.config.contextLength, seed);
      last = trainer.step(batch);
      progress.step += 1;
      taken += 1;
      this.pendingLoss.sum += last.loss;
      this.pendingLoss.steps += 1;
      const done = progress.step >= progress.total;
      if (progress.step % POINT_EVERY === 0 || done) {
        progress.train.push([progress.step, this.pendingLoss.sum / this.pendingLoss.steps]);
        this.pendingLoss = { sum: 0, steps: 0 };
      }
      if (progress.step % VALIDATE_EVERY[stage] === 0 || done) {
        const batches = stage === 'pretrain' ? this.validation : this.dialogueValidation;
        extra = () => progress.validation.push([progress.step, trainer.evaluate(batches)]);
      }
      if (stage === 'pretrain' && (isSampleStep(progress.step) || done)) {
        const validate = extra;
        extra = () => {
          validate?.();
          this.takeSample();
        };
      }
      if (extra || done || now() - began >= budgetMs) break;
    }
    // Validation and samples are not training: the throughput readouts count the steps alone.
    this.timing.ms += now() - began;
    this.timing.steps += taken;
    extra?.();
    if (stage === 'sft') this.meta.sftLoss = { sum: last.sum, count: last.count };
    return taken;
  }

  /** Continues `prompt` with the current model: `length` characters at `temperature`, from `seed`. */
  continueText(prompt: string, temperature: number, seed: number, length = SAMPLE_LENGTH): string {
    return continueText(this.model, this.tokenizer, prompt, { maxTokens: length, temperature, seed });
  }

  /**
   * The reply of a model to a user's message: the pretrained copy (the current model before fine-tuning starts), the
   * fine-tuned model (the current one before RLHF), or PPO's policy (the fine-tuned model before PPO starts).
   */
  reply(user: string, which: ReplyModel, temperature: number, seed: number): Reply {
    const model = which === 'pretrained' ? (this.pretrained ?? this.model) : which === 'ppo' ? (this.stages?.policy ?? this.model) : this.model;
    return replyTo(model, this.tokenizer, user, { maxTokens: REPLY_LENGTH, temperature, seed });
  }

  /** The next-token distribution's top `count` and every head's attention for `prompt` (its last 24 characters). */
  inspect(prompt: string, count = 10) {
    const tokens = this.tokenizer.encode(prompt).slice(-Math.min(24, this.config.contextLength));
    const view = inspectPrompt(this.model, tokens.length > 0 ? tokens : [TOKEN.end]);
    const top = rankByProbability(Array.from(view.nextTokenProbabilities))
      .slice(0, count)
      .map((id) => ({ symbol: this.tokenizer.symbols[id]!, probability: view.nextTokenProbabilities[id]! }));
    return {
      symbols: view.tokens.map((id) => this.tokenizer.symbols[id]!),
      unknown: view.tokens.filter((id) => id === TOKEN.unknown).length,
      top,
      attention: view.attention,
    };
  }

  /**
   * The whole session as a model file: weights, AdamW's moments (unless `compact`), the pretrained copy once it
   * exists, and the meta. `compact` (the shipped checkpoint) leaves the moments out and stores weights in float16.
   * Async: the file code (sessionFile.ts) loads on the first save.
   */
  async toFile({ compact = false }: { compact?: boolean } = {}): Promise<Uint8Array> {
    const { encodeModelFile } = await import('./sessionFile.ts');
    const tensors: Record<string, Float32Array> = { weights: this.model.parameters.all };
    if (this.trainer && !compact) {
      tensors['adam.m'] = this.trainer.optimizer.m;
      tensors['adam.v'] = this.trainer.optimizer.v;
    }
    if (this.pretrained) tensors['pretrained.weights'] = this.pretrained.parameters.all;
    if (!compact && this.stages) Object.assign(tensors, this.stages.tensors());
    // A session past fine-tuning always has its stages loaded (fromFile and training load them): never save without.
    else if (!compact && (this.meta.stage === 'reward' || this.meta.stage === 'ppo')) throw new Error('the RLHF stages must be loaded to save this model');
    const half = compact ? Object.keys(tensors) : [];
    return encodeModelFile({ config: this.config, symbols: [...this.tokenizer.symbols], tensors, meta: this.meta }, half);
  }

  /**
   * A session from a model file; rejects with ModelFileRefused and the reason when the file cannot be used here. A
   * file past fine-tuning loads the RLHF stages' code to restore its reward model and policy.
   */
  static async fromFile(bytes: Uint8Array, data: SessionData, settings: SessionSettings): Promise<LabSession> {
    // The file code (the format, the meta's schema, zod) is a chunk of its own, loaded on the first restore or save.
    const { readSessionFile } = await import('./sessionFile.ts');
    const fresh = freshRlhfRecords(settings.rewardSteps, settings.ppoIterations, DEFAULT_PPO_KNOBS);
    const { config, symbols, tensors, meta } = readSessionFile(bytes, fresh);
    // A stage not started yet follows this page's plan (a checkpoint made before fine-tuning takes the page's SFT steps).
    const plan = { pretrain: settings.steps, sft: settings.sftSteps, reward: settings.rewardSteps, ppo: settings.ppoIterations };
    for (const stage of ['pretrain', 'sft', 'reward', 'ppo'] as const) if (meta[stage].step === 0) meta[stage].total = plan[stage];
    if (meta.locale !== data.locale) throw new ModelFileRefused({ code: 'other-locale', detail: `the file is for the "${meta.locale}" page` });
    if (config.contextLength < 16) throw new ModelFileRefused({ code: 'bad-meta', detail: 'the context must hold at least 16 tokens' });
    const session = new LabSession(data, settings, { symbols, config, weights: tensors.weights!, meta });
    const m = tensors['adam.m'];
    const v = tensors['adam.v'];
    // The optimiser of the text stages belongs to fine-tuning once it has started.
    const stage: TextStage = meta.stage === 'pretrain' ? 'pretrain' : 'sft';
    if (m && v && m.length === session.model.parameters.all.length && v.length === m.length) {
      session.trainer = createTrainer(session.model, session.adamWFor(stage), meta.batch, config.contextLength, { m, v, step: meta[stage].step });
    }
    const pretrained = tensors['pretrained.weights'];
    if (pretrained && pretrained.length === session.model.parameters.all.length) session.pretrained = modelFromWeights(config, pretrained);
    if (meta.stage === 'reward' || meta.stage === 'ppo') (await session.ensureRlhf()).restore(tensors);
    return session;
  }

  private adamWFor(stage: TextStage): AdamWSettings {
    return { ...ADAMW[stage], decaySteps: this.meta[stage].total };
  }

  private trainerFor(stage: TextStage): Trainer {
    if (!this.trainer) {
      this.trainer = createTrainer(this.model, this.adamWFor(stage), this.meta.batch, this.config.contextLength, {
        ...createAdamWState(this.model.parameters.all.length),
        step: this.meta[stage].step,
      });
    }
    return this.trainer;
  }

  private startFineTuning(): void {
    this.pretrained = modelFromWeights(this.config, this.model.parameters.all.slice());
    this.meta.stage = 'sft';
    this.pendingLoss = { sum: 0, steps: 0 };
    // A fresh optimiser: fine-tuning is a new run with its own schedule, from the pretrained weights.
    this.trainer = createTrainer(this.model, this.adamWFor('sft'), this.meta.batch, this.config.contextLength);
    this.meta.sft.validation.push([0, this.trainer.evaluate(this.dialogueValidation)]);
  }

  private takeSample(): void {
    const step = this.meta.pretrain.step;
    const text = this.continueText(SAMPLE_PROMPT[this.data.locale], SAMPLE_TEMPERATURE, deriveSeed(this.meta.seed, 3, step));
    this.meta.samples = [...this.meta.samples, { step, text: SAMPLE_PROMPT[this.data.locale] + text }].slice(-MAX_SAMPLES);
  }
}

/** The text each pretraining sample starts from. */
export const SAMPLE_PROMPT: Record<Locale, string> = { en: 'The ', zh: '模型' };
/** The samples' temperature: low enough to show what the model prefers, high enough not to loop. */
export const SAMPLE_TEMPERATURE = 0.7;

function isSampleStep(step: number): boolean {
  return SAMPLE_STEPS.includes(step) || (step > 0 && step % 1000 === 0);
}
