/**
 * The RLHF lab's vocabulary: its props, limits and defaults, the parsers of the directive's attributes (which the
 * URL state reuses), the whole directive's parser and the space it reserves. The YAML body (prompt, replies, features,
 * reference policy, true scores, default ranking) has its own schema in ./body.ts.
 */
import { z } from 'zod';
import type { PpoMode } from '../../math/rlhf/ppo.ts';
import { choiceAttribute, numberAttribute } from '../attributes.ts';
import type { RenderInline } from '../types.ts';
import { parseRlhfLabBody } from './body.ts';

export { FEATURE_COUNT, REFERENCE_SUM_TOLERANCE, REPLY_COUNT } from './body.ts';

/**
 * Height reserved for the lab before it mounts; the lab's root has the same min-height, so the first step (the
 * ranking, where the lab always opens unless its URL says otherwise) mounts into exactly this space. That step is
 * tallest on a phone, where the five cards wrap their text and chips: measured in Chromium on chapter 3 at 13 widths
 * from 320 to 1,280 px in both languages, it was 1,774 px at 320 px (Chinese), 1,410 at 390, 1,008 at 480, 883 at 640
 * and 710 to 730 from 768 px up. Two straight lines in the viewport's width and a floor follow those figures with 38
 * to 145 px to spare (checked at 12 widths: the slot's height is the same before and after the lab mounts). The other two steps are taller on a wide screen (up to 1,300 px): the reader opens them, so the
 * lab grows at the reader's request, not by itself.
 */
export const RLHF_LAB_RESERVE = 'max(48rem, calc(1690px - 118vw), calc(3364px - 481vw))';

/** Gradient-descent steps the reward model can take; a sound fit settles within a hundred. */
export const MAX_REWARD_STEPS = 500;
/** PPO iterations a run can take. */
export const MAX_PPO_ITERATIONS = 300;

/** Which reward PPO optimises: the reward model fitted in step 2, or the chapter's true preference. */
export type RewardSource = 'fitted' | 'true';
/** The lab's three steps, one tab each. */
export type LabTab = 'rank' | 'reward' | 'ppo';

/** A feature the reward model sees. */
export interface RlhfFeature {
  id: string;
  /** Divisor from the authored amount to the model's input (100: tokens → hundreds of tokens); undefined: yes/no. */
  scale: number | undefined;
}

/** A candidate reply: its features, its probability under π_ref and its true score. */
export interface RlhfReply {
  id: string;
  /** Feature values as authored, in feature order: 1/0 for yes/no, the amount (e.g. tokens) otherwise. */
  values: number[];
  /** π_ref(y), positive; the replies' values add up to 1. */
  reference: number;
  /** The chapter's true score: what a careful reader who checked the reply would give it (any unit; only differences count). */
  trueScore: number;
}

/** The lab's text in the chapter's language (HTML rendered at build time, or plain text). */
export interface RlhfLabText {
  /** The prompt, as HTML. */
  prompt: string;
  /** Per feature: its label and, for amounts, its unit (plain text). */
  features: { label: string; unit: string | undefined }[];
  /** Per reply: its text, as HTML. */
  replies: string[];
}

/** The settings a run starts from (attributes; the reader changes them and the URL keeps them). */
export interface RlhfLabSettings {
  /** L2 strength λ of the reward model. Default 0.1. */
  l2: number;
  /** Reward model's gradient-descent step size. Default 1. */
  rewardLearningRate: number;
  /** KL coefficient β. Default 0.5. */
  beta: number;
  /** PPO clip range ε. Default 0.2 (InstructGPT's). */
  epsilon: number;
  /** PPO step size on the logits. Default 1. */
  learningRate: number;
  /** Replies drawn per PPO iteration. Default 32. */
  batchSize: number;
  /** Gradient steps per batch. Default 4. */
  epochs: number;
  /** Seed of the batch generator. Default 1. */
  seed: number;
  /** Default `sampled`. */
  mode: PpoMode;
  /** Default `fitted`. */
  reward: RewardSource;
}

/** Props of the RLHF lab. */
export interface RlhfLabProps {
  features: RlhfFeature[];
  replies: RlhfReply[];
  /** The default ranking, best first, as reply indices. */
  ranking: number[];
  settings: RlhfLabSettings;
  /** Reader-facing text: differs between languages (see `localisedProps` in ./definition.ts). */
  text: RlhfLabText;
}

/** Settings when the directive sets none. */
export const DEFAULT_SETTINGS: RlhfLabSettings = {
  l2: 0.1,
  rewardLearningRate: 1,
  beta: 0.5,
  epsilon: 0.2,
  learningRate: 1,
  batchSize: 32,
  epochs: 4,
  seed: 1,
  mode: 'sampled',
  reward: 'fitted',
};

/**
 * The numeric settings: each one's attribute name and accepted range (inclusive; directive attributes, typed values
 * and URL values alike), and the slider's narrower range (`log`: a log scale).
 */
export const NUMERIC_SETTINGS = {
  l2: { attribute: 'l2', min: 0, max: 5, integer: false, slider: { min: 0, max: 2, step: 0.01, log: false } },
  rewardLearningRate: { attribute: 'rmlr', min: 0.001, max: 20, integer: false, slider: { min: 0.01, max: 10, step: 0, log: true } },
  beta: { attribute: 'beta', min: 0.001, max: 100, integer: false, slider: { min: 0.01, max: 10, step: 0, log: true } },
  epsilon: { attribute: 'eps', min: 0.01, max: 1, integer: false, slider: { min: 0.05, max: 0.5, step: 0.01, log: false } },
  learningRate: { attribute: 'lr', min: 0.001, max: 20, integer: false, slider: { min: 0.01, max: 10, step: 0, log: true } },
  batchSize: { attribute: 'batch', min: 1, max: 256, integer: true, slider: { min: 1, max: 128, step: 1, log: false } },
  epochs: { attribute: 'epochs', min: 1, max: 20, integer: true, slider: { min: 1, max: 10, step: 1, log: false } },
  seed: { attribute: 'seed', min: 0, max: 999_999, integer: true, slider: { min: 0, max: 100, step: 1, log: false } },
} as const;

/** A numeric setting's key. */
export type NumericSetting = keyof typeof NUMERIC_SETTINGS;

/** Why a limit is what it is, for the authors' error messages (the reader's refusals say the same in their language). */
const REASONS: Partial<Record<NumericSetting, string>> = {
  beta: 'β must be positive: at β = 0 nothing ties the policy to π_ref and π* = π_ref·exp(r/β)/Z is undefined',
  epsilon: 'ε must be positive: at ε = 0 every ratio is clipped to 1 and PPO cannot move',
  rewardLearningRate: 'a step size must be positive, and above 20 every fit overshoots',
  learningRate: 'a step size must be positive, and above 20 the logits overshoot',
};

const numeric = (key: NumericSetting) => {
  const { attribute, min, max, integer } = NUMERIC_SETTINGS[key];
  return numberAttribute(attribute, { min, max }, { integer, reason: REASONS[key] });
};

/** Parsers of each attribute on its own, keyed by setting, so that the URL state can take what parses. */
export const settingParsers = {
  l2: numeric('l2'),
  rewardLearningRate: numeric('rewardLearningRate'),
  beta: numeric('beta'),
  epsilon: numeric('epsilon'),
  learningRate: numeric('learningRate'),
  batchSize: numeric('batchSize'),
  epochs: numeric('epochs'),
  seed: numeric('seed'),
  mode: choiceAttribute('mode', ['sampled', 'exact'] as const),
  reward: choiceAttribute('reward', ['fitted', 'true'] as const),
};

/** The directive's attributes (`:::rlhf-lab{beta=0.05 mode=exact}`): every one optional. */
export const rlhfLabAttributes = z
  .object({
    l2: settingParsers.l2.default(DEFAULT_SETTINGS.l2),
    rmlr: settingParsers.rewardLearningRate.default(DEFAULT_SETTINGS.rewardLearningRate),
    beta: settingParsers.beta.default(DEFAULT_SETTINGS.beta),
    eps: settingParsers.epsilon.default(DEFAULT_SETTINGS.epsilon),
    lr: settingParsers.learningRate.default(DEFAULT_SETTINGS.learningRate),
    batch: settingParsers.batchSize.default(DEFAULT_SETTINGS.batchSize),
    epochs: settingParsers.epochs.default(DEFAULT_SETTINGS.epochs),
    seed: settingParsers.seed.default(DEFAULT_SETTINGS.seed),
    mode: settingParsers.mode.default(DEFAULT_SETTINGS.mode),
    reward: settingParsers.reward.default(DEFAULT_SETTINGS.reward),
  })
  .strict()
  .transform(
    (a): RlhfLabSettings => ({
      l2: a.l2,
      rewardLearningRate: a.rmlr,
      beta: a.beta,
      epsilon: a.eps,
      learningRate: a.lr,
      batchSize: a.batch,
      epochs: a.epochs,
      seed: a.seed,
      mode: a.mode,
      reward: a.reward,
    }),
  );

/**
 * The whole directive: its YAML body (./body.ts) and its attributes, into the lab's props. Throws a ZodError naming
 * the place of the first problem (a body path, or an attribute).
 */
export function parseRlhfLab(body: unknown, renderInline: RenderInline, attributes: Record<string, string> = {}): RlhfLabProps {
  return parseRlhfLabBody(body, rlhfLabAttributes.parse(attributes), renderInline);
}

/** Shortest gap between two announcements: while playing, a screen reader hears about one step a second. */
export const ANNOUNCE_INTERVAL_MS = 1000;
